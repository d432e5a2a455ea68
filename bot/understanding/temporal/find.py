"""`find_temporal`: every date, time, range, deadline and relative expression in a text.

The work is done in passes over the original text: candidate dates from each pattern, the longest
non-overlapping ones kept, neighbouring full dates joined into ranges, clock times attached to the
date they belong to, then the zone written after the expression and a deadline cue written before.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.digits import number
from bot.understanding.temporal.months import month_number
from bot.understanding.temporal.relative import find_relative
from bot.understanding.temporal.types import Temporal, TemporalKind
from bot.understanding.temporal.weekdays import NAMES_EN, weekday_number
from bot.understanding.temporal.years import infer_year, read_year
from bot.understanding.temporal.zones import ZONE_TAIL, is_fixed_offset, tzinfo_of, zone_of

# Confidence levels. A fully written date is near certain; each doubt lowers it.
_CERTAIN = 0.95
_YEAR_INFERRED = 0.85
_TWO_DIGIT_YEAR = 0.9
_DAY_MONTH_ORDER_ASSUMED = 0.8
_MONTH_ONLY = 0.6
_YEAR_ONLY = 0.4
_WEEKDAY_MISMATCH_FACTOR = 0.6
_ZONE_CONFLICT_FACTOR = 0.7

_END_OF_DAY = dt.time(23, 59)
# A time belongs to the date before it when only a few words stand between them ("30 September
# 2025 (Tuesday), 09:30", a stamp's "วันที่ … \n เวลา …"), and to the date after it when fewer do.
_MAX_GAP_AFTER = 40
_GAP_BEFORE = re.compile(
    r"[^\S\n]*(?:\([^()\n]{1,30}\))?[^\S\n]*,?[^\S\n]*(?:(?i:on|of)|ของ|ใน)?[^\S\n]*"
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_HAS_DIGIT = re.compile(r"[0-9๐-๙]")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_MONTH_FIRST_DECLARED = re.compile(r"(?i)\bmm/dd\b")

Granularity = Literal["day", "month", "year"]


@dataclass
class _Hit:
    """A date or range of dates found in the text, before times, zones and cues are added."""

    span: tuple[int, int]
    first: dt.date
    last: dt.date | None
    granularity: Granularity = "day"
    confidence: float = _CERTAIN
    reasons: list[str] = field(default_factory=list)
    weekdays: tuple[int | None, int | None] = (None, None)


@dataclass
class _Clock:
    span: tuple[int, int]
    start: dt.time
    end: dt.time | None


def find_temporal(
    text: str, *, reference: dt.datetime, default_tz: str = "Asia/Bangkok"
) -> list[Temporal]:
    """Every temporal expression in `text`, in order of position.

    `reference` is when the message was written: it decides the year of dates written without
    one. `default_tz` is the zone of times whose zone the text does not state.
    """
    if reference.tzinfo is not None:
        reference = reference.astimezone(tzinfo_of(default_tz))
    today = reference.date()
    blocked = [m.span() for m in p.NOT_TEXT.finditer(text)]
    candidates = [h for h in _date_hits(text, today) if not _overlaps_any(h.span, blocked)]
    relatives = [t for t in find_relative(text) if not _overlaps_any(t.span, blocked)]
    hits, kept_relatives = _select(candidates, relatives)
    hits = _join_ranges(text, hits)
    hit_spans = [h.span for h in hits]
    clocks = [c for c in _clocks(text) if not _overlaps_any(c.span, hit_spans)]
    found = [*kept_relatives, *_assemble(text, hits, clocks, default_tz)]
    return sorted(found, key=lambda t: t.span)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlaps_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of `spans`, which are sorted and do not overlap each other."""
    # Only the last span starting before `span` ends can reach into it: a long mail has
    # hundreds of addresses, so no scan over all of them.
    i = bisect.bisect_left(spans, (span[1], span[1])) - 1
    return i >= 0 and _overlaps(span, spans[i])


def _select(hits: list[_Hit], relatives: list[Temporal]) -> tuple[list[_Hit], list[Temporal]]:
    """The longest candidates that do not overlap; a longer match explains more of the text."""
    ranked: list[tuple[tuple[int, int], _Hit | Temporal]] = [
        *((h.span, h) for h in hits),
        *((t.span, t) for t in relatives),
    ]
    ranked.sort(key=lambda item: (item[0][0] - item[0][1], item[0][0]))
    taken: list[tuple[int, int]] = []
    kept_hits: list[_Hit] = []
    kept_relatives: list[Temporal] = []
    for span, item in ranked:
        if _overlaps_any(span, taken):
            continue
        bisect.insort(taken, span)
        if isinstance(item, _Hit):
            kept_hits.append(item)
        else:
            kept_relatives.append(item)
    kept_hits.sort(key=lambda h: h.span)
    return kept_hits, kept_relatives


