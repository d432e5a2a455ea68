"""The JSON form of a record reads back into the same record."""

import pytest

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import CORPUS, FIXTURES, document, extract

MESSAGES = [*sorted(CORPUS.glob("0*.eml")), *sorted(FIXTURES.glob("*"))]


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.name)
def test_round_trip(path):
    record = extract(document(path)).meeting
    again = MeetingRecord.from_json(record.to_json())
    assert again.to_json() == record.to_json()


def test_fields_missing_from_an_older_row_are_empty():
    record = MeetingRecord.from_json({"title": {"value": "Forum", "source": "s", "confidence": 1}})
    assert record.title.value == "Forum"
    assert record.start is None
    assert record.online_meetings == ()
