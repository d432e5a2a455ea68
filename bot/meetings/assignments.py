"""Which delegates go to which meeting, kept in the assignments table.

A change of delegates reaches the delegates' calendars (a new attendee is invited,
a removed one gets a cancellation), so it raises the meeting's revision like any
other change they see. A removal keeps its row with `removed_at`, for the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config.settings import Delegate
from bot.errors import MeetingNotFound, UnknownDelegate
from bot.store.tables import AssignmentRow, MeetingRow


@dataclass(frozen=True)
class AssignmentChange:
    meeting_id: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    revision: int  # the meeting's revision after the change

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def assign(
    session: Session,
    meeting_id: int,
    keys: Sequence[str],
    *,
    directory: Sequence[Delegate],
    now: dt.datetime,
) -> AssignmentChange:
    """Assign the delegates `keys` (keys of the directory); those already assigned stay.

    Raises LookupError for an unknown meeting or a key not in the directory.
    """
    known = {delegate.key for delegate in directory}
    unknown = [key for key in keys if key not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or "none: add [[delegates]] to the configuration"
        raise UnknownDelegate(
            f"unknown delegate {', '.join(unknown)} (the directory has: {listed})"
        )
    meeting = _meeting(session, meeting_id)
    rows = _rows(session, meeting_id)
    added = []
    for key in dict.fromkeys(keys):
        row = rows.get(key)
        if row is None:
            session.add(AssignmentRow(meeting_id=meeting_id, delegate_key=key, assigned_at=now))
        elif row.removed_at is not None:
            row.removed_at = None
            row.assigned_at = now
        else:
            continue
        added.append(key)
    return _finish(session, meeting, tuple(added), ())


def unassign(
    session: Session, meeting_id: int, keys: Sequence[str], *, now: dt.datetime
) -> AssignmentChange:
    """Remove the delegates `keys` from the meeting; keys not assigned are ignored."""
    meeting = _meeting(session, meeting_id)
    rows = _rows(session, meeting_id)
    removed = []
    for key in dict.fromkeys(keys):
        row = rows.get(key)
        if row is not None and row.removed_at is None:
            row.removed_at = now
            removed.append(key)
    return _finish(session, meeting, (), tuple(removed))


def _meeting(session: Session, meeting_id: int) -> MeetingRow:
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def _rows(session: Session, meeting_id: int) -> dict[str, AssignmentRow]:
    query = select(AssignmentRow).where(AssignmentRow.meeting_id == meeting_id)
    return {row.delegate_key: row for row in session.scalars(query)}


def _finish(
    session: Session, meeting: MeetingRow, added: tuple[str, ...], removed: tuple[str, ...]
) -> AssignmentChange:
    if added or removed:
        meeting.revision += 1
    session.flush()
    return AssignmentChange(meeting.id, added, removed, meeting.revision)


def current_assignments(session: Session) -> list[tuple[int, str]]:
    """(meeting id, delegate key) of every assignment not removed."""
    rows = session.execute(
        select(AssignmentRow.meeting_id, AssignmentRow.delegate_key)
        .where(AssignmentRow.removed_at.is_(None))
        .order_by(AssignmentRow.meeting_id, AssignmentRow.delegate_key)
    )
    return [(meeting_id, key) for meeting_id, key in rows]
