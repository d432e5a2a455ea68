"""A stored meeting: the merged record of every message that spoke of it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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
