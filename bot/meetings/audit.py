"""The audit log: every change a person made to a meeting, with before → after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.tables import AuditRow


def record_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    now: dt.datetime,
    meeting_id: int | None = None,
    subject: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditRow:
    row = AuditRow(
        meeting_id=meeting_id,
        actor=actor,
        action=action,
        subject=subject,
        before=before,
        after=after,
        at=now,
    )
    session.add(row)
    return row


def audit_of(session: Session, meeting_id: int) -> list[AuditRow]:
    """The meeting's audit log, newest first."""
    query = select(AuditRow).where(AuditRow.meeting_id == meeting_id)
    return list(session.scalars(query.order_by(AuditRow.at.desc(), AuditRow.id.desc())))
