"""What the workspace lists and shows about meetings, read in a few queries.

The list asks the database for one page at a time, ordered and filtered on the JSON
record's start (SQLAlchemy's JSON index works on SQLite and PostgreSQL alike), so it
costs the same with five meetings or five thousand.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from bot.meetings.meeting import MeetingStatus
from bot.meetings.record import MeetingRecord
from bot.store.database import Database
from bot.store.tables import AssignmentRow, MeetingRow

PAGE_SIZE = 50


class State(StrEnum):
    """A meeting's state as the list shows it."""

    HELD = "held"
    NEEDS_REVIEW = "needs_review"
    SCHEDULED = "scheduled"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    PAST = "past"


class When(StrEnum):
    UPCOMING = "upcoming"
    RECENT = "recent"
    ALL = "all"


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    record: MeetingRecord
    state: State
    delegates: tuple[str, ...]
    next_deadline: tuple[str, dt.date] | None  # (kind, due day)


@dataclass(frozen=True)
class MeetingPage:
    meetings: list[MeetingSummary]
    total: int
    page: int
    pages: int


def list_meetings(
    db: Database,
    *,
    today: dt.date,
    when: When = When.UPCOMING,
    state: State | None = None,
    search: str = "",
    page: int = 1,
) -> MeetingPage:
    start = _start_text()
    query = select(MeetingRow)
    if when is When.UPCOMING:
        query = query.where(or_(start.is_(None), start >= today.isoformat())).order_by(
            start.is_(None), start, MeetingRow.id
        )
    elif when is When.RECENT:
        query = query.where(start < today.isoformat()).order_by(start.desc(), MeetingRow.id)
    else:
        query = query.order_by(start.desc(), MeetingRow.id)
    if search.strip():
        # The record's JSON text holds title, Thai title and series, Thai as \\u escapes:
        # the words are looked for in the same form.
        words = json.dumps(search.strip())[1:-1]
        query = query.where(cast(MeetingRow.record, String).ilike(f"%{_like(words)}%", "\\"))
    if state is State.HELD:
        query = query.where(MeetingRow.approved.is_(False))
    elif state in (State.CANCELLED, State.POSTPONED):
        query = query.where(MeetingRow.status == state.value)
    with db.session() as session:
        total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
        page = max(1, page)
        rows = list(session.scalars(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)))
        delegates = delegates_of(session, [row.id for row in rows])
    summaries = [summary(row, delegates.get(row.id, ()), today) for row in rows]
    pages = max(1, -(-(total or 0) // PAGE_SIZE))
    return MeetingPage(summaries, total or 0, page, pages)


def summary(row: MeetingRow, delegates: tuple[str, ...], today: dt.date) -> MeetingSummary:
    record = MeetingRecord.from_json(row.record)
    return MeetingSummary(
        row.id, record, state_of(row, record, today), delegates, next_deadline(record, today)
    )


def state_of(row: MeetingRow, record: MeetingRecord, today: dt.date) -> State:
    if not row.approved:
        return State.HELD
    if row.status == MeetingStatus.CANCELLED.value:
        return State.CANCELLED
    if row.status == MeetingStatus.POSTPONED.value:
        return State.POSTPONED
    last = record.end or record.start
    if last is not None and _day(last.value) < today:
        return State.PAST
    # Hook for values marked needs_review (the `understanding` work): NEEDS_REVIEW here.
    return State.SCHEDULED


def next_deadline(record: MeetingRecord, today: dt.date) -> tuple[str, dt.date] | None:
    upcoming = sorted(
        (_day(d.due), d.kind.value) for d in record.deadlines if d.due and _day(d.due) >= today
    )
    if record.registration_deadline and _day(record.registration_deadline.value) >= today:
        upcoming.append((_day(record.registration_deadline.value), "registration"))
        upcoming.sort()
    return (upcoming[0][1], upcoming[0][0]) if upcoming else None


def delegates_of(session: Session, meeting_ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    if meeting_ids:
        rows = session.execute(
            select(AssignmentRow.meeting_id, AssignmentRow.delegate_key)
            .where(AssignmentRow.meeting_id.in_(meeting_ids), AssignmentRow.removed_at.is_(None))
            .order_by(AssignmentRow.assigned_at, AssignmentRow.id)
        )
        for meeting_id, key in rows:
            found[meeting_id].append(key)
    return {meeting_id: tuple(keys) for meeting_id, keys in found.items()}


def _start_text() -> Any:
    return MeetingRow.record["start"]["value"].as_string()


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _like(text: str) -> str:
    return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
