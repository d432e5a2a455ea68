"""'The week of 14 September 2026', 'the week commencing 8 December': the Monday-to-Sunday week
holding the day written."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.dates import DateHit

# A week is a convention (some mean Monday to Friday): less certain than the day written.
_WEEK = 0.8
# How far before the day "the week commencing on" may begin.
_LOOK_BEHIND = 40


def widen_weeks(text: str, hits: list[DateHit]) -> list[DateHit]:
    out: list[DateHit] = []
    for hit in hits:
        limit = out[-1].span[1] if out else 0
        cue = None
        if hit.granularity == "day" and hit.last is None and not hit.deictic:
            cue = p.WEEK_OF.search(text, max(limit, hit.span[0] - _LOOK_BEHIND), hit.span[0])
        if cue is None:
            out.append(hit)
            continue
        monday = hit.first - dt.timedelta(days=hit.first.weekday())
        sunday = monday + dt.timedelta(days=6)
        why = f"the week of {hit.first.isoformat()}: Monday {monday} to Sunday {sunday}"
        out.append(
            replace(
                hit, span=(cue.start(), hit.span[1]), first=monday, last=sunday,
                confidence=min(hit.confidence, _WEEK), reasons=[*hit.reasons, why],
            )
        )  # fmt: skip
    return out
