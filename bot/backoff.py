"""Exponential backoff with jitter, for reconnecting and for retrying actions.

Jitter keeps several watchers (or several offices' bots behind one server) from
hammering a recovering server in lockstep.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    initial: float
    maximum: float
    factor: float = 2.0
    attempts: int = 0
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def next_delay(self) -> float:
        """The wait before the next attempt: uniform in [ceiling/2, ceiling]."""
        ceiling = min(self.maximum, self.initial * self.factor**self.attempts)
        self.attempts += 1
        return self._random.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.attempts = 0


def retry_delay(attempts: int, *, initial: float, maximum: float) -> float:
    """The delay after the `attempts`-th failure (1-based) of something retried later."""
    backoff = Backoff(initial, maximum, attempts=max(attempts - 1, 0))
    return backoff.next_delay()
