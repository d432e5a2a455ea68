"""A person regrouping messages: detach one linked to the wrong meeting, merge two meetings.

Either way the meeting's record is rebuilt from the messages it keeps, merged in the
order they arrived, with the corrections in force laid over it; and a marker row in
the corrections table keeps later linking (a follow-up, `meetbot reprocess`) from
undoing what the person did.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.meetings.audit import record_audit
from bot.meetings.corrections import STATUS
from bot.meetings.meeting import MeetingStatus
from bot.meetings.merge import merge_records
from bot.store.tables import AssignmentRow, CorrectionRow, MeetingRow, MessageRow
from bot.understanding.record import MeetingRecord, MessageKind

MERGED_INTO = "merged_into"
# Kinds whose record is merged into their meeting (as bot.meetings.repository merges them).
_NOT_MERGED = frozenset({MessageKind.CIRCULAR, MessageKind.REPORT, MessageKind.OTHER})


def detached_field(message_pk: int) -> str:
    return f"detach:{message_pk}"


def detach(session: Session, message_pk: int, *, by: str, now: dt.datetime) -> int:
    """Unlink a message from its meeting and rebuild the meeting; its id.

    Raises LookupError when the message is unknown or linked to no meeting.
    """
    message = session.get(MessageRow, message_pk)
    if message is None or message.meeting_id is None:
        raise LookupError(f"message {message_pk} is linked to no meeting")
    row = session.get_one(MeetingRow, message.meeting_id)
    message.meeting_id = None
    message.meeting = None
    _mark(session, row.id, detached_field(message_pk), message_pk, by=by, now=now)
    session.flush()
    before = dict(row.record)
    rebuild(session, row)
    row.revision += 1
    record_audit(
        session,
        actor=by,
        action="detach",
        meeting_id=row.id,
        subject=f"message {message.message_id}",
        before={"record": before},
        after={"record": row.record},
        now=now,
    )
    session.flush()
    return row.id


def merge_meetings(
    session: Session, keep_id: int, other_id: int, *, by: str, now: dt.datetime
) -> None:
    """Fold `other_id` into `keep_id`: its messages, delegates and holds; `other_id` is
    cancelled (its delegates get a cancellation, and the invitation of the meeting kept)."""
    if keep_id == other_id:
        raise ValueError("a meeting cannot be merged into itself")
    keep, other = session.get(MeetingRow, keep_id), session.get(MeetingRow, other_id)
    if keep is None or other is None:
        raise LookupError(f"no meeting with id {other_id if keep else keep_id}")
    session.execute(
        update(MessageRow).where(MessageRow.meeting_id == other_id).values(meeting_id=keep_id)
    )
    assigned = _assigned(session, keep_id)
    for key in _assigned(session, other_id) - assigned:
        session.add(AssignmentRow(meeting_id=keep_id, delegate_key=key, assigned_at=now))
    if not other.approved:
        keep.approved = False
        keep.approval_reasons = list(
            dict.fromkeys([*keep.approval_reasons, *other.approval_reasons])
        )
    session.expire_all()  # the bulk update moved messages behind the session's back
    keep = session.get_one(MeetingRow, keep_id)
    other = session.get_one(MeetingRow, other_id)
    before = dict(keep.record)
    rebuild(session, keep)
    keep.revision += 1
    _mark(session, other_id, MERGED_INTO, keep_id, by=by, now=now)
    _mark(session, other_id, STATUS, MeetingStatus.CANCELLED.value, by=by, now=now)
    other.status = MeetingStatus.CANCELLED.value
    other.revision += 1
    for meeting_id, after in ((keep_id, {"record": keep.record}), (other_id, None)):
        record_audit(
            session,
            actor=by,
            action="merge",
            meeting_id=meeting_id,
            subject=f"#{other_id} into #{keep_id}",
            before={"record": before} if meeting_id == keep_id else None,
            after=after,
            now=now,
        )
    session.flush()


def rebuild(session: Session, row: MeetingRow) -> None:
    """The record merged again from the meeting's messages, corrections laid over it."""
    messages = session.scalars(
        select(MessageRow)
        .where(MessageRow.meeting_id == row.id, MessageRow.extraction.is_not(None))
        .order_by(MessageRow.id)
    )
    record: MeetingRecord | None = None
    for message in messages:
        extraction: dict[str, Any] = message.extraction or {}
        kind = MessageKind(extraction.get("kind", MessageKind.OTHER.value))
        said = MeetingRecord.from_json(extraction.get("meeting") or {})
        if record is None:
            record = said
        elif kind not in _NOT_MERGED:
            record = merge_records(record, said, kind=kind).record
    rebuilt = (record or MeetingRecord()).to_json()
    for correction in _in_force(session, row.id):
        if correction.field in rebuilt:
            rebuilt[correction.field] = correction.value["value"]
    row.record = rebuilt


def merged_into(session: Session, meeting_id: int) -> int | None:
    """The meeting a merged one now lives in, for follow-ups that still point at it."""
    for correction in _in_force(session, meeting_id):
        if correction.field == MERGED_INTO:
            return int(correction.value["value"])
    return None


def was_detached(session: Session, message_pk: int, meeting_id: int) -> bool:
    query = select(CorrectionRow.id).where(
        CorrectionRow.meeting_id == meeting_id,
        CorrectionRow.field == detached_field(message_pk),
        CorrectionRow.undone_at.is_(None),
    )
    return session.scalar(query) is not None


def _mark(
    session: Session, meeting_id: int, field: str, value: Any, *, by: str, now: dt.datetime
) -> None:
    session.add(
        CorrectionRow(
            meeting_id=meeting_id,
            field=field,
            value={"value": value},
            before={"value": None},
            by=by,
            created_at=now,
        )
    )


def _in_force(session: Session, meeting_id: int) -> list[CorrectionRow]:
    query = select(CorrectionRow).where(
        CorrectionRow.meeting_id == meeting_id, CorrectionRow.undone_at.is_(None)
    )
    return list(session.scalars(query.order_by(CorrectionRow.id)))


def _assigned(session: Session, meeting_id: int) -> set[str]:
    query = select(AssignmentRow.delegate_key).where(
        AssignmentRow.meeting_id == meeting_id, AssignmentRow.removed_at.is_(None)
    )
    return set(session.scalars(query))
