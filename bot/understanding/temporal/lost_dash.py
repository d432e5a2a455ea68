"""A range whose dash a copy lost: "Geneva, 5 16 June 2017" is 5-16 June, as a PDF's text layer
drops an en dash it has no glyph for. Read only where a day alone stands before the date, after a
comma, a bracket or the start of a line (a count before a date is written otherwise: "Room 5,
16 June"), and is smaller than the date's day."""

from __future__ import annotations

import dataclasses
import re

from bot.understanding.temporal.dates import DateHit

_DAY_BEFORE = re.compile(r"(?:^|(?<=[,(]))[^\S\n]*(?P<day>[0-9]{1,2})[^\S\n]\Z", re.MULTILINE)
# How far back the lone day is looked for.
_REACH = 6
# The dash is read, not written: a person should look.
_LOST = 0.75


def widen_lost_dashes(text: str, hits: list[DateHit]) -> list[DateHit]:
    """`hits` with each single date that a lone smaller day stands before read as a range."""
    out = []
    for hit in hits:
        start = hit.span[0]
        m = _DAY_BEFORE.search(text, max(0, start - _REACH), start) if hit.last is None else None
        first = int(m["day"]) if m else 0
        if m is None or not 1 <= first < hit.first.day or hit.granularity != "day":
            out.append(hit)
            continue
        why = f"a dash lost between {m['day']} and {hit.first.day}: read as a range"
        out.append(
            dataclasses.replace(
                hit, span=(m.start("day"), hit.span[1]), first=hit.first.replace(day=first),
                last=hit.first, confidence=min(hit.confidence, _LOST),
                reasons=[*hit.reasons, why], weekdays=(None, hit.weekdays[0]),
            )
        )  # fmt: skip
    return out