# --- dates -------------------------------------------------------------------------------------


def _date_hits(text: str, today: dt.date) -> Iterator[_Hit]:
    for pattern in (p.DAY_FIRST_RANGE, p.DAY_FIRST):
        for m in pattern.finditer(text):
            hit = _day_first(m, today)
            if hit is not None:
                yield hit
    for m in p.MONTH_FIRST.finditer(text):
        hit = _month_first(m, today)
        if hit is not None:
            yield hit
    month_first_declared = _MONTH_FIRST_DECLARED.search(text) is not None
    for m in p.NUMERIC.finditer(text):
        hit = _numeric(m, today, text, month_first_declared=month_first_declared)
        if hit is not None:
            yield hit
    for m in p.MONTH_YEAR.finditer(text):
        hit = _month_year(m)
        if hit is not None:
            yield hit
    for m in p.YEAR_ONLY.finditer(text):
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


def _era(word: str | None) -> str | None:
    if word is None:
        return None
    letters = re.sub(r"[.\s]", "", word).lower()
    return "be" if letters in ("พศ", "be") else "ce"


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _day_first(m: re.Match[str], today: dt.date) -> _Hit | None:
    month2 = _group(m, "men2") or _group(m, "mth2")
    if month2 is None:
        return None
    month1 = _group(m, "men1") or _group(m, "mth1")
    last = _Written(
        day=number(m["d2"]),
        month=_month(month2),
        year=_group(m, "y2"),
        era=_era(_group(m, "era2")),
        thai=_group(m, "mth2") is not None,
    )
    d1 = _group(m, "d1")
    first = None
    if d1 is not None:
        first = _Written(
            day=number(d1),
            month=_month(month1) if month1 else last.month,
            year=_group(m, "y1"),
            era=_era(_group(m, "era1")) or last.era,
            thai=_group(m, "mth1") is not None if month1 else last.thai,
        )
    return _build(m, first, last, today)


def _month_first(m: re.Match[str], today: dt.date) -> _Hit | None:
    month1 = _month(m["men1"])
    year = _group(m, "y2")
    start = _Written(day=number(m["d1"]), month=month1, year=year, era=None, thai=False)
    if m["d2"] is None:
        return _build(m, None, start, today)
    month2 = _month(m["men2"]) if m["men2"] else month1
    end = _Written(day=number(m["d2"]), month=month2, year=year, era=None, thai=False)
    return _build(m, replace(start, year=None), end, today)


def _month(word: str) -> int:
    value = month_number(word)
    if value is None:  # the month patterns only match names month_number knows
        raise ValueError(word)
    return value


