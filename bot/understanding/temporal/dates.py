"""Dates and ranges of dates as written, before times, zones and cues are added to them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from bot.understanding.temporal import date_words
from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.digits import number, ocr_number
from bot.understanding.temporal.months import list_number_after, month_number
from bot.understanding.temporal.number_words import ordinal_day
from bot.understanding.temporal.numeric_order import MONTH_FIRST_EVIDENCE, NumericOrder
from bot.understanding.temporal.types import LISTED_DAY
from bot.understanding.temporal.weekdays import weekday_number
from bot.understanding.temporal.years import YEAR_NOT_WRITTEN, era_of, infer_year, read_year

# Confidence levels. A fully written date is near certain; each doubt lowers it.
CERTAIN = 0.95
_YEAR_INFERRED = 0.85
_TWO_DIGIT_YEAR = 0.9
_DAY_MONTH_ORDER_ASSUMED = 0.8
# A US-style generated line is a strong sign, but a person may have typed the line by hand.
_US_ORDER = 0.85
_OCR_LETTER = 0.85
_MONTH_ONLY = 0.6
_YEAR_ONLY = 0.4

_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# "mm/dd" as a word, any case: its first letter before the look-behind that stands for "\b", so
# that the engine skips to the next "m" instead of trying the pattern at every character.
_MONTH_FIRST_DECLARED = re.compile(r"[mM](?<!\w[mM])(?i:m/dd)\b")
_LISTED_DAY = re.compile(p.LISTED_DAY)
# "between 1 and 5 December" is a range, whether or not the days follow each other.
_BETWEEN = re.compile(r"(?i:between)[^\S\n]+$")
# What every match of DASHED, NUMERIC and YEAR_ONLY holds: a text without it is not searched
# (tests/understanding/test_scan_gates.py checks each gate against its pattern).
dashed_gate = p.DASHED_PART.search
numeric_gate = p.NUMERIC_PART.search
year_only_gate = p.YEAR_ONLY_PART.search

Granularity = Literal["day", "month", "year"]


@dataclass
class DateHit:
    """A date or range of dates found in the text, before times, zones and cues are added."""

    span: tuple[int, int]
    first: dt.date
    last: dt.date | None
    granularity: Granularity = "day"
    confidence: float = CERTAIN
    reasons: list[str] = field(default_factory=list)
    weekdays: tuple[int | None, int | None] = (None, None)
    # The year was not written: it is the reference date's or the next (years.infer_year), and
    # the words around may say otherwise (future_years.py).
    year_inferred: bool = False
    # Named from the day of writing ("tomorrow", deictic.py): kept only as a deadline (see
    # find.py), since "as of today" in a reminder is no date of the meeting.
    deictic: bool = False


def date_hits(text: str, today: dt.date) -> Iterator[DateHit]:
    named: set[dt.date] = set()  # the days written with a month's name
    words = date_words.starts(text)  # DAY_FIRST's and MONTH_YEAR's words too: same openings
    day_first = sorted([*words, *p.DAY_FIRST.apart_starts(text)])
    for pattern in (p.DAY_FIRST_RANGE, p.DAY_FIRST):
        for m in pattern.finditer_at(text, day_first):
            yield from _named(_day_first(m, today), named)
    for m in p.DASHED.finditer(text) if dashed_gate(text) else ():
        yield from _day_first(m, today)
    for m in p.MONTH_FIRST.finditer_at(text, words):
        yield from _named(_month_first(m, today), named)
    numerics = list(p.NUMERIC.finditer(text)) if numeric_gate(text) else []
    month_first_declared = bool(numerics) and _MONTH_FIRST_DECLARED.search(text) is not None
    order = NumericOrder(text, numerics, named, today) if numerics else None
    for m in numerics:
        hit = _numeric(m, today, text, month_first_declared=month_first_declared, order=order)
        if hit is not None:
            yield hit
    for m in p.MONTH_YEAR.finditer_at(text, words):
        hit = _month_year(m)
        if hit is not None:
            yield hit
    for m in p.YEAR_ONLY.finditer(text) if year_only_gate(text) else ():
        hit = _year_only(m)
        if hit is not None:
            yield hit


@dataclass(frozen=True)
class _Written:
    """One end of a date as written: day and month, and the year digits if any."""

    day: int
    month: int
    year: str | None
    era: str | None
    thai: bool
    doubt: str | None = None  # why the day itself is uncertain (OCR letters in it)


def _group(m: re.Match[str], name: str) -> str | None:
    """Group `name`, or None when the pattern has no such group (groupdict() would build a dict
    of all of them on every call)."""
    return m[name] if name in m.re.groupindex else None


def _day_first(m: re.Match[str], today: dt.date) -> list[DateHit]:
    month2 = _group(m, "men2") or _group(m, "mth2")
    if month2 is None:
        return []
    month1 = _group(m, "men1") or _group(m, "mth1")
    if _group(m, "rw") is not None and is_change(m.string, m.start()):
        return []  # the old and the new date of a change: DAY_FIRST finds each one
    day2, doubt2 = _day_value(m, "2")
    last = _Written(
        day=day2,
        month=_month(month2),
        year=_group(m, "y2"),
        era=era_of(_group(m, "era2")),
        thai=_group(m, "mth2") is not None,
        doubt=doubt2,
    )
    first = None
    if _group(m, "d1") is not None or _group(m, "dw1") is not None:
        day1, doubt1 = _day_value(m, "1")
        first = _Written(
            day=day1,
            # ("30 to 2 November": a first day after the last is the month before's)
            month=_month(month1) if month1 else (last.month - (day1 > last.day) - 1) % 12 + 1,
            year=_group(m, "y1"),
            era=era_of(_group(m, "era1")) or last.era,
            thai=_group(m, "mth1") is not None if month1 else last.thai,
            doubt=doubt1,
        )
        if _group(m, "and") is not None and not _is_span(m, first, last):
            return _listed(m, first, last, today)
    hit = _build(m, first, last, today)
    return [] if hit is None else [hit]


def _day_value(m: re.Match[str], i: str) -> tuple[int, str | None]:
    """The day of group d<i> or dw<i>, and the doubt about it if OCR letters stand in it."""
    word = _group(m, f"dw{i}")
    if word is not None:
        return ordinal_day(word), None
    digits = m[f"d{i}"]
    if digits.isdecimal():
        return number(digits), None
    value = ocr_number(digits)
    return value, f"OCR letter in the day {digits!r} read as a digit ({value})"


def _is_span(m: re.Match[str], first: _Written, last: _Written) -> bool:
    """Whether days joined by "and" are one span: "between 1 and 5 December", or days that
    follow each other ("28th and 29th September", "3, 4 and 5 December")."""
    if m[0].startswith("ระหว่าง") or _BETWEEN.search(m.string, max(0, m.start() - 12), m.start()):
        return True
    days = [first.day, *(number(d["listed"]) for d in _mid_days(m)), last.day]
    return all(b - a == 1 for a, b in pairwise(days))


def _mid_days(m: re.Match[str]) -> list[re.Match[str]]:
    if _group(m, "mid") is None:
        return []
    return list(_LISTED_DAY.finditer(m.string, m.start("mid"), m.end("mid")))


def _listed(m: re.Match[str], first: _Written, last: _Written, today: dt.date) -> list[DateHit]:
    """Separate days listed before the month they share: "on 3 and 10 December 2025"."""
    text = m.string
    first_end = m.end("dw1") if _group(m, "dw1") else m.end("d1")
    if text[first_end : first_end + 2].lower() in ("st", "nd", "rd", "th"):
        first_end += 2
    last_start = m.end("and")
    while text[last_start].isspace():
        last_start += 1
    days = [(first, (m.start(), first_end), _lead_weekday(m))]
    days += [
        (replace(first, day=number(d["listed"]), doubt=None), d.span(), None) for d in _mid_days(m)
    ]
    last_weekday = _first_not_none(_weekday(m, "wden2"), _weekday(m, "wdth2"), _weekday(m, "wda"))
    days.append((last, (last_start, m.end()), last_weekday))
    hits = []
    for written, span, weekday in days:
        day = replace(written, month=last.month, year=last.year)
        # ("Wednesday 14 and Friday 16 October": the Friday's year is not the Wednesday's)
        hit = _build(m, None, day, today, listed=(weekday,))
        if hit is None:
            return []
        hit.reasons.append(LISTED_DAY)
        hits.append(replace(hit, span=span, weekdays=(weekday, None)))
    return hits


def _month_first(m: re.Match[str], today: dt.date) -> list[DateHit]:
    if list_number_after(m.string, m.end("men1")):
        return []
    month1 = _month(m["men1"])
    year = _group(m, "y2")
    start = _Written(day=number(m["d1"]), month=month1, year=year, era=None, thai=False)
    if m["d2"] is None:
        return _hits(_build(m, None, start, today))
    month2 = _month(m["men2"]) if m["men2"] else month1
    end = _Written(day=number(m["d2"]), month=month2, year=year, era=None, thai=False)
    hit = _build(m, replace(start, year=None), end, today)
    if m["and"] is None or hit is None or hit.last is None or (hit.last - hit.first).days == 1:
        return _hits(hit)
    # "on June 3 and 10, 2026": two days of their own, the year written after the second
    first = _build(m, None, start, today)
    last = _build(m, None, end, today)
    if first is None or last is None:
        return []
    return [
        replace(first, span=(m.start(), m.end("d1"))),
        replace(last, span=(m.start("d2"), m.end())),
    ]


def _hits(hit: DateHit | None) -> list[DateHit]:
    return [] if hit is None else [hit]


def _month(word: str) -> int:
    value = month_number(word)
    if value is None:  # the month patterns only match names month_number knows
        raise ValueError(word)
    return value


def _build(
    m: re.Match[str],
    first: _Written | None,
    last: _Written,
    today: dt.date,
    *,
    listed: tuple[int | None] | None = None,
) -> DateHit | None:
    """The hit for a single date (`first` is None) or a range, with years settled; `listed`
    holds the weekday of one day of a list, which the match's first weekday is not."""
    reasons: list[str] = []
    confidence = CERTAIN
    years: dict[str, int | None] = {}
    for key, part in (("first", first), ("last", last)):
        if part is not None and part.doubt is not None:
            reasons.append(part.doubt)
            confidence = min(confidence, _OCR_LETTER)
        if part is None or part.year is None:
            years[key] = None
            continue
        read = read_year(part.year, era=part.era, thai=part.thai)
        if read is None:
            return None
        years[key], doubts = read
        if doubts:
            reasons.extend(doubts)
            confidence = min(confidence, _TWO_DIGIT_YEAR)
    y_last = years["last"]
    year_inferred = False
    lead = listed[0] if listed else _first_not_none(_lead_weekday(m), _weekday(m, "wda"))
    if first is None:
        if y_last is None:
            y_last = infer_year(last.month, last.day, today, lead)
            reasons.append(f"{YEAR_NOT_WRITTEN}: {y_last} inferred from the reference date")
            confidence, year_inferred = min(confidence, _YEAR_INFERRED), True
        start = _date(y_last, last.month, last.day)
        if start is None:
            return None
        return DateHit(
            m.span(), start, None, confidence=confidence, reasons=reasons,
            weekdays=(lead, None), year_inferred=year_inferred,
        )  # fmt: skip
    wraps = (first.month, first.day) > (last.month, last.day)
    y_first = years["first"]
    if y_first is None and y_last is not None:
        y_first = y_last - 1 if wraps else y_last
    if y_first is None:
        y_first = infer_year(first.month, first.day, today, lead)
        reasons.append(f"{YEAR_NOT_WRITTEN}: {y_first} inferred from the reference date")
        confidence, year_inferred = min(confidence, _YEAR_INFERRED), True
    if y_last is None:
        y_last = y_first + 1 if wraps else y_first
    start, end = _date(y_first, first.month, first.day), _date(y_last, last.month, last.day)
    if start is None or end is None or end <= start:
        return None
    return DateHit(
        m.span(), start, end, confidence=confidence, reasons=reasons,
        weekdays=(
            lead,
            _first_not_none(_weekday(m, "wden2"), _weekday(m, "wdth2"), _weekday(m, "wdb")),
        ),
        year_inferred=year_inferred,
    )  # fmt: skip


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(m: re.Match[str], name: str) -> int | None:
    word = _group(m, name)
    return None if word is None else weekday_number(word)


