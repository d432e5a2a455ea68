"""Review mends of round twenty-one's second dates pass (tests/realmail/FAILURES.md, "Round
twenty-one, review mends (mend-r21f)"), each on invented text with a guard beside it."""

from __future__ import annotations

import datetime as dt

from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import BANGKOK, meeting_of, value_of

_FEB_20 = dt.datetime(2026, 2, 20, 9, 0, tzinfo=BANGKOK)


def _card(hours_row: str) -> str:
    return (
        "Example Fisheries Workshop\n\nPlease find the workshop's particulars here.\n\n"
        f"Date: 12 March 2026\n\nVenue: Hall B, Example Institute, Khon Kaen\n\n{hours_row}\n\n"
        "Contact: desk@example.org"
    )


def _end_of(text: str, title: str) -> object:
    return value_of(meeting_of(text, title, sent=_FEB_20).end)


def test_an_hours_row_of_two_sessions_gives_no_end_at_the_first_session_s_close() -> None:
    end = _end_of(_card("Time: 09:30 - 12:00 and 13:00 - 16:30"), "Example Fisheries Workshop")
    assert not isinstance(end, dt.datetime)


def test_an_hours_row_naming_its_range_a_part_of_the_day_gives_no_end() -> None:
    end = _end_of(_card("Time: 08:00 - 08:45 check-in at the desk"), "Example Fisheries Workshop")
    assert not isinstance(end, dt.datetime)


def test_guard_an_hours_row_of_one_range_and_its_zone_still_gives_the_end() -> None:
    end = _end_of(_card("Time: 09:30 - 16:30 (ICT)"), "Example Fisheries Workshop")
    assert isinstance(end, dt.datetime)
    assert (end.date(), end.hour, end.minute) == (dt.date(2026, 3, 12), 16, 30)


def _thai_card(hours: str) -> str:
    return (
        "สัมมนาตัวอย่างด้านการประมง\n\nแจ้งรายละเอียดการสัมมนาตามนี้\n\nDate: 12 มีนาคม 2569\n\n"
        f"Venue: ห้องประชุมใหญ่ สถาบันตัวอย่าง\n\nTime: {hours}\n\nติดต่อ desk@example.org"
    )


def test_a_thai_hours_row_of_morning_and_afternoon_gives_no_end_at_noon() -> None:
    end = _end_of(_thai_card("09.30 - 12.00 น. และ 13.00 - 16.00 น."), "สัมมนาตัวอย่างด้านการประมง")
    assert not isinstance(end, dt.datetime)


def test_guard_a_thai_hours_row_of_one_range_gives_the_end() -> None:
    end = _end_of(_thai_card("09.30 - 16.00 น."), "สัมมนาตัวอย่างด้านการประมง")
    assert isinstance(end, dt.datetime)
    assert (end.hour, end.minute) == (16, 0)


_MARCH_3 = dt.datetime(2026, 3, 3, 9, 0, tzinfo=BANGKOK)
_ROWS = "\n".join(
    f"{day} 3:00 PM" for day in ("Mar 5, 2026", "Mar 19, 2026", "Apr 2, 2026", "Apr 16, 2026")
)
_SERIES = (
    "The Example Parsers Forum usually convenes every other Thursday at 3:00PM US/Pacific.\n"
    + _ROWS
)


def test_a_series_list_beside_a_meeting_of_its_own_day_and_hour_gives_no_series_day() -> None:
    text = (
        f"Extra session of the Example Parsers Forum on Friday 6 March 2026 at 9:00 AM.\n{_SERIES}"
    )
    start = value_of(meeting_of(text, "Example Parsers Forum extra session", sent=_MARCH_3).start)
    assert start is None or day_of(start) == dt.date(2026, 3, 6)


def test_guard_a_series_list_alone_still_gives_its_next_day() -> None:
    start = value_of(meeting_of(_SERIES, "Example Parsers Forum", sent=_MARCH_3).start)
    assert isinstance(start, dt.datetime)
    assert (start.date(), start.hour) == (dt.date(2026, 3, 5), 15)
