"""The pipeline with a plug-in action that fails, and a stage that raises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.processing.action_ledger import RetryPolicy
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.store.database import Database, open_database
from bot.store.messages import store_raw_message
from bot.store.tables import ActionRunRow, MeetingRow, MessageRow
from bot.understanding.record import Extraction, MeetingRecord, MessageKind
from tests.sources.helpers import message


class SteppedClock:
    def __init__(self) -> None:
        self.moment = dt.datetime(2025, 12, 1, 3, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.moment


def invitation(document: MailDocument) -> Extraction:
    if "poison" in document.subject:
        raise ValueError("cannot understand this one")
    return Extraction(document.message_id, MessageKind.INVITATION, ("test",))


@dataclass(frozen=True)
class NewMeeting:
    session: Session
    row: MeetingRow
    extraction: Extraction
    message_id: str
    kept_apart = False

    def change(self) -> MeetingChange:
        meeting = load(self.session, self.row.id)
        return MeetingChange(meeting, None, self.extraction, self.message_id)


@dataclass(frozen=True)
class OneMeetingPerMessage:
    """The merge stage of these tests: every message makes a meeting of its own."""

    session: Session

    def prepare(self, documents: Sequence[MailDocument]) -> None:
        """Nothing to look up: no message joins another's meeting."""

    def merge(self, message_pk: int, document: MailDocument, extraction: Extraction) -> NewMeeting:
        row = MeetingRow(uid=f"m-{message_pk}", record={}, revision=1)
        self.session.add(row)
        return NewMeeting(self.session, row, extraction, document.message_id)


def load(session: Session, meeting_id: int) -> Meeting:
    row = session.get_one(MeetingRow, meeting_id)
    return Meeting(row.id, row.uid, MeetingStatus.SCHEDULED, MeetingRecord(), row.revision)


STAGES = Stages(read=read_message, extract=invitation, merge=OneMeetingPerMessage)


def pipeline_with(
    db: Database, actions: list[Recorder], clock: SteppedClock, retry: RetryPolicy | None = None
) -> Pipeline:
    runner = ActionRunner(db, actions, load=load, clock=clock, retry=retry)
    return Pipeline(db, STAGES, runner, clock=clock)


class Recorder:
    def __init__(self, name: str, failures: int = 0) -> None:
        self.name = name
        self.failures = failures
        self.handled: list[int] = []
        self.changes: list[MeetingChange] = []  # every change given, failed or not

    async def handle(self, change: MeetingChange) -> None:
        self.changes.append(change)
        if self.failures:
            self.failures -= 1
            raise ConnectionError("server said no")
        self.handled.append(change.meeting.id)


async def test_a_failing_action_is_recorded_retried_and_does_not_stop_the_others(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    clock = SteppedClock()
    flaky, steady = Recorder("flaky", failures=1), Recorder("steady")
    pipeline = pipeline_with(db, [flaky, steady], clock, RetryPolicy(60, 600))

    outcome = await pipeline.accept(Incoming(message(), "test"))

    assert outcome.status == "extracted"
    assert steady.handled == [outcome.meeting_id]
    with db.session() as s:
        runs = {r.action: r for r in s.scalars(select(ActionRunRow))}
    assert runs["steady"].status == "done"
    assert runs["flaky"].status == "failed"
    assert runs["flaky"].last_error == "ConnectionError: server said no"
    assert runs["flaky"].next_attempt_at is not None
    assert await pipeline.runner.run_due() == 0  # not due yet

    clock.moment = runs["flaky"].next_attempt_at
    assert await pipeline.runner.run_due() == 1
    assert flaky.handled == [outcome.meeting_id]
    assert steady.handled == [outcome.meeting_id]  # done once, not again
    with db.session() as s:
        run = s.scalars(select(ActionRunRow).where(ActionRunRow.action == "flaky")).one()
    assert (run.status, run.attempts) == ("done", 2)


class LeakyAction:
    """Fails as a CalDAV client might, quoting its URL with the password in it."""

    name = "leaky"

    async def handle(self, change: MeetingChange) -> None:
        raise ConnectionError("cannot reach https://office:pa55word@dav.example.org/cal/")


async def test_a_secret_an_action_quotes_is_masked_in_the_stored_error(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    clock = SteppedClock()
    runner = ActionRunner(db, [LeakyAction()], load=load, clock=clock, secrets=["pa55word"])
    pipeline = Pipeline(db, STAGES, runner, clock=clock)

    await pipeline.accept(Incoming(message(), "test"))

    with db.session() as s:
        run = s.scalars(select(ActionRunRow)).one()
    assert run.status == "failed"
    assert "pa55word" not in (run.last_error or "")
    assert "https://office:" in (run.last_error or ""), "the rest of the error is kept"


async def test_a_message_that_fails_is_kept_with_the_reason_and_the_next_goes_on(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    pipeline = pipeline_with(db, [], SteppedClock())

    bad = await pipeline.accept(Incoming(message("poison"), "test"))
    good = await pipeline.accept(Incoming(message("fine"), "test"))
    again = await pipeline.accept(Incoming(message("poison", message_id="x@example.org"), "t"))
    twice = await pipeline.accept(Incoming(message("other", message_id="x@example.org"), "t"))

    assert bad.status == "failed"
    assert bad.error is not None
    assert "cannot understand this one" in bad.error
    assert good.status == "extracted"
    assert again.status == "failed"
    assert twice.status == "duplicate"
    with db.session() as s:
        rows = list(s.scalars(select(MessageRow).order_by(MessageRow.id)))
    assert [r.status for r in rows] == ["failed", "extracted", "failed"]
    assert rows[0].subject.startswith("poison")  # what could be read is kept


async def test_resume_finishes_messages_a_crash_left_stored(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    with db.session() as s:
        store_raw_message(s, message("interrupted"), source="test")
    steady = Recorder("steady")
    pipeline = pipeline_with(db, [steady], SteppedClock())

    outcomes = await pipeline.resume()

    assert [o.status for o in outcomes] == ["extracted"]
    assert len(steady.handled) == 1


async def test_a_batch_is_stored_once_each_and_a_bad_message_fails_alone(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    steady = Recorder("steady")
    pipeline = pipeline_with(db, [steady], SteppedClock())
    seen: list[int] = []
    twin = message("twin", message_id="twin@example.org")

    outcomes = await pipeline.accept_batch(
        [
            Incoming(message("first"), "test", lambda _s, stored: seen.append(stored.pk)),
            Incoming(message("poison"), "test"),
            Incoming(twin, "test"),
            Incoming(twin, "test"),
        ]
    )

    assert [o.status for o in outcomes] == ["extracted", "failed", "extracted", "duplicate"]
    assert outcomes[3].message_pk == outcomes[2].message_pk
    assert seen == [outcomes[0].message_pk]
    assert steady.handled == []  # planned for the end of the backfill, not run
    with db.session() as s:
        rows = list(s.scalars(select(MessageRow).order_by(MessageRow.id)))
        pending = s.scalars(select(ActionRunRow.status)).all()
    assert [r.status for r in rows] == ["extracted", "failed", "extracted"]
    assert pending == ["pending", "pending"]
    assert await pipeline.runner.run_due() == 2
    assert sorted(steady.handled) == sorted(o.meeting_id for o in outcomes[::2])
