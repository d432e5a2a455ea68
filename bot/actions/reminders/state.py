"""What people and earlier runs decided: deadlines done or snoozed, reminders sent.

`reminders_sent` holds one row per reminder and recipient ("<reminder key>><address>"),
so a reminder that reached two chats of three is completed, not repeated, on retry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.actions.reminders.facts import Facts
from bot.store.tables import DeadlineStateRow, MeetingNoticeRow, ReminderSentRow

SUPERSEDED = "superseded"  # channel of a reminder not sent because a later one was due


@dataclass(frozen=True)
class Told:
    """What the chat was last told of a meeting."""

    facts: Facts
    held_reasons: tuple[str, ...]


def last_told(session: Session, meeting_id: int) -> Told | None:
    row = session.get(MeetingNoticeRow, meeting_id)
    if row is None:
        return None
    facts = Facts(
        {str(k): str(v) for k, v in row.facts.items()},
        {str(k): str(v) for k, v in row.targets.items()},
    )
    return Told(facts, tuple(row.held_reasons))


def record_told(session: Session, meeting_id: int, told: Told) -> None:
    row = session.get(MeetingNoticeRow, meeting_id)
    if row is None:
        row = MeetingNoticeRow(meeting_id=meeting_id)
        session.add(row)
    row.facts = dict(told.facts.values)
    row.targets = dict(told.facts.targets)
    row.held_reasons = list(told.held_reasons)


@dataclass(frozen=True)
class TargetState:
    done_at: dt.datetime | None
    done_by: str | None
    snoozed_until: dt.datetime | None


def delivery_key(reminder_key: str, address: str) -> str:
    return f"{reminder_key}>{address}"


def delivered(session: Session, key: str) -> bool:
    return (
        session.scalar(select(ReminderSentRow.id).where(ReminderSentRow.reminder_key == key))
        is not None
    )


def record_delivery(
    session: Session, key: str, *, meeting_id: int | None, channel: str, at: dt.datetime
) -> None:
    if not delivered(session, key):
        session.add(
            ReminderSentRow(reminder_key=key, meeting_id=meeting_id, channel=channel, sent_at=at)
        )


def handled(session: Session, reminder_key: str) -> bool:
    """Whether the reminder went to anyone, or was superseded by a later one."""
    prefix = f"{reminder_key}>"
    found = session.scalar(
        select(ReminderSentRow.id).where(
            ReminderSentRow.reminder_key.startswith(prefix, autoescape=True)
        )
    )
    return found is not None


def deliveries_since(session: Session, prefix: str, since: dt.datetime) -> list[ReminderSentRow]:
    return list(
        session.scalars(
            select(ReminderSentRow)
            .where(ReminderSentRow.reminder_key.startswith(prefix, autoescape=True))
            .where(ReminderSentRow.sent_at >= since)
            .order_by(ReminderSentRow.sent_at)
        )
    )


def target_states(session: Session, meeting_id: int) -> dict[str, TargetState]:
    rows = session.scalars(
        select(DeadlineStateRow).where(DeadlineStateRow.meeting_id == meeting_id)
    )
    return {
        row.deadline_key: TargetState(row.done_at, row.done_by, row.snoozed_until) for row in rows
    }


def mark_done(
    session: Session, meeting_id: int, target_key: str, *, by: str, at: dt.datetime
) -> bool:
    """Record the target as done; False when it already was."""
    row = _state_row(session, meeting_id, target_key)
    if row.done_at is not None:
        return False
    row.done_at = at
    row.done_by = by
    row.snoozed_until = None
    return True


def snooze(session: Session, meeting_id: int, target_key: str, *, until: dt.datetime) -> None:
    _state_row(session, meeting_id, target_key).snoozed_until = until


def _state_row(session: Session, meeting_id: int, target_key: str) -> DeadlineStateRow:
    row = session.scalar(
        select(DeadlineStateRow)
        .where(DeadlineStateRow.meeting_id == meeting_id)
        .where(DeadlineStateRow.deadline_key == target_key)
    )
    if row is None:
        row = DeadlineStateRow(meeting_id=meeting_id, deadline_key=target_key)
        session.add(row)
    return row
