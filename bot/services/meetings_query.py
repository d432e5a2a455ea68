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

from sqlalchemy import ColumnElement, String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from bot.meetings.corrections import pinned_fields_of
from bot.meetings.meeting import MeetingStatus
from bot.meetings.review import has_doubtful_value, is_past, judged, under_review
from bot.store.database import Database
from bot.store.tables import AssignmentRow, MeetingRow
from bot.understanding.record import Deadline, MeetingRecord
from bot.understanding.record import When as WhenValue

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
    next_deadline: Deadline | None


@dataclass(frozen=True)
class MeetingPage:
    meetings: list[MeetingSummary]
    total: int
    page: int
    pages: int


def list_meetings(
    db: Database,
    *,
    now: dt.datetime,
    today: dt.date,
    threshold: float,
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
    page = max(1, page)
    first = (page - 1) * PAGE_SIZE
    with db.session() as session:
        if state is not None:
            query = query.where(_in_state(state, today))
        if state in (State.NEEDS_REVIEW, State.SCHEDULED):
            # Which values need review is judged on the records (confidence, pinned
            # fields), in one pass over the meetings the other conditions leave.
            doubtful = state is State.NEEDS_REVIEW
            found = judged(session, query, threshold, doubtful=doubtful)
            total: int | None = len(found)
            shown = found[first : first + PAGE_SIZE]
            rows = list(session.scalars(query.where(MeetingRow.id.in_(shown))))
        else:
            count = select(func.count()).select_from(query.order_by(None).subquery())
            total = session.scalar(count)
            rows = list(session.scalars(query.limit(PAGE_SIZE).offset(first)))
        ids = [row.id for row in rows]
        delegates = delegates_of(session, ids)
        pinned = pinned_fields_of(session, ids)
    summaries = [
        summary(
            row,
            delegates.get(row.id, ()),
            now,
            today,
            needs_review=has_doubtful_value(row.record, threshold, pinned.get(row.id, frozenset())),
        )
        for row in rows
    ]
    pages = max(1, -(-(total or 0) // PAGE_SIZE))
    return MeetingPage(summaries, total or 0, page, pages)


def summary(
    row: MeetingRow,
    delegates: tuple[str, ...],
    now: dt.datetime,
    today: dt.date,
    *,
    needs_review: bool,
) -> MeetingSummary:
    """`today` is the office's day (for past meetings), `now` the moment (for deadlines);
    `needs_review`: a value of the meeting waits for a person (bot.meetings.review)."""
    record = MeetingRecord.from_json(row.record)
    state = state_of(row, record, today, needs_review=needs_review)
    return MeetingSummary(row.id, record, state, delegates, next_deadline(record, now))


def state_of(
    row: MeetingRow, record: MeetingRecord, today: dt.date, *, needs_review: bool
) -> State:
    """The one state the list shows; `_in_state` asks the database the same, in this order."""
    if not row.approved:
        return State.HELD
    if row.status == MeetingStatus.CANCELLED.value:
        return State.CANCELLED
    if row.status == MeetingStatus.POSTPONED.value:
        return State.POSTPONED
    last = record.end or record.start
    if last is not None and _day(last.value) < today:
        return State.PAST
    return State.NEEDS_REVIEW if needs_review else State.SCHEDULED


def _in_state(state: State, today: dt.date) -> ColumnElement[bool]:
    """The meetings `state_of` gives `state`, as a condition for the list's query; for
    "needs review" and "scheduled", those whose records `judged` then looks at."""
    if state is State.HELD:
        return MeetingRow.approved.is_(False)
    approved = MeetingRow.approved.is_(True)
    if state in (State.CANCELLED, State.POSTPONED):
        return and_(approved, MeetingRow.status == state.value)
    if state is State.PAST:
        return and_(approved, MeetingRow.status == MeetingStatus.SCHEDULED.value, is_past(today))
    # Of the meetings not yet past only, as the review queue judges them.
    return and_(approved, under_review(today))


def next_deadline(record: MeetingRecord, now: dt.datetime) -> Deadline | None:
    """The earliest deadline not yet past (a day's deadline lasts the whole day)."""
    upcoming = [d for d in record.deadlines if d.due is not None and _not_past(d.due, now)]
    return min(upcoming, key=lambda d: _sort_key(d.due), default=None)


def _not_past(due: WhenValue, now: dt.datetime) -> bool:
    if isinstance(due, dt.datetime):
        return due >= now
    return due >= now.date()


def _sort_key(due: WhenValue | None) -> dt.datetime:
    if isinstance(due, dt.datetime):
        return due.astimezone(dt.UTC)
    day = due or dt.date.max
    return dt.datetime.combine(day, dt.time(23, 59), dt.UTC)


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
    return MeetingRow.start_key


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _like(text: str) -> str:
    return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
