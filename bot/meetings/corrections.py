"""A person's corrections of a meeting's values.

A correction replaces the field's value in the meeting record at once and pins the
field: later merges (a follow-up, `meetbot reprocess`) keep the corrected value
instead of what extraction found (see `merge_records(pinned=...)`). Undoing a
correction puts back the value it replaced and unpins the field. "Not a meeting" is a
correction of the status to cancelled, so delegates get cancellations and a later
message does not revive it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.meetings.audit import record_audit
from bot.meetings.correctable import CORRECTABLE_FIELDS as CORRECTABLE_FIELDS
from bot.meetings.field_names import field_name
from bot.meetings.meeting import MeetingStatus
from bot.meetings.merge import VISIBLE_FIELDS, resolve_deadlines
from bot.meetings.typed_values import (
    TypedValueError,
    check_meeting_year,
    typed_count,
    typed_deadlines,
    typed_mode,
    typed_url,
    typed_when,
    typed_zone,
)
from bot.store.tables import CorrectionRow, MeetingRow, MeetingValueRow
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.types import day_of

STATUS = "status"
_WHEN_FIELDS = frozenset({"start", "end", "registration_deadline"})
LIST_FIELDS = frozenset({"online_meetings", "deadlines"})
_URL_FIELDS = frozenset({"registration_url", "documents_url"})


class CorrectionError(ValueError):
    """A correction that cannot be applied: an unknown field or a value that does not parse."""


def correct(
    session: Session,
    meeting_id: int,
    field: str,
    text: str,
    *,
    by: str,
    now: dt.datetime,
    zone: str = "Asia/Bangkok",
    reason: str | None = None,
) -> CorrectionRow:
    """Store `text` as the value of `field` and pin it; raises CorrectionError for a bad
    field or value, LookupError for an unknown meeting.

    A date with a time is read in `zone` (the organiser's, as the form says it).
    """
    if field not in CORRECTABLE_FIELDS:
        raise CorrectionError(f"{field} cannot be corrected (these can: {CORRECTABLE_FIELDS})")
    row = _meeting_row(session, meeting_id)
    value = _json_value(field, text.strip(), zone, by=by, today=now.date())
    updated = dict(row.record)
    updated[field] = value
    try:
        record = MeetingRecord.from_json(updated)
    except (ValueError, KeyError, TypeError) as exc:
        raise CorrectionError(f"{field_name(field)}: {exc}") from exc
    # Only a typed end is checked: a start moved later leaves the old end behind until the
    # officer corrects it next, and refusing that would force an order on them.
    if field in LIST_FIELDS:
        _check_list(field, record, now.date())
    if field == "end" and _ends_before_it_starts(record):
        raise CorrectionError(
            f"{field_name(field)}: วันสิ้นสุดก่อนวันเริ่มประชุม / the meeting would end before it starts"
        )
    record = replace(record, deadlines=resolve_deadlines(record))
    return _store(session, row, field, record.to_json(), by=by, now=now, reason=reason)


def confirm(
    session: Session, meeting_id: int, field: str, *, by: str, now: dt.datetime
) -> CorrectionRow:
    """A person checked the value and it is right: it keeps its source and is pinned, so
    later mail does not change it (a value extraction doubted is reviewed this way)."""
    if field not in CORRECTABLE_FIELDS:
        raise CorrectionError(f"{field} cannot be confirmed (these can: {CORRECTABLE_FIELDS})")
    row = _meeting_row(session, meeting_id)
    current = _current(row, field)
    correction = CorrectionRow(
        meeting_id=row.id,
        field=field,
        value=current,
        before=current,
        by=by,
        reason="confirmed",
        created_at=now,
    )
    session.add(correction)
    record_audit(
        session,
        actor=by,
        action="confirm",
        meeting_id=row.id,
        subject=field,
        before=current,
        after=current,
        now=now,
    )
    session.flush()
    return correction


def not_a_meeting(
    session: Session, meeting_id: int, *, by: str, now: dt.datetime, reason: str | None = None
) -> CorrectionRow:
    """Mark a meeting as no meeting at all: cancelled, and kept so by later mail."""
    row = _meeting_row(session, meeting_id)
    return _store(session, row, STATUS, None, by=by, now=now, reason=reason)


def undo(session: Session, correction_id: int, *, by: str, now: dt.datetime) -> CorrectionRow:
    """Put back the value a correction replaced; raises LookupError when it is not in force."""
    correction = session.get(CorrectionRow, correction_id)
    if correction is None or correction.undone_at is not None:
        raise LookupError(f"no correction {correction_id} in force")
    if correction.field not in (*CORRECTABLE_FIELDS, STATUS):
        # A detachment or a merge: undone by linking or merging again, not here.
        raise LookupError(f"correction {correction_id} ({correction.field}) cannot be undone")
    row = _meeting_row(session, correction.meeting_id)
    current = _current(row, correction.field)
    if correction.field == STATUS:
        row.status = str(correction.before["value"])
    else:
        updated = dict(row.record)
        updated[correction.field] = correction.before["value"]
        row.record = updated
        _history(session, row, correction.field, correction.before["value"], correction.id)
    correction.undone_at = now
    correction.undone_by = by
    row.revision += 1
    record_audit(
        session,
        actor=by,
        action="undo",
        meeting_id=row.id,
        subject=correction.field,
        before=current,
        after=correction.before,
        now=now,
    )
    session.flush()
    return correction


def pinned_fields(session: Session, meeting_id: int) -> frozenset[str]:
    """The fields of a meeting that a correction in force holds."""
    return pinned_fields_of(session, [meeting_id]).get(meeting_id, frozenset())


def pinned_fields_of(
    session: Session, meeting_ids: Sequence[int] | Select[int]
) -> dict[int, frozenset[str]]:
    """`pinned_fields` of each of the meetings that has any, in one query; the meetings
    by their ids, or by a query that selects them."""
    found: defaultdict[int, set[str]] = defaultdict(set)
    query = select(CorrectionRow.meeting_id, CorrectionRow.field).where(
        CorrectionRow.meeting_id.in_(meeting_ids), CorrectionRow.undone_at.is_(None)
    )
    for meeting_id, field in session.execute(query):
        found[meeting_id].add(field)
    return {meeting_id: frozenset(fields) for meeting_id, fields in found.items()}


def corrections_of(session: Session, meeting_id: int) -> list[CorrectionRow]:
    """Every correction of a meeting, in force or undone, newest first."""
    query = select(CorrectionRow).where(CorrectionRow.meeting_id == meeting_id)
    return list(session.scalars(query.order_by(CorrectionRow.id.desc())))


def _store(
    session: Session,
    row: MeetingRow,
    field: str,
    record_json: dict[str, Any] | None,
    *,
    by: str,
    now: dt.datetime,
    reason: str | None,
) -> CorrectionRow:
    before = _current(row, field)
    if record_json is None:  # the status
        after = {"value": MeetingStatus.CANCELLED.value}
        row.status = MeetingStatus.CANCELLED.value
    else:
        after = {"value": record_json[field]}
        row.record = record_json
    for earlier in session.scalars(
        select(CorrectionRow).where(
            CorrectionRow.meeting_id == row.id,
            CorrectionRow.field == field,
            CorrectionRow.undone_at.is_(None),
        )
    ):
        earlier.undone_at, earlier.undone_by = now, by  # superseded by this one
    correction = CorrectionRow(
        meeting_id=row.id,
        field=field,
        value=after,
        before=before,
        by=by,
        reason=reason or None,
        created_at=now,
    )
    session.add(correction)
    session.flush()
    if field != STATUS:
        _history(session, row, field, after["value"], correction.id)
    if field in VISIBLE_FIELDS or field == STATUS:
        row.revision += 1
    record_audit(
        session,
        actor=by,
        action="not a meeting" if field == STATUS else "correct",
        meeting_id=row.id,
        subject=field,
        before=before,
        after=after,
        now=now,
    )
    session.flush()
    return correction


def _ends_before_it_starts(record: MeetingRecord) -> bool:
    if record.start is None or record.end is None:
        return False
    start, end = record.start.value, record.end.value
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        return end < start
    # A day against a moment: compared by day, as the organiser wrote each.
    end_day, start_day = day_of(end), day_of(start)
    return end_day is not None and start_day is not None and end_day < start_day


def _current(row: MeetingRow, field: str) -> dict[str, Any]:
    if field == STATUS:
        return {"value": row.status}
    return {"value": row.record.get(field)}


def _history(session: Session, row: MeetingRow, field: str, value: Any, correction_id: int) -> None:
    stored = value if isinstance(value, dict) else {"items": value}
    session.add(
        MeetingValueRow(
            meeting=row, field=field, value=stored, message_id=f"correction:{correction_id}"
        )
    )


def _meeting_row(session: Session, meeting_id: int) -> MeetingRow:
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise LookupError(f"no meeting with id {meeting_id}")
    return row


def _json_value(field: str, text: str, zone: str, *, by: str, today: dt.date) -> Any:
    source = f"แก้ไขโดย {by} / corrected by {by}"
    if field in LIST_FIELDS:
        items = _items(field, text, zone, today)
        return [{**item, "source": source, "confidence": 1.0} for item in items]
    if not text:
        return {"value": None, "source": None, "confidence": None}
    return {"value": _scalar(field, text, zone, today), "source": source, "confidence": 1.0}


def _items(field: str, text: str, zone: str, today: dt.date) -> list[Any]:
    """Deadlines a line each as people type them; online sessions (and deadlines from
    the command line's habit) as a JSON list."""
    if field == "deadlines" and not text.lstrip().startswith("["):
        try:
            return typed_deadlines(text, zone, today=today)
        except TypedValueError as exc:
            raise CorrectionError(f"{field_name(field)}: {exc}") from exc
    try:
        items = json.loads(text or "[]")
    except json.JSONDecodeError as exc:
        raise CorrectionError(
            f"{field_name(field)}: ไม่ใช่รายการ JSON / not a JSON list ({exc.msg})"
        ) from exc
    if not isinstance(items, list):
        raise CorrectionError(f"{field_name(field)}: ไม่ใช่รายการ JSON / not a JSON list")
    return items


def _check_list(field: str, record: MeetingRecord, today: dt.date) -> None:
    """A list as the command line types it, JSON, held to the form's rules: a meeting's
    years, and links a browser opens where meetbot reads them."""
    sessions = record.online_meetings if field == "online_meetings" else ()
    moments = [d.due for d in record.deadlines] if field == "deadlines" else []
    moments += [m for s in sessions for m in (s.start, s.end)]
    try:
        for url in (s.url for s in sessions if s.url is not None):
            typed_url(url)
        for moment in moments:
            if (day := day_of(moment)) is not None:
                check_meeting_year(day, str(moment), today)
    except TypedValueError as exc:
        raise CorrectionError(f"{field_name(field)}: {exc}") from exc


def _scalar(field: str, text: str, zone: str, today: dt.date) -> Any:
    try:
        if field in _WHEN_FIELDS:
            return typed_when(text, zone, today=today)
        if field in _URL_FIELDS:
            return typed_url(text)
        if field == "mode":
            return typed_mode(text)
        if field == "delegates_requested":
            return typed_count(text)
        if field == "timezone":
            return typed_zone(text)
    except TypedValueError as exc:
        raise CorrectionError(f"{field_name(field)}: {exc}") from exc
    return text
