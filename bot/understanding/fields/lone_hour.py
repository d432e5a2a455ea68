"""The text's one dated hour, when no words set any of its dates apart as the meeting's: "ขอ
ยกเลิกการจัดงานฉลอง… ในวันเสาร์ที่ 4 เมษายน 2020 เวลา 10.30 น." names no meeting noun the
signals know, yet a day written with its hour is an event's, not a page's or a letter's.

Taken under review: the words around it said nothing for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

from bot.understanding.fields.meeting_zone import meeting_in_zone, meeting_zone
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted, When
from bot.understanding.signals import Signal, Tally
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

# A day and hour chosen only for being the text's one: a person should look.
LONE_HOUR_CONFIDENCE = 0.6
LONE_HOUR_REASON = "the text's only day written with an hour; no words name it the meeting's"


def lone_dated_hour(
    candidates: Sequence[Temporal], tallies: Mapping[int, Tally], not_event: Collection[Signal]
) -> Temporal | None:
    """The one date of the text written with its hour (one day, however often written), when
    nothing counts against it and no other date of a day scores as high."""
    dated = [
        t
        for t in candidates
        if t.kind is TemporalKind.DATETIME
        and isinstance(t.start, dt.datetime)
        and tallies[id(t)].total >= 0
        and not any(tallies[id(t)].holds(s) for s in not_event)
    ]
    if len({t.start for t in dated}) != 1:
        return None
    item = dated[0]
    day = day_of(item.start)
    rivals = [
        t
        for t in candidates
        if day_of(t.start) != day
        and t.kind is not TemporalKind.RANGE
        and tallies[id(t)].total >= tallies[id(item)].total
    ]
    return None if rivals else item


def lone_meeting(
    text: MessageText, item: Temporal, default_tz: str, city: str | None, country: str | None
) -> tuple[Extracted[When], Extracted[When] | None, Extracted[str] | None, tuple[int, int]]:
    """The start, end, zone and span of the lone dated hour taken as the meeting's."""
    zone, zone_confidence = meeting_zone(text, item, default_tz, city, country)
    source = text.snippet(*item.span)
    why = (*item.reasons, LONE_HOUR_REASON)
    confidence = min(item.confidence, LONE_HOUR_CONFIDENCE)
    start, end = meeting_in_zone(item.start, zone, item), meeting_in_zone(item.end, zone, item)
    assert start is not None
    return (
        Extracted(start, source, confidence, why),
        Extracted(end, source, confidence, why) if end is not None else None,
        Extracted(zone, source, min(zone_confidence, confidence)) if zone else None,
        item.span,
    )
