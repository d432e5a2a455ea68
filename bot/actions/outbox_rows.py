"""The outbox's rows in the store: their states, the moves sending makes between them
(claimed with a lease, sent, failed and retried after a backoff) and their health."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from bot.actions.mailer import Refusal
from bot.backoff import retry_delay
from bot.errors import DeliveryError
from bot.store.database import Database
from bot.store.tables import OutboxRow
from bot.types import Clock

log = logging.getLogger(__name__)

PENDING = "pending"
HELD = "held"
SENT = "sent"
FAILED = "failed"
SUPERSEDED = "superseded"

# Twelve attempts with doubling waits capped at an hour span about six hours: long
# enough to ride out a mail server's maintenance window, short enough that a
# message nobody can deliver is reported the same working day.
MAX_ATTEMPTS = 12
FIRST_RETRY_SECONDS = 60.0
LONGEST_RETRY_SECONDS = 3600.0
# A claimed row is left alone by other processes this long; a process that dies
# while sending gives the row back when the lease runs out.
CLAIM_LEASE = dt.timedelta(minutes=10)
# An outgoing mail still pending after this long is stuck, whatever the reason.
STALE_OUTBOX_AFTER = dt.timedelta(hours=1)


@dataclass(frozen=True)
class OutboxHealth:
    stale: int  # pending longer than STALE_OUTBOX_AFTER
    oldest_pending_at: dt.datetime | None
    failed: int  # given up after the last attempt

    @property
    def healthy(self) -> bool:
        return self.stale == 0


def outbox_health(session: Session, now: dt.datetime) -> OutboxHealth:
    oldest = session.scalar(
        select(func.min(OutboxRow.created_at)).where(OutboxRow.status == PENDING)
    )
    stale = session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.status == PENDING, OutboxRow.created_at < now - STALE_OUTBOX_AFTER)
    )
    failed = session.scalar(
        select(func.count()).select_from(OutboxRow).where(OutboxRow.status == FAILED)
    )
    return OutboxHealth(int(stale or 0), oldest, int(failed or 0))


def waiting_and_held(db: Database) -> tuple[int, int]:
    """How many rows wait to be sent, and how many are held for approval."""
    with db.session() as session:
        rows = session.execute(
            select(OutboxRow.status, func.count())
            .where(OutboxRow.status.in_((PENDING, HELD)))
            .group_by(OutboxRow.status)
        ).all()
    counts = {status: count for status, count in rows}
    return counts.get(PENDING, 0), counts.get(HELD, 0)


def due_ids(db: Database, now: dt.datetime) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(OutboxRow.id)
                .where(OutboxRow.status == PENDING, due(now))
                .order_by(OutboxRow.id)
            )
        )


def claim(db: Database, row_id: int, now: dt.datetime) -> tuple[bytes, list[str]] | None:
    """Take the row for sending, unless another process took it or it went away."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == row_id, OutboxRow.status == PENDING, due(now))
            .values(next_attempt_at=now + CLAIM_LEASE)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        row = session.get_one(OutboxRow, row_id)
        return row.raw, [str(r) for r in row.recipients]


def record_sent(db: Database, clock: Clock, row_id: int, refusals: list[Refusal]) -> None:
    now = clock.now()
    with db.session() as session:
        row = session.get_one(OutboxRow, row_id)
        row.status = SENT
        row.sent_at = now
        row.attempts += 1
        row.next_attempt_at = None
        row.last_error = (
            "; ".join(f"{r.recipient} refused: {r.code} {r.message}" for r in refusals)
            if refusals
            else None
        )
    if refusals:
        log.warning("outbox #%d sent, but %d recipient(s) refused", row_id, len(refusals))


def record_attempt_failed(db: Database, clock: Clock, row_id: int, error: DeliveryError) -> bool:
    """Count a failed attempt; True when this was the last one."""
    now = clock.now()
    with db.session() as session:
        row = session.get_one(OutboxRow, row_id)
        row.attempts += 1
        row.last_error = str(error)
        if row.attempts >= MAX_ATTEMPTS:
            row.status = FAILED
            row.next_attempt_at = None
            log.error(
                "outbox #%d failed for good after %d attempts: %s", row_id, row.attempts, error
            )
            return True
        delay = retry_delay(
            row.attempts, initial=FIRST_RETRY_SECONDS, maximum=LONGEST_RETRY_SECONDS
        )
        row.next_attempt_at = now + dt.timedelta(seconds=delay)
        log.warning("outbox #%d not sent (attempt %d): %s", row_id, row.attempts, error)
        return False


def due(now: dt.datetime) -> ColumnElement[bool]:
    return or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now)
