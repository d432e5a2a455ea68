"""A stored meeting: the merged record of every message that spoke of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.understanding.record import MeetingRecord


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    POSTPONED = "postponed"  # postponed with no new dates yet
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Meeting:
    id: int
    uid: str  # stable across changes: the iCalendar UID derives from it
    status: MeetingStatus
    record: MeetingRecord
    revision: int  # raised by every change that reaches a delegate; iCalendar SEQUENCE
    delegates: tuple[str, ...] = ()  # keys of assigned delegates (Settings.delegates)
    approved: bool = True  # False while a person must approve outgoing actions
    approval_reasons: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The meeting as an action run records the state it acts from (`from_json`)."""
        return {
            "id": self.id,
            "uid": self.uid,
            "status": self.status.value,
            "record": self.record.to_json(),
            "revision": self.revision,
            "delegates": list(self.delegates),
            "approved": self.approved,
            "approval_reasons": list(self.approval_reasons),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Meeting:
        return cls(
            id=data["id"],
            uid=data["uid"],
            status=MeetingStatus(data["status"]),
            record=MeetingRecord.from_json(data["record"]),
            revision=data["revision"],
            delegates=tuple(data["delegates"]),
            approved=data["approved"],
            approval_reasons=tuple(data["approval_reasons"]),
        )


def has_begun(record: MeetingRecord, at: dt.datetime) -> bool:
    """Whether the meeting had begun at `at`: a day begins at midnight in `at`'s zone; a
    meeting without a day is taken as begun (what is said of it is said after the fact)."""
    if record.start is None:
        return True
    start = record.start.value
    if isinstance(start, dt.datetime):
        return start <= at
    return start <= at.date()
