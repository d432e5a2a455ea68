"""Named scoring signals: what an extractor weighs a candidate by, and how much.

An extractor keeps its signals' weights as data (a table beside its code) and adds up the
signals that hold for a candidate in a `Tally`; the tally's reasons say which signals decided,
so that a person (and a fitting script) can see why a value was chosen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum


class Signal(Enum):
    """A signal's value is what it says about a candidate, in words."""


@dataclass
class Tally:
    """The signals that hold for one candidate, with the weight each adds."""

    weights: Mapping[Signal, float]
    contributions: list[tuple[Signal, float]] = field(default_factory=list)

    def add(self, signal: Signal, times: float = 1) -> None:
        if times:
            self.contributions.append((signal, self.weights[signal] * times))

    def holds(self, signal: Signal) -> bool:
        return any(s is signal for s, _ in self.contributions)

    @property
    def total(self) -> float:
        return sum(weight for _, weight in self.contributions)

    def reasons(self) -> tuple[str, ...]:
        """ "meeting_words +2: words of a meeting stand around it", one per signal."""
        return tuple(
            f"{signal.name.lower()} {weight:+g}: {signal.value}"
            for signal, weight in self.contributions
        )


def said(reasons: Iterable[str], signal: Signal) -> bool:
    """Whether the reasons a tally gave (`Tally.reasons`, kept with a value) name `signal`."""
    named = f"{signal.name.lower()} "
    return any(reason.startswith(named) for reason in reasons)
