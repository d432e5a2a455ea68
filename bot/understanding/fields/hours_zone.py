"""The zone of a meeting's hour written after other hours of the next sentence: "The Assembly
will open on Sunday, 22 May 2022 at 14:00. The working hours are from 09:00 to 12:00 and 14:30
to 17:30 (CEST)." The organiser names the zone once, after the hours that follow."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.text import MessageText, next_sentence_end
from bot.understanding.temporal.clocks import find_clocks
from bot.understanding.temporal.types import Temporal
from bot.understanding.temporal.zone_attach import zone_after
from bot.understanding.temporal.zones import ZONE_ANYWHERE

# How far after the hour its sentence and the next are read.
_REACH = 300
# A zone read off other hours than the meeting's own: a person should look.
HOURS_ZONE_CONFIDENCE = 0.7


def zone_of_next_hours(text: MessageText, item: Temporal) -> str | None:
    """The one zone written right after the hours of the rest of a timed date's sentence and of
    the next one (in its paragraph), or None."""
    if not isinstance(item.start, dt.datetime):
        return None
    at = item.span[1]
    window = text.plain[at : next_sentence_end(text.plain, at, at + _REACH)]
    zones = {
        written.zone
        for clock in find_clocks(window)
        if (written := zone_after(text.plain, at + clock.span[1], item.start.date())) is not None
    }
    return zones.pop() if len(zones) == 1 else None


# How far before a zone the hour it is written after may end: "9am-1pm (", "noon ".
_HOUR_BEFORE = 24
# How far from the day its hours are looked for: a line or two above, a section below.
_DAYLESS_BEFORE = 300
_DAYLESS_AFTER = 600


def zone_of_dayless_hours(text: MessageText, item: Temporal, day: dt.date) -> str | None:
    """The one zone written right after hours of a text whose meeting's day has none: "Online,
    9am-1pm (Vanuatu time)" above "Begins / Tuesday 9th November 2027", "calls are at noon
    London time (BST)" under the call's date: read near the day. None when the hours' zones
    differ."""
    plain = text.plain
    zones = set()
    near = (max(0, item.span[0] - _DAYLESS_BEFORE), item.span[1] + _DAYLESS_AFTER)
    # From each zone back to an hour, not from each hour on: a text writes few zones.
    for m in ZONE_ANYWHERE.finditer(plain, *near):
        start = max(0, m.start() - _HOUR_BEFORE)
        for clock in find_clocks(plain[start : m.start()]):
            written = zone_after(plain, start + clock.span[1], day)
            if written is not None and written.end > m.start():
                zones.add(written.zone)
    return zones.pop() if len(zones) == 1 else None
