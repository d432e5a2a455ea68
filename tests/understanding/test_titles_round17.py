"""Round seventeen: title classes of test17 (tests/realmail/FAILURES.md, "Round seventeen fixes
(titles22)"), each in an invented text of the class's shape, with a guard beside each: a near
text the rule must leave as it was. Every new reading is under review (below 0.8). The
helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import (
    assert_under_review,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# English: a headline's purpose after the name, "<Name> to <Verb> …" ------------------------


def test_a_headline_name_ends_before_its_infinitive_of_purpose() -> None:
    meeting = news_meeting(
        "The region's leaders will gather in the capital next month.",
        "12th Example Regional Summit to Bring Together 20 Leaders",
    )
    assert_under_review(meeting.title, "12th Example Regional Summit")


def test_a_name_going_on_with_to_the_keeps_its_words() -> None:
    """Guard: "to the" is a name's own ("… of the Parties to the Convention")."""
    meeting = news_meeting(
        "Delegates will attend in June.",
        "Fifth Meeting of the Parties to the Example Convention",
    )
    assert value_of(meeting.title) == "Fifth Meeting of the Parties to the Example Convention"


# English: a body's own "of" before its meeting ------------------------------------------------


def test_a_board_named_with_of_keeps_its_whole_name_before_the_meeting() -> None:
    meeting = meeting_of(
        "We will meet online on Tuesday, May 5, 2026 at 6:00 PM.",
        "Examplevale Museum Board of Trustees Meeting - 5 May 2026",
    )
    assert_under_review(meeting.title, "Examplevale Museum Board of Trustees Meeting")


def test_a_subcommittee_of_a_committee_keeps_both_bodies() -> None:
    meeting = meeting_of(
        "Join us on Zoom on Tuesday, May 5, 2026 at 6:30 PM.",
        "EXC Standing Subcommittee of the Example Advisory Committee Hybrid Meeting",
    )
    assert_under_review(
        meeting.title, "EXC Standing Subcommittee of the Example Advisory Committee Hybrid Meeting"
    )


def test_a_sentence_s_of_before_a_meeting_still_ends_the_name() -> None:
    """Guard: "Minutes of" is no body's "of": the name begins after it."""
    meeting = meeting_of(
        "Minutes of Example Valley Planning Meeting are attached for Tuesday, May 5, 2026.",
        "Minutes of Example Valley Planning Meeting",
    )
    assert value_of(meeting.title) == "Example Valley Planning Meeting"


def test_what_a_notice_changes_after_the_meeting_is_not_its_name() -> None:
    meeting = meeting_of(
        "This month's meeting moves from Monday, May 4 to Wednesday, May 6, 2026, at the usual "
        "hour.",
        "Notice: Examplevale Board of Education Meeting Date Update",
    )
    assert_under_review(meeting.title, "Examplevale Board of Education Meeting")


# English: a council's agenda named by the body alone, a body's possessive ----------------------


def test_a_subject_body_heading_its_agenda_names_the_body() -> None:
    meeting = meeting_of(
        "THE CITY OF EXAMPLEVILLE\nAGENDA\nWednesday, May 6, 2026\n7:00 p.m.\n",
        "Example Planning Commission Agenda, Wednesday, May 6, 2026",
    )
    assert_under_review(meeting.title, "Example Planning Commission")


def test_a_body_s_possessive_names_its_meeting() -> None:
    meeting = news_meeting(
        "Owing to absences, the Example Valley Parks Board's usual monthly session will not go"
        " ahead on Thursday evening.",
        "No quorum tonight",
    )
    assert_under_review(meeting.title, "Example Valley Parks Board session")
    assert rule_code(meeting.title) == "title.body_owns"


def test_a_body_s_possessive_of_another_thing_names_no_meeting() -> None:
    """Guard: the possessive governs a decision, the meeting comes after "at"."""
    meeting = news_meeting(
        "The Example Valley City Council's decision at the meeting surprised residents.",
        "Residents surprised",
    )
    assert meeting.title is None


