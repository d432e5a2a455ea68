"""How sure the meeting's date is, from the signals that chose it: a logistic model whose
weights are data (date_confidence.json), fitted on the real-mail dev part by
benchmarks/fit_signals.py and rerun whenever the signals change.

The features are the date-role signals that held for the chosen date (bot.understanding.
fields.date_roles), their total under the hand weights, whether another date scored close to
it, and whether the temporal engine read the date itself with doubt (a year inferred, an
order assumed).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from bot.understanding.signals import Signal

WEIGHTS_FILE = Path(__file__).resolve().with_name("date_confidence.json")
SCORE = "score"  # the signals' total, in tens: the hand weights' own verdict
CLOSE_RIVAL = "close_rival"
ENGINE_DOUBT = "engine_doubt"
CLOSE_RIVAL_FACTOR = 0.85


def hand_confidence(score: float, *, close_rival: bool) -> float:
    """The hand weights' verdict on a date whose signals total `score`."""
    return (0.5 + 0.06 * score) * (CLOSE_RIVAL_FACTOR if close_rival else 1.0)


def features(
    signals: Iterable[Signal], *, score: float, close_rival: bool, engine_doubt: bool
) -> dict[str, float]:
    """The model's inputs, by name: each signal that held, the total, and the two doubts."""
    found = {signal.name.lower(): 1.0 for signal in signals}
    found[SCORE] = score / 10
    if close_rival:
        found[CLOSE_RIVAL] = 1.0
    if engine_doubt:
        found[ENGINE_DOUBT] = 1.0
    return found


@lru_cache(maxsize=1)
def _model() -> tuple[float, Mapping[str, float]]:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()}


def fitted_confidence(inputs: Mapping[str, float]) -> float:
    """The share of dates with these features that were the meeting's, as the model fits it."""
    bias, weights = _model()
    score = bias + sum(weights.get(name, 0.0) * value for name, value in inputs.items())
    return 1.0 / (1.0 + math.exp(-score))
