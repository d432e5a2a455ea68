"""Round twenty-one: title classes of test21, English and Thai (tests/realmail/FAILURES.md,
"Round twenty-one fixes (titles-r21)"), each in an invented text of the class's shape, with a
guard beside each: a near text the rule must leave as it was. The helpers are
tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, value_of

# Thai: a sentence's tail after the noun, an occasion after the name -----------------------


def test_a_thai_meeting_told_of_again_names_nothing() -> None:
    """ "เข้าร่วมการประชุมด้วยนั้น <who> กล่าวว่า…": the meeting as well, told of before; the
    words after it are the next clause's, no name."""
    meeting = meeting_of(
        "ผู้แทนจากหกจังหวัดจะเข้าร่วมการประชุมด้วยนั้น นายตัวอย่าง สมมติ ประธานชมรมกล่าวว่ายินดีมาก\n",
        "ชมรมตัวอย่างยินดีต้อนรับแขกจากต่างจังหวัด",
    )
    assert meeting.title_th is None


def test_a_thai_meeting_with_a_name_after_its_noun_keeps_it() -> None:
    """Guard: a name right after the noun is still read."""
    meeting = meeting_of(
        "ผู้แทนจากหกจังหวัดจะเข้าร่วมการประชุมสมาคมผู้ปลูกผักภาคตะวันตก ครั้งที่ 4\n",
        "ชมรมตัวอย่างยินดีต้อนรับแขกจากต่างจังหวัด",
    )
    assert value_of(meeting.title_th) == "การประชุมสมาคมผู้ปลูกผักภาคตะวันตก ครั้งที่ 4"


def test_a_thai_name_ends_before_the_occasion_it_sat_on() -> None:
    meeting = meeting_of(
        "ท่านทูตรับตำแหน่งต่อจากผู้แทนคนก่อน และเป็นประธานการประชุม EXC ในวาระแรก เมื่อวันที่ 3 "
        "มีนาคม 2569 ที่ผ่านมา\n",
        "ท่านทูตรับตำแหน่งประธานคณะกรรมการตัวอย่าง",
    )
    assert value_of(meeting.title_th) == "การประชุม EXC"


def test_a_thai_name_keeps_a_word_that_opens_with_in() -> None:
    """Guard: "ใน" glued inside a name's word ("ภายใน") is the name's."""
    meeting = meeting_of(
        "ท่านทูตเป็นประธานการประชุมคณะทำงานภายในสถานทูต เมื่อวันที่ 3 มีนาคม 2569\n",
        "ท่านทูตพบคณะทำงาน",
    )
    assert value_of(meeting.title_th) == "การประชุมคณะทำงานภายในสถานทูต"


def test_a_thai_clause_tail_leaves_the_headlines_letters() -> None:
    """The story's "…การประชุมด้วยนั้น <who> กล่าว…" no longer outranks the headline's letters."""
    meeting = meeting_of(
        "ผู้นำห้าประเทศจะเข้าร่วมการประชุมด้วยนั้น นายตัวอย่าง สมมติ นายกสมาคมกล่าวว่ายินดีมาก\n",
        "สมาคมการค้าตัวอย่างยินดีไทยเป็นเจ้าภาพประชุม EXAM",
    )
    assert value_of(meeting.title_th) == "ประชุม EXAM"


def test_a_thai_headline_call_on_a_community_names_the_talks() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 3 มีนาคม 2569 กงสุลตัวอย่างได้พบปะพูดคุยกับชาวไทยในเมืองสมมติผ่านระบบวิดีโอ\n",
        "กงสุล ณ เมืองตัวอย่าง พบปะพูดคุยกับชาวไทยในเมืองสมมติ",
    )
    assert value_of(meeting.title_th) == "พบปะพูดคุยกับชาวไทยในเมืองสมมติ"


def test_a_thai_headline_meeting_people_without_with_names_none() -> None:
    """Guard: "พบปะ" with no one after "กับ" is no talks' name."""
    meeting = meeting_of(
        "เมื่อวันที่ 3 มีนาคม 2569 ชาวไทยในเมืองสมมติพบปะกันที่สวนสาธารณะ\n",
        "ชาวไทยในเมืองสมมติพบปะกันฉลองปีใหม่",
    )
    assert meeting.title_th is None


