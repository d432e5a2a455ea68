"""The rows of `action_runs`: how a run is recorded with its intent, rebuilt, and closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.backoff import retry_delay
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting
from bot.store.tables import ActionRunRow, MessageRow
from bot.understanding.record import Extraction


class RunStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"  # started; still so after a crash, and then due again
    DONE = "done"
    FAILED = "failed"
    SUPERSEDED = "superseded"  # a newer revision's run carries the current state
    SKIPPED = "skipped"  # not for this meeting (`actions.skip_past`: it is over)


# Runs still owed: a crash leaves a run `running`, and only the daemon runs them.
OWED = (RunStatus.PENDING, RunStatus.RUNNING, RunStatus.FAILED)


@dataclass(frozen=True)
class RetryPolicy:
    initial_seconds: float = 60.0
    maximum_seconds: float = 3600.0


def record_runs(
    session: Session, change: MeetingChange, names: Sequence[str], *, message_pk: int | None
) -> list[ActionRunRow]:
    """A run of each action `names` for the change's revision, with its intent.

    A run of the same action still owed for an older revision is superseded by this
    one, which takes over its intent where this change has none: the meeting as it was
    when that action last acted, and its message when this change comes from no message.
    """
    runs: list[ActionRunRow] = []
    meeting = change.meeting
    for name in names:
        previous = change.previous.to_json() if change.previous else None
        answered = message_pk
        for older in _owed_runs(session, name, meeting.id, below=meeting.revision):
            older.status = RunStatus.SUPERSEDED
            previous = older.previous
            answered = answered if answered is not None else older.message_pk
        run = session.scalar(
            select(ActionRunRow).where(
                ActionRunRow.action == name,
                ActionRunRow.meeting_id == meeting.id,
                ActionRunRow.revision == meeting.revision,
            )
        )
        if run is None:
            run = ActionRunRow(
                action=name,
                meeting_id=meeting.id,
                revision=meeting.revision,
                message_pk=answered,
                previous=previous,
            )
            session.add(run)
            session.flush()
        elif run.status != RunStatus.DONE and message_pk is not None:
            run.message_pk = message_pk  # the latest message it answers
        runs.append(run)
    return runs


def _owed_runs(
    session: Session, name: str, meeting_id: int, *, below: int
) -> Sequence[ActionRunRow]:
    return session.scalars(
        select(ActionRunRow)
        .where(
            ActionRunRow.action == name,
            ActionRunRow.meeting_id == meeting_id,
            ActionRunRow.revision < below,
            ActionRunRow.status.in_(OWED),
        )
        .order_by(ActionRunRow.revision)
    ).all()


def rebuilt_change(session: Session, run: ActionRunRow, meeting: Meeting) -> MeetingChange:
    """The change the run answers, from its intent: the same for the first run and a replay."""
    previous = Meeting.from_json(run.previous) if run.previous else None
    message = session.get(MessageRow, run.message_pk) if run.message_pk else None
    if message is None or message.extraction is None:
        return MeetingChange(meeting, previous, None)
    extraction = Extraction.from_json(message.extraction)
    return MeetingChange(meeting, previous, extraction, message.message_id)


def record_result(
    run: ActionRunRow, error: str | None, now: dt.datetime, retry: RetryPolicy
) -> None:
    """Done, or failed and due again after the backoff."""
    run.attempts += 1
    run.updated_at = now
    if error is None:
        run.status = RunStatus.DONE
        run.last_error = None
        run.next_attempt_at = None
        return
    run.status = RunStatus.FAILED
    run.last_error = error
    delay = retry_delay(run.attempts, initial=retry.initial_seconds, maximum=retry.maximum_seconds)
    run.next_attempt_at = now + dt.timedelta(seconds=delay)


def due_run_ids(session: Session, names: Sequence[str], now: dt.datetime) -> list[int]:
    """Runs of the actions `names` that are owed and due, oldest first."""
    return list(
        session.scalars(
            select(ActionRunRow.id)
            .where(
                ActionRunRow.status.in_(OWED),
                ActionRunRow.action.in_(list(names)),
                or_(
                    ActionRunRow.next_attempt_at.is_(None),
                    ActionRunRow.next_attempt_at <= now,
                ),
            )
            .order_by(ActionRunRow.id)
        )
    )