def _first_not_none(*values: int | None) -> int | None:
    # Monday is 0, so `or` would lose it.
    return next((v for v in values if v is not None), None)


def _lead_weekday(m: re.Match[str]) -> int | None:
    for name in ("wden", "wdth"):
        value = _weekday(m, name)
        if value is not None:
            return value
    return None


def _named(hits: list[DateHit], named: set[dt.date]) -> list[DateHit]:
    named.update(hit.first for hit in hits)
    return hits


def _numeric(
    m: re.Match[str],
    today: dt.date,
    text: str,
    *,
    month_first_declared: bool,
    order: NumericOrder | None = None,
) -> DateHit | None:
    reasons: list[str] = []
    confidence = CERTAIN
    if m["iy"] is not None:
        year_digits, month, day = m["iy"], number(m["im"]), number(m["id"])
    else:
        a, b, year_digits = number(m["a"]), number(m["b"]), m["c"]
        if len(year_digits) == 2 and m["sep"] != "/":
            return None  # "๓๓.๑๐.๖๖", section numbers and versions, not dates
        if m["a0"] is not None:
            day, month = a, b
            reasons.append("a range of days written before the month: day first")
        elif month_first_declared or (b > 12 >= a):
            month, day = a, b
            reasons.append("month written before the day")
        elif a != b and a <= 12 and b <= 12 and p.US_GENERATED_TAIL.match(text, m.end()):
            month, day = a, b
            reasons.append(_US_ORDER_REASON)
            confidence = _US_ORDER
        else:
            day, month = a, b
    before = text[max(0, m.start() - 30) : m.start()]
    thai = _THAI_LETTER.search(before + m[0]) is not None
    read = read_year(year_digits, era=None, thai=thai)
    if read is None:
        return None
    year, doubts = read
    if m["iy"] is None and not reasons and day <= 12 and day != month:
        day, month, read_as = _day_month_order(year, day, month, _lead_weekday(m))
        if read_as == _DAY_FIRST_ASSUMED and order is not None:
            if (evidence := order.month_first(m, year, day, month)) is not None:
                day, month, read_as = month, day, evidence
                confidence = MONTH_FIRST_EVIDENCE
            else:
                confidence = order.day_first_confidence(m, _DAY_MONTH_ORDER_ASSUMED)
        elif read_as == _DAY_FIRST_ASSUMED:
            confidence = _DAY_MONTH_ORDER_ASSUMED
        reasons.append(read_as)
    reasons.extend(doubts)
    if doubts:
        confidence = min(confidence, _TWO_DIGIT_YEAR)
    start = _date(year, month, day)
    if start is None:
        return None
    if m["a0"] is not None:
        first = _date(year, month, number(m["a0"]))
        if first is None or first >= start:
            return None
        return DateHit(m.span(), first, start, confidence=confidence, reasons=reasons)
    return DateHit(
        m.span(), start, None, confidence=confidence, reasons=reasons,
        weekdays=(_lead_weekday(m), None),
    )  # fmt: skip


