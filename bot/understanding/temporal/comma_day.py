"""A weekday's day with a comma between it and its month: "Monday 28th, September 2020".

The comma is a slip (day-first dates put none there), so the day-first patterns do not read
it; the weekday before it and the year after the month make the words a date, and the day must
fall on that weekday. Under review, since the form is rare in the read mail.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.understanding.prefilter import prefiltered
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.months import MONTH_EN, MONTH_EN_NAMES, month_number
from bot.understanding.temporal.patterns import WEEKDAY_OPENINGS
from bot.understanding.temporal.weekdays import WEEKDAY_EN, weekday_number

# The year must follow: without it, "Monday 28, September and October ..." may end a clause.
_COMMA_DAY = prefiltered(
    WEEKDAY_OPENINGS,
    rf"(?P<weekday>{WEEKDAY_EN})[^\S\n]*+,?[^\S\n]*+(?:the[^\S\n]+)?"
    r"(?P<day>[0-9]{1,2})(?i:st|nd|rd|th)?,[^\S\n]*+"
    rf"(?P<month>{MONTH_EN})(?:[^\S\n]*,)?[^\S\n]+(?P<year>[0-9]{{4}})(?![0-9])",
)
# What every match holds, the comma first: a text without a comma between a day's number or
# ordinal and a month's name is not tried at every weekday's letter.
_MONTH_OPENING = rf"[^\S\n]*+(?i:{'|'.join(sorted({n[:3].lower() for n in MONTH_EN_NAMES}))})"
comma_gate = re.compile(
    rf",(?<=[0-9],){_MONTH_OPENING}|,(?<=[0-9](?i:st|nd|rd|th),){_MONTH_OPENING}"
).search
# A range's or a pair's last day ("Monday 28th – Tuesday 29th, September 2026"): read alone, it
# would drop the first; the words before it are left to the other patterns.
_LAST_OF_TWO = re.compile(r"(?:[-–—]|\b(?i:to|until|and))[^\S\n]*+$")
_LAST_OF_TWO_REACH = 8
# A slip of the pen read by its weekday: a person should look.
COMMA_DAY = 0.7
_WHY = "a comma between the day and its month, read as a date by its weekday"


def comma_day_hits(text: str, today: dt.date) -> Iterator[DateHit]:
    for m in _COMMA_DAY.finditer(text) if comma_gate(text) else ():
        weekday = weekday_number(m["weekday"])
        month, day = month_number(m["month"]), int(m["day"])
        if weekday is None or month is None:
            continue
        if _LAST_OF_TWO.search(text, max(0, m.start() - _LAST_OF_TWO_REACH), m.start()):
            continue
        try:
            date = dt.date(int(m["year"]), month, day)
        except ValueError:
            continue
        if date.weekday() != weekday:
            continue  # the weekday is what makes the words a date: it must agree
        yield DateHit(
            m.span(), date, None, confidence=COMMA_DAY, reasons=[_WHY],
            weekdays=(weekday, None),
        )  # fmt: skip
