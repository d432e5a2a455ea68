"""Every row of the tables written blind (heldout.tsv, heldout2.tsv): exactly the expected items."""

from __future__ import annotations

import pytest

from bot.understanding.temporal.find import find_temporal
from tests.temporal.cases import HELDOUT2_FILE, HELDOUT_FILE, Case, describe, load_cases

FIRST = load_cases(HELDOUT_FILE)
SECOND = load_cases(HELDOUT2_FILE)
CASES = [*FIRST, *SECOND]


def test_the_tables_are_large_enough() -> None:
    assert len(FIRST) >= 200
    assert sum(1 for case in FIRST if not case.expected) >= 50
    assert sum(1 for case in SECOND if not case.expected) >= 10


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    found = find_temporal(case.text, reference=case.reference)
    assert tuple(describe(item) for item in found) == case.expected
    for item in found:
        assert case.text[item.span[0] : item.span[1]] == item.text
