"""A list's yearless row inferred before the dated row right above it, in that row's year (tests/
realmail/FAILURES.md, "Round twenty fixes (dates-r20c)"): a list runs forward, so the row is in
the next year when that falls close after the row above; near lists the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import BANGKOK, confidence_of, meeting_of, value_of

_JUNE = dt.datetime(2026, 6, 10, 9, 0, tzinfo=BANGKOK)


def test_a_yearless_row_after_a_december_row_is_in_the_next_year() -> None:
    meeting = meeting_of(
        "Example Network: what comes next\n"
        "- 28 December 2026: year-end reception for the members\n"
        "- 3 January: Example Network meeting, Room 5, Example House",
        "Example Network meeting",
        sent=_JUNE,
    )
    assert value_of(meeting.start) == dt.date(2027, 1, 3)
    assert confidence_of(meeting.start) < 0.8


def test_a_thai_yearless_row_after_a_december_row_is_in_the_next_year() -> None:
    meeting = meeting_of(
        "กำหนดการของเครือข่ายตัวอย่าง\n"
        "- ๒๘ ธันวาคม ๒๕๖๙ งานเลี้ยงส่งท้ายปีของสมาชิก\n"
        "- ๓ มกราคม ประชุมเครือข่ายตัวอย่าง ณ ห้องประชุม ๕ อาคารตัวอย่าง",
        "ประชุมเครือข่ายตัวอย่าง",
        sent=_JUNE,
    )
    assert value_of(meeting.start) == dt.date(2027, 1, 3)


def test_guard_a_yearless_row_after_a_row_of_the_same_year_keeps_it() -> None:
    meeting = meeting_of(
        "Example Network: what comes next\n"
        "- 3 March 2026: reading group for the members\n"
        "- 10 March: Example Network meeting, Room 5, Example House",
        "Example Network meeting",
        sent=dt.datetime(2026, 1, 12, 9, 0, tzinfo=BANGKOK),
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 10)


def test_guard_a_list_of_past_items_out_of_order_is_not_moved_a_year_on() -> None:
    meeting = meeting_of(
        "Example Network: what we did this year\n"
        "- 28 May 2026: the Example Network meeting in Room 5\n"
        "- 14 May: a visit to the Example Library",
        "Example Network: the year so far",
        sent=_JUNE,
    )
    assert day_of(value_of(meeting.start)) in (dt.date(2026, 5, 28), dt.date(2026, 5, 14))


def test_guard_a_thai_list_with_buddhist_years_keeps_its_rows() -> None:
    meeting = meeting_of(
        "กำหนดการของเครือข่ายตัวอย่าง\n"
        "- ๒๘ ธันวาคม ๒๕๖๙ งานเลี้ยงส่งท้ายปีของสมาชิก\n"
        "- ๓ มกราคม ๒๕๖๙ ประชุมเครือข่ายตัวอย่าง ณ ห้องประชุม ๕ อาคารตัวอย่าง",
        "ประชุมเครือข่ายตัวอย่าง",
        sent=_JUNE,
    )
    assert value_of(meeting.start) == dt.date(2026, 1, 3)
