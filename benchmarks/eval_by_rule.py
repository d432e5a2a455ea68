"""Real-mail values counted by the rule that produced them (`--real --by-rule`).

A value whose reasons name its rule (`bot.understanding.rules`: venue, city, country, mode, title)
is counted under (field, rule): how many values the rule gave, the share right, and how many
it gave at the review threshold or above and how many of those were wrong. A value the gold
states and meetbot misses is counted under "(missed: no value)". When a value at
>= 0.8 is wrong on unseen mail, this says which kind of evidence failed.
"""

from __future__ import annotations

from collections import defaultdict

from benchmarks.eval_real import Outcome, PartScore
from bot.config.output_sections import REVIEW_THRESHOLD


def report_by_rule(scores: dict[str, PartScore]) -> str:
    """One table over the parts scored, a row per (field, rule), fields in their order."""
    ruled = {o.name for score in scores.values() for o in score.outcomes if o.rule is not None}
    rows: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for score in scores.values():
        for outcome in score.outcomes:
            if outcome.name in ruled:
                rows[outcome.name, _rule(outcome)].append(outcome)
    parts = ", ".join(scores)
    lines = [
        f"by rule ({parts}): values, share right, at >= {REVIEW_THRESHOLD},"
        f" wrong at >= {REVIEW_THRESHOLD}",
        f"{'field':8} {'rule':36} {'values':>6} {'right':>6} {'>=0.8':>6} {'wrong':>6}",
    ]
    for (name, rule), mine in sorted(rows.items(), key=lambda row: (row[0][0], -len(row[1]))):
        right = sum(o.right for o in mine) / len(mine)
        trusted = [o for o in mine if o.confidence is not None and o.confidence >= REVIEW_THRESHOLD]
        wrong = sum(not o.right for o in trusted)
        lines.append(f"{name:8} {rule:36} {len(mine):6} {right:6.2f} {len(trusted):6} {wrong:6}")
    return "\n".join(lines)


def _rule(outcome: Outcome) -> str:
    if outcome.rule is not None:
        return outcome.rule
    return "(missed: no value)" if outcome.value is None else "(no rule named)"