# Thai: where a headline's name ends -------------------------------------------------------------


def test_a_thai_name_ends_before_how_it_is_held() -> None:
    meeting = news_meeting(
        "สำนักเลขาธิการสมมติยืนยันกำหนดการประชุมผู้ว่าการเขตสมมติปลายเดือนนี้",
        "เลขาธิการสมมติเผย เตรียมนัดประชุมผู้ว่าการเขตสมมติผ่านจอภาพ",
    )
    assert_under_review(meeting.title_th, "ประชุมผู้ว่าการเขตสมมติ")


def test_a_thai_name_ends_before_the_past_it_began() -> None:
    meeting = news_meeting(
        "ผู้แทนจากเก้าชาติเข้าห้องประชุมตั้งแต่เช้า",
        "การประชุมสุดยอดเขตสมมติเริ่มขึ้นแล้ว หลังเลื่อนมาหนึ่งสัปดาห์",
    )
    assert_under_review(meeting.title_th, "การประชุมสุดยอดเขตสมมติ")


def test_a_thai_name_ends_at_a_headline_s_exclamation() -> None:
    meeting = news_meeting(
        "ผู้แทนจากเก้าชาติเข้าห้องประชุมตั้งแต่เช้า",
        "ปิดฉากประชุมสุดยอดเขตสมมติ! เจ้าภาพย้ำความสามัคคี",
    )
    assert_under_review(meeting.title_th, "ประชุมสุดยอดเขตสมมติ")


def test_a_thai_name_keeps_what_was_passed_before() -> None:
    """Guard: "ที่ผ่านมา" (the past) is no medium: the name is not cut at "ผ่าน"."""
    meeting = news_meeting(
        "ทบทวนงานตลอดสองปีหลังสุด",
        "ขอเชิญร่วมการประชุมทบทวนผลงานที่ผ่านมา ครั้งที่ 3",
    )
    assert value_of(meeting.title_th) == "การประชุมทบทวนผลงานที่ผ่านมา ครั้งที่ 3"


def test_the_people_at_a_numbered_meeting_name_it() -> None:
    meeting = news_meeting(
        "ประเทศไทยจะเป็นเจ้าภาพในเดือนหน้า",
        "ร่วมกันดูแลผู้เข้าร่วมการประชุมอธิบดีกลุ่มสมมติ ครั้งที่ 11",
    )
    assert_under_review(meeting.title_th, "การประชุมอธิบดีกลุ่มสมมติ ครั้งที่ 11")


def test_the_people_at_a_meeting_without_numbers_name_none() -> None:
    """Guard: the people alone, no name closed by its numbers: the subject names no meeting."""
    meeting = news_meeting("ขอบคุณทุกท่าน", "ขอบคุณผู้เข้าร่วมการประชุมทุกท่าน")
    assert meeting.title_th is None


# English: who meets after a grouping's letters; a short form numbered in brackets -------------


def test_a_grouping_s_letters_before_who_meets_name_the_meeting() -> None:
    meeting = news_meeting(
        "The retreat was to be held on 18 and 19 May in the capital.",
        "Examplia postpones EXAMPLE foreign ministers' retreat in the capital",
    )
    assert_under_review(meeting.title, "EXAMPLE foreign ministers' retreat")


def test_a_lone_capitalised_word_before_who_meets_names_none() -> None:
    """Guard: a word that is no grouping's letters ("Regional") names no body."""
    meeting = news_meeting(
        "The retreat was to be held on 18 and 19 May in the capital.",
        "Examplia postpones Regional foreign ministers' retreat",
    )
    assert meeting.title is None


def test_a_name_goes_on_past_its_short_form_numbered_in_brackets() -> None:
    meeting = news_meeting(
        "The Example Economic Ministers' Meeting (EEM 12) and Related Meetings began on August"
        " 10 in the capital and will last five days.",
        "Example group focuses on economic issues",
    )
    assert value_of(meeting.title) == (
        "Example Economic Ministers' Meeting (EEM 12) and Related Meetings"
    )
