"""The outbox as people see it: every outgoing mail with its state, retry, the raw mail."""

from __future__ import annotations

from sqlalchemy import select

from bot.actions.outbox_rows import FAILED, PENDING
from bot.app import App
from bot.meetings.audit import record_audit
from bot.store.database import Database
from bot.store.tables import OutboxRow

SHOWN = 200  # the newest; older mail is in the store for whoever needs it


def outbox_rows(db: Database, *, status: str | None = None) -> list[OutboxRow]:
    query = select(OutboxRow)
    if status:
        query = query.where(OutboxRow.status == status)
    with db.session() as session:
        return list(session.scalars(query.order_by(OutboxRow.id.desc()).limit(SHOWN)))


def raw_mail(db: Database, row_id: int) -> bytes:
    with db.session() as session:
        row = session.get(OutboxRow, row_id)
        if row is None:
            raise LookupError(f"no outgoing mail #{row_id}")
        return row.raw


async def retry_mail(app: App, row_id: int, *, by: str) -> str:
    """Send a failed mail again now; returns its state afterwards."""
    with app.db.session() as session:
        row = session.get(OutboxRow, row_id)
        if row is None:
            raise LookupError(f"no outgoing mail #{row_id}")
        if row.status == FAILED:
            row.status, row.attempts, row.next_attempt_at = PENDING, 0, None
            record_audit(
                session,
                actor=by,
                action="retry mail",
                meeting_id=row.meeting_id,
                subject=f"outbox #{row_id}",
                before={"status": FAILED, "error": row.last_error},
                now=app.clock.now(),
            )
    await app.outbox.flush()
    with app.db.session() as session:
        return session.get_one(OutboxRow, row_id).status
