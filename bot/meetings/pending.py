"""Changes to an approved meeting from mail that is not trusted: kept apart, not merged.

A spoofed "Re:" must not move a meeting or swap its Zoom link. When a message that is not
trusted (see `bot.understanding.trust`) would change a meeting a person can rely on (its
mail was trusted, or a person approved it), the change is stored here as a diff, old →
new per field, and the meeting stays as it was: on the calendar, in the feed, with its
reminders. A person accepts or rejects each pending change by its id; accepting applies
exactly the values that change showed, nothing a later mail brought.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.meetings.field_names import (
    DEADLINE_NAMES,
    MODE_NAMES,
    STATUS_NAMES,
    field_name,
    named,
)
from bot.meetings.meeting import MeetingStatus
from bot.meetings.merge import VISIBLE_FIELDS
from bot.store.tables import MeetingRow, MeetingValueRow, PendingChangeRow
from bot.understanding.browser_url import text_without_links
from bot.understanding.record import MeetingRecord

log = logging.getLogger(__name__)

STATUS = "status"  # the diff's key for a change of the meeting's status (a cancellation)


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any  # the field's JSON form, as MeetingRecord.to_json() writes it
    new: Any


@dataclass(frozen=True)
class HeldChange:
    id: int
    meeting_id: int
    message_id: str
    fields: tuple[FieldChange, ...]
    reasons: tuple[str, ...]
    state: str  # pending, accepted, rejected
    decided_by: str | None


def quarantine(
    session: Session,
    row: MeetingRow,
    *,
    old: MeetingRecord,
    new: MeetingRecord,
    changed: tuple[str, ...],
    status: MeetingStatus | None,
    message_id: str,
    reasons: list[str],
) -> PendingChangeRow:
    """Keep the change apart; `status` is the status the mail would set, or None. A
    message read again (`meetbot reprocess`) asks nothing new: its change, pending or
    decided, is the one returned."""
    known = session.scalar(
        select(PendingChangeRow).where(
            PendingChangeRow.meeting_id == row.id, PendingChangeRow.message_id == message_id
        )
    )
    if known is not None:
        return known
    before, after = old.to_json(), new.to_json()
    diff: dict[str, Any] = {name: {"old": before[name], "new": after[name]} for name in changed}
    if status is not None and status.value != row.status:
        diff[STATUS] = {"old": row.status, "new": status.value}
    pending = PendingChangeRow(meeting=row, message_id=message_id, diff=diff, reasons=reasons)
    session.add(pending)
    return pending


def list_pending(session: Session, meeting_id: int | None = None) -> list[HeldChange]:
    """Changes waiting for a decision, oldest first; of one meeting, or of all."""
    query = select(PendingChangeRow).where(PendingChangeRow.state == "pending")
    if meeting_id is not None:
        query = query.where(PendingChangeRow.meeting_id == meeting_id)
    return [_held(row) for row in session.scalars(query.order_by(PendingChangeRow.id))]


def get_change(session: Session, change_id: int) -> HeldChange:
    """A change, whatever its state; LookupError for an unknown id."""
    row = session.get(PendingChangeRow, change_id)
    if row is None:
        raise LookupError(f"no pending change with id {change_id}")
    return _held(row)


def accept_change(
    session: Session, change_id: int, by: str, *, now: dt.datetime | None = None
) -> HeldChange:
    """Apply exactly the values the change showed to its meeting; the revision rises when a
    delegate would see the difference, so the actions run again. LookupError for an unknown
    id, ValueError for a change already decided."""
    pending = _undecided(session, change_id)
    meeting = session.get_one(MeetingRow, pending.meeting_id)
    record = dict(meeting.record)
    visible = False
    for name, values in pending.diff.items():
        if name == STATUS:
            meeting.status = str(values["new"])
            visible = True
        else:
            record[name] = values["new"]
            visible = visible or name in VISIBLE_FIELDS
        stored = values["new"] if isinstance(values["new"], dict) else {"items": values["new"]}
        session.add(
            MeetingValueRow(
                meeting=meeting, field=name, value=stored, message_id=pending.message_id
            )
        )
    meeting.record = MeetingRecord.from_json(record).to_json()
    if visible:
        meeting.revision += 1
    _decide(pending, "accepted", by, now)
    session.flush()
    log.info("change %d to meeting %d accepted by %s", change_id, meeting.id, by)
    return _held(pending)


def reject_change(
    session: Session, change_id: int, by: str, *, now: dt.datetime | None = None
) -> HeldChange:
    """Drop the change; the meeting stays as it is. LookupError / ValueError as accept."""
    pending = _undecided(session, change_id)
    _decide(pending, "rejected", by, now)
    session.flush()
    log.info("change %d to meeting %d rejected by %s", change_id, pending.meeting_id, by)
    return _held(pending)


def _undecided(session: Session, change_id: int) -> PendingChangeRow:
    pending = session.get(PendingChangeRow, change_id)
    if pending is None:
        raise LookupError(f"no pending change with id {change_id}")
    if pending.state != "pending":
        raise ValueError(f"change {change_id} was already {pending.state} by {pending.decided_by}")
    return pending


def _decide(pending: PendingChangeRow, state: str, by: str, now: dt.datetime | None) -> None:
    pending.state = state
    pending.decided_by = by
    pending.decided_at = now or dt.datetime.now(dt.UTC)


def _held(row: PendingChangeRow) -> HeldChange:
    return HeldChange(
        id=row.id,
        meeting_id=row.meeting_id,
        message_id=row.message_id,
        fields=tuple(FieldChange(name, v["old"], v["new"]) for name, v in row.diff.items()),
        reasons=tuple(str(r) for r in row.reasons or ()),
        state=row.state,
        decided_by=row.decided_by,
    )


# Keys whose stored value is a date or time (ISO text), in a field or in one of its items.
WHEN_KEYS = frozenset({"start", "end", "registration_deadline", "due"})
# Keys whose stored value is a code a person reads by its name.
CODE_NAMES = {"status": STATUS_NAMES, "mode": MODE_NAMES, "kind": DEADLINE_NAMES}


def diff_lines(change: HeldChange, when: Callable[[str], str]) -> list[str]:
    """The change in words, one field a line, old → new, the field's Thai name first; every
    URL as inert text with the host a browser would visit, since the mail that brought it
    is not trusted. `when` writes a stored date or time as people read it (the clock lives
    in the layer above)."""
    return [
        f"{field_name(f.name)}: {_shown(f.name, f.old, when)} → {_shown(f.name, f.new, when)}"
        for f in change.fields
    ]


def _shown(name: str, value: Any, when: Callable[[str], str]) -> str:
    return text_without_links(_plain_text(name, value, when)) or "(none)"


def _plain_text(key: str, value: Any, when: Callable[[str], str]) -> str:
    """A field's JSON form as a person reads it: values only, provenance left out."""
    if isinstance(value, list):
        return "; ".join(_plain_text(key, item, when) for item in value)
    if isinstance(value, dict):
        if "value" in value:
            return _plain_text(key, value["value"], when)
        parts = (_plain_text(k, item, when) for k, item in value.items() if k != "source")
        return " ".join(part for part in parts if part)
    if value is None:
        return ""
    if key in WHEN_KEYS and isinstance(value, str):
        return when(value)
    if key in CODE_NAMES:
        return named(CODE_NAMES[key], str(value))
    return str(value)
