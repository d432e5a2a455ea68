"""Round thirteen's classes of when the meeting is and at which hour (tests/realmail/FAILURES.md,
"Round thirteen fixes (dates17)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.date_periods import is_session_period
from bot.understanding.fields.date_stamps import reporter_day, wire_stamp
from bot.understanding.fields.news_day import news_day
from bot.understanding.fields.text import MessageText
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal
from tests.understanding.helpers import BANGKOK, extract_text, value_of


def _sent(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 9, tzinfo=BANGKOK)


def _meeting(text: str, subject: str, sent: dt.datetime) -> MeetingRecord:
    return extract_text(text, subject, sent=sent).meeting


def _dates(text: str, sent: dt.datetime) -> tuple[MessageText, list[Temporal]]:
    message = MessageText.of(text)
    return message, find_temporal(message.plain, reference=sent)


# D1: a first day after the last in a range of one written month is the month before's


def test_d1_a_range_whose_first_day_is_after_its_last_begins_the_month_before() -> None:
    sent = _sent(2027, 10, 20)
    _, found = _dates("The Example Committee will meet from October 29 to 1 November 2027.", sent)
    assert [(t.start, t.end) for t in found] == [(dt.date(2027, 10, 29), dt.date(2027, 11, 1))]
    _, thai = _dates("การประชุมตัวอย่าง ระหว่างวันที่ ๓๐ - ๒ มกราคม ๒๕๗๑", sent)
    assert [(t.start, t.end) for t in thai] == [(dt.date(2027, 12, 30), dt.date(2028, 1, 2))]


def test_d1_the_meeting_of_such_a_range_starts_on_its_first_day() -> None:
    meeting = _meeting(
        "Example City, Oct 20 - The 12th session of the Example Regional Committee will be held"
        " from October 29 to 1 November 2027.\n",
        "Example Regional Committee",
        _sent(2027, 10, 20),
    )
    assert value_of(meeting.start) == dt.date(2027, 10, 29)
    assert value_of(meeting.end) == dt.date(2027, 11, 1)


def test_d1_guard_ranges_in_order_are_read_as_before() -> None:
    sent = _sent(2027, 10, 20)
    _, found = _dates(
        "held 3 to 5 November 2027 and again 30 December 2027 to 2 January 2028", sent
    )
    assert [(t.start, t.end) for t in found] == [
        (dt.date(2027, 11, 3), dt.date(2027, 11, 5)),
        (dt.date(2027, 12, 30), dt.date(2028, 1, 2)),
    ]


# D2: a Thai reporter's hour of filing ("เวลา 16.00 น.วันนี้ (<day>)ผู้สื่อข่าวรายงาน") is no meeting's


_REPORT = (
    "ตัวอย่างบุรี- การประชุมคณะกรรมการตัวอย่างวันที่ 2 ยังไม่ได้ข้อยุติ\n"
    "เมื่อเวลา 15.00 น.วันนี้ (5 มี.ค.)ผู้สื่อข่าวรายงานความคืบหน้าการประชุมคณะกรรมการตัวอย่าง"
    " ในวันที่ 2 ที่ห้องประชุมใหญ่ ว่าคณะผู้แทนได้เดินทางมาประชุมร่วมกันตั้งแต่ช่วงเช้า\n"
)


def test_d2_a_reporter_s_hour_gives_the_day_but_no_hour() -> None:
    meeting = _meeting(_REPORT, "ข่าวการประชุมตัวอย่าง", _sent(2027, 3, 5))
    assert value_of(meeting.start) == dt.date(2027, 3, 5)


def test_d2_guard_an_hour_of_today_without_a_reporter_is_a_meeting_s() -> None:
    message, found = _dates(
        "การประชุมจะเริ่มเวลา 15.00 น.วันนี้ (5 มี.ค.) ณ ห้องประชุมใหญ่", _sent(2027, 3, 5)
    )
    timed = [t for t in found if isinstance(t.start, dt.datetime)]
    assert timed
    assert not any(wire_stamp(message, t) for t in timed)
    reported, filed = _dates(_REPORT, _sent(2027, 3, 5))
    assert any(wire_stamp(reported, t) for t in filed)


# D3: a Thai story's dateline ("กรุงเทพฯ 7 มี.ค. – …") dates the story, not the meeting


def test_d3_a_thai_dateline_is_not_the_meeting_s_day() -> None:
    meeting = _meeting(
        "กรุงเทพฯ 7 มี.ค. – โฆษกกระทรวงตัวอย่างเปิดเผยว่า รัฐมนตรีมีกำหนดการประชุมหารือ"
        "ทวิภาคีกับคณะผู้แทนตัวอย่าง ในวันจันทร์ที่ 9 มีนาคม 2570 ณ ห้องประชุมตัวอย่าง\n",
        "รัฐมนตรีมีกำหนดการประชุมหารือทวิภาคี",
        _sent(2027, 3, 7),
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 9)


def test_d3_guard_a_day_after_a_word_that_is_no_city_is_not_a_dateline() -> None:
    message, found = _dates("ประชุม 7 มี.ค. – ณ ห้องประชุมตัวอย่าง", _sent(2027, 3, 1))
    assert found
    assert not reporter_day(message, found[0])
    filed, lines = _dates("เชียงใหม่--7 มี.ค.--สำนักข่าวตัวอย่าง", _sent(2027, 3, 1))
    assert reporter_day(filed, lines[0])


# D4: "…, the organisation said on Friday" names the day it was said, not the meeting's


def test_d4_the_day_a_postponement_was_announced_is_not_the_meeting_s() -> None:
    meeting = _meeting(
        "An Example Heads of Government Meeting planned for Example City in June"
        " has been postponed again, with no new date given, the organisation said on Friday.\n",
        "Example meeting postponed again",
        _sent(2027, 5, 8),
    )
    assert meeting.start is None


def test_d4_guard_a_meeting_held_on_a_weekday_is_still_dated() -> None:
    message = MessageText.of(
        "Example Ministers met on Friday in Example City to open the Example Forum.\n"
    )
    found = news_day(message, (), _sent(2027, 5, 8))
    assert found is not None
    assert found[0] == dt.date(2027, 5, 7)


# D5: "มีกำหนด ๓๐ วัน เริ่มตั้งแต่วันที่ …": a session's period even when a PDF broke its line
# before the words of the session


_PERIOD = (
    "สภาเทศบาลตำบลตัวอย่าง ได้ตั้งสมัยประชุมสามัญ สมัยที่\n"
    "๓/๒๕๗๐ ประจำปี ๒๕๗๐ มีกำหนด ๓๐ วัน ตั้งแต่วันที่ ๒ สิงหาคม ถึง ๓๑ สิงหาคม ๒๕๗๐\n"
    "สมาชิกผู้ใดจะเสนอญัตติ โปรดกรอกแบบฟอร์มท้ายหนังสือนี้\n"
)


def test_d5_a_thirty_day_period_is_no_meeting_even_apart_from_its_session_words() -> None:
    meeting = _meeting(_PERIOD, "เรียกประชุมสภาเทศบาลตำบลตัวอย่าง", _sent(2027, 7, 25))
    assert meeting.start is None


def test_d5_guard_a_seminar_of_three_days_is_a_meeting() -> None:
    message, found = _dates(
        "การสัมมนาตัวอย่าง มีกำหนด ๓ วัน ตั้งแต่วันที่ ๑ ถึง ๓ สิงหาคม ๒๕๗๐", _sent(2027, 7, 25)
    )
    [seminar] = found
    before = message.plain[: seminar.span[0]]
    assert not is_session_period(seminar, before, "")
    meeting = _meeting(message.plain, "การสัมมนาตัวอย่าง", _sent(2027, 7, 25))
    assert value_of(meeting.start) == dt.date(2027, 8, 1)


# D6: "วันที่ประกาศ : 2570-03-01", a Thai page's date of posting, is no meeting's


def test_d6_a_page_s_posting_date_is_not_the_meeting_s() -> None:
    meeting = _meeting(
        "ประกาศสภาตำบลตัวอย่าง เรื่อง กำหนดสมัยประชุมสามัญ ประจำปี ๒๕๗๐\n"
        "สมัยสามัญ สมัยที่ ๒ ระหว่างวันที่ ๑ - ๑๕ พฤษภาคม ๒๕๗๐\n"
        "ประกาศโดย : สภาตำบลตัวอย่าง วันที่ประกาศ : 2570-03-01\n",
        "กำหนดสมัยประชุมสามัญ",
        _sent(2027, 3, 1),
    )
    assert meeting.start is None


def test_d6_guard_a_notice_calling_a_sitting_keeps_its_day() -> None:
    meeting = _meeting(
        "ประกาศเรียกประชุมสภาตำบลตัวอย่าง สมัยวิสามัญ สมัยที่ ๑\n"
        "ในวันที่ 10 มีนาคม 2570 เวลา 09.00 น. ณ ห้องประชุมสภาตำบลตัวอย่าง\n",
        "ประกาศเรียกประชุมสภาตำบลตัวอย่าง",
        _sent(2027, 3, 1),
    )
    assert value_of(meeting.start) == dt.datetime(2027, 3, 10, 9, tzinfo=BANGKOK)


# D7: a subject that puts the meeting "tomorrow" over a text dating only the story's own day


def test_d7_the_meeting_is_the_day_after_the_story_s_own() -> None:
    thai = _meeting(
        "ประธานสภาตัวอย่างตรวจความเรียบร้อยห้องประชุม ก่อนการประชุมสภาในวันพรุ่งนี้\n\n"
        "วันพุธที่ 17 มีนาคม 2570 เวลา 14.00 นาฬิกา ที่ห้องประชุมสภาตัวอย่าง ประธานสภาตัวอย่าง"
        " ตรวจความเรียบร้อยห้องประชุม เพื่อเตรียมความพร้อมสำหรับการประชุมสภาตัวอย่าง\n",
        "ประธานสภาตัวอย่างตรวจห้องประชุม เพื่อการประชุมสภาในวันพรุ่งนี้",
        _sent(2027, 3, 17),
    )
    assert value_of(thai.start) == dt.date(2027, 3, 18)
    english = _meeting(
        "On Wednesday 17 March 2027 at 13:30 the Speaker of the Example Council inspected the"
        " chamber to prepare for the meeting of the Example Council.\n",
        "Speaker inspects chamber ahead of tomorrow's Example Council meeting",
        _sent(2027, 3, 17),
    )
    assert value_of(english.start) == dt.date(2027, 3, 18)


def test_d7_guard_a_day_written_for_tomorrow_is_kept() -> None:
    meeting = _meeting(
        "The Example Council will meet tomorrow, Thursday 18 March 2027, at 10:00 in the Example"
        " Hall. On Wednesday 17 March 2027 the Speaker inspected the chamber.\n",
        "Example Council meets tomorrow",
        _sent(2027, 3, 17),
    )
    assert value_of(meeting.start) == dt.datetime(2027, 3, 18, 10, tzinfo=BANGKOK)
