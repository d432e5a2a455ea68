"""Round eighteen's second pass on when the meeting is (tests/realmail/FAILURES.md, "Round
eighteen, second pass (dates23b)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.understanding.temporal.evening_hours import EVENING_REASON
from tests.understanding.helpers import BANGKOK, assert_under_review, meeting_of, value_of

_UTC = ZoneInfo("UTC")


# E1: a council's or board's hour written without a.m. or p.m. ("at 5:30"): the evening's


def test_e1_a_councils_bare_hour_is_read_in_the_evening() -> None:
    meeting = meeting_of(
        "Because of the public holiday, the regular Town Council meeting set for Monday, April 13 "
        "has been moved to Wednesday April 15 at 5:30. The agenda will be posted on the notice "
        "board by Friday.",
        "Town Council meeting moved",
    )
    assert_under_review(meeting.start, dt.datetime(2026, 4, 15, 17, 30, tzinfo=BANGKOK))
    assert meeting.start is not None
    assert EVENING_REASON in meeting.start.reasons


def test_e1_a_board_of_trustees_bare_hour_is_read_in_the_evening() -> None:
    meeting = meeting_of(
        "The Library Board of Trustees will meet on Tuesday, May 12 at 6:00 in the reading room. "
        "Members of the public may attend.",
        "Board of Trustees meeting",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 5, 12, 18, 0, tzinfo=BANGKOK)


def test_e1_guard_a_clubs_bare_hour_without_a_council_or_board_stays_as_written() -> None:
    meeting = meeting_of(
        "The walking club meets on Saturday, April 18 at 5:30 by the harbour gate to catch the "
        "sunrise from the headland.",
        "Sunrise walk",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 18, 5, 30, tzinfo=BANGKOK)


def test_e1_guard_a_boards_hour_with_its_zone_stays_as_written() -> None:
    meeting = meeting_of(
        "The Advisory Board will meet by video call on Thursday, April 16 at 3:00 UTC, in the "
        "early evening for members in Tokyo.",
        "Advisory Board meeting",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 16, 3, 0, tzinfo=_UTC)


def test_e1_guard_a_boards_hour_with_a_leading_zero_is_a_24_hour_clock() -> None:
    meeting = meeting_of(
        "The harbour board will hold its dawn inspection meeting on Friday, April 17 at 06:30 on "
        "the north pier.",
        "Harbour board inspection",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 17, 6, 30, tzinfo=BANGKOK)


# S1: a Thai page's stamps above the story ("วันที่นำเข้าข้อมูล <day>", "วันที่ปรับปรุงข้อมูล
# <day>"): the days the page was entered and updated, not the meeting's


def test_s1_a_thai_pages_entered_stamp_is_not_the_meetings_day() -> None:
    meeting = meeting_of(
        "การประชุมคณะทำงานร่วมด้านการประมงไทย - ตัวอย่าง ครั้งที่ 4\n"
        "วันที่นำเข้าข้อมูล 2 เม.ย. 2569\n"
        "อธิบดีกรมตัวอย่างมีกำหนดเข้าร่วมการประชุมคณะทำงานร่วมด้านการประมงไทย - ตัวอย่าง "
        "ครั้งที่ 4 ในวันที่ ๒๔ เมษายน ๒๕๖๙ ผ่านระบบการประชุมทางไกล",
        "การประชุมคณะทำงานร่วมด้านการประมงไทย - ตัวอย่าง ครั้งที่ 4",
    )
    assert value_of(meeting.start) == dt.date(2026, 4, 24)


def test_s1_guard_a_meeting_to_update_data_keeps_its_day() -> None:
    meeting = meeting_of(
        "ขอเชิญผู้แทนหน่วยงานเข้าร่วมประชุมเพื่อปรับปรุงข้อมูล วันที่ 22 เมษายน 2569 เวลา 09.30 น. "
        "ณ ห้องประชุมชั้น 2 อาคารตัวอย่าง",
        "ขอเชิญประชุมปรับปรุงข้อมูลทะเบียน",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 22, 9, 30, tzinfo=BANGKOK)
