"""The meeting record that extraction produces and the actions consume.

Every value carries where it came from (`source`: the snippet of text) and how sure
the extractor is (`confidence`, 0..1, with `reasons` when it is doubtful), so a
person can check it; `review` says why a person must, however sure the reading. The
JSON form is a stable interface (docs/extraction.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
    # Why a person must check the value whatever its confidence: the meeting it belongs
    # to is in doubt, not the reading ("a letter no stored meeting is clearly the one of").
    review: str | None = None
    # A name many meetings share ("Council meeting": the next one's too), so that its places
    # in the text tell none of this meeting's dates.
    generic: bool = False


@dataclass(frozen=True)
class OnlineMeeting:
    platform: Platform
    url: str | None
    meeting_id: str | None  # digits, or a Google Meet code "abc-defg-hij"
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

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MeetingRecord:
        """The record `to_json` wrote; fields missing from older rows are left empty."""
        return _record_from_json(data)

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))

    def stated_deadlines(self) -> tuple[Deadline, ...]:
        """The registration deadline as a `Deadline` first, then the others. A registration
        deadline due when a stated nomination is due is that nomination (a call for
        nominations sets no registration day of its own): it is listed once, as the
        nomination, so nobody is reminded twice of one act."""
        field = self.registration_deadline
        nominations = {
            d.due for d in self.deadlines if d.kind is DeadlineKind.NOMINATION and not d.derived
        }
        if field is None or field.value in nominations:
            return self.deadlines
        registration = Deadline(
            kind=DeadlineKind.REGISTRATION,
            due=field.value,
            relative=None,
            source=field.source,
            confidence=field.confidence,
        )
        return (registration, *self.deadlines)

    def to_json(self, review_threshold: float | None = None) -> dict[str, Any]:
        """The JSON form; with `review_threshold`, each value less sure than it carries
        `"needs_review": true`, so that a person checks it before it reaches delegates."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                out[f.name] = [_item_json(item, review_threshold) for item in value]
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
                if value.review is not None:
                    out[f.name]["review"] = value.review
                if review_threshold is not None and (
                    value.confidence < review_threshold or value.review is not None
                ):
                    out[f.name]["needs_review"] = True
        return out


@dataclass(frozen=True)
class Extraction:
    """The result of understanding one message."""

    message_id: str
    kind: MessageKind
    reasons: tuple[str, ...]
    meeting: MeetingRecord = field(default_factory=MeetingRecord)

    def to_json(self, review_threshold: float | None = None) -> dict[str, Any]:
        """The JSON form; `review_threshold` marks the values to check (`meetbot extract`)."""
        return {
            "message_id": self.message_id,
            "kind": self.kind.value,
            "reasons": list(self.reasons),
            "meeting": self.meeting.to_json(review_threshold),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            message_id=data["message_id"],
            kind=MessageKind(data["kind"]),
            reasons=tuple(data["reasons"]),
            meeting=MeetingRecord.from_json(data["meeting"]),
        )


def json_value(value: object) -> Any:
    """The JSON form of a field value: ISO 8601 for dates, the string of an enum."""
    if isinstance(value, dt.date):  # also datetime
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def _item_json(
    item: OnlineMeeting | Deadline | Contact, review_threshold: float | None = None
) -> dict[str, Any]:
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
    confidence = getattr(item, "confidence", None)
    if review_threshold is not None and confidence is not None and confidence < review_threshold:
        out["needs_review"] = True
    return out


# Reading the JSON form back ------------------------------------------------------------

_INT_FIELDS = frozenset({"ordinal", "delegates_requested"})
_WHEN_FIELDS = frozenset({"start", "end", "registration_deadline"})


def _when(value: Any) -> When | None:
    if value is None:
        return None
    text = str(value)
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def _field_value(name: str, value: Any) -> Any:
    if name in _WHEN_FIELDS:
        return _when(value)
    if name in _INT_FIELDS:
        return int(value)
    if name == "mode":
        return Mode(value)
    return str(value)


def _relative(data: Any) -> Relative | None:
    if not data:
        return None
    return Relative(
        amount=int(data["amount"]),
        unit=data["unit"],
        working_days=bool(data["working_days"]),
        direction=data["direction"],
        anchor=str(data.get("anchor", "")),
    )


def _online_meeting(data: dict[str, Any]) -> OnlineMeeting:
    return OnlineMeeting(
        platform=Platform(data["platform"]),
        url=data.get("url"),
        meeting_id=data.get("meeting_id"),
        passcode=data.get("passcode"),
        label=SessionLabel(data.get("label", SessionLabel.MAIN.value)),
        start=_when(data.get("start")),
        end=_when(data.get("end")),
        source=data.get("source") or "",
        confidence=float(data.get("confidence", 1.0)),
    )


def _deadline(data: dict[str, Any]) -> Deadline:
    return Deadline(
        kind=DeadlineKind(data["kind"]),
        due=_when(data.get("due")),
        relative=_relative(data.get("relative")),
        source=data.get("source") or "",
        confidence=float(data.get("confidence", 1.0)),
        derived=bool(data.get("derived", False)),
    )


def _contact(data: dict[str, Any]) -> Contact:
    return Contact(
        name=data.get("name"),
        email=data.get("email"),
        source=data.get("source") or "",
        confidence=float(data.get("confidence", 1.0)),
    )


_LIST_READERS: dict[str, Any] = {
    "online_meetings": _online_meeting,
    "deadlines": _deadline,
    "organiser_contacts": _contact,
}


def _record_from_json(data: dict[str, Any]) -> MeetingRecord:
    values: dict[str, Any] = {}
    for f in fields(MeetingRecord):
        item = data.get(f.name)
        if f.name in _LIST_READERS:
            values[f.name] = tuple(_LIST_READERS[f.name](x) for x in item or ())
        elif isinstance(item, dict) and item.get("value") is not None:
            values[f.name] = Extracted(
                value=_field_value(f.name, item["value"]),
                source=item.get("source") or "",
                confidence=float(item.get("confidence") or 0.0),
                reasons=tuple(item.get("reasons", ())),
                review=item.get("review"),
            )
    return _in_stated_zone(MeetingRecord(**values))


def _in_stated_zone(record: MeetingRecord) -> MeetingRecord:
    """JSON keeps a time's offset, not its zone: give the times back the zone the
    organiser wrote ("Singapore Time"), so people read "เวลาสิงคโปร์", not "UTC+08:00".
    The instants do not change."""
    name = record.timezone.value if record.timezone else None
    try:
        zone = ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    if zone is None:
        return record

    def zoned(value: When) -> When:
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            return value
        local = value.astimezone(zone)
        return local if local.utcoffset() == value.utcoffset() else value

    def maybe_zoned(value: When | None) -> When | None:
        return None if value is None else zoned(value)

    def zoned_field(extracted: Extracted[When] | None) -> Extracted[When] | None:
        if extracted is None:
            return None
        return replace(extracted, value=zoned(extracted.value))

    return replace(
        record,
        start=zoned_field(record.start),
        end=zoned_field(record.end),
        registration_deadline=zoned_field(record.registration_deadline),
        deadlines=tuple(replace(d, due=maybe_zoned(d.due)) for d in record.deadlines),
        online_meetings=tuple(
            replace(o, start=maybe_zoned(o.start), end=maybe_zoned(o.end))
            for o in record.online_meetings
        ),
    )
