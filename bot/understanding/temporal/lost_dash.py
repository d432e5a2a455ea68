"""A range whose dash a copy lost: "Geneva, 5 16 June 2017" is 5-16 June, as a PDF's text layer
drops an en dash it has no glyph for. Read only where a day alone stands before the date, after a
comma, a bracket or the start of a line (a count before a date is written otherwise: "Room 5,
16 June"), and is smaller than the date's day."""

from __future__ import annotations

import dataclasses
import re

from bot.understanding.temporal.dates import DateHit

_DAY_BEFORE = re.compile(r"(?:^|(?<=[,(]))[^\S\n]*(?P<day>[0-9]{1,2})[^\S\n]\Z", re.MULTILINE)
# "(25, 26/7/2023)": the day before a numeric date, listed with a comma or "and".
_LISTED_BEFORE = re.compile(
    r"(?:^|(?<=[(\s]))(?P<day>[0-9]{1,2})[^\S\n]*+(?:,|&|and)[^\S\n]*+\Z", re.MULTILINE
)
_NUMERIC_DATE = re.compile(r"[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}")
# How far back the lone day is looked for.
_REACH = 8
# The dash is read, not written: a person should look.
_LOST = 0.75


def widen_lost_dashes(text: str, hits: list[DateHit]) -> list[DateHit]:
    """`hits` with each single date that a lone smaller day stands before read as a range, and
    with the day before it listed ahead of a date in numbers: "(25, 26/7/2023)" is 25-26 July
    (the word-month forms, "25 and 26 July", are read by the date patterns themselves)."""
    out = []
    for hit in hits:
        start = hit.span[0]
        window = max(0, start - _REACH)
        single = hit.last is None and hit.granularity == "day"
        m = _DAY_BEFORE.search(text, window, start) if single else None
        listed = _LISTED_BEFORE.search(text, window, start) if single and m is None else None
        if m is not None and 1 <= int(m["day"]) < hit.first.day:
            why, confidence = f"a dash lost between {m['day']} and {hit.first.day}", _LOST
        elif listed is not None and int(listed["day"]) == hit.first.day - 1 and _numeric(hit, text):
            m, why, confidence = listed, f"{listed['day']} listed before it", hit.confidence
        else:
            out.append(hit)
            continue
        out.append(
            dataclasses.replace(
                hit, span=(m.start("day"), hit.span[1]),
                first=hit.first.replace(day=int(m["day"])), last=hit.first,
                confidence=min(hit.confidence, confidence),
                reasons=[*hit.reasons, f"{why}: read as a range"], weekdays=(None, hit.weekdays[0]),
            )
        )  # fmt: skip
    return out


def _numeric(hit: DateHit, text: str) -> bool:
    return _NUMERIC_DATE.match(text, hit.span[0]) is not None
