"""A council's or a board's hour written without a.m. or p.m.: "rescheduled to Wednesday at 5:30".

Measured over the read parts (notices 001–1265): every lone "h:mm" from 1 to 6 o'clock with no
a.m./p.m. and no zone, in a text of a council, board, commission or trustees, meant the evening
when the gold holds its hour; none meant the small hours. A body of elected or appointed members
meets after the working day. Seven o'clock is left as written (breakfast meetings), and a zone
written after the hour ("3:00 GMT") is a listing of a call's hour across zones, not a body's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.understanding.temporal.clocks import ClockReading
from bot.understanding.temporal.zones import ZONE_TAIL

# Under review: a reading of what is not written (0.6, as the calibration asks of a new class).
EVENING_CONFIDENCE = 0.6
EVENING_REASON = "a.m. or p.m. not written: a council's or board's hour read in the evening"
_LAST_EVENING_HOUR = 6
# (whole words: "keyboard", "dashboard", "aboard" name no body)
_BODY = re.compile(r"(?<![A-Za-z])(?i:council|board|commission|trustees)(?![A-Za-z])")


def evening_hours(text: str, clocks: list[ClockReading]) -> list[ClockReading]:
    """The clocks, a body's bare hour from 1 to 6 read twelve hours later."""
    if not any(c.bare and 1 <= c.start.hour <= _LAST_EVENING_HOUR for c in clocks):
        return clocks
    if _BODY.search(text) is None:
        return clocks
    return [_evening(text, c) for c in clocks]


def _evening(text: str, clock: ClockReading) -> ClockReading:
    hour = clock.start.hour
    if (
        not clock.bare
        or not 1 <= hour <= _LAST_EVENING_HOUR
        or ZONE_TAIL.match(text, clock.span[1])
    ):
        return clock
    return replace(
        clock,
        start=dt.time(hour + 12, clock.start.minute),
        reasons=(*clock.reasons, EVENING_REASON),
        confidence=min(clock.confidence, EVENING_CONFIDENCE),
    )
