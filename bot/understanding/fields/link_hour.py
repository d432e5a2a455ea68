"""A session's hour written just above its join link ("Feb. 14 at 17:00 GMT (9am PST)" /
"Join Zoom Meeting" / "https://zoom.us/j/…"): when no words of the text name the meeting's
day, the first such hour is the meeting's, under review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.understanding.fields.online import is_join_link
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted, When
from bot.understanding.temporal.types import Temporal, TemporalKind

# How far below the hour its join link may start: a "Join Zoom Meeting" line between them.
LINK_GAP_CHARS = 60
# The session's own hour, chosen because nothing else names a day: a person should look.
LINK_HOUR_CONFIDENCE = 0.6


def session_hour(
    text: MessageText, zoned: Sequence[Temporal]
) -> tuple[Extracted[When], None, Extracted[str], tuple[int, int]] | None:
    """The start, no end, the zone and the span of the first of the `zoned` hours (each with
    its zone written) that a join link follows closely."""
    item = _hour_above_link(text, zoned)
    if item is None or item.tz is None or item.start is None:
        return None
    why = (*item.reasons, "the hour written above a join link; no words name the meeting's day")
    source = text.snippet(*item.span)
    start = Extracted(item.start, source, LINK_HOUR_CONFIDENCE, why)
    return start, None, Extracted(item.tz, source, LINK_HOUR_CONFIDENCE), item.span


def _hour_above_link(text: MessageText, candidates: Sequence[Temporal]) -> Temporal | None:
    links = [url.start for url in text.urls if is_join_link(url)]
    if not links:
        return None
    for item in sorted(candidates, key=lambda t: t.span[0]):
        if item.kind is not TemporalKind.DATETIME or not isinstance(item.start, dt.datetime):
            continue
        if item.tz is None or "\n" in item.text:
            continue
        end = item.span[1]
        if any(0 <= start - end <= LINK_GAP_CHARS for start in links):
            return item
    return None
