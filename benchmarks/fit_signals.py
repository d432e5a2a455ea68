"""Fit the confidence of the meeting's date to the real-mail dev part: a logistic model over
the date-role signals that chose it (bot/understanding/fields/date_confidence.py).

    python -m benchmarks.fit_signals            # fit, print, and write the weights
    python -m benchmarks.fit_signals --dry-run  # fit and print only

Each notice of the parts read whose meeting date is chosen among the text's dates gives one
example: the features of the chosen date (the signals that held, a close rival, the engine's
doubt) and whether its day is the gold's. The model is fitted with an L2 penalty (plain numpy,
Newton's method); the reliability table is printed for the fitted confidences in-sample and,
the honest figure, for each notice predicted by a model fitted without its fold. The parts
read are dev and the spent held-out parts (test, test4, test5), never a held-out round still blind
(tests/realmail/README.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
from collections.abc import Mapping, Sequence

import numpy as np

from benchmarks.eval_real import BUCKETS, MAIL, NOTICES, part_of_notice, score_notice
from bot.understanding.extract import extract_with_dates
from bot.understanding.fields import date_confidence
from tests.realmail.wrap import notices
from tests.understanding.helpers import document

PENALTY = 1.0  # L2 on the weights (not the bias): about a hundred examples, a score of features
FOLDS = 5
ROUND = 3


# The parts fitted on: dev and the held-out parts already spent as blind figures; never a
# held-out round still blind (`test6`, `test7`, `test8`, `test9`, `test10`, `test11`,
# `test12`, `test13`, `test14`, `test15`, `test16`, `test17`, `test18`,
# `test19`, `test20`, `test21`, `test22`, `test23`, `test24`).
FITTED_PARTS = ("dev", "test", "test4", "test5")


def examples() -> list[tuple[dict[str, float], bool]]:
    """(features, right) for each notice of FITTED_PARTS whose start was chosen among its dates."""
    found = []
    for notice in notices():
        if part_of_notice(notice) not in FITTED_PARTS:
            continue
        name = notice.name
        gold = json.loads((NOTICES / f"{name}.gold.json").read_text(encoding="utf-8"))
        out, dates = extract_with_dates(document(MAIL / f"{name}.eml"), default_tz="Asia/Bangkok")
        outcome = next(
            (o for o in score_notice(name, gold, out.to_json()) if o.name == "start date"),
            None,
        )
        if dates.confidence_inputs and outcome is not None and outcome.value is not None:
            found.append((dict(dates.confidence_inputs), outcome.right))
    return found


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """Logistic regression by Newton's method; column 0 of `x` is the bias (not penalised)."""
    weights = np.zeros(x.shape[1])
    ridge = penalty * np.eye(x.shape[1])
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ weights))
        gradient = x.T @ (p - y) + ridge @ weights
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def predict(x: np.ndarray, weights: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-x @ weights)))


def _hand(inputs: Mapping[str, float]) -> float:
    """The confidence the hand weights gave before the fit, for comparison."""
    return date_confidence.hand_confidence(
        10 * inputs.get(date_confidence.SCORE, 0.0),
        close_rival=bool(inputs.get(date_confidence.CLOSE_RIVAL)),
    )


def reliability(p: Sequence[float], y: Sequence[bool]) -> list[str]:
    lines = []
    for low, high in itertools.pairwise(BUCKETS):
        last = high >= 1.0
        inside = [r for c, r in zip(p, y, strict=True) if low <= c and (c < high or last)]
        share = f"{sum(inside) / len(inside):.2f}" if inside else "  - "
        lines.append(f"  [{low:.1f}, {high:.1f}{']' if last else ')'}  {share} ({len(inside)})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    args = parser.parse_args(argv)
    data = examples()
    names = sorted({name for inputs, _ in data for name in inputs})
    x = np.array([[1.0, *(inputs.get(n, 0.0) for n in names)] for inputs, _ in data])
    y = np.array([1.0 if right else 0.0 for _, right in data])
    weights = fit(x, y)
    held_out = np.zeros(len(y))
    for fold in range(FOLDS):
        test = np.arange(len(y)) % FOLDS == fold
        held_out[test] = predict(x[test], fit(x[~test], y[~test]))
    in_sample = predict(x, weights)
    print(f"dates ({' + '.join(FITTED_PARTS)}): {len(y)}, right {int(y.sum())}")
    print("reliability of the hand formula (0.5 + 0.06 x score, x 0.85 with a close rival):")
    print("\n".join(reliability([_hand(inputs) for inputs, _ in data], [bool(v) for v in y])))
    print(f"bias {weights[0]:+.3f}")
    for name, weight in sorted(zip(names, weights[1:], strict=True), key=lambda t: t[1]):
        print(f"  {name:20} {weight:+.3f}  (holds for {int(x[:, 1 + names.index(name)].sum())})")
    print("reliability in-sample: confidence bucket -> share right (count)")
    print("\n".join(reliability(list(in_sample), [bool(v) for v in y])))
    print(f"reliability, each fold predicted by a model fitted without it ({FOLDS} folds):")
    print("\n".join(reliability(list(held_out), [bool(v) for v in y])))
    if not args.dry_run:
        data_out = {
            "fitted": f"benchmarks/fit_signals.py on real mail {'+'.join(FITTED_PARTS)}, "
            f"{dt.date.today()}",
            "examples": len(y),
            "bias": round(float(weights[0]), ROUND),
            "weights": {n: round(float(w), ROUND) for n, w in zip(names, weights[1:], strict=True)},
        }
        date_confidence.WEIGHTS_FILE.write_text(json.dumps(data_out, indent=2) + "\n")
        print(f"written: {date_confidence.WEIGHTS_FILE.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
