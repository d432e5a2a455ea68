"""The Thai forms a memo writes that `bot.actions.thai` does not: spans of days, blanks."""

from __future__ import annotations

import datetime as dt

from bot.actions.thai import BE_OFFSET, thai_date
from bot.reading.thai_digits import to_thai_digits as thai_digits
from bot.reading.thai_months import THAI_MONTHS

# Long enough to write a name by hand on the printed page.
BLANK = "…………………………"


def blank(hint: str = "") -> str:
    """A visible gap for the officer to fill in, with what belongs there."""
    return f"{BLANK} ({hint})" if hint else BLANK


def thai_day_span(start: dt.date, end: dt.date | None = None) -> str:
    """'๑๖-๑๘ ธันวาคม ๒๕๖๘', '๓๐ กันยายน - ๒ ตุลาคม ๒๕๖๘'; one day as `thai_date`."""
    if end is None or end == start:
        return thai_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return thai_digits(f"{start.day}-{thai_date(end, digits=False)}")
    if start.year == end.year:
        return thai_digits(
            f"{start.day} {THAI_MONTHS[start.month - 1]} - {thai_date(end, digits=False)}"
        )
    return f"{thai_date(start)} - {thai_date(end)}"


def thai_year(day: dt.date) -> str:
    """The Buddhist-era year in Thai digits: '๒๕๖๘'."""
    return thai_digits(day.year + BE_OFFSET)
