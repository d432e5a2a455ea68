"""The name of the rule that produced a value, kept first among the value's reasons.

A place or a mode is read by one of several rules ("a city named in a sentence of holding",
"a venue after a 'Venue:' label"); the rule's short stable code (`venue.held_at`,
`city.dateline`, `mode.platform_named`) travels with the value as the reason "rule <code>",
so that the evaluation can count, rule by rule, which kind of evidence fails on unseen mail
(benchmarks/eval_extraction.py --by-rule). It is for the people who tune the rules: the
officers' pages leave it out (`is_rule`).
"""

from __future__ import annotations

from collections.abc import Iterable

_PREFIX = "rule "


def ruled(code: str, *reasons: str) -> tuple[str, ...]:
    """The reasons of a value the rule `code` produced: its name first, then the others."""
    return (_PREFIX + code, *reasons)


def is_rule(reason: str) -> bool:
    return reason.startswith(_PREFIX)


def rule_of(reasons: Iterable[str]) -> str | None:
    """The code of the rule that produced a value, from its reasons; None if none is named."""
    return next((r[len(_PREFIX) :] for r in reasons if is_rule(r)), None)
