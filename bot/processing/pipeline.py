"""What happens to each new message: store raw → read → extract → merge → actions.

The raw bytes are committed first, in the same transaction as the source's own
bookkeeping (the IMAP cursor), so a crash at any later point loses nothing: on the
next start `resume()` picks up every message still marked ``stored``. Reading,
extracting and merging happen in one second transaction, together with a pending
row in ``action_runs`` per action, so a meeting change and the work it calls for
are committed together or not at all. The actions run after that commit, in the
action runner (bot.processing.runner), outside the lock the intake takes: a memo's
LibreOffice never holds up the next message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.errors import StoreError
from bot.meetings.change import MeetingChange
from bot.processing.budget import MessageWorker
from bot.processing.message_states import (
    begin_processing,
    pending_messages,
    record_failure,
    stored_raw,
)
from bot.processing.outcome import (
    Outcome,
    OutcomeStatus,
    as_it_was,
    described,
    failed,
    finished,
    store_incoming,
    understood,
)
from bot.processing.runner import ActionRunner
from bot.processing.workers import (
    ExtractStage,
    ReadStage,
    Understanding,
    understand,
)
from bot.reading.document import MailDocument
from bot.sources.incoming import Incoming
from bot.store.database import Database
from bot.store.messages import StoredMessage, raw_bytes
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow
from bot.types import Clock
from bot.understanding.record import Extraction

log = logging.getLogger(__name__)


class Merged(Protocol):
    @property
    def kept_apart(self) -> bool:
        """The message's change to an approved meeting was kept apart for a person to
        decide (bot.meetings.pending), not merged."""
        ...

    def change(self) -> MeetingChange:
        """The meeting change, once the session has been flushed (a new meeting has no id
        before)."""
        ...


class Merger(Protocol):
    """The merges of one transaction, which may know more together than one alone."""

    def prepare(self, documents: Sequence[MailDocument]) -> None:
        """Before a batch's merges: look up in one go what they will ask."""
        ...

    def merge(
        self, message_pk: int, document: MailDocument, extraction: Extraction
    ) -> Merged | None:
        """Link the extraction to a stored meeting (or create one) in the session, without
        flushing it; None when the message concerns no meeting."""
        ...


class MergeStage(Protocol):
    def __call__(self, session: Session) -> Merger: ...


@dataclass(frozen=True)
class Stages:
    """The understanding half of the pipeline, wired by bot.app."""

    read: ReadStage
    extract: ExtractStage
    merge: MergeStage


