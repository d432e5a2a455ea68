"""Two sessions of one day: "Asia-Pacific friendly meeting: 18 February 12:00 UTC / Americas
friendly meeting: 18 February 21:00 UTC", or a meeting's hour beside another event's of the
same day ("a watch party on February 18th at 5:30-7:00 PM UTC"). Which hour is the meeting's is
then for a person to say: the words around each hour score them alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from bot.understanding.temporal.types import Temporal

# A start read among other hours of its day that scored near it.
RIVAL_HOUR_CONFIDENCE = 0.7


def rival_hour(
    chosen: Temporal, same_day: Sequence[Temporal], scores: Mapping[int, float], floor: float
) -> Temporal | None:
    """Another hour of the chosen day, scored above `floor`: the same instant written in
    another zone is no rival."""
    if not isinstance(chosen.start, dt.datetime):
        return None
    for other in same_day:
        if (
            isinstance(other.start, dt.datetime)
            and other.start != chosen.start
            and scores[id(other)] > floor
        ):
            return other
    return None