_DAY_FIRST_ASSUMED = "day first assumed (the text does not say)"
_US_ORDER_REASON = (
    "month first: a US-style generated line (a 12-hour time after the date and a"
    " '(UTC+hh:mm)' zone label)"
)


def _day_month_order(year: int, day: int, month: int, weekday: int | None) -> tuple[int, int, str]:
    """Day and month of an ambiguous "10/3/2025": day first, unless only the other order fits
    the weekday written with it ("Fri 10/3/2025" is Friday 3 October, as US Outlook prints it)."""
    if weekday is not None:
        day_first, month_first = _date(year, month, day), _date(year, day, month)
        if (
            day_first is not None
            and month_first is not None
            and day_first.weekday() != weekday
            and month_first.weekday() == weekday
        ):
            return month, day, "month first: only that order fits the written weekday"
    return day, month, _DAY_FIRST_ASSUMED


def _month_year(m: re.Match[str]) -> DateHit | None:
    word = m["men2"] or m["mth2"]
    read = read_year(m["y2"], era=era_of(m["era2"]), thai=m["mth2"] is not None)
    if read is None:
        return None
    year, month = read[0], _month(word)
    last_day = calendar.monthrange(year, month)[1]
    return DateHit(
        m.span(), dt.date(year, month, 1), dt.date(year, month, last_day), granularity="month",
        confidence=_MONTH_ONLY, reasons=["month only: the whole month"],
    )  # fmt: skip


def _year_only(m: re.Match[str]) -> DateHit | None:
    era = era_of(m["era0"] or m["era1"] or m["era2"])
    first = read_year(m["y1"], era=era, thai=True)
    last = read_year(m["y2"], era=era, thai=True) if m["y2"] else first
    if first is None or last is None or last[0] < first[0]:
        return None
    if m["fiscal"]:
        # The Thai government's fiscal year N runs from 1 October of N-1 to 30 September of N.
        return DateHit(
            m.span(), dt.date(first[0] - 1, 10, 1), dt.date(last[0], 9, 30), granularity="year",
            confidence=_YEAR_ONLY, reasons=["fiscal year: 1 October to 30 September"],
        )  # fmt: skip
    return DateHit(
        m.span(), dt.date(first[0], 1, 1), dt.date(last[0], 12, 31), granularity="year",
        confidence=_YEAR_ONLY, reasons=["year only: the whole year"],
    )  # fmt: skip


def is_change(text: str, start: int) -> bool:
    """Whether "from <date> to <date>" at `start` names the old and the new date of a change."""
    return p.CHANGE_CUE.search(text, max(0, start - 60), start) is not None