class Pipeline:
    """Processes messages one at a time; safe to share between watchers of one process."""

    def __init__(self, db: Database, stages: Stages, runner: ActionRunner, *, clock: Clock) -> None:
        self.db = db
        self.stages = stages
        self.runner = runner
        self.clock = clock
        # The daemon's: each message read in a worker process on a budget; None: read here.
        self.worker: MessageWorker | None = None
        # One message at a time: the store has one writer, and the order of
        # follow-ups (invitation, then its update) is the order they arrived in.
        self._lock = asyncio.Lock()
        # Set when a message's change was kept apart for approval: the daemon shows the
        # office at once, without waiting for its next look.
        self.changes_kept_apart = asyncio.Event()

    async def accept(self, incoming: Incoming, *, act: bool = True) -> Outcome:
        """Store, understand and act on one message; never raises for a bad message.

        With `act` False the actions are planned but not run: a backfill runs them once at
        the end (`ActionRunner.run_due`), for each meeting's last revision only.
        """
        async with self._lock:
            stored = await self.store(incoming)
            if not stored.created:
                return Outcome(stored.pk, stored.message_id, OutcomeStatus.DUPLICATE)
            outcome, run_ids = await self._process(stored.pk, incoming.raw)
        if act:
            await self.runner.submit(run_ids)
        return outcome

    async def store(self, incoming: Incoming) -> StoredMessage:
        """Store the raw message, with its source's record of it, in one transaction; a
        message stored before is logged and left as it is (`created` False)."""
        [stored] = await asyncio.to_thread(store_all, self.db, [incoming])
        if not stored.created:
            _log_duplicate(stored, incoming)
        return stored

    async def process_stored(self, stored: StoredMessage, raw: bytes | None) -> None:
        """Understand and act on a message `store` stored, its `raw` bytes handed on (None:
        read back from the store), unless resume() did meanwhile."""
        async with self._lock:
            _, run_ids = await self._process(stored.pk, raw, waiting_only=True)
        await self.runner.submit(run_ids)

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
            stored = await asyncio.to_thread(store_all, self.db, incomings)
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
                understood_now = {pk: (await self._process(pk))[0] for pk in fresh}
        outcomes: list[Outcome] = []
        for one, incoming in zip(stored, incomings, strict=True):
            if one.created:
                outcomes.append(understood_now[one.pk])
                continue
            _log_duplicate(one, incoming)
            outcomes.append(Outcome(one.pk, one.message_id, OutcomeStatus.DUPLICATE))
        self._note_kept_apart(outcomes)
        return outcomes

    async def resume(self) -> list[Outcome]:
        """Finish what a crash or a stop interrupted: stored but not yet understood."""
        async with self._lock:
            pending = await asyncio.to_thread(pending_messages, self.db)
            outcomes: list[Outcome] = []
            for pk in pending:
                quarantined = await asyncio.to_thread(begin_processing, self.db, pk)
                outcomes.append(quarantined or (await self._process(pk))[0])
        if outcomes:
            log.info("resumed interrupted messages", extra={"count": len(outcomes)})
        await self.runner.run_due()
        return outcomes

    async def reprocess(self, message_pks: Sequence[int]) -> list[Outcome]:
        """Read, extract and merge stored messages again, e.g. after the extractor improved.

        The raw bytes kept in the store are the input, so nothing is fetched again.
        """
        async with self._lock:
            processed = []
            for pk in message_pks:
                await asyncio.to_thread(begin_processing, self.db, pk, by_person=True)
                processed.append(await self._process(pk))
        for _, run_ids in processed:
            await self.runner.run(run_ids)
        return [outcome for outcome, _ in processed]

    # -- steps ---------------------------------------------------------------------

    async def _process(
        self, pk: int, raw: bytes | None = None, *, waiting_only: bool = False
    ) -> tuple[Outcome, list[int]]:
        """The message understood and committed, with the action runs it planned. `raw`
        is its bytes when the caller has them; `waiting_only`: unless it is understood
        already (its Outcome as it was then, and no runs)."""
        try:
            understanding = None
            if self.worker is not None:
                if raw is None:
                    raw = await asyncio.to_thread(stored_raw, self.db, pk)
                understanding = await self.worker.understand(raw)
            outcome, run_ids = await asyncio.to_thread(
                self._understand, pk, understanding, raw, waiting_only
            )
            self._note_kept_apart([outcome])
            return outcome, run_ids
        except StoreError:
            raise  # the store is down: the message stays stored, to be finished later
        # The results could not be written (a value the database refuses): kept as a
        # failed message with the reason, or it would stop every later start in resume().
        except Exception as exc:
            return await asyncio.to_thread(record_failure, self.db, self.clock, pk, exc), []

    def _understand(
        self, pk: int, understanding: Understanding | None, raw: bytes | None, waiting_only: bool
    ) -> tuple[Outcome, list[int]]:
        """Read (unless `understanding` was read elsewhere), extract and merge one message
        in its own transaction; a failed merge is rolled back to a savepoint and recorded
        on the message."""
        with self.db.session() as session:
            row = session.get_one(MessageRow, pk)
            if waiting_only and row.status != MessageStatus.STORED:
                return as_it_was(row), []
            understood = read_and_extract(self.stages, self.clock, row, understanding, raw)
            if isinstance(understood, Outcome):
                return understood, []
            try:
                with session.begin_nested():
                    pending = merge_one(session, self.stages.merge(session), row.id, *understood)
            except OperationalError:
                # The store failed, not the message (a held lock, a full disk): the whole
                # transaction fails and the message stays stored, to be finished later.
                raise
            except Exception as exc:
                return failed(row, "merging into meetings", *described(exc)), []
            change = pending.change() if pending else None
            run_ids = self.runner.plan(session, change, message_pk=row.id) if change else []
            return finished(row, change, kept_apart=bool(pending and pending.kept_apart)), run_ids

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
                understood = read_and_extract(self.stages, self.clock, row, understanding, None)
                if isinstance(understood, Outcome):
                    outcomes[pk] = understood
                else:
                    readable.append((row, *understood))
            merger = self.stages.merge(session)
            # Its lookups need not see the rows just updated: one flush writes them
            # with the merges' changes, not a second UPDATE of every message.
            with session.no_autoflush:
                merger.prepare([document for _, document, _ in readable])
            merged = [
                (row, merge_one(session, merger, row.id, document, extraction))
                for row, document, extraction in readable
            ]
            session.flush()
            # Per meeting: its state before the batch, its last message and revision.
            latest: dict[int, tuple[MeetingChange, int]] = {}
            for row, pending in merged:
                change = pending.change() if pending else None
                kept_apart = bool(pending and pending.kept_apart)
                outcomes[row.id] = finished(row, change, kept_apart=kept_apart)
                if change is not None:
                    first = latest.get(change.meeting.id)
                    before = first[0].previous if first else change.previous
                    latest[change.meeting.id] = (replace(change, previous=before), row.id)
            for change, message_pk in latest.values():
                self.runner.plan(session, change, message_pk=message_pk)
            return {pk: outcomes[pk] for pk in fresh}

    def _note_kept_apart(self, outcomes: Sequence[Outcome]) -> None:
        if any(outcome.kept_apart for outcome in outcomes):
            self.changes_kept_apart.set()


def merge_one(
    session: Session, merger: Merger, pk: int, document: MailDocument, extraction: Extraction
) -> Merged | None:
    # The merge's lookups need not flush first: what it writes is flushed once, after
    # it, not before each of its queries (find_meeting flushes when a link written
    # before could be the one it looks for).
    with session.no_autoflush:
        return merger.merge(pk, document, extraction)


def store_all(db: Database, incomings: Sequence[Incoming]) -> list[StoredMessage]:
    with db.session() as session:
        return store_incoming(session, incomings)


def read_and_extract(
    stages: Stages,
    clock: Clock,
    row: MessageRow,
    understanding: Understanding | None,
    raw: bytes | None,
) -> tuple[MailDocument, Extraction] | Outcome:
    """The message understood (here, from `raw` or its stored bytes, unless `understanding`
    was done elsewhere), its row updated; a failed Outcome when it cannot be."""
    row.processed_at = clock.now()
    if understanding is None:
        raw = raw if raw is not None else raw_bytes(row)
        understanding = understand(stages.read, stages.extract, raw)
    return understood(row, understanding)


def _log_duplicate(stored: StoredMessage, incoming: Incoming) -> None:
    log.info(
        "message already stored",
        extra={"message_id": stored.message_id, "source": incoming.source},
    )
