"""The values of a meeting a person should check before its delegates get them.

Extraction gives every value a confidence; one under the review threshold is marked
`needs_review` (as `meetbot extract` shows it) and stays so until a person confirms or
corrects it. Both store a correction in force that pins the field (see corrections),
so a pinned field needs no review, whatever confidence its value had.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.meetings.corrections import CORRECTABLE_FIELDS, pinned_fields
from bot.meetings.meeting import MeetingStatus
from bot.store.tables import CorrectionRow, MeetingRow
from bot.understanding.record import MeetingRecord


@dataclass(frozen=True)
class ValueToReview:
    field: str
    value: Any  # the JSON form: the value, or the items of a list field
    source: str | None  # for a list, the sources of the doubtful items
    confidence: float  # for a list, its least sure item's
    reasons: tuple[str, ...]


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
            found.append(
                ValueToReview(
                    name, value["value"], value["source"], float(value["confidence"]), reasons
                )
            )
    return found


def values_to_review(session: Session, meeting_id: int, threshold: float) -> list[ValueToReview]:
    """A meeting's values that need review; LookupError for an unknown meeting."""
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise LookupError(f"no meeting with id {meeting_id}")
    record = MeetingRecord.from_json(row.record)
    return doubtful_values(record, threshold, pinned_fields(session, meeting_id))


def meetings_to_review(session: Session, threshold: float) -> list[MeetingToReview]:
    """Scheduled meetings with values that need review, by id (a cancelled or postponed
    meeting sends no invitation to hold)."""
    rows = session.scalars(
        select(MeetingRow)
        .where(MeetingRow.status == MeetingStatus.SCHEDULED.value)
        .order_by(MeetingRow.id)
    )
    pinned: defaultdict[int, set[str]] = defaultdict(set)
    for meeting_id, field in session.execute(
        select(CorrectionRow.meeting_id, CorrectionRow.field).where(
            CorrectionRow.undone_at.is_(None)
        )
    ):
        pinned[meeting_id].add(field)
    found = []
    for row in rows:
        record = MeetingRecord.from_json(row.record)
        values = doubtful_values(record, threshold, frozenset(pinned[row.id]))
        if values:
            found.append(MeetingToReview(row.id, record, tuple(values)))
    return found
