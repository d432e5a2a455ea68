"""Every compiled pattern of the understanding stage, and how its time grows with its input."""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import bot.understanding
from bot.understanding.prefilter import Prefiltered


class TooSlow(Exception):
    pass


def understanding_patterns() -> dict[str, re.Pattern[str]]:
    """Module-level patterns of every bot.understanding module, also inside containers and
    prefiltered patterns, by where they are defined."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[re.Pattern[str]] = set()
    for info in pkgutil.walk_packages(bot.understanding.__path__, "bot.understanding."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for suffix, pattern in _patterns_in(value):
                if pattern not in seen:  # imported elsewhere: named once
                    seen.add(pattern)
                    found[f"{info.name}.{name}{suffix}"] = pattern
    return found


def _patterns_in(value: object, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield "", value
    elif isinstance(value, Prefiltered):
        yield ".pattern", value.pattern
        yield ".openings", value.openings
    elif depth < 2 and isinstance(value, dict | list | tuple):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            for suffix, pattern in _patterns_in(item, depth + 1):
                yield f"[{key!r}]{suffix}", pattern


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupts a regex that runs longer (the engine checks for signals as it goes)."""

    def expire(signum: int, frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def best_time(run: Callable[[], object], repeats: int = 3) -> float:
    """The least CPU time of this thread over `repeats` runs: the time the machine's other work
    takes from it between two clock readings is not counted."""
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        run()
        best = min(best, time.thread_time() - started)
    return best
