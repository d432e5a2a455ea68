"""Which meetings need review, as the workspace's list asks the database: the confidences
taken out of the stored records in SQL give the same meetings as the quick check on the
whole record, on SQLite and PostgreSQL, with pinned fields left out and pages counted."""

from __future__ import annotations

import copy
import datetime as dt
import functools

import pytest
from sqlalchemy import select

from bot.meetings.review import has_doubtful_value, judged, under_review
from bot.reading.mime import read_message
from bot.services.meetings_query import PAGE_SIZE, State, When, list_meetings
from bot.store.database import open_database
from bot.store.tables import CorrectionRow, MeetingRow, start_key_of
from bot.understanding.extract import extract_message
from tests.corpus_paths import CORPUS

TODAY = dt.date(2026, 1, 5)
NOW = dt.datetime(2026, 1, 5, 3, 0, tzinfo=dt.UTC)


def stored_records() -> list[dict]:
    """The corpus's extractions, each moved to a day after TODAY (past ones leave review);
    a fresh copy for each test."""
    return copy.deepcopy(_corpus_records())


@functools.cache
def _corpus_records() -> list[dict]:
    # Reading and extracting the corpus is the same for every test here: done once.
    found = []
    for n, path in enumerate(sorted(CORPUS.glob("*.eml"))):
        record = extract_message(read_message(path.read_bytes())).meeting.to_json()
        day = TODAY + dt.timedelta(days=n + 1)
        record["start"] = {**record["start"], "value": f"{day.isoformat()}T09:00:00+07:00"}
        record["end"] = {**record["end"], "value": None}
        found.append(record)
    return found


@pytest.fixture
def db(database_url):
    with open_database(database_url) as opened:
        yield opened


def fill(db, records: list[dict], copies: int) -> list[int]:
    with db.session() as session:
        rows = [
            MeetingRow(uid=f"{n}-{k}@test", record=record, start_key=start_key_of(record))
            for k in range(copies)
            for n, record in enumerate(records)
        ]
        session.add_all(rows)
        session.flush()
        first = rows[0]
        # A person confirmed every doubtful field of the first meeting: it needs no review.
        for field in ("title", "title_th", "start", "end", "timezone", "venue", "city",
                      "mode", "online_meetings", "registration_url", "registration_deadline",
                      "deadlines", "delegates_requested"):  # fmt: skip
            session.add(
                CorrectionRow(meeting_id=first.id, field=field, value={}, before={}, by="test")
            )
        return [row.id for row in rows]


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.95])
def test_the_database_finds_the_meetings_the_whole_records_say_need_review(db, threshold):
    records = stored_records()
    ids = fill(db, records, copies=1)
    with db.session() as session:
        query = select(MeetingRow).where(under_review(TODAY)).order_by(MeetingRow.id)
        doubtful = judged(session, query, threshold, doubtful=True)
        sure = judged(session, query, threshold, doubtful=False)
    expected = [
        meeting_id
        for meeting_id, record in zip(ids, records, strict=True)
        if meeting_id != ids[0] and has_doubtful_value(record, threshold, frozenset())
    ]
    assert doubtful == expected
    assert sorted(doubtful + sure) == ids, "every meeting is judged, once"
    assert ids[0] in sure, "its fields are pinned"
    assert doubtful or threshold <= 0.5, "the corpus has doubts"


def test_the_needs_review_list_counts_and_pages_what_it_judged(db):
    records = stored_records()
    ids = fill(db, records, copies=8)
    doubtful = [i for i, r in zip(ids, records * 8, strict=True) if i != ids[0]
                and has_doubtful_value(r, 0.8, frozenset())]  # fmt: skip
    assert len(doubtful) > PAGE_SIZE, "more than a page"

    def listed(state: State, page: int) -> tuple[list[int], int]:
        found = list_meetings(
            db, now=NOW, today=TODAY, threshold=0.8, when=When.ALL, state=state, page=page
        )
        assert all(m.state is state for m in found.meetings)
        return [m.id for m in found.meetings], found.total

    first, total = listed(State.NEEDS_REVIEW, 1)
    second, _ = listed(State.NEEDS_REVIEW, 2)
    assert total == len(doubtful)
    assert len(first) == PAGE_SIZE
    assert set(first + second) <= set(doubtful)
    assert not set(first) & set(second)
    _, scheduled = listed(State.SCHEDULED, 1)
    assert scheduled == len(ids) - len(doubtful)
