"""Two dates the text makes one range: "from 15 … (check-in) to 18 …", "opens on <date>
and closes on <date>"; never the old and the new date of a change."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.dates import DateHit, is_change


def join_ranges(text: str, hits: list[DateHit]) -> list[DateHit]:
    """Join two full dates that the text makes one range ("from 15 … (check-in) to 18 …"), two
    days in a row joined by "and" or "&" ("31st October & 1st November"), and the days listed in
    a row before a day ("29th, 30th, 31st October")."""
    out: list[DateHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last is None
            and hit.last is None
            and not hit.deictic
            and prev.granularity == hit.granularity == "day"
            and _joins(text, prev, hit)
            and 0 < (hit.first - prev.first).days <= 366
            and not is_change(text, prev.span[0])
        ):
            out[-1] = DateHit(
                (prev.span[0], hit.span[1]), prev.first, hit.first,
                confidence=min(prev.confidence, hit.confidence, _gap_confidence(text, prev, hit)),
                reasons=[*prev.reasons, *hit.reasons],
                weekdays=(prev.weekdays[0], hit.weekdays[0]),
                year_inferred=prev.year_inferred or hit.year_inferred,
            )  # fmt: skip
        else:
            out.append(hit)
    return [_listed_run(text, hit) for hit in out]


# "31st October & 1st November": two days in a row, one meeting's (as "July 25 and 26" is).
_AND_GAP = re.compile(r"[^\S\n]*+(?:&|(?i:and))[^\S\n]*+")
# "29th, 30th, 31st October": days listed in a row before the one that carries the month.
_RUN_BEFORE = re.compile(r"(?:(?<![0-9])[0-9]{1,2}(?i:st|nd|rd|th)?,[^\S\n]*+){1,5}$")
_DAY = re.compile(r"[0-9]{1,2}")
_RUN_REACH = 30


def _listed_run(text: str, hit: DateHit) -> DateHit:
    """The day, its first day moved back over the days listed in a row before it (a newer
    reading, round fifteen: under the review threshold)."""
    if hit.granularity != "day" or hit.deictic:
        return hit
    run = _RUN_BEFORE.search(text, max(0, hit.span[0] - _RUN_REACH), hit.span[0])
    if run is None:
        return hit
    days = [int(d) for d in _DAY.findall(run[0])]
    if days != list(range(hit.first.day - len(days), hit.first.day)) or days[0] < 1:
        return hit
    return replace(
        hit, span=(run.start(), hit.span[1]), first=hit.first.replace(day=days[0]),
        last=hit.last or hit.first, confidence=min(hit.confidence, _COMMA_GAP),
    )  # fmt: skip


# "January 18, 2022, through Friday, January 21": a comma before the range's word is a newer
# reading (round fifteen), kept under the review threshold until measured.
_COMMA_GAP = 0.75


def _gap_confidence(text: str, prev: DateHit, hit: DateHit) -> float:
    gap = text[prev.span[1] : hit.span[0]]
    return _COMMA_GAP if "," in gap or _AND_GAP.fullmatch(gap) else 1.0


def _joins(text: str, prev: DateHit, hit: DateHit) -> bool:
    """Whether the words between two dates make them one range: "to", "and" between days in a
    row, or "opens on <date> and closes on <date>"."""
    if p.RANGE_GAP.fullmatch(text, prev.span[1], hit.span[0]) is not None:
        return True
    if (hit.first - prev.first).days == 1 and _AND_GAP.fullmatch(text, prev.span[1], hit.span[0]):
        return True
    return (
        p.CLOSES_BETWEEN.fullmatch(text, prev.span[1], hit.span[0]) is not None
        and p.OPENS_BEFORE.search(text, max(0, prev.span[0] - 30), prev.span[0]) is not None
    )