def test_a_thai_headline_name_ends_where_its_heading_quotes() -> None:
    """The subject's "สัมมนา<where> <slogan> <rest>" is the text's first line with the slogan
    quoted: the name ends at the quote."""
    meeting = meeting_of(
        "สัมมนาภาคใต้ตอนบน 'คิดก่อนแชร์-ตรวจก่อนเชื่อ' แนวทางรับมือข่าวปลอม\n"
        "3 มี.ค. 2569 ภาควิชาตัวอย่างจัดงานสัมมนาเรื่องการรับมือข่าวปลอม ณ ห้องประชุมใหญ่\n",
        "สัมมนาภาคใต้ตอนบน คิดก่อนแชร์-ตรวจก่อนเชื่อ แนวทางรับมือข่าวปลอม",
    )
    assert_under_review(meeting.title_th, "สัมมนาภาคใต้ตอนบน")


def test_a_thai_headline_without_its_quoted_copy_keeps_its_words() -> None:
    """Guard: a text whose first line is not the subject's headline leaves the name whole."""
    meeting = meeting_of(
        "3 มี.ค. 2569 ภาควิชาตัวอย่างจัด 'คิดก่อนแชร์' ณ ห้องประชุมใหญ่\n",
        "สัมมนาภาคใต้ตอนบน คิดก่อนแชร์-ตรวจก่อนเชื่อ แนวทางรับมือข่าวปลอม",
    )
    assert value_of(meeting.title_th) != "สัมมนาภาคใต้ตอนบน"


# English: "and of" goes on past the name; a members' assembly in two words ---------------


def test_a_name_ends_before_and_of() -> None:
    """ "… of the Sample Congress and of the Rapporteurs of …": a list of offices goes on; the
    committee the subject names is the meeting's."""
    meeting = meeting_of(
        "The Credentials Committee will meet at noon on 4 May 2027.\n"
        "Its task: the election of the President of the Sample Congress and of the Rapporteurs "
        "of the commissions.\n",
        "Credentials Committee - Room B",
    )
    assert value_of(meeting.title) == "Credentials Committee"


def test_a_name_keeps_and_between_its_words() -> None:
    """Guard: "and" not before "of" is still a name's."""
    meeting = meeting_of(
        "Members are invited to the Sample Conference of Trade and Industry on 4 May 2027.\n",
        "Invitation",
    )
    assert value_of(meeting.title) == "Sample Conference of Trade and Industry"


def test_a_subject_names_a_general_assembly_in_two_words() -> None:
    meeting = meeting_of(
        "Join our next General Assembly on Friday 12 March 2027 at 5pm, online and on site.\n",
        "General Assembly 2027 - Plans for 2028",
    )
    assert_under_review(meeting.title, "General Assembly")


def test_a_subject_assembly_after_a_month_is_no_name() -> None:
    """Guard: a month's "<Month> Assembly" says when, not which."""
    meeting = meeting_of(
        "Join us on Friday 12 March 2027 at 5pm, online and on site.\n",
        "March Assembly - Plans for 2028",
    )
    assert value_of(meeting.title) != "March Assembly"


# English: a gathering of a region's people, cut at the region's word ---------------------


def test_a_meeting_of_a_regions_ministers_runs_on_to_whom() -> None:
    meeting = meeting_of(
        "Examplia has put off a yearly meeting of Northwest Examplian farm\nministers by a "
        "month because of the storms, two officials said.\n",
        "Examplia delays gathering",
    )
    assert value_of(meeting.title) == "meeting of Northwest Examplian farm ministers"


def test_a_meeting_of_a_named_body_is_not_run_on() -> None:
    """Guard: a body's name, not a region's word, before a lower-case word stays as it was."""
    meeting = meeting_of(
        "Examplia has put off a yearly meeting of the Sample Board members by a month because "
        "of the storms, two officials said.\n",
        "Examplia delays gathering",
    )
    assert value_of(meeting.title) != "meeting of the Sample Board members"


# English: letters in brackets, spelt by the text's words, not by the subject's -----------


def test_a_subjects_letters_take_the_words_that_spell_them() -> None:
    meeting = meeting_of(
        "This page lists topics for the weekly Sample Review Board (SRB) meetings. Add yours "
        "before Tuesday.\n",
        "Open Board (SRB) Meeting agenda",
    )
    assert value_of(meeting.title) == "Sample Review Board (SRB) meetings"


def test_a_subjects_letters_spelt_by_its_own_words_stay() -> None:
    """Guard: where the subject's own words spell the letters, its name stands."""
    meeting = meeting_of(
        "This page lists topics for the weekly Sample Review Board (SRB) meetings. Add yours "
        "before Tuesday.\n",
        "Weekly Sample Review Board (SRB) Meeting agenda",
    )
    assert value_of(meeting.title) == "Weekly Sample Review Board (SRB) Meeting"
