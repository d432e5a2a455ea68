"""The action runner: plans the runs of the actions, does them, retries them.

The ledger is `action_runs` (bot.processing.action_ledger): one row per action and
meeting revision, with its intent. A run is planned in the transaction that changes
the meeting (a message's merge, an assignment, an approval), so the change and the
work it calls for commit together or not at all. The row holds the intent, not only
the meeting: the message whose extraction the run answers and the meeting as it was
before. Every run, the first and a replay after a crash or a failure alike, rebuilds
its change from the row, so a replay does the same work. A run is marked ``running``
before its action starts and ``done`` only after the action returned, that is after
its outputs exist; one that failed (or was interrupted) is retried with backoff and
counts as failed until then. In the daemon the runs are done by a worker of their
own (`work`), so a memo's LibreOffice never holds up the intake of the next message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from sqlalchemy.orm import Session

from bot.actions.base import Action
from bot.errors import StoreError
from bot.logs import SecretMasker
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting
from bot.memory import release_memory
from bot.processing.action_ledger import (
    OWED,
    RetryPolicy,
    RunStatus,
    due_run_ids,
    rebuilt_change,
    record_result,
    record_runs,
)
from bot.processing.outcome import MAX_ERROR_CHARS
from bot.store.database import Database
from bot.store.tables import ActionRunRow
from bot.types import Clock

log = logging.getLogger(__name__)

# How often an idle worker looks whether the daemon is stopping.
WORKER_WAKE_SECONDS = 0.5


class LoadMeeting(Protocol):
    def __call__(self, session: Session, meeting_id: int) -> Meeting: ...


# Whether the action named shall not run for the meeting (bot.processing.past).
Skip = Callable[[str, Meeting], bool]


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
        secrets: Sequence[str] = (),
    ) -> None:
        self.db = db
        # An action's error is stored (action_runs.last_error): a secret it quotes (a URL
        # with its password) is masked there as in the logs.
        self._mask = SecretMasker(secrets)
        self.actions = {action.name: action for action in actions}
        # Actions that need a running daemon (reminders: the scheduler, Telegram): their
        # runs are recorded here too, and the daemon, which attaches them, runs them.
        self.deferred = set(deferred) - set(self.actions)
        self.load = load
        self.clock = clock
        self.retry = retry or RetryPolicy()
        self.skip = skip
        self._lock = asyncio.Lock()
        # Runs waiting for the daemon's worker (`work`); None when no worker runs.
        self._queue: asyncio.Queue[list[int]] | None = None
        self._stopping = False

    def stopping(self) -> None:
        """The daemon stops: a run that fails from now on was cut short (its LibreOffice
        killed), and stays owed for the next start instead of waiting out a backoff."""
        self._stopping = True

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
        runs = record_runs(
            session, change, sorted(self.deferred) + list(self.actions), message_pk=message_pk
        )
        return [
            run.id for run in runs if run.status != RunStatus.DONE and run.action in self.actions
        ]

    async def submit(self, run_ids: Sequence[int]) -> None:
        """Have the runs done: by the worker when one is running (the daemon: the intake
        goes on meanwhile), or now."""
        if self._queue is None:
            await self.run(run_ids)
        elif run_ids:
            self._queue.put_nowait(list(run_ids))

    async def work(self, stop: asyncio.Event) -> None:
        """The daemon's worker: do the submitted runs, in order, until `stop` is set. What
        is still queued then stays owed in the ledger, for the next start."""
        queue = self._queue = asyncio.Queue()
        try:
            while not stop.is_set():
                try:
                    run_ids = await asyncio.wait_for(queue.get(), WORKER_WAKE_SECONDS)
                except TimeoutError:
                    continue
                try:
                    await self.run(run_ids)
                # The runs stay owed in the ledger: the daemon's retries find them.
                except StoreError as exc:
                    log.error("store unavailable: %s", exc)
                except Exception:
                    log.exception("action worker failed; the runs wait for the next retry")
                if queue.empty():
                    release_memory()  # a memo's drafting is done: idle, perhaps for hours
        finally:
            self._queue = None

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
            error = self._mask(f"{type(exc).__name__}: {exc}")[:MAX_ERROR_CHARS]
            log.error("action failed: %s", exc, extra={"action": name})
        # An action is a plug-in: whatever it raises is recorded and retried, and the
        # other actions and the watchers go on.
        except Exception as exc:
            error = self._mask(f"{type(exc).__name__}: {exc}")[:MAX_ERROR_CHARS]
            log.exception("action failed", extra={"action": name, "meeting_id": change.meeting.id})
        if error is not None and self._stopping:
            log.info("action cut short by the stop: done again at the next start")
            return  # still `running`: owed, and due at once at the next start
        await asyncio.to_thread(self._finish, run_id, error)

    def _start(self, run_id: int) -> tuple[str, MeetingChange] | None:
        """Mark the run started and rebuild its change from the ledger; None when there
        is nothing to do (done meanwhile, or superseded by a newer revision)."""
        with self.db.session() as session:
            run = session.get_one(ActionRunRow, run_id)
            if run.status not in OWED:
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
            return run.action, rebuilt_change(session, run, meeting)

    def _finish(self, run_id: int, error: str | None) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            record_result(session.get_one(ActionRunRow, run_id), error, now, self.retry)

    def _due_runs(self) -> list[int]:
        now = self.clock.now()
        with self.db.session() as session:
            return due_run_ids(session, list(self.actions), now)
