"""Which comes first in an ambiguous numeric date ("09/01/2020"), from the rest of the text.

Day first is the reading assumed (the region's and most of the world's); the text may show that
it writes month first:
- the same day written with its month's name ("Date: 09/01/2020 7:00 PM" above "September 1,
  2020 @ 7:00 PM"), where the day-first reading names no such day;
- its other numeric dates, where some can only be month first ("12/15/2020") and none only day
  first ("15/12/2020");
- the text's times given in a US zone ("7:00 PM ET", "Pacific Time (US and Canada)");
- an English date with a 12-hour clock after it ("01/11/2022 7:00 PM"), where only the month-first
  reading falls near the message's date (a notice is sent days or weeks before the meeting).
Each is evidence, not a statement: the date stays under review.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence

from bot.understanding.temporal.digits import DIGIT, number
from bot.understanding.temporal.zones import US_ABBREVIATIONS, US_REGION_ZONES

# Read from the text's evidence: a person should look.
MONTH_FIRST_EVIDENCE = 0.75
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# (or on the next line, labelled: "Meeting Date: 05/04/2027" / "Meeting Time: 6:30 PM")
_TWELVE_HOUR_AFTER = re.compile(
    r"[^\S\n]*+,?[^\S\n]*+(?:@[^\S\n]*+|\n[^\S\n]*+(?:[A-Za-z]++[^\S\n]++)?(?i:time)[^\S\n]*+:?[^\S\n]*+)?"
    rf"{DIGIT}{{1,2}}(?::{DIGIT}{{2}})?[^\S\n]?(?i:[ap]\.?m)\b"
)
# A time zone of the United States as its calendars and notices write it.
_US_ZONE = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(US_ABBREVIATIONS)})(?![A-Za-z])"
    rf"|(?i:(?:{'|'.join(US_REGION_ZONES)})\s+(?:standard\s+|daylight\s+)?time|\(us\s+(?:and|&)\s+canada\))"
)
# How near the message's date a notice's meeting falls: from the day before to three months on.
_NEAR_BEFORE = dt.timedelta(days=1)
_NEAR_AFTER = dt.timedelta(days=90)


class NumericOrder:
    """The text's evidence for month-first numeric dates, read once per text."""

    def __init__(
        self,
        text: str,
        numerics: Sequence[re.Match[str]],
        named: Collection[dt.date],
        today: dt.date,
    ) -> None:
        self._text = text
        self._named = named
        self._today = today
        orders = {_only_order(m) for m in numerics} - {None}
        self._month_first_only = orders == {"month"}
        self._day_first_seen = "day" in orders
        self._us_zone: bool | None = None  # looked for on first need

    def month_first(self, m: re.Match[str], year: int, day: int, month: int) -> str | None:
        """Why the date read day first as (`day`, `month`) is month first, or None."""
        day_first, month_first = _date(year, month, day), _date(year, day, month)
        if month_first is None:
            return None
        if month_first in self._named and day_first not in self._named:
            return "month first: the text writes the same day with its month's name"
        if self._month_first_only:
            return "month first: the text's other numeric dates are written month first"
        if not self._day_first_seen and self._writes_us_zone():
            return "month first: the text gives its times in a US zone"
        before = self._text[max(0, m.start() - 30) : m.start()]
        if (
            day_first is not None
            and _THAI_LETTER.search(before + m[0]) is None
            and _TWELVE_HOUR_AFTER.match(self._text, m.end())
            and self._near(month_first)
            and not self._near(day_first)
        ):
            return "month first: a 12-hour clock after it, and only that order is near the message"
        return None

    def day_first_confidence(self, m: re.Match[str], assumed: float) -> float:
        """How sure the day-first reading is when no evidence turned it: an English date with a
        12-hour clock after it ("01/11/2022 7:00 PM") is written so in the US too."""
        before = self._text[max(0, m.start() - 30) : m.start()]
        if _THAI_LETTER.search(before + m[0]) is None and _TWELVE_HOUR_AFTER.match(
            self._text, m.end()
        ):
            return min(assumed, MONTH_FIRST_EVIDENCE)
        return assumed

    def _writes_us_zone(self) -> bool:
        if self._us_zone is None:
            self._us_zone = _US_ZONE.search(self._text) is not None
        return self._us_zone

    def _near(self, day: dt.date) -> bool:
        return self._today - _NEAR_BEFORE <= day <= self._today + _NEAR_AFTER


def _only_order(m: re.Match[str]) -> str | None:
    """ "month" for "12/15/2020", "day" for "15/12/2020", None when either or neither fits."""
    if m["iy"] is not None or m["a0"] is not None:
        return None
    a, b = number(m["a"]), number(m["b"])
    if b > 12 >= a:
        return "month"
    if a > 12 >= b:
        return "day"
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
