"""`eval_extraction --real --by-rule` counts the place and mode values of a real part under
the rule that produced them."""

from __future__ import annotations

import re

import pytest

from benchmarks.eval_extraction import main

# field, rule, values, share right, values at >= 0.8, of which wrong
_ROW = re.compile(r"(\w+) +(\S+) +(\d+) +([\d.]+) +(\d+) +(\d+)")


def test_by_rule_prints_a_row_per_field_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--real", "--part", "test5", "--by-rule"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("by rule (test5)")
    rows = {(m[1], m[2]): m for m in map(_ROW.fullmatch, out.splitlines()[2:]) if m}
    assert {field for field, _ in rows} == {"venue", "city", "country", "mode"}, out
    for (field, rule), row in rows.items():
        values, share, trusted, wrong = int(row[3]), float(row[4]), int(row[5]), int(row[6])
        assert rule.startswith(f"{field}.") or rule.startswith("("), row[0]
        assert values >= 1, row[0]
        assert 0 <= share <= 1, row[0]
        assert wrong <= trusted <= values, row[0]
    # A mode read only from a venue or travel words is given at 0.7: never at the threshold.
    venue_or_travel = rows["mode", "mode.venue_or_travel"]
    assert int(venue_or_travel[3]) >= 1, out
    assert int(venue_or_travel[5]) == 0, out
