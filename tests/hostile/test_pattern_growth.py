"""No pattern of the understanding stage takes time growing faster than its input.

A pattern with two repetitions that can match the same run of characters, one after the
other ("[ ]*[,;]?[ ]*"), tries every way of sharing the run between them when what follows
fails: n² steps for two, n⁵ for five. A column-aligned programme has runs of hundreds of
blanks. Each pattern is tried where a caller tries it, at the start of a long run of one
character, after a few openings it looks for; the time for a run eight times longer must
grow about eight times, not sixty-four. The ratio, not a time, is judged, and each time is
the thread's CPU time, the best of three, so a busy machine does not make it fail.
"""

from __future__ import annotations

import pytest

from tests.hostile.pattern_timing import TooSlow, best_time, time_limit, understanding_patterns

PATTERNS = understanding_patterns()
OPENINGS = ["", "12 June 2026 10:00", "GMT+8", "Time zone:", "All times are in", "10:00 น.", "ที่"]
RUNS = [" ", "\t", "*", "1", "๑", ".", "-", "(", ")", "[", "]", "a"]
SHORT, LONG = 500, 4000
# Linear time grows 8 times from SHORT to LONG, quadratic 64 times.
MOST_GROWTH = 24.0
# Below this a run of LONG characters is done too fast to judge, or to matter.
NEGLIGIBLE_SECONDS = 0.0005
# No linear pattern needs this long for SHORT characters.
LIMIT_SECONDS = 1.0


def test_the_patterns_of_every_stage_are_found():
    names = " ".join(PATTERNS)
    for module in (
        "temporal.zone_attach",
        "temporal.patterns",
        "fields.date_roles",
        "fields.title",
    ):
        assert f"bot.understanding.{module}." in names
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_time_grows_linearly_on_long_runs(name):
    pattern = PATTERNS[name]
    slow: list[str] = []
    for opening in OPENINGS:
        for run in RUNS:
            short, long = (opening + run * n + "!" for n in (SHORT, LONG))
            try:
                with time_limit(LIMIT_SECONDS):
                    short_time = best_time(lambda: pattern.match(short))  # noqa: B023
                    long_time = best_time(lambda: pattern.match(long))  # noqa: B023
            except TooSlow:
                slow.append(f"{opening!r} + {run!r}×{SHORT}: over {LIMIT_SECONDS} s")
                continue
            growth = long_time / max(short_time, 1e-7)
            if long_time > NEGLIGIBLE_SECONDS and growth > MOST_GROWTH:
                slow.append(f"{opening!r} + {run!r}: ×{growth:.0f} for ×{LONG // SHORT} input")
    assert not slow, f"{name}: " + "; ".join(slow)
