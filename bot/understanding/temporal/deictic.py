"""Days and months named from the day of writing: "tomorrow", "by Friday", "ภายในวันนี้", "by the
end of this month". Read against the reference date, and kept only as deadlines (find.py)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.weekdays import NAMES_EN, NAMES_TH, weekday_number

# Certain only if the reference is the day of writing: a forward or a late reading shifts it.
_DEICTIC = 0.8
# How far back "Monday to" may stand before "Friday".
_SPAN_LOOK_BEHIND = 30
# What every match of DEICTIC_DAY and of DEICTIC_MONTH holds, as "(?i)" reads it (lower case):
# a text without any is not searched (tests/understanding/test_scan_gates.py checks them).
_DAY_WORDS = ("today", "tomorrow", "วันนี้", "พรุ่งนี้")
_MONTH_WORDS = ("month", "เดือน")
# What every match of DEICTIC_WEEKDAY holds: an English weekday's "day" (no other letters take
# its case as "(?i)" reads it), or "วัน" and a Thai weekday.
_WEEKDAY_WORDS = ("day", *(f"วัน{name}" for name in NAMES_TH))


def deictic_hits(text: str, today: dt.date) -> Iterator[DateHit]:
    # Each pattern only in a text that holds its words: most hold none, and the openings meet
    # letters everywhere.
    lowered = text.lower()
    for m in p.DEICTIC_DAY.finditer(text) if _holds(lowered, _DAY_WORDS) else ():
        later = m["next_en"] is not None or m["next_th"] is not None
        day = today + dt.timedelta(days=1 if later else 0)
        yield _hit(m, day, None, f"{m[0]!r} read against the reference date {today.isoformat()}")
    for m in p.DEICTIC_WEEKDAY.finditer(text) if _holds(lowered, _WEEKDAY_WORDS) else ():
        if p.WEEKDAY_SPAN_BEFORE.search(text, max(0, m.start() - _SPAN_LOOK_BEHIND), m.start()):
            continue  # "Monday to Friday"
        weekday = weekday_number(m["wden"] or m["wdth"])
        if weekday is None:  # the pattern only matches names weekday_number knows
            raise ValueError(m[0])
        day = today + dt.timedelta(days=(weekday - today.weekday()) % 7)
        why = (
            f"{m[0]!r} read as the first {NAMES_EN[weekday]} on or after the reference date"
            f" {today.isoformat()}"
        )
        yield _hit(m, day, None, why)
    for m in p.DEICTIC_MONTH.finditer(text) if _holds(lowered, _MONTH_WORDS) else ():
        year, month = today.year, today.month
        if m["next_en"] is not None or m["next_th"] is not None:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        hit = _hit(m, first, last, f"{m[0]!r} read against the reference date {today.isoformat()}")
        hit.granularity = "month"
        yield hit


def names_a_day(text: str) -> bool:
    """DEICTIC_DAY's gate: whether the text holds one of its words, as "(?i)" reads them."""
    return _holds(text.lower(), _DAY_WORDS)


def names_a_month(text: str) -> bool:
    """DEICTIC_MONTH's gate: whether the text holds one of its words, as "(?i)" reads them."""
    return _holds(text.lower(), _MONTH_WORDS)


def names_a_weekday(text: str) -> bool:
    """DEICTIC_WEEKDAY's gate: whether the text holds a weekday's word, as "(?i)" reads it."""
    return _holds(text.lower(), _WEEKDAY_WORDS)


def _holds(lowered: str, words: tuple[str, ...]) -> bool:
    return any(w in lowered for w in words)


def _hit(m: re.Match[str], first: dt.date, last: dt.date | None, why: str) -> DateHit:
    return DateHit(m.span(), first, last, confidence=_DEICTIC, deictic=True, reasons=[why])
