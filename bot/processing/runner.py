"""The action-run ledger: one row per action and meeting revision, with its intent.

A run is planned in the transaction that changes the meeting (a message's merge, an
assignment, an approval), so the change and the work it calls for commit together or
not at all. The row holds the intent, not only the meeting: the message whose
extraction the run answers and the meeting as it was before. Every run, the first and
a replay after a crash or a failure alike, rebuilds its change from the row, so a
replay does the same work. A run is marked ``running`` before its action starts and
``done`` only after the action returned, that is after its outputs exist; one that
failed (or was interrupted) is retried with backoff and counts as failed until then.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.actions.base import Action
from bot.backoff import retry_delay
from bot.errors import StoreError
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting
from bot.processing.outcome import MAX_ERROR_CHARS
from bot.store.database import Database
from bot.store.tables import ActionRunRow, MessageRow
from bot.types import Clock
from bot.understanding.record import Extraction

log = logging.getLogger(__name__)


class RunStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"  # started; still so after a crash, and then due again
    DONE = "done"
    FAILED = "failed"
    SUPERSEDED = "superseded"  # a newer revision's run carries the current state
    SKIPPED = "skipped"  # not for this meeting (`actions.skip_past`: it is over)


# Runs that are still owed: a crash leaves a run `running`, and only this process runs them.
_OWED = (RunStatus.PENDING, RunStatus.RUNNING, RunStatus.FAILED)


class LoadMeeting(Protocol):
    def __call__(self, session: Session, meeting_id: int) -> Meeting: ...


# Whether the action named shall not run for the meeting (bot.processing.past).
Skip = Callable[[str, Meeting], bool]


@dataclass(frozen=True)
class RetryPolicy:
    initial_seconds: float = 60.0
    maximum_seconds: float = 3600.0


class ActionRunner:
    """Plans, runs and retries the actions; one run at a time, apart from the intake."""

    def __init__(
        self,
        db: Database,
        actions: Sequence[Action],
        *,
        load: LoadMeeting,
        clock: Clock,
        retry: RetryPolicy | None = None,
        deferred: Sequence[str] = (),
        skip: Skip | None = None,
    ) -> None:
        self.db = db
        self.actions = {action.name: action for action in actions}
        # Actions that need a running daemon (reminders: the scheduler, Telegram): their
        # runs are recorded here too, and the daemon, which attaches them, runs them.
        self.deferred = set(deferred) - set(self.actions)
        self.load = load
        self.clock = clock
        self.retry = retry or RetryPolicy()
        self.skip = skip
        self._lock = asyncio.Lock()

    def attach(self, action: Action) -> None:
        """Run `action` from now on, with the runs recorded while it was deferred."""
        self.actions[action.name] = action
        self.deferred.discard(action.name)

    def detach(self, name: str) -> None:
        """Keep recording runs of the action `name`, for whoever runs it next."""
        if self.actions.pop(name, None) is not None:
            self.deferred.add(name)

    def plan(
        self, session: Session, change: MeetingChange, *, message_pk: int | None = None
    ) -> list[int]:
        """Record a pending run of every action for the change's revision, in the caller's
        transaction, with its intent (also for changes made outside a message:
        `meetbot assign`, chat).

        A run of the same action that is still owed for an older revision is superseded
        by this one, which takes over its intent where this change has none: the
        meeting as it was when that action last acted, and its message when this change
        comes from no message. Returns the runs this process can do now.
        """
        ids: list[int] = []
        meeting = change.meeting
        for name in sorted(self.deferred) + list(self.actions):
            previous = change.previous.to_json() if change.previous else None
            answered = message_pk
            for older in self._owed_runs(session, name, meeting.id, below=meeting.revision):
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
            if run.status != RunStatus.DONE and name in self.actions:
                ids.append(run.id)
        return ids

    def _owed_runs(
        self, session: Session, name: str, meeting_id: int, *, below: int
    ) -> Sequence[ActionRunRow]:
        return session.scalars(
            select(ActionRunRow)
            .where(
                ActionRunRow.action == name,
                ActionRunRow.meeting_id == meeting_id,
                ActionRunRow.revision < below,
                ActionRunRow.status.in_(_OWED),
            )
            .order_by(ActionRunRow.revision)
        ).all()

    async def run(self, run_ids: Sequence[int]) -> None:
        """Do the runs `run_ids` now, one after the other."""
        async with self._lock:
            for run_id in run_ids:
                await self._run(run_id)

    async def run_due(self) -> int:
        """Run what is pending, interrupted or failed and due; returns how many were tried."""
        async with self._lock:
            due = await asyncio.to_thread(self._due_runs)
            for run_id in due:
                await self._run(run_id)
        return len(due)

    async def _run(self, run_id: int) -> None:
        started = await asyncio.to_thread(self._start, run_id)
        if started is None:
            return
        name, change = started
        action = self.actions.get(name)
        if action is None:  # detached meanwhile (shutting down): the run stays owed
            return
        error: str | None = None
        try:
            await action.handle(change)
        except StoreError as exc:
            # The store failed, not the action's code: a traceback would say nothing more.
            error = f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]
            log.error("action failed: %s", exc, extra={"action": name})
        # An action is a plug-in: whatever it raises is recorded and retried, and the
        # other actions and the watchers go on.
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]
            log.exception("action failed", extra={"action": name, "meeting_id": change.meeting.id})
        await asyncio.to_thread(self._finish, run_id, error)

    def _start(self, run_id: int) -> tuple[str, MeetingChange] | None:
        """Mark the run started and rebuild its change from the ledger; None when there
        is nothing to do (done meanwhile, or superseded by a newer revision)."""
        with self.db.session() as session:
            run = session.get_one(ActionRunRow, run_id)
            if run.status not in _OWED:
                return None
            meeting = self.load(session, run.meeting_id)
            if meeting.revision > run.revision:
                # A newer revision has its own run carrying the current state.
                run.status = RunStatus.SUPERSEDED
                return None
            if self.skip is not None and self.skip(run.action, meeting):
                log.info(
                    "meeting %d is over: %s skipped",
                    meeting.id,
                    run.action,
                    extra={"action": run.action, "meeting_id": meeting.id},
                )
                run.status = RunStatus.SKIPPED
                return None
            if run.action in self.actions:
                run.status = RunStatus.RUNNING
                run.updated_at = self.clock.now()
            return run.action, self._change(session, run, meeting)

    @staticmethod
    def _change(session: Session, run: ActionRunRow, meeting: Meeting) -> MeetingChange:
        previous = Meeting.from_json(run.previous) if run.previous else None
        message = session.get(MessageRow, run.message_pk) if run.message_pk else None
        if message is None or message.extraction is None:
            return MeetingChange(meeting, previous, None)
        extraction = Extraction.from_json(message.extraction)
        return MeetingChange(meeting, previous, extraction, message.message_id)

    def _finish(self, run_id: int, error: str | None) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            run = session.get_one(ActionRunRow, run_id)
            run.attempts += 1
            run.updated_at = now
            if error is None:
                run.status = RunStatus.DONE
                run.last_error = None
                run.next_attempt_at = None
                return
            run.status = RunStatus.FAILED
            run.last_error = error
            delay = retry_delay(
                run.attempts,
                initial=self.retry.initial_seconds,
                maximum=self.retry.maximum_seconds,
            )
            run.next_attempt_at = now + dt.timedelta(seconds=delay)

    def _due_runs(self) -> list[int]:
        now = self.clock.now()
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(ActionRunRow.id)
                    .where(
                        ActionRunRow.status.in_(_OWED),
                        ActionRunRow.action.in_(list(self.actions)),
                        or_(
                            ActionRunRow.next_attempt_at.is_(None),
                            ActionRunRow.next_attempt_at <= now,
                        ),
                    )
                    .order_by(ActionRunRow.id)
                )
            )
