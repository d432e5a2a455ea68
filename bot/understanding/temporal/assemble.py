"""From date hits and clock times to Temporal items: times attached to their dates, then the zone
written after the expression and a deadline cue written before it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.clocks import Clock
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.types import Temporal, TemporalKind
from bot.understanding.temporal.weekdays import NAMES_EN
from bot.understanding.temporal.zones import ZONE_TAIL, is_fixed_offset, tzinfo_of, zone_of

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


def assemble(
    text: str, hits: list[DateHit], clocks: list[Clock], default_tz: str
) -> Iterator[Temporal]:
    used: set[int] = set()
    for i, hit in enumerate(hits):
        after_limit = hits[i + 1].span[0] if i + 1 < len(hits) else len(text)
        before_limit = hits[i - 1].span[1] if i else 0
        clock = _clock_for(text, hit, clocks, used, before_limit, after_limit)
        yield _temporal(text, hit, clock, default_tz)


def _clock_for(
    text: str,
    hit: DateHit,
    clocks: list[Clock],
    used: set[int],
    before_limit: int,
    after_limit: int,
) -> Clock | None:
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


def _temporal(text: str, hit: DateHit, clock: Clock | None, default_tz: str) -> Temporal:
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
