"""Meetings for the reminder tests: invented but shaped like the seeds' SLOM-WG chain."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.meetings.meeting import Meeting, MeetingStatus
from bot.store.database import Database
from bot.store.tables import MeetingRow
from bot.understanding.record import (
    Deadline,
    Extracted,
    MeetingRecord,
    OnlineMeeting,
    Platform,
    SessionLabel,
    When,
)

SGT = ZoneInfo("Asia/Singapore")
BKK = ZoneInfo("Asia/Bangkok")
ZOOM_URL = "https://us06web.zoom.us/j/81234567890?pwd=ExAmPlE"
DRY_RUN_URL = "https://us06web.zoom.us/j/89876543210?pwd=DrYrUn"
_uids = itertools.count(1)


def slom_record(
    *,
    start: When = dt.datetime(2025, 9, 30, 9, 0, tzinfo=SGT),
    registration: When | None = dt.datetime(2025, 9, 15, 23, 59, tzinfo=SGT),
    deadlines: Sequence[Deadline] = (),
) -> MeetingRecord:
    day = start.date() if isinstance(start, dt.datetime) else start
    return MeetingRecord(
        title=Extracted("18th SLOM-WG Meeting", "The 18th SLOM-WG Meeting"),
        series=Extracted("SLOM-WG", "SLOM-WG"),
        start=Extracted(start, "30 September 2025"),
        end=Extracted(start, "30 September 2025"),
        online_meetings=(
            OnlineMeeting(
                Platform.ZOOM,
                ZOOM_URL,
                "81234567890",
                "123456",
                SessionLabel.MAIN,
                start,
                None,
                "Meeting ID: 812 3456 7890",
            ),
            OnlineMeeting(
                Platform.ZOOM,
                DRY_RUN_URL,
                "89876543210",
                "654321",
                SessionLabel.DRY_RUN,
                dt.datetime.combine(day - dt.timedelta(days=1), dt.time(14, 0), SGT),
                None,
                "the dry run will be held on Monday",
            ),
        ),
        registration_url=Extracted("https://forms.example.org/slom-wg", "using the link below"),
        registration_deadline=(
            None
            if registration is None
            else Extracted(registration, "no later than 15 September 2025 (Singapore Time)")
        ),
        deadlines=tuple(deadlines),
    )


class MemoryDirectory:
    """The meetings of a test, stored as rows (for the foreign keys) and kept as objects."""

    def __init__(self, db: Database, delegate_keys: Sequence[str] = ()) -> None:
        self._db = db
        self._delegate_keys = set(delegate_keys)
        self.meetings: dict[int, Meeting] = {}

    def add(self, record: MeetingRecord, **fields: object) -> Meeting:
        uid = f"meeting-{next(_uids)}@example.org"
        with self._db.session() as session:
            row = MeetingRow(uid=uid, record=record.to_json())
            session.add(row)
            session.flush()
            meeting_id = row.id
        meeting = Meeting(meeting_id, uid, MeetingStatus.SCHEDULED, record, 0)
        meeting = replace(meeting, **fields)  # type: ignore[arg-type]
        self.meetings[meeting.id] = meeting
        return meeting

    def change(self, meeting: Meeting, **fields: object) -> Meeting:
        changed = replace(meeting, revision=meeting.revision + 1, **fields)  # type: ignore[arg-type]
        self.meetings[meeting.id] = changed
        return changed

    def get(self, meeting_id: int) -> Meeting | None:
        return self.meetings.get(meeting_id)

    def current(self) -> Sequence[Meeting]:
        return list(self.meetings.values())

    async def assign(self, meeting_id: int, delegate_keys: Sequence[str], *, by: str) -> Meeting:
        unknown = set(delegate_keys) - self._delegate_keys
        if unknown:
            raise LookupError(f"no delegate {', '.join(sorted(unknown))}")
        return self.change(self.meetings[meeting_id], delegates=tuple(delegate_keys))


class LookupsOnly(MemoryDirectory):
    """Finds a meeting by its id, but lists none as current: a start plans nothing anew,
    so what fires comes from the job store."""

    def current(self) -> Sequence[Meeting]:
        return []
