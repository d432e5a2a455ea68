"""Round nineteen, review mends (tests/realmail/FAILURES.md, "Round nineteen, review mends
(mend20b)"): invented texts on which the first pass's title rules went wrong, each beside a
guard the rule must still read. The helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

import datetime as dt

from tests.understanding.helpers import (
    assert_under_review,
    confidence_of,
    meeting_of,
    rule_code,
    value_of,
)

# A headline's phrase: the story's numbered name it tells of, not one it cites as past ---------

_TRIP = "นายกสมมุติบินเมืองตัวอย่างประชุมสหภาพตัวอย่างพบผู้นำ"


def test_a_numbered_name_the_story_tells_as_past_is_not_the_meeting() -> None:
    meeting = meeting_of(
        "นายกสมมุติกล่าวว่า ก่อนหน้านี้ได้เข้าร่วมการประชุมสุดยอดสหภาพตัวอย่าง ครั้งที่ 7 ที่เมืองสมมุติ "
        "และครั้งนี้จะเข้าร่วมการประชุมสุดยอดสหภาพตัวอย่าง ครั้งที่ 8 ที่เมืองตัวอย่าง\n",
        _TRIP,
    )
    assert_under_review(meeting.title_th, "การประชุมสุดยอดสหภาพตัวอย่าง ครั้งที่ 8")


def test_a_name_last_year_s_comes_before_this_one() -> None:
    meeting = meeting_of(
        "รัฐมนตรีตัวอย่างกล่าวว่า จะต่อยอดผลการประชุมสหภาพตัวอย่าง ครั้งที่ 30 เมื่อปีที่แล้ว "
        "ในการประชุมสหภาพตัวอย่าง ครั้งที่ 31 ที่เมืองสมมุติ\n",
        _TRIP,
    )
    assert_under_review(meeting.title_th, "การประชุมสหภาพตัวอย่าง ครั้งที่ 31")


def test_another_body_s_higher_number_is_not_the_meeting() -> None:
    """Guard: only the same name's higher number is a later meeting; another body's numbers
    count otherwise."""
    meeting = meeting_of(
        "นายกสมมุติจะเข้าร่วมการประชุมผู้นำสหภาพตัวอย่าง ครั้งที่ 8 ต่อด้วยการประชุมรัฐมนตรีสหภาพตัวอย่าง "
        "ครั้งที่ 40 ที่เมืองตัวอย่าง\n",
        _TRIP,
    )
    assert_under_review(meeting.title_th, "การประชุมผู้นำสหภาพตัวอย่าง ครั้งที่ 8")


# An English name that translates the Thai one, with its number or a topic's word between ----

_MEMO = (
    "ที่ กต 0001/2570\n\nเรื่อง ขอเชิญเข้าร่วมการประชุมเจ้าหน้าที่อาวุโสด้านประมงสมมุติ\n\n"
    "เรียน อธิบดีกรมตัวอย่าง\n\nด้วยกระทรวงสมมุติจะเป็นเจ้าภาพจัดการประชุมเจ้าหน้าที่อาวุโสด้านประมงสมมุติ "
    "ครั้งที่ 19 (The 19th Example Senior Fisheries Officials Meeting) ระหว่างวันที่ 3 - 5 "
    "มีนาคม 2570 ณ โรงแรมสมมุติ กรุงเทพมหานคร\n"
)


def test_a_translation_after_the_thai_name_s_number_stays() -> None:
    """The English name stays, and the dates beside it keep their confidence."""
    meeting = meeting_of(_MEMO, "")
    assert value_of(meeting.title) == "19th Example Senior Fisheries Officials Meeting"
    assert value_of(meeting.start) == dt.date(2027, 3, 3)
    assert confidence_of(meeting.start) >= 0.8


def test_a_topic_s_english_name_after_its_word_stays() -> None:
    meeting = meeting_of(
        "ด้วยกรมสมมุติจะจัดสัมมนาวิชาการ ภายใต้หัวข้อ Example Forum on Future of Fisheries 2027 "
        "ในวันที่ 3 มีนาคม 2570 ณ โรงแรมสมมุติ\n",
        "ขอเชิญเข้าร่วมสัมมนาวิชาการ",
    )
    assert value_of(meeting.title) == "Example Forum on Future of Fisheries"


# A body's "on" is its own only after its own proper word ------------------------------------


def test_an_article_s_body_and_on_are_a_sentence_s() -> None:
    meeting = meeting_of(
        "A report by the Board on Example Coastal Conference costs is attached.\n"
        "The Example Coastal Conference takes place on 3 March 2026 in Example City.\n",
        "Costs",
    )
    assert_under_review(meeting.title, "Example Coastal Conference")
    assert confidence_of(meeting.start) >= 0.8


def test_a_statement_of_the_commission_on_a_meeting_keeps_the_meeting_s_name() -> None:
    meeting = meeting_of(
        "Please see below.\n", "Statement of the Commission on Example Summit Meeting"
    )
    assert value_of(meeting.title) == "Example Summit Meeting"


def test_a_sentence_s_opening_committee_on_its_topic_grows() -> None:
    """Guard: "The" opening the sentence is no sentence's article inside it."""
    meeting = meeting_of(
        "The Committee on Example Fisheries Meeting will be held on 3 March 2026.\n", "Notice"
    )
    assert value_of(meeting.title) == "Committee on Example Fisheries Meeting"


