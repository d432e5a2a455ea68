"""A meeting held on several days listed before their month ("four forums on 13, 15, 17 and 20
March, 09.00-16.00", "คือวันที่ 3/5/7 และ วันที่ 10 มิถุนายน เวลา 09.00-16.00 น."): the last
day carries the month and often the hours, so it scores best, but the series starts on the first
and ends on the last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.understanding.temporal.types import LISTED_DAY, Temporal, day_of

# The listed days are read, the series' span worked out: a person should look.
FIRST_LISTED_CONFIDENCE = 0.75
FIRST_LISTED_REASON = "the first of the days listed with it: the series starts then"
# The most that stands between two listed days: ", ", " และ วันที่ ".
_GAP = 16


def from_first_listed(best: Temporal, candidates: Sequence[Temporal]) -> Temporal | None:
    """`best` widened back to the first of the days listed with it, or None when it is no
    listed day or the first of its list."""
    if LISTED_DAY not in best.reasons:
        return None
    first = best
    earlier = sorted(
        (t for t in candidates if LISTED_DAY in t.reasons and t.span[1] <= best.span[0]),
        key=lambda t: t.span[0],
        reverse=True,
    )
    for t in earlier:
        if first.span[0] - t.span[1] > _GAP:
            break
        first = t
    day, last = day_of(first.start), day_of(best.start)
    if first is best or day is None or last is None or day >= last:
        return None
    start: dt.date | dt.datetime = day
    end = best.end if best.end is not None else last
    if isinstance(best.start, dt.datetime):
        start = dt.datetime.combine(day, best.start.timetz())
        end = best.end or dt.datetime.combine(last, best.start.timetz())
    return replace(
        best, start=start, end=end, span=(first.span[0], best.span[1]),
        confidence=min(best.confidence, FIRST_LISTED_CONFIDENCE),
        reasons=(*best.reasons, FIRST_LISTED_REASON),
    )  # fmt: skip
