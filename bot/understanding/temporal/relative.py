"""Relative expressions ("within two weeks after the Meeting", "ภายใน ๑๐ วันทำการ") and a resolver.

Finding them is part of reading the text; resolving them needs the anchor's date, which a later
stage knows (the meeting's dates), so `resolve_relative` is separate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from bot.understanding.prefilter import DIGITS, by_first_character, prefiltered, words
from bot.understanding.temporal.digits import DIGIT, number
from bot.understanding.temporal.number_words import (
    COUNTS,
    TH_COUNT,
    TH_COUNT_OPENINGS,
    thai_count,
)
from bot.understanding.temporal.types import Relative, Temporal, TemporalKind

_EN_WORDS = "|".join(w for w in sorted(COUNTS, key=len, reverse=True) if w.isascii())

# The anchor is the noun phrase after the direction word, with one "of" phrase at most; it stops
# at any other preposition or at punctuation, so "before arrival in Malaysia" gives "arrival" and
# "after the circulation of the draft" keeps the whole phrase.
_STOP = r"in|at|on|to|of|for|via|and|or|by|with|from|is|will|are|shall|should"
_WORD = rf"(?!(?:{_STOP})\b)[A-Za-z][\w-]*"
_ANCHOR_EN = (
    rf"(?P<anchor>(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}"
    rf"(?:\s+of\s+(?:the\s+)?{_WORD}(?:\s+{_WORD})?)?)"
)
# The units of an English count, each also with an "s": the pattern, its openings and the gate
# before it (`_names_en_unit`) are built from them, so that a unit added here is looked for.
_EN_UNIT_WORDS = ("day", "week", "month", "hour", "hr")
_EN_UNITS = "|".join(rf"{unit}s?" for unit in _EN_UNIT_WORDS)
# What follows the count of _EN up to the first letter of its unit.
_UNIT_AFTER = (
    rf"(?:\s*\(\s*{DIGIT}{{1,3}}\s*\))?\s+(?i:(?:working|business|calendar)\s+)?"
    rf"(?i:[{''.join(sorted({unit[0] for unit in _EN_UNIT_WORDS}))}])"
)
# Tried only where a cue, a digit or a number word begins (see bot.understanding.prefilter).
_EN = prefiltered(
    [
        *words(r"within\s", r"at\s", r"not?\s", word_start=True),
        # A count of at most three digits or a number word, then the unit.
        *(rf"{d}(?<![A-Za-z]{d})(?=[0-9๐-๙]{{0,2}}{_UNIT_AFTER})" for d in DIGITS),
        *words(*(rf"{w}(?={_UNIT_AFTER})" for w in _EN_WORDS.split("|")), word_start=True),
    ],
    rf"(?<![A-Za-z])(?:(?P<cue>(?i:within|at\s+least|no\s+later\s+than|not\s+later\s+than))\s+)?"
    rf"(?P<n>(?i:{_EN_WORDS})(?![A-Za-z])|{DIGIT}{{1,3}}(?![0-9๐-๙]))"
    rf"(?:\s*\(\s*{DIGIT}{{1,3}}\s*\))?\s+"
    rf"(?:(?P<kind>(?i:working|business|calendar))\s+)?(?P<unit>(?i:{_EN_UNITS}))\b"
    rf"(?:\s+(?P<dir>(?i:after|before|prior\s+to|following|from|of|ahead\s+of|in\s+advance\s+of))"
    rf"\s+{_ANCHOR_EN}"
    rf"|\s+(?P<advance>(?i:in\s+advance|beforehand|ahead))(?![A-Za-z]))?",
)
# "ล่วงหน้า" (in advance) before or after the count, and an anchor written before it
# ("ก่อนวันประชุมอย่างน้อย ๗ วัน"), make the period count back; "ก่อนหน้า" is "earlier", no anchor.
_TH = prefiltered(
    # Where "ล่วงหน้า", "ก่อน", a cue, a digit or a number word begins.
    [
        *(rf"{d}(?=[0-9๐-๙]{{0,2}}[^\S\n]*[วสอเช])" for d in DIGITS),  # a count, then its unit
        *["ล่วง", "ก่อน", "ภาย", "ไม่", "อย่าง", *TH_COUNT_OPENINGS],
    ],
    rf"(?:(?P<advance>ล่วงหน้า)[^\S\n]*)?"
    rf"(?:(?P<dir_before>ก่อน)(?!หน้า)(?P<anchor_before>[^\s,.()0-9๐-๙]{{1,40}}?)[^\S\n]*)?"
    rf"(?:(?P<cue>ภายใน|ไม่เกิน|ไม่น้อยกว่า|อย่างน้อย|ภายหลังจาก(?P<now>นี้)|ภายหลัง)[^\S\n]*)?"
    rf"(?P<n>{DIGIT}{{1,3}}(?![0-9๐-๙])|{TH_COUNT})[^\S\n]*"
    # "๕ วัน ทำการ": a blank inside "วันทำการ" is common in typed letters.
    rf"(?P<unit>วัน[^\S\n]?ทำการ|วัน(?!ที่)|สัปดาห์|อาทิตย์|เดือน|ชั่วโมง)"
    rf"(?:(?P<advance_after>[^\S\n]*ล่วงหน้า)"
    rf"|[^\S\n]*(?P<dir>หลัง(?:จาก)?|ก่อน|นับ(?:จาก|แต่))[^\S\n]*(?P<anchor>[^\s,.()]{{1,40}}))?",
)

# Every match holds its unit, and most texts hold none: "Monday" is no "day", and English mail
# has no Thai. A text without one is not searched (the openings meet every digit and number
# word). The unit of _EN follows a blank. "hr" also stands in "three" and "through", so the
# short look first, then the unit itself. (tests/understanding/test_scan_gates.py spells each
# pattern's forms and checks that its gate lets them through.)
_EN_UNIT = re.compile(
    by_first_character(
        [
            rf"{first}(?<=\s.)(?i:{unit[1:]}s?)\b"
            for unit in _EN_UNIT_WORDS
            for first in (unit[0], unit[0].upper())
        ]
    )
)
_TH_UNIT_WORDS = ("วัน", "สัปดาห์", "อาทิตย์", "เดือน", "ชั่วโมง")


def _names_en_unit(text: str) -> bool:
    lowered = text.lower()
    return any(unit in lowered for unit in _EN_UNIT_WORDS) and _EN_UNIT.search(text) is not None


def _names_th_unit(text: str) -> bool:
    return any(unit in text for unit in _TH_UNIT_WORDS)


_UNITS: dict[str, Literal["hour", "day", "week", "month"]] = {
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "ชั่วโมง": "hour",
    "วัน": "day", "วันทำการ": "day", "สัปดาห์": "week", "อาทิตย์": "week", "เดือน": "month",
}  # fmt: skip
# Cues that bound a span without placing it: "valid for at least six (6) months" is a
# duration; only a direction ("at least two weeks before the Meeting") makes it a deadline.
_DURATION_CUES = ("at least", "อย่างน้อย", "ไม่น้อยกว่า")
_BACKWARD = ("before", "prior", "ahead", "in advance")


def _amount(word: str) -> int:
    key = word.lower()
    if key in COUNTS:
        return COUNTS[key]
    return number(word) if word[0].isdigit() else thai_count(word)


def _thai_unit(unit: str) -> str:
    return "".join(unit.split())  # "วัน ทำการ" is "วันทำการ"


def find_relative(text: str) -> Iterator[Temporal]:
    """Every relative expression in the text, as a Temporal of kind relative."""
    for m in _EN.finditer(text) if _names_en_unit(text) else ():
        if _is_duration(m["cue"], m["dir"] or m["advance"]):
            continue  # "three days" alone is a duration, not a point in time
        direction = m["dir"] or ("before" if m["advance"] else "after")
        rel = Relative(
            amount=_amount(m["n"]),
            unit=_UNITS[m["unit"].lower()],
            working_days=(m["kind"] or "").lower() in ("working", "business"),
            direction="before" if direction.lower().startswith(_BACKWARD) else "after",
            anchor=m["anchor"] or "",
        )
        yield _temporal(m, rel)
    for m in _TH.finditer(text) if _names_th_unit(text) else ():
        if _is_duration(m["cue"], m["dir"] or _counts_back(m)):
            continue  # "๓ วัน" alone is a duration
        rel = Relative(
            amount=_amount(m["n"]),
            unit=_UNITS[_thai_unit(m["unit"])],
            working_days=_thai_unit(m["unit"]) == "วันทำการ",
            direction="before" if _counts_back(m) else "after",
            anchor=m["now"] or m["anchor"] or m["anchor_before"] or "",
        )
        yield _temporal(m, rel)


def _is_duration(cue: str | None, direction: str | bool | None) -> bool:
    if direction:
        return False
    return cue is None or re.sub(r"\s+", " ", cue.lower()) in _DURATION_CUES


def _counts_back(m: re.Match[str]) -> bool:
    return bool(m["dir"] == "ก่อน" or m["dir_before"] or m["advance"] or m["advance_after"])


def _temporal(m: re.Match[str], rel: Relative) -> Temporal:
    reasons = () if rel.anchor else ("no anchor written: counted from the message or the event",)
    return Temporal(
        kind=TemporalKind.RELATIVE,
        start=None,
        end=None,
        tz=None,
        text=m[0],
        span=m.span(),
        confidence=0.8 if rel.anchor else 0.7,
        reasons=reasons,
        relative=rel,
    )


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> frozenset[dt.date]:
    """The public holidays of `country` (the `holidays` package's code) in `year`."""
    import holidays  # a 30 ms import that only resolving working days needs

    return frozenset(holidays.country_holidays(country, years=year))


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a Thai public holiday."""
    return day.weekday() < 5 and day not in public_holidays("TH", day.year)


def resolve_relative(rel: Relative, anchor: dt.date) -> dt.date:
    """The date `rel` points at, counted from the anchor's date.

    Working days skip weekends and Thai public holidays; the anchor day itself is not counted, so
    "10 working days after" a Friday starts counting on the Monday.
    """
    sign = -1 if rel.direction == "before" else 1
    if rel.unit == "month":
        return _add_months(anchor, sign * rel.amount)
    if rel.unit == "hour":
        # The anchor is a day, not an hour: a part day counts as a whole one before it and not
        # at all after it, so the due day is never later than the hours allow.
        whole, part = divmod(rel.amount, 24)
        return anchor + dt.timedelta(days=sign * (whole + (1 if part and sign < 0 else 0)))
    days = rel.amount * (7 if rel.unit == "week" else 1)
    if not (rel.working_days and rel.unit == "day"):
        return anchor + dt.timedelta(days=sign * days)
    day = anchor
    while days:
        day += dt.timedelta(days=sign)
        if is_working_day(day):
            days -= 1
    return day


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
