"""Round fourteen, second pass: title classes the first pass left (tests/realmail/FAILURES.md,
"Round fourteen, second pass (titles19)"), each in an invented English or Thai text of the
class's shape, with a guard beside it: a near text the rule must leave as it was."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from bot.understanding.rules import rule_of
from tests.understanding.helpers import (
    assert_under_review,
    kind_of,
    meeting_of,
    news_meeting,
    value_of,
)

# A name, then "scheduled to take place": the sentence's subject is what is held -------------


def test_a_name_scheduled_to_take_place_is_the_meeting() -> None:
    meeting = news_meeting(
        "An Example Trade Ministers Meeting scheduled to take place in Examplia City "
        "during June has been put off, the organisation said on Friday.",
        "Virus postpones Example trade ministers talks",
    )
    assert_under_review(meeting.title, "Example Trade Ministers Meeting")


def test_a_name_without_a_verb_of_holding_stays_unnamed() -> None:
    """Guard: the same name, once, with nothing saying it is held, is too weak a name."""
    meeting = news_meeting(
        "Officials of the Example Heads of Government Meeting sent their regrets on Friday.",
        "Example officials send regrets",
    )
    assert meeting.title is None


# A summit named by its kind alone: "the special summit" --------------------------------------


def test_a_special_summit_is_named_by_its_kind() -> None:
    meeting = news_meeting(
        "The dates proposed by Examplia for the special\nsummit in Example City would not allow "
        "all leaders to attend, a spokesperson said on Thursday.",
        "Example members say summit with Examplia is being rescheduled",
    )
    assert_under_review(meeting.title, "special summit")
    assert rule_of(meeting.title.reasons if meeting.title else ()) == "title.kind_summit"


def test_a_summit_with_no_kind_nor_letters_stays_unnamed() -> None:
    """Guard: "a summit" of no kind and no grouping's letters says not which."""
    meeting = news_meeting(
        "The dates proposed by Examplia for a summit in Example City would not allow all "
        "leaders to attend, a spokesperson said on Thursday.",
        "Example members say summit with Examplia is being rescheduled",
    )
    assert meeting.title is None


# A name in capitals with a place's initials: "<CITY> D.C. MEETING" ----------------------------


def test_a_capitals_subject_with_initials_is_named_as_the_text_writes_it() -> None:
    meeting = meeting_of(
        "Attendance for the Exampleton D.C. meeting has fallen; we cancel it.",
        "URGENT - EXAMPLETON D.C. MEETING CANCELED",
    )
    assert value_of(meeting.title) == "Exampleton D.C. meeting"


def test_a_full_stop_after_one_capital_is_not_a_names_initials() -> None:
    """Guard: "… Plan B. Meeting …" is a sentence's end, not the initials of a name."""
    meeting = meeting_of(
        "We follow Plan B. Meeting notes follow below.",
        "Update from the Example Office",
    )
    assert meeting.title is None


# A ministry's regular press briefing in a Thai subject ---------------------------------------

_BRIEFING_BODY = "๑. รัฐมนตรีได้มอบรางวัลหนังสือดีเด่นแก่ผู้ชนะ\n๒. ความคืบหน้าการช่วยเหลือคนไทยในต่างประเทศ"


def test_a_weekly_press_briefing_is_named_by_the_subject() -> None:
    meeting = meeting_of(
        _BRIEFING_BODY,
        "ผลการแถลงข่าวประจำสัปดาห์ วันพฤหัสบดีที่ 4 มีนาคม 2575 เวลา 11.30 น. ณ กระทรวงตัวอย่าง",
    )
    assert_under_review(meeting.title_th, "การแถลงข่าวประจำสัปดาห์")
    assert rule_of(meeting.title_th.reasons if meeting.title_th else ()) == (
        "title.th.regular_briefing"
    )


def test_a_briefings_name_does_not_make_its_record_an_update() -> None:
    """The briefing names the page, not a meeting the office is told of."""
    kind = kind_of(
        "ผลการแถลงข่าวประจำสัปดาห์ วันพฤหัสบดีที่ 4 มีนาคม 2575 เวลา 11.30 น. ณ กระทรวงตัวอย่าง",
        _BRIEFING_BODY,
    )
    assert kind is not MessageKind.UPDATE


def test_a_briefing_that_reports_a_meeting_is_named_by_the_meeting() -> None:
    """Guard: a briefing telling of a meeting the minister joins is named by that meeting."""
    meeting = meeting_of(
        "รัฐมนตรีเดินทางไปร่วมการประชุมคณะกรรมการร่วมตัวอย่าง ครั้งที่ 8 ณ เมืองตัวอย่าง",
        "แถลงข่าวประจำสัปดาห์ กระทรวงตัวอย่าง",
    )
    assert value_of(meeting.title_th) == "การประชุมคณะกรรมการร่วมตัวอย่าง ครั้งที่ 8"


