"""Round eighteen's classes of when the meeting is and in which zone (tests/realmail/FAILURES.md,
"Round eighteen fixes (dates23)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.understanding.fields.date_doubts import PUT_OFF_REASON
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.zone_attach import REGION_LABEL_DOUBT, WRAPPED_ZONE_DOUBT
from tests.understanding.helpers import BANGKOK, assert_under_review, meeting_of, value_of

_UTC = ZoneInfo("UTC")
_BERLIN = ZoneInfo("Europe/Berlin")


def _assert_doubted_by(meeting: MeetingRecord, reason: str) -> None:
    assert meeting.start is not None
    assert reason in meeting.start.reasons


def _assert_hour_in_doubted_zone(meeting: MeetingRecord, start: dt.datetime, zone: str) -> None:
    """The start read at its hour in `zone`, the zone held for review."""
    assert value_of(meeting.start) == start
    assert_under_review(meeting.timezone, zone)


# P1: a meeting put off until a day with the verb's plain form and the meeting named between
# ("decided to defer the annual meeting until <day>"): the new day, held for review


def test_p1_a_meeting_deferred_until_a_day_moves_to_that_day() -> None:
    meeting = meeting_of(
        "Dear members,\n\nAfter the storm damage to the hall, the committee has resolved to defer "
        "our Annual General Meeting until Saturday 16 May. The treasurer will circulate the "
        "accounts, which cover the year ending 31st March, beforehand.\n\nPerson A, Secretary",
        "Annual General Meeting deferred",
    )
    assert_under_review(meeting.start, dt.date(2026, 5, 16))
    _assert_doubted_by(meeting, PUT_OFF_REASON)


def test_p1_guard_payment_deferred_until_a_day_is_a_due_day_not_the_meeting() -> None:
    meeting = meeting_of(
        "The club's Annual General Meeting is on Friday 8 May at the boat shed. Members "
        "facing hardship may defer payment of their dues until Saturday 16 May.",
        "Annual General Meeting",
    )
    assert value_of(meeting.start) != dt.date(2026, 5, 16)


# P2: a programme's heading right above a day that opens its own line ("Draft Programme" /
# "<weekday> <day>" / a venue's line / "08:30 – 09:00 Arrival"): the first row's hour, joined


def test_p2_the_first_row_under_a_programme_heading_above_the_day_gives_the_hour() -> None:
    meeting = meeting_of(
        "The working group will review the regional catch data.\n\nDraft Programme\n"
        "Thursday 14 May, 2026\nHarbour View Hotel - Example City\n08:30 – 09:00\n"
        "Arrival of delegates\n09:00 – 10:30\nOpening of the session\n",
        "Regional Working Group on Fisheries",
    )
    assert_under_review(meeting.start, dt.datetime(2026, 5, 14, 8, 30, tzinfo=BANGKOK))


def test_p2_thai_a_programme_heading_above_the_day_gives_the_first_rows_hour() -> None:
    meeting = meeting_of(
        "คณะทำงานจะพิจารณาแผนงานประจำปีของจังหวัด\n\nร่างกำหนดการ\n"
        "วันพฤหัสบดีที่ 14 พฤษภาคม 2569\nณ ห้องประชุมชั้น 2 ศาลากลางจังหวัดตัวอย่าง\n"
        "09.00 – 09.30 น.\nลงทะเบียนผู้เข้าร่วม\n09.30 – 12.00 น.\nพิจารณาแผนงาน\n",
        "การประชุมคณะทำงานด้านการพัฒนาจังหวัด",
    )
    assert_under_review(meeting.start, dt.datetime(2026, 5, 14, 9, 0, tzinfo=BANGKOK))


def test_p2_guard_a_line_above_the_day_that_is_no_programme_heading_gives_no_hour() -> None:
    meeting = meeting_of(
        "The working group will review the regional catch data.\n\nNotes for delegates\n"
        "Thursday 14 May, 2026\nHarbour View Hotel - Example City\n08:30 – 09:00\n"
        "Arrival of delegates\n09:00 – 10:30\nOpening of the session\n",
        "Regional Working Group on Fisheries",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 14)


# Z1: the zone's letters on the line after a four-digit hour, as a PDF wraps them ("at 1400" /
# "UTC"): the hour and its zone, the zone held for review


def test_z1_a_zone_wrapped_onto_the_next_line_is_the_hours() -> None:
    meeting = meeting_of(
        "Where and when\nThe maintainers' call will be held on Tuesday, May 19, 2026 at 1400\n"
        "UTC\nPlease add topics to the tracker before the call.",
        "Maintainers' call",
    )
    _assert_hour_in_doubted_zone(meeting, dt.datetime(2026, 5, 19, 14, tzinfo=_UTC), "UTC")
    _assert_doubted_by(meeting, WRAPPED_ZONE_DOUBT)


def test_z1_guard_a_word_on_the_next_line_opening_with_zone_letters_is_no_zone() -> None:
    meeting = meeting_of(
        "Where and when\nThe maintainers' call will be held on Tuesday, May 19, 2026 at 14:00\n"
        "ESTATE OFFICE, second floor\nPlease add topics to the tracker before the call.",
        "Maintainers' call",
    )
    assert value_of(meeting.timezone) != "America/New_York"


def test_z1_guard_a_year_ending_a_line_before_zone_letters_is_no_hour() -> None:
    # The wrapped zone follows four digits, and a year is four digits too: the year keeps its
    # day, and the letters opening the next line ("ICT officers", "UTC offsets") give no hour.
    for next_line in ("ICT officers of each agency are invited", "UTC offsets are in the annex"):
        meeting = meeting_of(
            "Invitation\nThe regional workshop on data sharing will be held on Tuesday, 19 May "
            f"2026\n{next_line}.\nVenue: Example Hall, Bangkok.",
            "regional workshop",
        )
        assert value_of(meeting.start) == dt.date(2026, 5, 19)


# Z2: a booking system's form, the day with a stop after a weekday and a region's time label
# after the hour ("Wednesday, 20. May 2026" / "15:00, Europe Time (Berlin, GMT+02:00)")


def test_z2_a_region_label_with_city_and_offset_gives_the_citys_zone() -> None:
    meeting = meeting_of(
        "Topic: Example Network Coordination Call\nDate: Thursday, 21. May 2026\n"
        "Time: 15:00, Europe Time (Berlin, GMT+02:00)\nMeeting Number: 000 111 222\n",
        "Example Network Coordination Call",
    )
    berlin = dt.datetime(2026, 5, 21, 15, tzinfo=_BERLIN)
    _assert_hour_in_doubted_zone(meeting, berlin, "Europe/Berlin")
    _assert_doubted_by(meeting, REGION_LABEL_DOUBT)


def test_z2_guard_a_numbered_item_before_a_month_is_no_day() -> None:
    meeting = meeting_of(
        "Items for the Example Board:\n1. May 2026 budget review\n2. Staff matters\n"
        "The board meets on 28 May 2026.",
        "Example Board",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 28)
