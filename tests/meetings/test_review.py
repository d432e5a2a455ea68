"""Which values need review: the quick check on a stored record agrees with the list of
doubtful values the review queue shows, on every message of the corpus."""

from __future__ import annotations

from functools import cache

import pytest

from bot.meetings.review import doubtful_values, has_doubtful_value
from bot.reading.mime import read_message
from bot.understanding.extract import extract_message
from bot.understanding.record import MeetingRecord
from tests.corpus_paths import CORPUS


@cache
def corpus_records() -> list[MeetingRecord]:
    # Read when a test first asks, not when the module is collected: every pytest-xdist worker
    # collects every module, and most never run these tests.
    return [
        extract_message(read_message(path.read_bytes())).meeting
        for path in sorted(CORPUS.glob("*.eml"))
    ]


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.8, 0.9, 1.0])
@pytest.mark.parametrize("checked", [frozenset(), frozenset({"start", "deadlines"})])
def test_the_quick_check_agrees_with_the_doubtful_values(threshold, checked):
    found = [
        (has_doubtful_value(record.to_json(), threshold, checked),
         bool(doubtful_values(record, threshold, checked)))
        for record in corpus_records()
    ]  # fmt: skip
    assert all(quick == full for quick, full in found)
    assert any(quick for quick, _ in found) or threshold <= 0.5, "the corpus has doubts"
