"""What a watcher hands in goes through the intake: stored at once, then understood in
order by one task, from the raw bytes handed on, not read back from the store."""

from __future__ import annotations

import threading
from functools import partial

from sqlalchemy import event, select

from bot.app import App, build_watchers
from bot.meetings.repository import MeetingMerger
from bot.processing import intake as intake_module
from bot.processing.intake import Intake
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.sources.maildir import deliver, ensure_maildir
from bot.store.database import open_database
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow
from bot.understanding.extract import extract_message
from bot.understanding.record import Extraction
from tests.sources.helpers import message
from tests.sources.test_local_sources import local_settings
from tests.test_pipeline import STAGES, SteppedClock, load

WAIT_SECONDS = 20.0


def statuses(app: App) -> list[str]:
    with app.db.session() as session:
        return list(session.scalars(select(MessageRow.status).order_by(MessageRow.id)))


async def test_the_maildir_watcher_stores_every_message_before_any_is_understood(tmp_path):
    understanding = threading.Event()  # the extractor waits for it, as a long PDF read

    def slow_extract(document: MailDocument) -> Extraction:
        understanding.wait(WAIT_SECONDS)
        return extract_message(document)

    settings = local_settings(tmp_path)
    stages = Stages(read_message, slow_extract, partial(MeetingMerger, trust=settings.trust))
    app = App.open(settings, stages=stages, actions=[])
    maildir = settings.sources.maildir.path
    ensure_maildir(maildir)
    for n in range(3):
        deliver(maildir, f"100{n}.test", message(f"local {n}"))
    try:
        [watcher] = build_watchers(
            settings, db=app.db, intake=app.intake, clock=app.clock, stop=app.stop, once=True
        )
        await watcher.check_once()
        # The watcher is back to its Maildir while the first message is still being read.
        assert statuses(app) == [MessageStatus.STORED] * 3
        assert sorted(p.name for p in (maildir / "cur").iterdir()) == [
            "1000.test:2,",
            "1001.test:2,",
            "1002.test:2,",
        ]
        understanding.set()
        await app.intake.processed()
        assert statuses(app) == [MessageStatus.EXTRACTED] * 3
    finally:
        understanding.set()
        await app.intake.processed()
        app.close()


async def test_the_intake_stores_once_and_understands_from_the_bytes_handed_on(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/intake.db")
    clock = SteppedClock()
    pipeline = Pipeline(db, STAGES, ActionRunner(db, [], load=load, clock=clock), clock=clock)
    intake = Intake(pipeline)
    asked: list[str] = []

    def note(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        asked.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        for n in range(3):
            await intake(Incoming(message(f"handed {n}"), "test"))
        await intake.processed()
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
        db.close()
    reads_of_messages = [s for s in asked if s.startswith("SELECT") and "FROM messages" in s]
    assert not [s for s in reads_of_messages if "raw_gz" in s], "the raw bytes never read back"
    # Per message: the Message-ID looked up to store it, its row loaded to understand it.
    assert len(reads_of_messages) == 2 * 3


async def test_a_backlog_waits_by_id_past_the_bytes_the_intake_may_hold(tmp_path, monkeypatch):
    understanding = threading.Event()

    def slow_extract(document: MailDocument) -> Extraction:
        understanding.wait(WAIT_SECONDS)
        return STAGES.extract(document)

    raws = [message(f"backlog {n}") for n in range(3)]
    # Room for one message's bytes: the first is taken at once, the second waits with its
    # bytes, the third by its id alone.
    monkeypatch.setattr(intake_module, "HELD_BYTES_MAX", len(raws[1]) * 3 // 2)
    db = open_database(f"sqlite:///{tmp_path}/backlog.db")
    clock = SteppedClock()
    stages = Stages(STAGES.read, slow_extract, STAGES.merge)
    pipeline = Pipeline(db, stages, ActionRunner(db, [], load=load, clock=clock), clock=clock)
    intake = Intake(pipeline)
    read_back: list[str] = []

    def note(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        if statement.startswith("SELECT") and "raw_gz" in statement:
            read_back.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        for raw in raws:
            await intake(Incoming(raw, "test"))
        understanding.set()
        await intake.processed()
        with db.session() as session:
            statuses = list(session.scalars(select(MessageRow.status).order_by(MessageRow.id)))
    finally:
        understanding.set()
        event.remove(db.engine, "before_cursor_execute", note)
        db.close()
    assert statuses == [MessageStatus.EXTRACTED] * 3
    assert len(read_back) == 1, "only the message that waited by its id is read back"
