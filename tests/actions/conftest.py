import datetime as dt

import pytest

from bot.store.database import open_database
from bot.store.tables import MeetingRow
from tests.servers.smtp import running_smtp_server


class ManualClock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.current = now

    def now(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@pytest.fixture
def clock():
    return ManualClock(dt.datetime(2025, 9, 8, 6, 0, tzinfo=dt.UTC))


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    yield database
    database.close()


def add_meeting_row(db, meeting_id: int, uid: str) -> None:
    with db.session() as session:
        session.add(MeetingRow(id=meeting_id, uid=uid, record={}, revision=1))