def test_a_briefing_quoted_later_in_a_headline_is_not_the_name() -> None:
    """Guard: a headline that quotes what was said at a briefing is of what was said."""
    meeting = meeting_of(_BRIEFING_BODY, "รัฐมนตรีชี้แจงในการแถลงข่าวประจำสัปดาห์ว่าจะช่วยเหลือคนไทย")
    assert meeting.title_th is None


# "<SHORT> Forum meeting": the body's meeting, its lower-case noun kept ----------------------


def test_a_forum_meeting_in_the_subject_keeps_its_noun() -> None:
    meeting = meeting_of(
        "Registration is required for all attendees.",
        "EXF Forum meeting, March 18-21, 2031: logistics",
    )
    assert_under_review(meeting.title, "EXF Forum meeting")


def test_a_forum_named_alone_stays_as_written() -> None:
    """Guard: with no "meeting" after it, the two words are the name."""
    meeting = meeting_of(
        "Registration is required for all attendees.", "EXF Forum, March 18-21, 2031: logistics"
    )
    assert_under_review(meeting.title, "EXF Forum")


# An event the subject names in one word, which the text says will take place ----------------


def test_a_one_word_event_the_text_says_will_take_place() -> None:
    meeting = meeting_of(
        "Eligibility\nThe Exemplary will take place online from May to June 2031, for 20 "
        "selected participants.",
        "Application Procedures – Exemplary, onsite 1-4 June 2031",
    )
    assert_under_review(meeting.title, "Exemplary")
    assert rule_of(meeting.title.reasons if meeting.title else ()) == "title.subject_one_word"


def test_a_one_word_part_the_text_does_not_hold_is_no_name() -> None:
    """Guard: the subject's word, where the text says nothing of it taking place."""
    meeting = meeting_of(
        "Eligibility\nThe Exemplary accepts applications from May to June 2031.",
        "Application Procedures – Exemplary, 1-4 June 2031",
    )
    assert meeting.title is None


# A briefing to the diplomatic corps on a meeting's results: the briefing is the event ---------


def test_a_briefing_to_diplomats_is_named_by_the_briefing() -> None:
    meeting = meeting_of(
        "รัฐมนตรีจะบรรยายสรุปผลการเข้าร่วมประชุมตัวอย่าง ให้แก่คณะทูตานุทูตและผู้แทนองค์การระหว่างประเทศได้รับฟัง",
        "รัฐมนตรีเตรียมบรรยายสรุปผลประชุมสมัชชาตัวอย่าง ต่อคณะทูตพรุ่งนี้",
    )
    assert_under_review(meeting.title_th, "บรรยายสรุปผลประชุมสมัชชาตัวอย่าง ต่อคณะทูต")
    assert rule_of(meeting.title_th.reasons if meeting.title_th else ()) == (
        "title.th.diplomatic_briefing"
    )


def test_a_briefing_to_officials_keeps_the_meetings_name() -> None:
    """Guard: a briefing to no diplomatic corps leaves the subject's meeting as it was read."""
    subject = "รัฐมนตรีเตรียมบรรยายสรุปผลประชุมสมัชชาตัวอย่าง ต่อข้าราชการพรุ่งนี้"
    meeting = meeting_of("รัฐมนตรีจะบรรยายสรุปให้ข้าราชการได้รับฟัง", subject)
    assert meeting.title_th is not None
    assert "บรรยายสรุป" not in meeting.title_th.value


# An English name a Thai sentence introduces by its verb: "จัดงาน <Name> Symposia" ------------


def test_an_english_name_after_a_thai_verb_of_holding_is_the_name() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 18 เมษายน 2574 สถานเอกอัครราชทูต ร่วมกับจังหวัดตัวอย่าง จัดงาน Expo 2031 "
        "Exampleton Symposia ที่กรุงตัวอย่าง เพื่อนำเสนอศักยภาพของจังหวัด",
        "ไทยหาเสียงการเป็นเจ้าภาพจัดงานแสดงสินค้าที่กรุงตัวอย่าง",
    )
    assert_under_review(meeting.title, "Expo 2031 Exampleton Symposia")


def test_an_english_name_a_thai_sentence_only_mentions_is_not_the_name() -> None:
    """Guard: the same name, after no verb of holding, is too weak a name."""
    meeting = meeting_of(
        "เมื่อวันที่ 18 เมษายน 2574 สถานเอกอัครราชทูตกล่าวถึง Expo 2031 Exampleton Symposia "
        "ว่าเป็นโอกาสของจังหวัด",
        "ไทยหาเสียงการเป็นเจ้าภาพงานแสดงสินค้าที่กรุงตัวอย่าง",
    )
    assert meeting.title is None
