"""Every row of heldout.tsv, the table written blind: exactly the expected expressions."""

from __future__ import annotations

import pytest

from bot.understanding.temporal.find import find_temporal
from tests.temporal.cases import HELDOUT_FILE, Case, describe, load_cases

CASES = load_cases(HELDOUT_FILE)


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 200
    assert sum(1 for case in CASES if not case.expected) >= 50


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    found = find_temporal(case.text, reference=case.reference)
    assert tuple(describe(item) for item in found) == case.expected
    for item in found:
        assert case.text[item.span[0] : item.span[1]] == item.text
