"""What the temporal engine returns. The JSON form (`to_json`) is a stable interface."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal


class TemporalKind(StrEnum):
    DATE = "date"
    DATETIME = "datetime"
    RANGE = "range"
    DEADLINE = "deadline"
    RELATIVE = "relative"


When = dt.date | dt.datetime  # a datetime is always timezone-aware


@dataclass(frozen=True)
class Relative:
    """'within two weeks after the Meeting': resolved later against the anchor's date."""

    amount: int
    unit: Literal["hour", "day", "week", "month"]
    working_days: bool
    direction: Literal["before", "after"]
    anchor: str  # the words it is relative to, as written ("the Meeting", "arrival")


@dataclass(frozen=True)
class Temporal:
    kind: TemporalKind
    start: When | None  # a deadline keeps its due value here
    end: When | None  # None for a single date
    tz: str | None  # IANA name or a fixed offset like "UTC+08:00"
    text: str  # the matched text, exactly text[span[0]:span[1]]
    span: tuple[int, int]
    confidence: float  # 0..1
    reasons: tuple[str, ...] = ()
    relative: Relative | None = None
    # Its time was written apart from its date, earlier in the sentence ("begin at 2:00 p.m.,
    # following the opening remarks of the Chair, on 3 December"): a sentence's, no stamp's.
    time_apart: bool = False
    # It has a time (or is due at one) whose zone the text does not state: the default zone
    # was put on it, and the meeting's zone may be read elsewhere (fields/meeting_zone.py).
    zone_assumed: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind.value,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "tz": self.tz,
            "text": self.text,
            "span": list(self.span),
            "confidence": round(self.confidence, 3),
            "reasons": list(self.reasons),
        }
        if self.relative is not None:
            rel = self.relative
            out.update(
                amount=rel.amount,
                unit=rel.unit,
                working_days=rel.working_days,
                direction=rel.direction,
                anchor=rel.anchor,
            )
        return out


def day_of(value: When | None) -> dt.date | None:
    """The day of a date or a time."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _iso(value: When | None) -> str | None:
    return None if value is None else value.isoformat()


# The reason of each of several days written before the month they share ("on 3 and 10
# December 2025"): a series' days, the first of which it starts on.
LISTED_DAY = "one of several days listed before their month"
