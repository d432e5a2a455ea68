"""A weekday before a day and month in numbers, without a year: "Friday 6/14", "Tue, 3/10".
The weekday makes the numbers a date (not a fraction or a score) and settles their order: the
order, and the year nearest the reference, whose day falls on that weekday."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.understanding.prefilter import prefiltered, words
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.weekdays import WEEKDAY_EN, WEEKDAY_EN_NAMES, weekday_number
from bot.understanding.temporal.years import infer_year

_WEEKDAY_NUMERIC = prefiltered(
    words(*(rf"{name}\.?(?![A-Za-z])" for name in WEEKDAY_EN_NAMES), word_start=True),
    rf"(?P<weekday>{WEEKDAY_EN})[^\S\n]*+,?[^\S\n]*+(?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})"
    r"(?![0-9]|[/.][0-9])",
)
# What every match holds, its literal slash first: a text without it is not tried at every
# weekday's letter (tests/understanding/test_scan_gates.py checks the gate against the pattern).
slashed_gate = re.compile(r"/(?<=[0-9]/)[0-9]").search
# The year is not written: only the weekday confirms it.
_INFERRED = 0.85


def weekday_numeric_hits(text: str, today: dt.date) -> Iterator[DateHit]:
    for m in _WEEKDAY_NUMERIC.finditer(text) if slashed_gate(text) else ():
        weekday = weekday_number(m["weekday"])
        a, b = int(m["a"]), int(m["b"])
        days = {
            day
            for month, dom in ((a, b), (b, a))
            if (day := _day(month, dom, today)) is not None and day.weekday() == weekday
        }
        if len(days) != 1:
            continue  # neither order, or both, falls on the weekday written
        why = f"{m[0]!r}: the order and the year whose day is a {m['weekday']}"
        yield DateHit(
            m.span(), days.pop(), None, confidence=_INFERRED, reasons=[why],
            weekdays=(weekday, None),
        )  # fmt: skip


def _day(month: int, day: int, today: dt.date) -> dt.date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        return dt.date(infer_year(month, day, today), month, day)
    except ValueError:
        return None
