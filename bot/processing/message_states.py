"""A stored message's processing state, read and set in the store: its attempts counted
(or the message quarantined), a failure recorded, whether it still waits."""

from __future__ import annotations

import logging

from sqlalchemy import select

from bot.processing.outcome import Outcome, OutcomeStatus, described, failed
from bot.store.attempts import begin_attempt
from bot.store.database import Database
from bot.store.messages import raw_bytes
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow
from bot.types import Clock

log = logging.getLogger(__name__)


def begin_processing(db: Database, pk: int, *, by_person: bool = False) -> Outcome | None:
    """Count a processing run of the message, committed before it starts; the
    quarantined Outcome when the message is set aside instead."""
    with db.session() as session:
        row = session.get_one(MessageRow, pk)
        if begin_attempt(row, by_person=by_person):
            return None
        log.error("message quarantined", extra={"message_id": row.message_id, "reason": row.error})
        return Outcome(row.id, row.message_id, OutcomeStatus.QUARANTINED, error=row.error)


def record_failure(db: Database, clock: Clock, pk: int, exc: Exception) -> Outcome:
    """The message failed with `exc` after reading: kept as failed, with the reason."""
    with db.session() as session:
        row = session.get_one(MessageRow, pk)
        row.processed_at = clock.now()
        return failed(row, "storing the results", *described(exc))


def stored_raw(db: Database, pk: int) -> bytes:
    with db.session() as session:
        return raw_bytes(session.get_one(MessageRow, pk))


def pending_messages(db: Database) -> list[int]:
    """The messages stored and not yet understood, oldest first."""
    with db.session() as session:
        query = select(MessageRow.id).where(MessageRow.status == MessageStatus.STORED)
        return list(session.scalars(query.order_by(MessageRow.id)))