def _build(m: re.Match[str], first: _Written | None, last: _Written, today: dt.date) -> _Hit | None:
    """The hit for a single date (`first` is None) or a range, with years settled."""
    reasons: list[str] = []
    confidence = _CERTAIN
    years: dict[str, int | None] = {}
    for key, part in (("first", first), ("last", last)):
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
    if first is None:
        if y_last is None:
            y_last = infer_year(last.month, last.day, today)
            reasons.append(f"year not written: {y_last} inferred from the reference date")
            confidence = min(confidence, _YEAR_INFERRED)
        start = _date(y_last, last.month, last.day)
        if start is None:
            return None
        return _Hit(
            m.span(), start, None, confidence=confidence, reasons=reasons,
            weekdays=(_first_not_none(_lead_weekday(m), _weekday(m, "wda")), None),
        )  # fmt: skip
    wraps = (first.month, first.day) > (last.month, last.day)
    y_first = years["first"]
    if y_first is None and y_last is not None:
        y_first = y_last - 1 if wraps else y_last
    if y_first is None:
        y_first = infer_year(first.month, first.day, today)
        reasons.append(f"year not written: {y_first} inferred from the reference date")
        confidence = min(confidence, _YEAR_INFERRED)
    if y_last is None:
        y_last = y_first + 1 if wraps else y_first
    start, end = _date(y_first, first.month, first.day), _date(y_last, last.month, last.day)
    if start is None or end is None or end <= start:
        return None
    return _Hit(
        m.span(), start, end, confidence=confidence, reasons=reasons,
        weekdays=(_first_not_none(_lead_weekday(m), _weekday(m, "wda")), _weekday(m, "wdb")),
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


def _numeric(
    m: re.Match[str], today: dt.date, text: str, *, month_first_declared: bool
) -> _Hit | None:
    reasons: list[str] = []
    confidence = _CERTAIN
    if m["iy"] is not None:
        year_digits, month, day = m["iy"], number(m["im"]), number(m["id"])
    else:
        a, b, year_digits = number(m["a"]), number(m["b"]), m["c"]
        if len(year_digits) == 2 and m["sep"] != "/":
            return None  # "๓๓.๑๐.๖๖", section numbers and versions, not dates
        if month_first_declared or (b > 12 >= a):
            month, day = a, b
            reasons.append("month written before the day")
        else:
            day, month = a, b
            if a <= 12 and a != b:
                reasons.append("day first assumed (the text does not say)")
                confidence = _DAY_MONTH_ORDER_ASSUMED
    before = text[max(0, m.start() - 30) : m.start()]
    thai = _THAI_LETTER.search(before + m[0]) is not None
    read = read_year(year_digits, era=None, thai=thai)
    if read is None:
        return None
    year, doubts = read
    reasons.extend(doubts)
    if doubts:
        confidence = min(confidence, _TWO_DIGIT_YEAR)
    start = _date(year, month, day)
    if start is None:
        return None
    return _Hit(
        m.span(), start, None, confidence=confidence, reasons=reasons,
        weekdays=(_lead_weekday(m), None),
    )  # fmt: skip


def _month_year(m: re.Match[str]) -> _Hit | None:
    word = m["men2"] or m["mth2"]
    read = read_year(m["y2"], era=_era(m["era2"]), thai=m["mth2"] is not None)
    if read is None:
        return None
    year, month = read[0], _month(word)
    last_day = calendar.monthrange(year, month)[1]
    return _Hit(
        m.span(), dt.date(year, month, 1), dt.date(year, month, last_day), granularity="month",
        confidence=_MONTH_ONLY, reasons=["month only: the whole month"],
    )  # fmt: skip


def _year_only(m: re.Match[str]) -> _Hit | None:
    era = _era(m["era1"] or m["era2"])
    first = read_year(m["y1"], era=era, thai=True)
    last = read_year(m["y2"], era=era, thai=True) if m["y2"] else first
    if first is None or last is None or last[0] < first[0]:
        return None
    return _Hit(
        m.span(), dt.date(first[0], 1, 1), dt.date(last[0], 12, 31), granularity="year",
        confidence=_YEAR_ONLY, reasons=["year only: the whole year"],
    )  # fmt: skip


def _join_ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Join two full dates that the text makes one range ("from 15 … (check-in) to 18 …")."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last is None
            and hit.last is None
            and prev.granularity == hit.granularity == "day"
            and p.RANGE_GAP.fullmatch(text, prev.span[1], hit.span[0]) is not None
            and 0 < (hit.first - prev.first).days <= 366
        ):
            out[-1] = _Hit(
                (prev.span[0], hit.span[1]), prev.first, hit.first,
                confidence=min(prev.confidence, hit.confidence),
                reasons=[*prev.reasons, *hit.reasons],
                weekdays=(prev.weekdays[0], hit.weekdays[0]),
            )  # fmt: skip
        else:
            out.append(hit)
    return out


# --- clock times -------------------------------------------------------------------------------


def _clocks(text: str) -> Iterator[_Clock]:
    for m in p.TIME.finditer(text):
        start = _clock_value(m, "1")
        if start is None:
            continue
        end = _clock_value(m, "2") if m["h2"] or m["hm2"] or m["ho2"] else None
        is_range = end is not None
        if end is not None:
            start = _share_meridiem(m, start, end)
            if end <= start:
                continue
        clear = bool(
            m["lead"]
            or m["sep1"] == ":"
            or m["noon1"]
            or m["mer1"]
            or m["unit1"]
            or m["mer2"]
            or m["unit2"]
        )
        if clear or is_range:
            yield _Clock(m.span(), start, end)


def _clock_value(m: re.Match[str], i: str) -> dt.time | None:
    if m[f"noon{i}"] is not None:
        return dt.time(12)
    if m[f"h{i}"] is not None:
        hour, minute = number(m[f"h{i}"]), number(m[f"mi{i}"])
    elif m[f"hm{i}"] is not None:
        hour, minute = divmod(number(m[f"hm{i}"]), 100)
    else:
        hour, minute = number(m[f"ho{i}"]), 0
    meridiem = m[f"mer{i}"]
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _share_meridiem(m: re.Match[str], start: dt.time, end: dt.time) -> dt.time:
    """'2:00 - 4:00 pm': the pm written once covers both ends, unless that would reverse them."""
    if m["mer1"] is None and m["mer2"] is not None and m["mer2"].lower().startswith("p"):
        later = dt.time(start.hour + 12, start.minute) if start.hour < 12 else start
        if later < end:
            return later
    return start


# --- assembly ----------------------------------------------------------------------------------


def _assemble(
    text: str, hits: list[_Hit], clocks: list[_Clock], default_tz: str
) -> Iterator[Temporal]:
    used: set[int] = set()
    for i, hit in enumerate(hits):
        after_limit = hits[i + 1].span[0] if i + 1 < len(hits) else len(text)
        before_limit = hits[i - 1].span[1] if i else 0
        clock = _clock_for(text, hit, clocks, used, before_limit, after_limit)
        yield _temporal(text, hit, clock, default_tz)


