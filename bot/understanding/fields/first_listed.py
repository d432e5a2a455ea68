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
    """`best` widened to the days listed with it, from the first to the last, or None when it
    is no listed day or its list holds no other day. Two days may score alike ("วันจันทร์ที่ 26
    และวันอังคารที่ 27 พฤษภาคม"): the earlier is chosen, and the series still ends on the last."""
    if LISTED_DAY not in best.reasons:
        return None
    first = _list_end(best, candidates, backward=True)
    final = _list_end(best, candidates, backward=False)
    day, last = day_of(first.start), day_of(final.start)
    if day is None or last is None or day >= last:
        return None
    start: dt.date | dt.datetime = day
    end = final.end if final.end is not None else last
    if isinstance(best.start, dt.datetime):
        start = dt.datetime.combine(day, best.start.timetz())
        end = final.end or dt.datetime.combine(last, best.start.timetz())
    return replace(
        best, start=start, end=end, span=(first.span[0], final.span[1]),
        confidence=min(best.confidence, FIRST_LISTED_CONFIDENCE),
        reasons=(*best.reasons, FIRST_LISTED_REASON),
    )  # fmt: skip


def _list_end(best: Temporal, candidates: Sequence[Temporal], *, backward: bool) -> Temporal:
    """The listed day farthest from `best` one way, each no more than a gap from the next."""
    listed = [t for t in candidates if LISTED_DAY in t.reasons]
    if backward:
        others = sorted((t for t in listed if t.span[1] <= best.span[0]), key=lambda t: -t.span[0])
    else:
        others = sorted((t for t in listed if t.span[0] >= best.span[1]), key=lambda t: t.span[0])
    end = best
    for t in others:
        if (end.span[0] - t.span[1] if backward else t.span[0] - end.span[1]) > _GAP:
            break
        end = t
    return end
