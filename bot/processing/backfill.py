"""Backfill an IMAP folder from a date: server-side SEARCH, headers first, bodies in batches.

Headers first: a Message-ID already in the store costs one header line, not a body
download. Each batch of bodies is stored in one transaction and understood in a second
one: a transaction per message would cost more than the work itself. Every UID looked
at is recorded in seen_uids, so a second backfill (or the watcher) never fetches it
again. The watcher's cursor is left where it is. Processed mail is flagged or moved as
`on_processed` says, batch by batch, as the watcher does it. Old mail changes a meeting
many times over, so the actions (calendar, memo, reminders) run once at the end, on each
meeting's last revision, not after every message.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import select

from bot.config.settings import ImapAccount
from bot.processing.pipeline import Pipeline
from bot.processing.workers import Understanding, UnderstandingPool
from bot.sources.imap import ImapConnection
from bot.sources.incoming import Incoming
from bot.sources.ledger import FolderLedger
from bot.sources.watcher import imap_source
from bot.store.database import Database
from bot.store.ids import message_id_from
from bot.store.tables import MessageRow
from bot.types import Clock

log = logging.getLogger(__name__)

HEADER_BATCH = 500
BODY_BATCH = 100


@dataclass
class BackfillReport:
    folder: str
    found: int = 0  # matched the SEARCH
    already_seen: int = 0  # UID recorded before
    already_stored: int = 0  # Message-ID already in the store (another folder, a re-send)
    processed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


# Called with (done, total) after each message, for a progress bar.
Progress = Callable[[int, int], None]

# UIDs and messages fetched, and their reading and extraction under way in a worker (or
# None: the pipeline does it).
Batch = tuple[list[int], list[Incoming], asyncio.Future[list[Understanding]] | None]


async def backfill_folder(
    account: ImapAccount,
    folder: str,
    since: dt.date,
    *,
    db: Database,
    pipeline: Pipeline,
    clock: Clock,
    timeout: float,
    progress: Progress | None = None,
    stop: asyncio.Event | None = None,
    workers: UnderstandingPool | None = None,
) -> BackfillReport:
    source = imap_source(account)
    message_source = f"{source}/{folder}"
    report = BackfillReport(folder)
    # The watcher's books, without moving its cursor: old mail is not the newest.
    ledger = FolderLedger(db, source, folder, clock=clock, disposes=account.disposes, advance=False)
    connection = ImapConnection(account, timeout=timeout)
    await asyncio.to_thread(connection.connect)
    try:
        state = await asyncio.to_thread(connection.select, folder)
        uidvalidity = state.uidvalidity
        found = await asyncio.to_thread(connection.uids_since, since)
        report.found = len(found)

        uids = await asyncio.to_thread(ledger.unseen, uidvalidity, found)
        report.already_seen = len(found) - len(uids)

        async def dispose(uids: list[int]) -> None:
            """Flag or move processed mail as configured, as the watcher does, a batch at a
            time (a UID list in one command has a length limit); what a crash leaves owed,
            the watcher settles at its next connect."""
            if not ledger.disposes or not uids:
                return
            await asyncio.to_thread(connection.after_processing, uids)
            await asyncio.to_thread(ledger.settled, uidvalidity, uids)

        wanted: list[int] = []
        for start in range(0, len(uids), HEADER_BATCH):
            batch = uids[start : start + HEADER_BATCH]
            headers = await asyncio.to_thread(connection.fetch_message_ids, batch)
            fresh, known = await asyncio.to_thread(_skip_stored, db, ledger, uidvalidity, headers)
            wanted.extend(fresh)
            await dispose(known)  # stored before, from another folder or a re-send
        report.already_stored = len(uids) - len(wanted)
        done = 0
        if progress is not None:
            progress(done, len(wanted))

        async def accept(batch: Batch) -> None:
            nonlocal done
            uids, incomings, understanding = batch
            understood = await understanding if understanding is not None else None
            for outcome in await pipeline.accept_batch(incomings, understood):
                report.processed += 1
                report.outcomes[outcome.status] = report.outcomes.get(outcome.status, 0) + 1
            await dispose(uids)
            done += len(incomings)
            if progress is not None:
                progress(done, len(wanted))

        # One batch ahead: while this process stores and merges a batch, the workers
        # read and extract the next one.
        ahead: Batch | None = None
        for start in range(0, len(wanted), BODY_BATCH):
            if stop is not None and stop.is_set():
                break
            batch = wanted[start : start + BODY_BATCH]
            raws = await asyncio.to_thread(connection.fetch_raw, batch)
            # A UID missing from the answer was expunged meanwhile; not recorded, so a
            # later run tries again.
            fetched = [uid for uid in batch if uid in raws]
            incomings = [
                Incoming(raws[uid], message_source, ledger.on_stored(uidvalidity, uid))
                for uid in fetched
            ]
            understanding = workers.submit([i.raw for i in incomings]) if workers else None
            if ahead is not None:
                await accept(ahead)
            ahead = (fetched, incomings, understanding)
        if ahead is not None:
            await accept(ahead)
    finally:
        await asyncio.to_thread(connection.close)
    if stop is None or not stop.is_set():
        await pipeline.runner.run_due()
    return report


def _skip_stored(
    db: Database, ledger: FolderLedger, uidvalidity: int, headers: dict[int, bytes]
) -> tuple[list[int], list[int]]:
    """UIDs whose Message-ID is not stored yet, and the others, recorded as duplicates."""
    parser = BytesHeaderParser(policy=compat32)
    ids: dict[int, str] = {}
    for uid, header_bytes in headers.items():
        header = parser.parsebytes(header_bytes).get("Message-ID")
        if header is not None:
            ids[uid] = message_id_from(str(header), b"")
    with db.session() as session:
        rows = session.execute(
            select(MessageRow.message_id, MessageRow.id).where(
                MessageRow.message_id.in_(set(ids.values()))
            )
        )
        stored = {message_id: pk for message_id, pk in rows}
        fresh: list[int] = []
        known: list[int] = []
        for uid in sorted(headers):
            pk = stored.get(ids.get(uid, ""))
            if pk is None:
                fresh.append(uid)  # no Message-ID: only the body can tell
                continue
            ledger.record_seen(session, uidvalidity, uid, "duplicate", pk)
            known.append(uid)
    return fresh, known
