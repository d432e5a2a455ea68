"""The values of a meeting a person should check before its delegates get them.

Extraction gives every value a confidence; one under the review threshold, or carrying
a `review` note (the meeting it belongs to is in doubt), is marked `needs_review` (as
`meetbot extract` shows it) and stays so until a person confirms or corrects it. Both
store a correction in force that pins the field (see corrections),
so a pinned field needs no review, whatever confidence its value had.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from bot.meetings.corrections import (
    CORRECTABLE_FIELDS,
    LIST_FIELDS,
    pinned_fields,
    pinned_fields_of,
)
from bot.meetings.meeting import MeetingStatus
from bot.store.tables import MeetingRow, MessageRow
from bot.understanding.record import MeetingRecord


@dataclass(frozen=True)
class ValueToReview:
    field: str
    value: Any  # the JSON form: the value, or the items of a list field
    source: str | None  # for a list, the sources of the doubtful items
    confidence: float  # for a list, its least sure item's
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MessageToLink:
    """A message no meeting was made of or found for, that a person should join to its
    meeting by hand (a Thai letter of a kind that makes none, naming no stored meeting
    clearly)."""

    message_pk: int
    subject: str
    kind: str
    date: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class MeetingToReview:
    meeting_id: int
    record: MeetingRecord
    values: tuple[ValueToReview, ...]


def doubtful_values(
    record: MeetingRecord, threshold: float, checked: frozenset[str]
) -> list[ValueToReview]:
    """The values of `record` under `threshold` in fields a person may confirm or correct,
    leaving out the `checked` (pinned) fields."""
    data = record.to_json(threshold)
    found = []
    for name in CORRECTABLE_FIELDS:
        value = data[name]
        if name in checked:
            continue
        if isinstance(value, list):
            doubtful = [item for item in value if item.get("needs_review")]
            if doubtful:
                sources = "; ".join(str(item["source"]) for item in doubtful if item.get("source"))
                least = min(float(item["confidence"]) for item in doubtful)
                found.append(ValueToReview(name, value, sources or None, least, ()))
        elif value.get("needs_review"):
            reasons = tuple(str(r) for r in value.get("reasons", ()))
            if value.get("review"):
                reasons = (*reasons, str(value["review"]))
            found.append(
                ValueToReview(
                    name, value["value"], value["source"], float(value["confidence"]), reasons
                )
            )
    return found


def has_doubtful_value(data: dict[str, Any], threshold: float, checked: frozenset[str]) -> bool:
    """Whether `doubtful_values` finds any in the record stored as `data` (its JSON form):
    read from the confidences stored, without building the record, for lists that ask it
    of thousands of meetings."""
    for name in CORRECTABLE_FIELDS:
        if name in checked:
            continue
        value = data.get(name)
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, dict):
                continue
            if item.get("review"):
                return True  # a person must check it, however sure the reading
            confidence = item.get("confidence")
            if isinstance(confidence, int | float) and confidence < threshold:
                return True
    return False


def values_to_review(session: Session, meeting_id: int, threshold: float) -> list[ValueToReview]:
    """A meeting's values that need review; LookupError for an unknown meeting."""
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise LookupError(f"no meeting with id {meeting_id}")
    record = MeetingRecord.from_json(row.record)
    return doubtful_values(record, threshold, pinned_fields(session, meeting_id))


def is_past(today: dt.date, *, past: bool = True) -> ColumnElement[bool]:
    """The meeting's last day (its end, else its start) is before `today` (with `past`
    False: it is not). The values are ISO text, so a day compares as their prefix; a
    meeting without dates is not past."""
    last = func.coalesce(MeetingRow.record[("end", "value")].as_string(), MeetingRow.start_key)
    if past:
        return last < today.isoformat()
    return or_(last.is_(None), last >= today.isoformat())


def meetings_to_review(
    session: Session, threshold: float, *, today: dt.date
) -> list[MeetingToReview]:
    """Scheduled meetings not yet past with values that need review, by id (a cancelled or
    postponed meeting sends no invitation to hold, a past one none any more)."""
    query = select(MeetingRow.id, MeetingRow.record).where(under_review(today))
    pinned = pinned_fields_of(session, query.with_only_columns(MeetingRow.id))
    found = []
    for meeting_id, data in session.execute(query.order_by(MeetingRow.id)):
        checked = pinned.get(meeting_id, frozenset())
        if has_doubtful_value(data, threshold, checked):
            record = MeetingRecord.from_json(data)
            values = doubtful_values(record, threshold, checked)
            found.append(MeetingToReview(meeting_id, record, tuple(values)))
    return found


def under_review(today: dt.date) -> ColumnElement[bool]:
    """The meetings whose values are judged for review: scheduled, not yet past."""
    return and_(MeetingRow.status == MeetingStatus.SCHEDULED.value, is_past(today, past=False))


def judged(
    session: Session, query: Select[MeetingRow], threshold: float, *, doubtful: bool
) -> list[int]:
    """The ids of the meetings `query` selects, in its order, that have a value needing
    review (with `doubtful` False: that have none). The database takes each field's
    confidences out of the stored records, so none is decoded whole: two queries,
    however many meetings there are."""
    confidences = [
        MeetingRow.record[name]
        if name in LIST_FIELDS
        else MeetingRow.record[(name, "confidence")].as_float()
        for name in CORRECTABLE_FIELDS
    ]
    single = [name for name in CORRECTABLE_FIELDS if name not in LIST_FIELDS]
    notes = [MeetingRow.record[(name, "review")].as_string() for name in single]
    columns = query.with_only_columns(MeetingRow.id, *confidences, *notes)
    rows = session.execute(columns).all()
    pinned = pinned_fields_of(session, query.with_only_columns(MeetingRow.id).order_by(None))
    found = []
    for meeting_id, *values in rows:
        # The stored JSON's shape, with nothing but the confidences and review notes in it.
        data = {
            name: value if name in LIST_FIELDS else {"confidence": value}
            for name, value in zip(CORRECTABLE_FIELDS, values, strict=False)
        }
        for name, note in zip(single, values[len(CORRECTABLE_FIELDS) :], strict=True):
            data[name]["review"] = note
        checked = pinned.get(meeting_id, frozenset())
        if has_doubtful_value(data, threshold, checked) is doubtful:
            found.append(meeting_id)
    return found


def messages_to_link(session: Session) -> list[MessageToLink]:
    """The messages waiting to be joined to their meeting by hand, the newest first."""
    query = (
        select(
            MessageRow.id,
            MessageRow.subject,
            MessageRow.kind,
            MessageRow.date,
            MessageRow.review_note,
        )
        .where(MessageRow.review_note.is_not(None), MessageRow.meeting_id.is_(None))
        .order_by(MessageRow.date.desc(), MessageRow.id.desc())
    )
    return [
        MessageToLink(pk, subject, kind or "", date, note or "")
        for pk, subject, kind, date, note in session.execute(query)
    ]