def test_a_committee_s_own_on_still_grows() -> None:
    """Guard: "<Proper word> Committee on <Topic> Meeting" is the committee's name."""
    meeting = meeting_of(
        "The Example Committee on Imagined Seafood Meeting will be held on 3 March 2026.\n",
        "Notice",
    )
    assert value_of(meeting.title) == "Example Committee on Imagined Seafood Meeting"


# A period's ends, or a notice's word before the noun, are no meeting's sides -----------------


def test_weekdays_are_no_sides() -> None:
    meeting = meeting_of("Please join us.\n", "Staff meeting Mon-Fri, 9:00")
    assert rule_code(meeting.title) != "title.subject_parties"


def test_zones_are_no_sides() -> None:
    meeting = meeting_of("Please join us.\n", "Weekly meeting UTC-GMT, 3 March")
    assert rule_code(meeting.title) != "title.subject_parties"


def test_a_notice_s_word_before_the_noun_is_no_describing_word() -> None:
    meeting = meeting_of("Leaders meet.\n", "Reminder meeting Example-Sample, 3 March")
    assert rule_code(meeting.title) != "title.subject_parties"


def test_two_named_sides_are_still_read() -> None:
    """Guard: capitalised names on both sides of the dash."""
    meeting = meeting_of("Leaders meet.\n", "Informal meeting Example-Sample, 3 March")
    assert_under_review(meeting.title, "Informal meeting Example-Sample")


# A body's meeting by its noun alone: only where the subject calls it off or moves it ----------


def test_a_subject_thanking_for_a_board_meeting_names_nothing() -> None:
    meeting = meeting_of("Slides are attached.\n", "Thank you for attending the Board meeting")
    assert value_of(meeting.title) is None


def test_a_subject_heading_with_the_board_meeting_names_it() -> None:
    """Guard: a page's subject that opens with the name is about that meeting."""
    meeting = meeting_of(
        "Members of the public may follow the stream online.\n",
        "Board meeting: how to watch it online",
    )
    assert_under_review(meeting.title, "Board meeting")


def test_a_generic_name_s_places_tell_no_dates() -> None:
    """The next meeting shares the name "Council meeting": its date is not this one's."""
    meeting = meeting_of(
        "Residents are told that the meeting set for 3 March 2026 is called off.\n"
        "The agenda will roll over to the next Council meeting on 17 March 2026 at the hall.\n",
        "Council meeting cancelled",
    )
    assert_under_review(meeting.title, "Council meeting")
    assert value_of(meeting.start) == dt.date(2026, 3, 3)


# A working group is a body that meets only where a calendar page heads it with its day --------


def test_a_call_for_a_working_group_s_experts_names_no_meeting() -> None:
    meeting = meeting_of(
        "Experts are invited to apply by 3 March 2026.\n", "Call for experts: Example Working Group"
    )
    assert value_of(meeting.title) is None


def test_a_report_of_a_working_group_names_no_meeting() -> None:
    meeting = meeting_of(
        "Please find the final report attached.\n", "Final report, Example Technical Working Group"
    )
    assert value_of(meeting.title) is None
