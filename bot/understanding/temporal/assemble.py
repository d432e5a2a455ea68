"""From date hits and clock times to Temporal items: times attached to their dates, the zone
(zone_attach.py), a deadline cue written before the expression, and the weekday check."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.clocks import ClockReading, with_duration
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.types import Temporal, TemporalKind
from bot.understanding.temporal.weekdays import NAMES_EN
from bot.understanding.temporal.zone_attach import (
    SectionZones,
    WrittenZone,
    place_after,
    zone_after,
    zone_before,
    zone_below,
    zone_in_label,
    zone_wrapped,
)
from bot.understanding.temporal.zone_words import region_after, thai_equivalent
from bot.understanding.temporal.zones import tzinfo_of

_WEEKDAY_MISMATCH_FACTOR = 0.6
_ZONE_CONFLICT_FACTOR = 0.7

_END_OF_DAY = dt.time(23, 59)
# A time belongs to the date before it when only a few words stand between them ("30 September
# 2025 (Tuesday), 09:30", a stamp's "วันที่ … \n เวลา …"), and to the date after it when fewer do.
_MAX_GAP_AFTER = 40
_GAP_BEFORE = re.compile(
    # "Reception: 6.30 p.m. onwards, 30 September 2026", "at 10 a.m. sharp on 3 December"
    r"[^\S\n]*(?:(?i:onwards?|sharp)|เป็นต้นไป)?[^\S\n]*(?:\([^()\n]{1,30}\))?[^\S\n]*,?[^\S\n]*(?:(?i:on|of)|ของ|ใน)?[^\S\n]*"
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_HAS_DIGIT = re.compile(r"[0-9๐-๙]")
# A time further before its date, in the same sentence with a clause between: "begin at 2:00
# p.m., following the opening remarks of the Chair, on 3 December". Not across a second clause
# ("registration closes at 17:00, and the Meeting is on 4 December").
_MAX_CLAUSE = 80
_NEW_CLAUSE = re.compile(r"(?<![A-Za-z])(?i:and|but|while|whereas)(?![A-Za-z])|และ|แต่")
_UNTIL = re.compile(r"(?<![A-Za-z])(?i:until|till)(?![A-Za-z])|จนถึง")
_END_TIME_REASON = "the time written after a range until a day is that day's"
_APART = 0.8
_APART_REASON = "time written apart from its date, earlier in the sentence"
# The reason a time without a written zone carries (and `Temporal.zone_assumed`).
ZONE_ASSUMED = "time zone not stated"


def assemble(
    text: str, hits: list[DateHit], clocks: list[ClockReading], default_tz: str
) -> Iterator[Temporal]:
    used: set[int] = set()
    sections = SectionZones(text)
    clock_starts = [c.span[0] for c in clocks]
    previous_end = 0
    for i, hit in enumerate(hits):
        after_limit = hits[i + 1].span[0] if i + 1 < len(hits) else len(text)
        before_limit = hits[i - 1].span[1] if i else 0
        # Only a clock between the neighbouring dates can belong to this one: looking at no
        # other keeps a text with thousands of dates and times linear.
        window = range(
            bisect.bisect_left(clock_starts, before_limit),
            bisect.bisect_left(clock_starts, after_limit),
        )
        clock = _clock_for(text, hit, clocks, window, used, before_limit, after_limit)
        item = _temporal(text, hit, clock, default_tz, sections, previous_end)
        previous_end = item.span[1]
        yield item


def _clock_for(
    text: str,
    hit: DateHit,
    clocks: list[ClockReading],
    window: range,
    used: set[int],
    before_limit: int,
    after_limit: int,
) -> ClockReading | None:
    if hit.granularity != "day":
        return None
    for index in window:
        clock = clocks[index]
        if index in used:
            continue
        if (
            hit.span[1] <= clock.span[0] <= hit.span[1] + _MAX_GAP_AFTER
            and clock.span[1] <= after_limit
        ):
            gap = text[hit.span[1] : clock.span[0]]
            if (
                gap.count("\n") <= 1
                and not _HAS_DIGIT.search(gap)
                and not _SENTENCE_END.search(gap)
            ):
                used.add(index)
                return clock
        if (
            before_limit <= clock.span[0]
            and clock.span[1] <= hit.span[0]
            and _GAP_BEFORE.fullmatch(text, _end_of_zone(text, clock.span[1], hit), hit.span[0])
        ):
            used.add(index)
            return clock
    return _clock_earlier_in_sentence(text, hit, clocks, window, used, before_limit)


def _clock_earlier_in_sentence(
    text: str,
    hit: DateHit,
    clocks: list[ClockReading],
    window: range,
    used: set[int],
    before_limit: int,
) -> ClockReading | None:
    for index in reversed(window):
        clock = clocks[index]
        if clock.span[1] > hit.span[0]:
            continue
        if index in used or clock.span[0] < before_limit:
            return None
        gap = text[clock.span[1] : hit.span[0]]
        if (
            len(gap) > _MAX_CLAUSE
            or "\n" in gap
            or _HAS_DIGIT.search(gap)
            or _SENTENCE_END.search(gap)
            or _NEW_CLAUSE.search(gap)
        ):
            return None
        used.add(index)
        reasons = (*clock.reasons, _APART_REASON)
        return replace(clock, reasons=reasons, confidence=min(clock.confidence, _APART), apart=True)
    return None


def _end_of_zone(text: str, pos: int, hit: DateHit) -> int:
    written = zone_after(text, pos, hit.first)
    return pos if written is None else written.end


def _temporal(
    text: str,
    hit: DateHit,
    clock: ClockReading | None,
    default_tz: str,
    sections: SectionZones,
    previous_end: int,
) -> Temporal:
    start_pos = min(hit.span[0], clock.span[0]) if clock else hit.span[0]
    end_pos = max(hit.span[1], clock.span[1]) if clock else hit.span[1]
    # A duration right after the time ("9:00 AM | 1 hour 30 minutes | (UTC+07:00) …") or after
    # its zone ("9:00 AM | (UTC+08:00) Kuala Lumpur, Singapore | 2 hrs") gives the end.
    timed = _duration(text, clock, end_pos) if clock and clock.span[1] == end_pos else None
    if timed is not None:
        clock, end_pos = timed
    written, start_pos, end_pos = _zone(text, hit, clock, start_pos, end_pos, previous_end)
    if clock is not None and timed is None and written is not None:
        timed = _duration(text, clock, end_pos)
        if timed is not None:
            clock, end_pos = timed
    reasons = [*hit.reasons, *(clock.reasons if clock else ())]
    confidence = min(hit.confidence, clock.confidence) if clock else hit.confidence
    if text[end_pos - 1 : end_pos] == ")" and text.count("(", start_pos, end_pos) < text.count(
        ")", start_pos, end_pos
    ):
        end_pos -= 1  # a bracket that closes something opened before the expression

    for day, weekday in ((hit.first, hit.weekdays[0]), (hit.last, hit.weekdays[1])):
        if day is not None and weekday is not None and day.weekday() != weekday:
            reasons.append(
                f"written weekday {NAMES_EN[weekday]} does not match {day.isoformat()}"
                f" (a {NAMES_EN[day.weekday()]})"
            )
            confidence *= _WEEKDAY_MISMATCH_FACTOR

    cue = _deadline_cue(text, hit, start_pos)
    if written is None and (clock is not None or cue is not None):
        stated = sections.at(start_pos, hit.first)
        if stated is not None:
            written = stated[0]
            reasons.append(f"zone from the statement {stated[1]!r}")
    if written is not None and written.doubt:
        reasons.append(written.doubt)
        confidence *= _ZONE_CONFLICT_FACTOR
    tz = written.zone if written else default_tz
    tzinfo = tzinfo_of(tz)

    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None = hit.last
    if cue is not None:
        kind = TemporalKind.DEADLINE
        day, due, why = _due(hit, clock, cue)
        if why:
            reasons.append(why)
        start, end = dt.datetime.combine(day, due, tzinfo), None
    elif clock is not None and _time_of_end(text, hit, clock):
        assert hit.last is not None
        start, end = hit.first, dt.datetime.combine(hit.last, clock.start, tzinfo)
        kind = TemporalKind.RANGE
        reasons.append(_END_TIME_REASON)
    elif clock is not None:
        start = dt.datetime.combine(hit.first, clock.start, tzinfo)
        if clock.end is not None:
            end = dt.datetime.combine(hit.last or hit.first, clock.end, tzinfo)
        kind = TemporalKind.RANGE if end is not None else TemporalKind.DATETIME
    else:
        start = hit.first
        kind = TemporalKind.RANGE if end is not None else TemporalKind.DATE
    zone_assumed = written is None and (clock is not None or cue is not None)
    if zone_assumed:
        reasons.append(f"{ZONE_ASSUMED}: {default_tz} assumed")
    return Temporal(
        kind=kind,
        start=start,
        end=end,
        tz=tz,
        text=text[start_pos:end_pos],
        span=(start_pos, end_pos),
        confidence=confidence,
        reasons=tuple(reasons),
        time_apart=clock is not None and clock.apart,
        zone_assumed=zone_assumed,
    )


def _time_of_end(text: str, hit: DateHit, clock: ClockReading) -> bool:
    """Whether a single time after a range of days "until" a day is the time of that day: "from
    2 April until 6 May 2024 5 p.m., Paris time" ends then; it does not begin at 5 p.m."""
    return (
        hit.last is not None
        and clock.end is None
        and clock.span[0] >= hit.span[1]
        and _UNTIL.search(text, hit.span[0], hit.span[1]) is not None
    )


