"""Review mends of round twenty-one (mend-r21c): near texts that titles-r21's rules read wrong
(tests/realmail/FAILURES.md, "Round twenty-one, review mends (mend-r21c)"), each beside a
guard that the rule's own case holds."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, value_of

# C1. "and of" ends a name only where the name's own "of" is not what it goes on with.


def test_a_joint_meeting_of_two_bodies_keeps_both() -> None:
    meeting = meeting_of(
        "The Joint Meeting of the Sample Council and of the Sample Assembly will be held on "
        "4 May 2027 at 10:00.\n",
        "Notice",
    )
    assert value_of(meeting.title) == (
        "Joint Meeting of the Sample Council and of the Sample Assembly"
    )


def test_a_subjects_joint_session_of_two_bodies_keeps_both() -> None:
    meeting = meeting_of(
        "Members are invited on 4 May 2027 at 10:00.\n",
        "Joint Session of the Example Board and of the Example Senate",
    )
    assert value_of(meeting.title) == "Joint Session of the Example Board and of the Example Senate"


def test_guard_and_of_after_the_noun_still_ends_the_name() -> None:
    meeting = meeting_of(
        "The Credentials Committee will meet at noon on 4 May 2027.\n"
        "Its task: the election of the Chair of the Sample Forum and of the Rapporteurs "
        "of the panels.\n",
        "Credentials Committee - Room B",
    )
    assert value_of(meeting.title) == "Credentials Committee"


# C2. A cut name whose last words spell the letters' end contradicts nothing: no other
# gathering with the same letters takes its place.


def test_a_cut_name_spelling_its_letters_end_is_not_swapped_for_another() -> None:
    meeting = meeting_of(
        "Members of the Network of Sample Practitioners (NSP) meet on 4 May 2027. See also the "
        "National Sample Programme (NSP) Forum on 9 May 2027.\n",
        "Network of Sample Practitioners (NSP) Meeting",
    )
    assert value_of(meeting.title) != "National Sample Programme (NSP) Forum"


def test_guard_words_that_contradict_the_letters_give_way() -> None:
    meeting = meeting_of(
        "This page lists topics for the weekly Sample Review Board (SRB) meetings. Add yours "
        "before Tuesday.\n",
        "Open Board (SRB) Meeting agenda",
    )
    assert value_of(meeting.title) == "Sample Review Board (SRB) meetings"


# C3. A heading whose quoted words are followed only by the event's number: the quote is the
# name's core, not a slogan.


def test_a_quoted_core_with_its_number_keeps_the_subjects_name() -> None:
    meeting = meeting_of(
        "การประชุมเชิงปฏิบัติการ “ชุมชนตัวอย่างสู่ความยั่งยืน” ครั้งที่ 2\n"
        "สำนักงานตัวอย่างจัดการประชุมเชิงปฏิบัติการ เมื่อวันที่ 3 มีนาคม 2569 ณ ห้องประชุมใหญ่\n",
        "การประชุมเชิงปฏิบัติการ ชุมชนตัวอย่างสู่ความยั่งยืน ครั้งที่ 2",
    )
    assert value_of(meeting.title_th) == ("การประชุมเชิงปฏิบัติการ ชุมชนตัวอย่างสู่ความยั่งยืน ครั้งที่ 2")


def test_a_quoted_course_name_at_the_lines_end_is_kept() -> None:
    meeting = meeting_of(
        "โครงการอบรม 'ผู้นำรุ่นใหม่ตัวอย่าง'\nวันที่ 3 มีนาคม 2569 ณ ห้องประชุมใหญ่\n",
        "โครงการอบรม ผู้นำรุ่นใหม่ตัวอย่าง",
    )
    assert value_of(meeting.title_th) != "โครงการอบรม"


def test_guard_a_quoted_slogan_before_a_subtitle_still_ends_the_name() -> None:
    meeting = meeting_of(
        "สัมมนาภาคตะวันออก 'อ่านก่อนส่ง-คิดก่อนกด' คู่มือครูรับมือข่าวลวง\n"
        "3 มี.ค. 2569 คณะตัวอย่างจัดสัมมนาเรื่องข่าวลวง ณ ห้องประชุมใหญ่\n",
        "สัมมนาภาคตะวันออก อ่านก่อนส่ง-คิดก่อนกด คู่มือครูรับมือข่าวลวง",
    )
    assert_under_review(meeting.title_th, "สัมมนาภาคตะวันออก")


# C4. An occasion inside a name whose number follows it: "ในโอกาส/ในวาระ" does not end it.


def test_an_occasion_before_the_names_number_stays_in_the_name() -> None:
    meeting = meeting_of(
        "ขอเชิญเข้าร่วมการประชุมวิชาการตัวอย่าง ในโอกาสครบรอบ 20 ปี ครั้งที่ 5 วันที่ 3 "
        "มีนาคม 2569 ณ ห้องประชุมใหญ่\n",
        "ขอเชิญเข้าร่วมประชุมวิชาการ",
    )
    assert value_of(meeting.title_th) == "การประชุมวิชาการตัวอย่าง ในโอกาสครบรอบ 20 ปี ครั้งที่ 5"


def test_an_occasion_before_a_headlines_number_stays_in_the_name() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมใหญ่สามัญสมาคมตัวอย่าง ในวาระครบรอบ 30 ปี ครั้งที่ 30 วันที่ 3 มีนาคม 2569\n",
        "เชิญประชุมใหญ่",
    )
    assert value_of(meeting.title_th) == "ประชุมใหญ่สามัญสมาคมตัวอย่าง ในวาระครบรอบ 30 ปี ครั้งที่ 30"


def test_guard_an_occasion_after_a_name_without_a_number_ends_it() -> None:
    meeting = meeting_of(
        "ท่านเป็นประธานการประชุมสภามหาวิทยาลัยตัวอย่าง ในวาระแรก วันที่ 3 มีนาคม 2569\n",
        "ข่าวตัวอย่าง",
    )
    assert value_of(meeting.title_th) == "การประชุมสภามหาวิทยาลัยตัวอย่าง"


# C5. A subject's "<Word> Assembly" is a members' meeting only as a general or annual one.


def test_a_subjects_parts_assembly_is_no_meeting() -> None:
    meeting = meeting_of(
        "The team meets on Friday 12 March 2027 at 5pm.\n", "Engine Assembly update"
    )
    assert value_of(meeting.title) != "Engine Assembly"


def test_guard_a_subjects_annual_assembly_is_read() -> None:
    meeting = meeting_of(
        "Join our Annual Assembly on Friday 12 March 2027 at 5pm, online and on site.\n",
        "Annual Assembly 2027 - Plans for 2028",
    )
    assert_under_review(meeting.title, "Annual Assembly")
