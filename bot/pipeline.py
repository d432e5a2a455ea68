"""What happens to each new message: store raw → read → extract → merge → actions.

The raw bytes are committed first, in the same transaction as the source's own
bookkeeping (the IMAP cursor), so a crash at any later point loses nothing: on the
next start `resume()` picks up every message still marked ``stored``. Reading,
extracting and merging happen in one second transaction, together with a pending
row in ``action_runs`` per action, so a meeting change and the work it calls for
are committed together or not at all. Actions run after that commit; one that fails
is recorded and retried with backoff, and never stops the others or the watcher.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.actions.base import Action, MeetingChange
from bot.backoff import retry_delay
from bot.errors import StoreError
from bot.logs import TRACEBACK_FIELD, SecretMasker
from bot.meetings.meeting import Meeting
from bot.meetings.record import Extraction
from bot.reading.document import MailDocument
from bot.store.database import Database
from bot.store.messages import StoredMessage, raw_bytes, store_raw_messages
from bot.store.tables import ActionRunRow, MessageRow
from bot.types import Clock
from bot.workers import (
    ExtractStage,
    NotUnderstood,
    ReadStage,
    Understanding,
    understand,
)

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000


class Merged(Protocol):
    def change(self) -> MeetingChange:
        """The meeting change, once the session has been flushed (a new meeting has no id
        before)."""
        ...


class MergeStage(Protocol):
    """Link the extraction to a stored meeting (or create one) in the session, without
    flushing it; None when the message concerns no meeting."""

    def __call__(
        self, session: Session, message_pk: int, document: MailDocument, extraction: Extraction
    ) -> Merged | None: ...


class PrepareStage(Protocol):
    def __call__(self, session: Session, documents: Sequence[MailDocument]) -> None: ...


class LoadStage(Protocol):
    def __call__(self, session: Session, meeting_id: int) -> Meeting: ...


@dataclass(frozen=True)
class Stages:
    """The understanding half of the pipeline, wired by bot.app."""

    read: ReadStage
    extract: ExtractStage
    merge: MergeStage
    load: LoadStage
    # Before a batch's merges, in their session: look up in one go what they will ask.
    prepare: PrepareStage | None = None


# Called inside the transaction that stores the raw message, so the source's record
# of it (seen UID, cursor) commits with it or not at all.
OnStored = Callable[[Session, StoredMessage], None]


@dataclass(frozen=True)
class Incoming:
    raw: bytes
    source: str  # "imap:ministry/INBOX", "maildir", "file"
    on_stored: OnStored | None = None


@dataclass(frozen=True)
class Outcome:
    message_pk: int
    message_id: str
    status: str  # extracted, failed, duplicate
    kind: str | None = None
    meeting_id: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class RetryPolicy:
    initial_seconds: float = 60.0
    maximum_seconds: float = 3600.0


class Pipeline:
    """Processes messages one at a time; safe to share between watchers of one process."""

    def __init__(
        self,
        db: Database,
        stages: Stages,
        actions: Sequence[Action],
        *,
        clock: Clock,
        retry: RetryPolicy | None = None,
        deferred: Sequence[str] = (),
        secrets: Sequence[str] = (),
    ) -> None:
        self.db = db
        # An action's error is stored (action_runs.last_error): a secret it quotes (a URL
        # with its password) is masked there as in the logs.
        self._mask = SecretMasker(secrets)
        self.stages = stages
        self.actions = {action.name: action for action in actions}
        # Actions that need a running daemon (reminders: the scheduler, Telegram): their
        # runs are recorded here too, and the daemon, which attaches them, runs them.
        self.deferred = set(deferred) - set(self.actions)
        self.clock = clock
        self.retry = retry or RetryPolicy()
        # One message at a time: the store has one writer, and the order of
        # follow-ups (invitation, then its update) is the order they arrived in.
        self._lock = asyncio.Lock()
        # Messages a watcher stored and handed on (`hand_on`), understood in order by one
        # task while there are any, so a slow message never keeps a watcher from noticing
        # the next.
        self._handed: deque[int] = deque()
        self._processing: asyncio.Task[None] | None = None

    def attach(self, action: Action) -> None:
        """Run `action` from now on, with the runs recorded while it was deferred."""
        self.actions[action.name] = action
        self.deferred.discard(action.name)

    def detach(self, name: str) -> None:
        """Keep recording runs of the action `name`, for whoever runs it next."""
        if self.actions.pop(name, None) is not None:
            self.deferred.add(name)

    async def accept(self, incoming: Incoming, *, act: bool = True) -> Outcome:
        """Store, understand and act on one message; never raises for a bad message.

        With `act` False the actions are planned but not run: a backfill runs them once at
        the end (`retry_due_actions`), for each meeting's last revision only.
        """
        async with self._lock:
            stored = await asyncio.to_thread(self._store, incoming)
            if not stored.created:
                log.info(
                    "message already stored",
                    extra={"message_id": stored.message_id, "source": incoming.source},
                )
                return Outcome(stored.pk, stored.message_id, "duplicate")
            return await self._process(stored.pk, act=act)

    async def store(self, incoming: Incoming) -> StoredMessage:
        """Store the raw message (with its source's bookkeeping) and nothing more: what
        a watcher does before it hands the message on and looks for the next."""
        stored = await asyncio.to_thread(self._store, incoming)
        if not stored.created:
            log.info(
                "message already stored",
                extra={"message_id": stored.message_id, "source": incoming.source},
            )
        return stored

    def hand_on(self, message_pk: int) -> None:
        """Understand and act on a stored message soon, after those handed on before it."""
        self._handed.append(message_pk)
        if self._processing is None or self._processing.done():
            self._processing = asyncio.create_task(self._process_handed(), name="processing")

    async def processed(self) -> None:
        """Wait until every message handed on so far is processed."""
        while (task := self._processing) is not None and not task.done():
            await task

    async def _process_handed(self) -> None:
        while self._handed:
            pk = self._handed.popleft()
            try:
                async with self._lock:
                    # resume() may have processed it meanwhile.
                    if await asyncio.to_thread(self._still_stored, pk):
                        await self._process(pk)
            # The store is down: the message stays stored; resume() finishes it later.
            except StoreError as exc:
                log.error("store unavailable: %s", exc, extra={"message_pk": pk})

    def _still_stored(self, pk: int) -> bool:
        with self.db.session() as session:
            return session.get_one(MessageRow, pk).status == "stored"

    async def accept_batch(
        self,
        incomings: Sequence[Incoming],
        understood: Sequence[Understanding] | None = None,
    ) -> list[Outcome]:
        """Store a batch of messages in one transaction, then understand them in a second
        one, without running the actions (as `accept` with `act` False): for a backfill,
        where one transaction per message costs more than the work itself. `understood`,
        when given, is each message read and extracted already (by worker processes), in
        the same order.

        A batch whose understanding cannot be committed (a value the database refuses)
        is done again one message at a time, so a bad message fails alone.
        """
        async with self._lock:
            stored = await asyncio.to_thread(self._store_all, incomings)
            fresh = {
                one.pk: understood[i] if understood is not None else None
                for i, one in enumerate(stored)
                if one.created
            }
            try:
                understood_now = await asyncio.to_thread(self._understand_all, fresh)
            except StoreError:
                raise  # the messages stay stored, to be finished later
            except Exception:
                log.exception("batch not committed: each message on its own")
                understood_now = {pk: await self._process(pk, act=False) for pk in fresh}
        outcomes: list[Outcome] = []
        for one, incoming in zip(stored, incomings, strict=True):
            if one.created:
                outcomes.append(understood_now[one.pk])
                continue
            log.info(
                "message already stored",
                extra={"message_id": one.message_id, "source": incoming.source},
            )
            outcomes.append(Outcome(one.pk, one.message_id, "duplicate"))
        return outcomes

    async def resume(self) -> list[Outcome]:
        """Finish what a crash or a stop interrupted: stored but not yet understood."""
        async with self._lock:
            pending = await asyncio.to_thread(self._pending_messages)
            outcomes = [await self._process(pk) for pk in pending]
        if outcomes:
            log.info("resumed interrupted messages", extra={"count": len(outcomes)})
        await self.retry_due_actions()
        return outcomes

    async def reprocess(self, message_pks: Sequence[int]) -> list[Outcome]:
        """Read, extract and merge stored messages again, e.g. after the extractor improved.

        The raw bytes kept in the store are the input, so nothing is fetched again.
        """
        async with self._lock:
            return [await self._process(pk) for pk in message_pks]

    async def retry_due_actions(self) -> int:
        """Run actions that are pending or failed and due; returns how many were tried."""
        async with self._lock:
            due = await asyncio.to_thread(self._due_runs)
            for run_id, meeting in due:
                await self._run_action(run_id, MeetingChange(meeting, None, None))
        return len(due)

    # -- steps ---------------------------------------------------------------------

    def _store(self, incoming: Incoming) -> StoredMessage:
        return self._store_all([incoming])[0]

    def _store_all(self, incomings: Sequence[Incoming]) -> list[StoredMessage]:
        with self.db.session() as session:
            stored: list[StoredMessage] = []
            for source, group in groupby(incomings, key=attrgetter("source")):
                same_source = list(group)
                raws = [incoming.raw for incoming in same_source]
                for incoming, one in zip(
                    same_source, store_raw_messages(session, raws, source=source), strict=True
                ):
                    if incoming.on_stored is not None:
                        incoming.on_stored(session, one)
                    stored.append(one)
            return stored

    async def _process(self, pk: int, *, act: bool = True) -> Outcome:
        try:
            outcome, change, run_ids = await asyncio.to_thread(self._understand, pk)
        except StoreError:
            raise  # the store is down: the message stays stored, to be finished later
        # The results could not be written (a value the database refuses): kept as a
        # failed message with the reason, or it would stop every later start in resume().
        except Exception as exc:
            return await asyncio.to_thread(self._record_failure, pk, exc)
        if change is not None and act:
            for run_id in run_ids:
                await self._run_action(run_id, change)
        return outcome

    def _understand(self, pk: int) -> tuple[Outcome, MeetingChange | None, list[int]]:
        """Read, extract and merge one message in its own transaction; a failed merge is
        rolled back to a savepoint and recorded on the message."""
        with self.db.session() as session:
            row = session.get_one(MessageRow, pk)
            understood = self._read_and_extract(row, None)
            if isinstance(understood, Outcome):
                return understood, None, []
            try:
                with session.begin_nested():
                    pending = self._merge(session, row.id, *understood)
            except OperationalError:
                # The store failed, not the message (a held lock, a full disk): the whole
                # transaction fails and the message stays stored, to be finished later.
                raise
            except Exception as exc:
                return self._failed(row, "merging into meetings", *_described(exc)), None, []
            change = pending.change() if pending else None
            run_ids = self.plan_actions(session, change.meeting) if change else []
            return self._finish(row, change), change, run_ids

    def _understand_all(self, fresh: dict[int, Understanding | None]) -> dict[int, Outcome]:
        """Understand a batch in one transaction, with one flush: a savepoint and a flush
        per message cost more than the merge. A message whose merge fails fails the whole
        batch, and the caller does the batch again one message at a time. The actions are
        planned once per meeting, for its revision at the end of the batch."""
        with self.db.session() as session:
            rows = session.scalars(select(MessageRow).where(MessageRow.id.in_(fresh))).all()
            by_pk = {row.id: row for row in rows}
            outcomes: dict[int, Outcome] = {}
            readable: list[tuple[MessageRow, MailDocument, Extraction]] = []
            for pk, understanding in fresh.items():
                row = by_pk[pk]
                understood = self._read_and_extract(row, understanding)
                if isinstance(understood, Outcome):
                    outcomes[pk] = understood
                else:
                    readable.append((row, *understood))
            if self.stages.prepare is not None:
                # Its lookups need not see the rows just updated: one flush writes them
                # with the merges' changes, not a second UPDATE of every message.
                with session.no_autoflush:
                    self.stages.prepare(session, [document for _, document, _ in readable])
            merged = [
                (row, self._merge(session, row.id, document, extraction))
                for row, document, extraction in readable
            ]
            session.flush()
            latest: dict[int, Meeting] = {}
            for row, pending in merged:
                change = pending.change() if pending else None
                outcomes[row.id] = self._finish(row, change)
                if change is not None:
                    latest[change.meeting.id] = change.meeting
            for meeting in latest.values():
                self.plan_actions(session, meeting)
            return {pk: outcomes[pk] for pk in fresh}

    def _read_and_extract(
        self, row: MessageRow, understanding: Understanding | None
    ) -> tuple[MailDocument, Extraction] | Outcome:
        """The message understood (here, unless `understanding` was done elsewhere), its
        row updated; a failed Outcome when it cannot be."""
        row.processed_at = self.clock.now()
        if understanding is None:
            understanding = understand(self.stages.read, self.stages.extract, raw_bytes(row))
        # A message that cannot be read or understood is kept with the reason
        # and must never stop the next one, whatever the bug.
        document = understanding.document
        if document is not None:  # what could be read is kept, even when extraction failed
            row.subject = document.subject
            row.sender = str(document.sender) if document.sender else ""
            row.date = document.date
            row.warnings = list(document.warnings)
        if isinstance(understanding, NotUnderstood):
            return self._failed(
                row, "reading or extraction", understanding.error, understanding.traceback
            )
        document, extraction = understanding.document, understanding.extraction
        row.kind = extraction.kind.value
        row.extraction = extraction.to_json()
        # Set before the merge, so the message is written once, in the merge's flush; a
        # failed merge sets it to failed.
        row.status = "extracted"
        row.error = None
        return document, extraction

    def _merge(
        self, session: Session, pk: int, document: MailDocument, extraction: Extraction
    ) -> Merged | None:
        # The merge's lookups need not flush first: what it writes is flushed once, after
        # it, not before each of its queries (find_meeting flushes when a link written
        # before could be the one it looks for).
        with session.no_autoflush:
            return self.stages.merge(session, pk, document, extraction)

    def _finish(self, row: MessageRow, change: MeetingChange | None) -> Outcome:
        if change is not None:
            row.meeting_id = change.meeting.id
        log.info(
            "message processed",
            extra={"message_id": row.message_id, "kind": row.kind, "meeting_id": row.meeting_id},
        )
        return Outcome(row.id, row.message_id, "extracted", row.kind, row.meeting_id)

    def _record_failure(self, pk: int, exc: Exception) -> Outcome:
        with self.db.session() as session:
            row = session.get_one(MessageRow, pk)
            row.processed_at = self.clock.now()
            return self._failed(row, "storing the results", *_described(exc))

    def _failed(self, row: MessageRow, stage: str, error: str, trace: str) -> Outcome:
        reason = f"{stage} failed: {error}"[:MAX_ERROR_CHARS]
        log.error(
            "message failed",
            extra={"message_id": row.message_id, "reason": reason, TRACEBACK_FIELD: trace},
        )
        row.status = "failed"
        row.error = reason
        return Outcome(row.id, row.message_id, "failed", error=reason)

    def plan_actions(self, session: Session, meeting: Meeting) -> list[int]:
        """Record a pending run of every action for the meeting's revision, in the caller's
        transaction (also for changes made outside a message: `meetbot assign`, chat).

        Returns the runs this process can do now; deferred actions' runs wait.
        """
        ids: list[int] = []
        for name in sorted(self.deferred) + list(self.actions):
            existing = session.scalar(
                select(ActionRunRow).where(
                    ActionRunRow.action == name,
                    ActionRunRow.meeting_id == meeting.id,
                    ActionRunRow.revision == meeting.revision,
                )
            )
            if existing is None:
                existing = ActionRunRow(
                    action=name, meeting_id=meeting.id, revision=meeting.revision
                )
                session.add(existing)
                session.flush()
            if existing.status != "done" and name in self.actions:
                ids.append(existing.id)
        return ids

    async def _run_action(self, run_id: int, change: MeetingChange) -> None:
        with self.db.session() as session:
            name = session.get_one(ActionRunRow, run_id).action
        action = self.actions.get(name)
        if action is None:  # detached meanwhile (shutting down): the run stays pending
            return
        error: str | None = None
        try:
            await action.handle(change)
        except StoreError as exc:
            # The store failed, not the action's code: a traceback would say nothing more.
            error = self._mask(f"{type(exc).__name__}: {exc}")[:MAX_ERROR_CHARS]
            log.error("action failed: %s", exc, extra={"action": name})
        # An action is a plug-in: whatever it raises is recorded and retried, and the
        # other actions and the watcher go on.
        except Exception as exc:
            error = self._mask(f"{type(exc).__name__}: {exc}")[:MAX_ERROR_CHARS]
            log.exception("action failed", extra={"action": name, "meeting_id": change.meeting.id})
        await asyncio.to_thread(self._record_run, run_id, error)

    def _record_run(self, run_id: int, error: str | None) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            run = session.get_one(ActionRunRow, run_id)
            run.attempts += 1
            run.updated_at = now
            if error is None:
                run.status = "done"
                run.last_error = None
                run.next_attempt_at = None
                return
            run.status = "failed"
            run.last_error = error
            delay = retry_delay(
                run.attempts,
                initial=self.retry.initial_seconds,
                maximum=self.retry.maximum_seconds,
            )
            run.next_attempt_at = now + dt.timedelta(seconds=delay)

    def _pending_messages(self) -> list[int]:
        with self.db.session() as session:
            query = select(MessageRow.id).where(MessageRow.status == "stored")
            return list(session.scalars(query.order_by(MessageRow.id)))

    def _due_runs(self) -> list[tuple[int, Meeting]]:
        now = self.clock.now()
        due: list[tuple[int, Meeting]] = []
        with self.db.session() as session:
            runs = session.scalars(
                select(ActionRunRow)
                .where(
                    ActionRunRow.status.in_(("pending", "failed")),
                    ActionRunRow.action.in_(list(self.actions)),
                    or_(
                        ActionRunRow.next_attempt_at.is_(None),
                        ActionRunRow.next_attempt_at <= now,
                    ),
                )
                .order_by(ActionRunRow.id)
            )
            for run in runs:
                meeting = self.stages.load(session, run.meeting_id)
                if meeting.revision > run.revision:
                    # A newer revision has its own run carrying the current state.
                    run.status = "superseded"
                    continue
                due.append((run.id, meeting))
        return due


def _described(exc: Exception) -> tuple[str, str]:
    """The error in words, and its traceback, as a failed message records them."""
    return f"{type(exc).__name__}: {exc}", "".join(traceback.format_exception(exc))
