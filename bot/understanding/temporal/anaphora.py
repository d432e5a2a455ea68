"""Days named from a date written before them: "arrived in Vientiane on April 4 evening to
attend the Summit slated for the next day" is 5 April. Counted from the last date before the
words in the same paragraph; without one, nothing is read."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from bot.understanding.prefilter import prefiltered, words
from bot.understanding.temporal.dates import DateHit

_NEXT_DAY = prefiltered(
    [
        *words(r"the\s+(?:next|following)\s+day", r"the\s+day\s+after", word_start=True),
        *("วันรุ่งขึ้น", "วันถัดไป"),
    ],
    r"(?<![A-Za-z])(?i:the\s+(?:next|following)\s+day|the\s+day\s+after)(?![A-Za-z])"
    r"|วันรุ่งขึ้น|วันถัดไป",
)
# How far back the date the words count from may stand; a blank line ends a paragraph.
_REACH = 300
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# Read from a date the words only point back to: a person should look.
_COUNTED = 0.75


def next_day_hits(text: str, hits: list[DateHit]) -> list[DateHit]:
    """`hits` (sorted by position) with the days "the next day" names after them."""
    if not hits:
        return hits
    added: list[DateHit] = []
    starts = [h.span[0] for h in hits]
    for m in _NEXT_DAY.finditer(text):
        i = bisect.bisect_left(starts, m.start()) - 1
        if i < 0:
            continue
        before = hits[i]
        if before.span[1] > m.start() or m.start() - before.span[1] > _REACH:
            continue
        if _PARAGRAPH_BREAK.search(text, before.span[1], m.start()):
            continue
        day = (before.last or before.first) + dt.timedelta(days=1)
        why = f"{m[0]!r}: the day after {before.first.isoformat()} written before it"
        added.append(
            dataclasses.replace(
                before, span=m.span(), first=day, last=None, granularity="day",
                confidence=min(before.confidence, _COUNTED), reasons=[*before.reasons, why],
                weekdays=(None, None),
            )
        )  # fmt: skip
    return sorted([*hits, *added], key=lambda h: h.span) if added else hits
