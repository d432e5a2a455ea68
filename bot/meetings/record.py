"""The meeting record that extraction produces and the actions consume.

Every value carries where it came from (`source`: the snippet of text) and how sure
the extractor is (`confidence`, 0..1, with `reasons` when it is doubtful), so a
person can check it. The JSON form is a stable interface (docs/extraction.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Generic, TypeVar

from bot.understanding.temporal.types import Relative

T = TypeVar("T")

When = dt.date | dt.datetime  # a datetime is always timezone-aware


class MessageKind(StrEnum):
    INVITATION = "invitation"
    UPDATE = "update"
    CANCELLATION = "cancellation"
    POSTPONEMENT = "postponement"
    CIRCULAR = "circular"
    REPORT = "report"
    OTHER = "other"


class Mode(StrEnum):
    VIRTUAL = "virtual"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class Platform(StrEnum):
    ZOOM = "zoom"
    TEAMS = "teams"
    WEBEX = "webex"
    MEET = "meet"
    OTHER = "other"


class SessionLabel(StrEnum):
    MAIN = "main"
    DRY_RUN = "dry run"
    REHEARSAL = "rehearsal"
    BREAKOUT = "breakout"


class DeadlineKind(StrEnum):
    REGISTRATION = "registration"
    NOMINATION = "nomination"
    DOCUMENTS = "documents"
    TRAVEL = "travel"
    REPORT = "report"
    OTHER = "other"


@dataclass(frozen=True)
class Extracted(Generic[T]):
    """A value with its provenance."""

    value: T
    source: str
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class OnlineMeeting:
    platform: Platform
    url: str | None
    meeting_id: str | None  # digits only
    passcode: str | None
    label: SessionLabel
    start: When | None
    end: When | None
    source: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: When | None  # absolute; None while a relative deadline has no anchor date yet
    relative: Relative | None
    source: str
    confidence: float = 1.0
    derived: bool = False  # computed by meetbot (e.g. nomination before registration)


@dataclass(frozen=True)
class Contact:
    name: str | None
    email: str | None
    source: str
    confidence: float = 1.0


@dataclass(frozen=True)
class MeetingRecord:
    """What a message says about one meeting. Absent fields are None / empty."""

    title: Extracted[str] | None = None
    title_th: Extracted[str] | None = None
    series: Extracted[str] | None = None  # "SLOM-WG", "ALMM", "SOMTC"
    ordinal: Extracted[int] | None = None  # 18 for "18th" / "ครั้งที่ ๑๘"
    start: Extracted[When] | None = None
    end: Extracted[When] | None = None
    timezone: Extracted[str] | None = None
    mode: Extracted[Mode] | None = None
    venue: Extracted[str] | None = None
    city: Extracted[str] | None = None
    country: Extracted[str] | None = None
    online_meetings: tuple[OnlineMeeting, ...] = ()
    registration_url: Extracted[str] | None = None
    registration_deadline: Extracted[When] | None = None
    delegates_requested: Extracted[int] | None = None
    sponsorship: Extracted[str] | None = None
    organiser_contacts: tuple[Contact, ...] = ()
    documents_url: Extracted[str] | None = None
    deadlines: tuple[Deadline, ...] = ()

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                out[f.name] = [_item_json(item) for item in value]
            elif value is None:
                out[f.name] = {"value": None, "source": None, "confidence": None}
            else:
                out[f.name] = {
                    "value": json_value(value.value),
                    "source": value.source,
                    "confidence": round(value.confidence, 3),
                }
                if value.reasons:
                    out[f.name]["reasons"] = list(value.reasons)
        return out


@dataclass(frozen=True)
class Extraction:
    """The result of understanding one message."""

    message_id: str
    kind: MessageKind
    reasons: tuple[str, ...]
    meeting: MeetingRecord = field(default_factory=MeetingRecord)

    def to_json(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "kind": self.kind.value,
            "reasons": list(self.reasons),
            "meeting": self.meeting.to_json(),
        }


def json_value(value: object) -> Any:
    """The JSON form of a field value: ISO 8601 for dates, the string of an enum."""
    if isinstance(value, dt.date):  # also datetime
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def _item_json(item: OnlineMeeting | Deadline | Contact) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(item):
        value = getattr(item, f.name)
        if isinstance(value, Relative):
            out[f.name] = {
                "amount": value.amount,
                "unit": value.unit,
                "working_days": value.working_days,
                "direction": value.direction,
                "anchor": value.anchor,
            }
        elif isinstance(value, float):
            out[f.name] = round(value, 3)
        else:
            out[f.name] = json_value(value)
    return out
