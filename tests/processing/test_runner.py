"""The action runner: a replay does what the first run was to do, and only what exists is done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.app import App
from bot.config.settings import Settings
from bot.health import health
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.processing.action_ledger import RunStatus
from bot.processing.past import SkipPast
from bot.processing.pipeline import Pipeline
from bot.processing.runner import ActionRunner
from bot.sources.incoming import Incoming
from bot.store.database import open_database
from bot.store.tables import ActionRunRow
from bot.understanding.record import Extracted, MeetingRecord, MessageKind
from tests.sources.helpers import message
from tests.test_pipeline import STAGES, Recorder, SteppedClock, load


def pipeline_with(db, action: Recorder, clock: SteppedClock) -> Pipeline:
    return Pipeline(db, STAGES, ActionRunner(db, [action], load=load, clock=clock), clock=clock)


def what_was_asked(change: MeetingChange) -> tuple[object, ...]:
    extraction = change.extraction
    return (
        change.meeting.id,
        change.meeting.revision,
        change.previous,
        extraction.kind if extraction else None,
        extraction.message_id if extraction else None,
        change.message_id,
    )


async def test_a_run_a_crash_interrupted_is_done_again_with_its_intent(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    clock = SteppedClock()
    memo = Recorder("memo")
    pipeline = pipeline_with(db, memo, clock)
    await pipeline.accept(Incoming(message("an invitation"), "test"))
    [first] = memo.changes
    # As a kill in the middle of the action leaves it: started, never finished.
    with db.session() as s:
        s.scalars(select(ActionRunRow)).one().status = RunStatus.RUNNING

    restarted = Recorder("memo")
    assert await pipeline_with(db, restarted, clock).runner.run_due() == 1

    [replayed] = restarted.changes
    assert replayed.extraction is not None
    assert replayed.extraction.kind is MessageKind.INVITATION
    assert what_was_asked(replayed) == what_was_asked(first)
    with db.session() as s:
        assert s.scalars(select(ActionRunRow.status)).one() == RunStatus.DONE


async def test_a_failed_run_is_retried_with_the_same_change_and_counts_as_failed_until_then(
    tmp_path,
):
    settings = Settings(store={"url": f"sqlite:///{tmp_path}/p.db"}, data_dir=tmp_path)
    db = open_database(settings.store.database_url())
    clock = SteppedClock()
    memo = Recorder("memo", failures=1)
    pipeline = pipeline_with(db, memo, clock)

    await pipeline.accept(Incoming(message("an invitation"), "test"))
    with db.session() as s:
        failed = health(s, settings, clock.now()).actions_failed
        run = s.scalars(select(ActionRunRow)).one()
    assert (failed, run.status) == (1, RunStatus.FAILED)

    clock.moment = run.next_attempt_at
    assert await pipeline.runner.run_due() == 1
    first, retried = memo.changes
    assert what_was_asked(retried) == what_was_asked(first)
    assert retried.extraction is not None
    with db.session() as s:
        assert health(s, settings, clock.now()).actions_failed == 0


async def test_a_change_from_a_person_keeps_the_meeting_as_it_was_before(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/p.db")
    clock = SteppedClock()
    memo = Recorder("memo")
    pipeline = pipeline_with(db, memo, clock)
    outcome = await pipeline.accept(Incoming(message("an invitation"), "test"))
    assert outcome.meeting_id is not None
    with db.session() as s:
        before = load(s, outcome.meeting_id)
        after = Meeting(before.id, before.uid, before.status, before.record, 2, ("anan",))
        pipeline.runner.plan(s, MeetingChange(after, before, None))
        # Killed before it ran: the daemon finds it at its next start.

    restarted = Recorder("memo")
    runner = ActionRunner(db, [restarted], load=load_revision(2), clock=clock)
    assert await runner.run_due() == 1
    [change] = restarted.changes
    assert change.previous == before
    assert change.extraction is None


def load_revision(revision: int):
    def loaded(session, meeting_id):
        meeting = load(session, meeting_id)
        return Meeting(meeting.id, meeting.uid, meeting.status, meeting.record, revision, ("anan",))

    return loaded


def meeting_on(day: dt.date) -> Meeting:
    record = MeetingRecord(start=Extracted(day, "on that day"))
    return Meeting(1, "u-1", MeetingStatus.SCHEDULED, record, 1)


def test_skip_past_leaves_out_what_reaches_people_for_a_meeting_already_over():
    clock = SteppedClock()  # 2025-12-01 10:00 in Bangkok
    skip = SkipPast(clock, "Asia/Bangkok")
    over, today = meeting_on(dt.date(2025, 11, 30)), meeting_on(dt.date(2025, 12, 1))

    assert skip("calendar", over)
    assert skip("reminders", over)
    assert not skip("memo", over)  # the office's own record
    assert not skip("calendar", today)
    assert not skip("reminders", Meeting(2, "u-2", MeetingStatus.SCHEDULED, MeetingRecord(), 1))


async def test_with_skip_past_a_meeting_over_is_stored_and_its_invitations_skipped(tmp_path):
    old = message("Invitation")  # to a meeting on 16 December 2025, before today
    settings = Settings(
        store={"url": f"sqlite:///{tmp_path}/p.db"},
        data_dir=tmp_path / "var",
        sources={"maildir": {"enabled": False}},
        calendar={"feed_path": tmp_path / "calendar.ics"},
        memo={"output_dir": tmp_path / "memos", "pdf": False},
        actions={"skip_past": True},
    )
    calendar = Recorder("calendar")
    app = App.open(settings, actions=[calendar])
    try:
        outcome = await app.pipeline.accept(Incoming(old, "test"))
        with app.db.session() as s:
            run = s.scalars(select(ActionRunRow)).one()
    finally:
        app.close()
    assert outcome.meeting_id is not None  # stored and linked
    assert calendar.changes == []
    assert run.status == RunStatus.SKIPPED