def _duration(text: str, clock: ClockReading, pos: int) -> tuple[ClockReading, int] | None:
    return with_duration(text, clock, pos) if clock.end is None else None


def _zone(
    text: str,
    hit: DateHit,
    clock: ClockReading | None,
    start_pos: int,
    end_pos: int,
    previous_end: int,
) -> tuple[WrittenZone | None, int, int]:
    """The zone written with the expression, and the expression's span widened to hold it."""
    written = zone_after(text, end_pos, hit.first)
    if written is not None:
        end_pos = written.end
    elif clock is not None and clock.span[1] < end_pos:
        written = zone_after(text, clock.span[1], hit.first)
    elif clock is not None:
        written = (
            place_after(text, end_pos)
            or zone_below(text, end_pos, hit.first)
            or zone_wrapped(text, end_pos, hit.first)
            or zone_in_label(text, end_pos, hit.first)
            or region_after(text, end_pos)
            or thai_equivalent(text, end_pos, clock.start)
        )
        end_pos = written.end if written else end_pos
    if written is None:
        written = zone_before(text, start_pos, previous_end, hit.first)
        start_pos = written.start if written else start_pos
    return written, start_pos, end_pos


def _deadline_cue(text: str, hit: DateHit, start_pos: int) -> re.Match[str] | None:
    """The deadline words just before a single day or a month ("by the end of June 2026")."""
    if hit.granularity == "year" or (hit.granularity == "day" and hit.last is not None):
        return None
    if p.CHANGE_CUE.search(text, max(0, start_pos - 60), start_pos):
        return None  # "extended from 4 September to …": the old day is no longer due
    if p.MOVED_UNTIL.search(text, max(0, start_pos - 60), start_pos):
        return None  # "adjourned until 30 June": the meeting's new day
    return p.DEADLINE_CUE.search(text, max(0, start_pos - 60), start_pos)


def _due(
    hit: DateHit, clock: ClockReading | None, cue: re.Match[str]
) -> tuple[dt.date, dt.time, str]:
    """The day and time a deadline falls due, and why that time when the text gives none."""
    if hit.granularity == "month" and hit.last is not None:
        if cue["before"] and not cue["end_of"]:
            return hit.first, dt.time(0), "due before the month begins"
        return hit.last, _END_OF_DAY, "due by the end of the month"
    if clock is not None:
        return hit.first, clock.start, ""
    if cue["before"]:
        return hit.first, dt.time(0), "due before the day begins"
    return hit.first, _END_OF_DAY, "no time given: due at the end of the day"
