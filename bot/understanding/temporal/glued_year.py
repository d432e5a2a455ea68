"""A year a copy glued to the hour after it: "June 4, 20276:30 pm" is 4 June 2027 at
6.30 p.m., as a page's date and time cells run together in its text. Read only after a day written
without its year, and only a year of this or the last century: "20276:30" holds no other."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from bot.understanding.temporal.clocks import ClockReading, find_clocks
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.years import YEAR_NOT_WRITTEN

_GLUED = re.compile(r",?[^\S\n]*+(?P<year>(?:19|20)[0-9]{2})(?=[0-9]{1,2}[:.][0-9]{2}(?![0-9]))")
# An hour is at most "12:30 p.m." long.
_HOUR_CHARS = 12
_REASON = "the year glued to the hour after it"
# The year and the hour are read apart, not written so: a person should look.
_GLUED_CONFIDENCE = 0.75


def unglue_years(text: str, hits: list[DateHit]) -> list[DateHit]:
    """`hits` with the year of each day that a glued year and hour follow."""
    out = []
    for hit in hits:
        m = _GLUED.match(text, hit.span[1]) if hit.year_inferred else None
        if m is None or hit.granularity != "day":
            out.append(hit)
            continue
        year = int(m["year"])
        out.append(
            dataclasses.replace(
                hit, span=(hit.span[0], m.end()), first=hit.first.replace(year=year),
                last=hit.last.replace(year=year) if hit.last else None, year_inferred=False,
                confidence=min(hit.confidence, _GLUED_CONFIDENCE),
                reasons=[*(r for r in hit.reasons if not r.startswith(YEAR_NOT_WRITTEN)), _REASON],
            )
        )  # fmt: skip
    return out


def glued_hours(text: str, hits: list[DateHit]) -> Iterator[ClockReading]:
    """The hour right after each year `unglue_years` read off it."""
    for hit in hits:
        if _REASON not in hit.reasons:
            continue
        at = hit.span[1]
        clock = next(find_clocks(text[at : at + _HOUR_CHARS]), None)
        if clock is not None and clock.span[0] == 0:
            yield dataclasses.replace(clock, span=(at + clock.span[0], at + clock.span[1]))
