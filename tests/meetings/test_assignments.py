import datetime as dt

import pytest
from sqlalchemy import select

from bot.config.settings import Delegate
from bot.meetings.assignments import assign, unassign
from bot.store.database import open_database
from bot.store.tables import AssignmentRow, MeetingRow

NOW = dt.datetime(2025, 9, 8, tzinfo=dt.UTC)
DIRECTORY = [Delegate(key="somchai", name="Somchai Example"), Delegate(key="malee", name="Malee")]


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path}/m.db")
    with database.session() as session:
        session.add(MeetingRow(id=1, uid="m1@meetbot", record={}, revision=3))
    yield database
    database.close()


def test_each_change_raises_the_revision_once_and_repeats_change_nothing(db):
    with db.session() as s:
        first = assign(s, 1, ["somchai", "malee", "somchai"], directory=DIRECTORY, now=NOW)
    with db.session() as s:
        repeat = assign(s, 1, ["somchai"], directory=DIRECTORY, now=NOW)
    with db.session() as s:
        removed = unassign(s, 1, ["malee", "nobody"], now=NOW)
    with db.session() as s:
        back = assign(s, 1, ["malee"], directory=DIRECTORY, now=NOW)
        rows = {r.delegate_key: r.removed_at for r in s.scalars(select(AssignmentRow))}

    assert (first.added, first.revision) == (("somchai", "malee"), 4)
    assert (repeat.changed, repeat.revision) == (False, 4)
    assert (removed.removed, removed.revision) == (("malee",), 5)
    assert (back.added, back.revision) == (("malee",), 6)
    assert rows == {"somchai": None, "malee": None}


def test_unknown_people_and_meetings_are_refused(db):
    with db.session() as s, pytest.raises(LookupError, match="unknown delegate ghost"):
        assign(s, 1, ["ghost"], directory=DIRECTORY, now=NOW)
    with db.session() as s, pytest.raises(LookupError, match="no meeting with id 9"):
        assign(s, 9, ["malee"], directory=DIRECTORY, now=NOW)
