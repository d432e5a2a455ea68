"""The JSON form of a record reads back into the same record."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.record import Extracted, MeetingRecord
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


def test_times_read_back_carry_the_zone_the_organiser_wrote():
    sgt = ZoneInfo("Asia/Singapore")
    record = MeetingRecord(
        timezone=Extracted("Asia/Singapore", "(Singapore Time, GMT+8)"),
        start=Extracted(dt.datetime(2025, 9, 30, 9, 30, tzinfo=sgt), "30 September 2025"),
        # Stated in another offset (a Bangkok-time dry run): left as written.
        end=Extracted(
            dt.datetime(2025, 9, 30, 16, 30, tzinfo=ZoneInfo("Asia/Bangkok")), "16.30 น."
        ),
    )
    back = MeetingRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert back == record
    assert back.start is not None
    assert back.start.value.tzinfo == sgt
    assert back.end is not None
    assert back.end.value.utcoffset() == dt.timedelta(hours=7)
    assert back.to_json() == record.to_json()
