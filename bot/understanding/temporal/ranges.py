"""Two dates the text makes one range: "from 15 … (check-in) to 18 …", "opens on <date>
and closes on <date>"; never the old and the new date of a change."""

from __future__ import annotations

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.dates import DateHit, is_change


def join_ranges(text: str, hits: list[DateHit]) -> list[DateHit]:
    """Join two full dates that the text makes one range ("from 15 … (check-in) to 18 …")."""
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
    return out


# "January 18, 2022, through Friday, January 21": a comma before the range's word is a newer
# reading (round fifteen), kept under the review threshold until measured.
_COMMA_GAP = 0.75


def _gap_confidence(text: str, prev: DateHit, hit: DateHit) -> float:
    return _COMMA_GAP if "," in text[prev.span[1] : hit.span[0]] else 1.0


def _joins(text: str, prev: DateHit, hit: DateHit) -> bool:
    """Whether the words between two dates make them one range: "to", or "opens on <date> and
    closes on <date>"."""
    if p.RANGE_GAP.fullmatch(text, prev.span[1], hit.span[0]) is not None:
        return True
    return (
        p.CLOSES_BETWEEN.fullmatch(text, prev.span[1], hit.span[0]) is not None
        and p.OPENS_BEFORE.search(text, max(0, prev.span[0] - 30), prev.span[0]) is not None
    )
