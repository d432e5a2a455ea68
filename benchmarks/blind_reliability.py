"""How right the values at confidence >= 0.8 were on mail nobody had read: the blind starts.

    python -m benchmarks.blind_reliability [--capped] [--wrong]

Each round's blind start was scored on a held-out part before anyone read it, at the commit
named in benchmarks/blind_starts.json. For each (part, commit) this makes a temporary git
worktree at the commit, has the old extractor (run from inside it, so its code comes first on
sys.path) write its output for the part's notices, removes the worktree, and scores the output
here with today's scorer and today's gold (so gold mends count). It prints the blind precision
of values at >= 0.8 per field, per (field, rule) and per confidence band. `--capped` also
shows the estimate with today's blind-start caps (bot.understanding.calibration) applied to
the old confidences; `--wrong` lists each wrong value at >= 0.8 (notice, field, rule, first
reason). The column `chance` is how likely so many wrong would be if the class were right
97 % of the time. Not part of the test suite: the first run takes about five minutes on this
machine (two shared cores; each commit's output is then kept in the temp directory), a run
after that a few seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.eval_real import NOTICES, part_of_notice, score_notice
from bot.config.output_sections import REVIEW_THRESHOLD
from bot.understanding.calibration import blind_cap
from tests.realmail.wrap import notices

PAIRS = Path(__file__).with_name("blind_starts.json")
BANDS = (0.8, 0.85, 0.9, 0.95, 1.0)
# Run inside the old worktree: the meeting JSON of each named notice's mail, on stdout.
_DUMP = """
import json, sys
from bot.understanding.extract import extract_message
from tests.understanding.helpers import document
out = {}
for name in sys.argv[1:]:
    mail = document(__import__("pathlib").Path("tests/realmail/mail") / f"{name}.eml")
    out[name] = extract_message(mail, default_tz="Asia/Bangkok").to_json()
print(json.dumps(out))
"""
# The meeting key whose reasons explain a scored field (kind and sessions carry none).
_KEY = {
    "title": "title",
    "start date": "start",
    "start time": "start",
    "end date": "end",
    "timezone": "timezone",
    "mode": "mode",
    "venue": "venue",
    "city": "city",
    "country": "country",
    "registration deadline": "registration_deadline",
    "delegates requested": "delegates_requested",
}


@dataclass(frozen=True)
class Value:
    """One value the blind extractor gave at any confidence, scored against today's gold."""

    part: str
    notice: str
    field: str
    rule: str | None
    reasons: tuple[str, ...]
    confidence: float
    value: Any
    right: bool
    linked: bool  # the message's online meeting (link or ID) was read

    @property
    def capped(self) -> float:
        key = _KEY.get(self.field, self.field)
        return blind_cap(
            key,
            self.confidence,
            self.reasons,
            mode=self.value if key == "mode" else None,
            linked=self.linked,
            timed=key == "start" and "T" in self.value,
        )


def blind_values(part: str, commit: str) -> list[Value]:
    """The part's values as the extractor at `commit` gave them, scored today."""
    names = [n.name for n in notices() if part_of_notice(n) == part]
    outputs = _old_outputs(commit, names)
    values = []
    for name in names:
        gold = json.loads((NOTICES / f"{name}.gold.json").read_text(encoding="utf-8"))
        out = outputs[name]
        for outcome in score_notice(name, gold, out):
            if outcome.confidence is None:
                continue
            reasons = _reasons(out, outcome.name)
            values.append(
                Value(
                    part,
                    name,
                    outcome.name,
                    outcome.rule,
                    tuple(reasons),
                    outcome.confidence,
                    outcome.value,
                    outcome.right,
                    bool(out["meeting"].get("online_meetings")),
                )
            )
    return values


def _reasons(out: dict[str, Any], name: str) -> list[str]:
    key = _KEY.get(name)
    if key is None:
        return []
    meeting = out["meeting"]
    if key == "title" and meeting["title"]["value"] is None:
        key = "title_th"
    return list(meeting[key].get("reasons", ()))