def _clock_for(
    text: str, hit: _Hit, clocks: list[_Clock], used: set[int], before_limit: int, after_limit: int
) -> _Clock | None:
    if hit.granularity != "day":
        return None
    for index, clock in enumerate(clocks):
        if index in used:
            continue
        if hit.span[1] <= clock.span[0] and clock.span[1] <= after_limit:
            gap = text[hit.span[1] : clock.span[0]]
            if (
                len(gap) <= _MAX_GAP_AFTER
                and gap.count("\n") <= 1
                and not _HAS_DIGIT.search(gap)
                and not _SENTENCE_END.search(gap)
            ):
                used.add(index)
                return clock
        if (
            before_limit <= clock.span[0]
            and clock.span[1] <= hit.span[0]
            and _GAP_BEFORE.fullmatch(
                text, _zone_after(text, clock.span[1], hit.first)[1], hit.span[0]
            )
        ):
            used.add(index)
            return clock
    return None


def _temporal(text: str, hit: _Hit, clock: _Clock | None, default_tz: str) -> Temporal:
    reasons = list(hit.reasons)
    confidence = hit.confidence
    start_pos = min(hit.span[0], clock.span[0]) if clock else hit.span[0]
    end_pos = max(hit.span[1], clock.span[1]) if clock else hit.span[1]

    zone, zone_end, zone_doubt = _zone_after(text, end_pos, hit.first)
    if zone is None and clock is not None and clock.span[1] < end_pos:
        zone, _, zone_doubt = _zone_after(text, clock.span[1], hit.first)
    if zone_doubt:
        reasons.append(zone_doubt)
        confidence *= _ZONE_CONFLICT_FACTOR
    end_pos = max(end_pos, zone_end)
    tz = zone or default_tz
    tzinfo = tzinfo_of(tz)

    for day, written in ((hit.first, hit.weekdays[0]), (hit.last, hit.weekdays[1])):
        if day is not None and written is not None and day.weekday() != written:
            reasons.append(
                f"written weekday {NAMES_EN[written]} does not match {day.isoformat()}"
                f" (a {NAMES_EN[day.weekday()]})"
            )
            confidence *= _WEEKDAY_MISMATCH_FACTOR

    cue = (
        p.DEADLINE_CUE.search(text, max(0, start_pos - 60), start_pos)
        if hit.last is None and hit.granularity == "day"
        else None
    )
    is_deadline = cue is not None
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None = hit.last
    if is_deadline:
        kind = TemporalKind.DEADLINE
        if clock is not None:
            due = clock.start
        elif cue is not None and cue["before"]:
            due = dt.time(0)
            reasons.append("due before the day begins")
        else:
            due = _END_OF_DAY
            reasons.append("no time given: due at the end of the day")
        start = dt.datetime.combine(hit.first, due, tzinfo)
    elif clock is not None:
        start = dt.datetime.combine(hit.first, clock.start, tzinfo)
        if clock.end is not None:
            end = dt.datetime.combine(hit.last or hit.first, clock.end, tzinfo)
        kind = TemporalKind.RANGE if end is not None else TemporalKind.DATETIME
    else:
        start = hit.first
        kind = TemporalKind.RANGE if end is not None else TemporalKind.DATE
    if zone is None and (clock is not None or is_deadline):
        reasons.append(f"time zone not stated: {default_tz} assumed")
    return Temporal(
        kind=kind,
        start=start,
        end=end,
        tz=tz,
        text=text[start_pos:end_pos],
        span=(start_pos, end_pos),
        confidence=confidence,
        reasons=tuple(reasons),
    )


def _zone_after(text: str, pos: int, day: dt.date) -> tuple[str | None, int, str | None]:
    """The zone written right after `pos`, where it ends, and a doubt if its two forms disagree."""
    m = ZONE_TAIL.match(text, pos)
    if m is None:
        return None, pos, None
    zones = [z for z in (zone_of(m["z1"]), zone_of(m["z2"]) if m["z2"] else None) if z]
    if not zones:
        return None, pos, None
    named = [z for z in zones if not is_fixed_offset(z)]
    chosen = named[0] if named else zones[0]
    doubt = None
    noon = dt.datetime.combine(day, dt.time(12))
    offsets = {tzinfo_of(z).utcoffset(noon) for z in zones}
    if len(offsets) > 1:
        doubt = f"the zones written ({m['z1']}, {m['z2']}) disagree; {chosen} used"
    end = m.end()
    if m["open"] is None and text[end - 1 : end] == ")":
        end -= 1  # a bracket that closes something opened before the expression
    return chosen, end, doubt