def _first(reasons: tuple[str, ...]) -> str:
    """A value's first reason that is not its rule code, shortened: its class where the commit
    named no rule."""
    return next((r[:40] for r in reasons if not r.startswith("rule ")), "")


def _old_outputs(commit: str, names: list[str]) -> dict[str, Any]:
    cached = Path(tempfile.gettempdir()) / f"blind_start_{commit}.json"
    if cached.exists():  # an old commit's output never changes
        return dict(json.loads(cached.read_text(encoding="utf-8")))
    root = Path(__file__).resolve().parents[1]
    tree = Path(tempfile.mkdtemp(prefix="blind_")) / commit
    subprocess.run(["git", "-C", str(root), "worktree", "add", "-q", "--detach", str(tree), commit])
    try:
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, *names],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            capture_output=True,
            text=True,
            check=True,
        )
        cached.write_text(done.stdout, encoding="utf-8")
        return dict(json.loads(done.stdout))
    finally:
        subprocess.run(["git", "-C", str(root), "worktree", "remove", "--force", str(tree)])
        shutil.rmtree(tree.parent, ignore_errors=True)


def table(title: str, rows: dict[str, list[float | bool]]) -> list[str]:
    """A row per key: values at >= 0.8, wrong among them, share right."""
    lines = [f"{title:44} {'>=0.8':>6} {'wrong':>6} {'right':>6} {'chance':>7}"]
    for key, marks in sorted(rows.items(), key=lambda row: -len(row[1])):
        wrong = sum(not m for m in marks)
        share = 1 - wrong / len(marks)
        lines.append(
            f"{key:44} {len(marks):6} {wrong:6} {share:6.2f} {chance(wrong, len(marks)):7.3f}"
        )
    return lines


def chance(wrong: int, values: int, goal: float = 0.97) -> float:
    """How likely so many wrong would be of a class right `goal` of the time: under 0.05, the
    class falls short with enough values to say so."""
    return 1 - sum(
        math.comb(values, k) * (1 - goal) ** k * goal ** (values - k) for k in range(wrong)
    )


def report(values: Iterable[Value], *, capped: bool = False) -> str:
    values = list(values)
    trusted = [v for v in values if (v.capped if capped else v.confidence) >= REVIEW_THRESHOLD]
    by_part: dict[str, list[float | bool]] = defaultdict(list)
    by_field: dict[str, list[float | bool]] = defaultdict(list)
    by_rule: dict[str, list[float | bool]] = defaultdict(list)
    by_band: dict[str, list[float | bool]] = defaultdict(list)
    for v in trusted:
        by_part[v.part].append(v.right)
        by_field[v.field].append(v.right)
        by_rule[f"{v.field} / {v.rule or _first(v.reasons)}"].append(v.right)
        band = max(b for b in BANDS if b <= round(v.confidence, 6))
        by_band[f"{v.field} at {band:.2f}+"].append(v.right)
    wrong = sum(not v.right for v in trusted)
    head = f"== {'capped today' if capped else 'as given'}: {len(trusted)} values >= 0.8"
    lines = [f"{head}, {wrong} wrong ({1 - wrong / max(len(trusted), 1):.3f} right)"]
    for title, rows in (
        ("part", by_part),
        ("field", by_field),
        ("field / rule (else first reason)", by_rule),
        ("field at confidence band", by_band),
    ):
        lines.extend([*table(title, rows), ""])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--capped", action="store_true", help="also with today's caps")
    parser.add_argument("--wrong", action="store_true", help="list the wrong values >= 0.8")
    args = parser.parse_args()
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))
    values = [v for pair in pairs for v in blind_values(pair["part"], pair["commit"])]
    print(report(values))
    if args.capped:
        print(report(values, capped=True))
    if args.wrong:
        for v in values:
            if v.confidence >= REVIEW_THRESHOLD and not v.right:
                print(
                    f"{v.part} {v.notice} {v.field} conf {v.confidence} -> {v.capped} "
                    f"rule {v.rule} value {v.value!r} reasons {v.reasons!r}"
                )


if __name__ == "__main__":
    main()
