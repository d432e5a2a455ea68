"""Merging what a later message says into the meeting record built so far.

A later message fills empty fields and replaces the values it restates; it never wipes a
value with nothing. A day restated without its hours keeps the hours already known. A
postponement moves the dates even when the new statement is less certain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from bot.understanding.fields.deadlines import resolve_against_meeting
from bot.understanding.record import (
    Contact,
    Deadline,
    Extracted,
    MeetingRecord,
    MessageKind,
    OnlineMeeting,
    When,
)

# What a delegate sees in the calendar entry and the reminders: a change here is a new
# revision (iCalendar SEQUENCE). Series, Thai title, contacts and counts only feed the memo.
VISIBLE_FIELDS = frozenset(
    {
        "title",
        "start",
        "end",
        "timezone",
        "mode",
        "venue",
        "city",
        "country",
        "online_meetings",
        "registration_url",
        "registration_deadline",
        "documents_url",
        "deadlines",
    }
)
# A restatement this much less certain than the value it would replace is not believed.
CONFIDENCE_MARGIN = 0.25


@dataclass(frozen=True)
class MergeResult:
    record: MeetingRecord
    changed: tuple[str, ...]  # names of the fields whose value changed

    @property
    def visible(self) -> bool:
        return any(name in VISIBLE_FIELDS for name in self.changed)


def merge_records(
    old: MeetingRecord,
    new: MeetingRecord,
    *,
    kind: MessageKind,
    pinned: frozenset[str] = frozenset(),
) -> MergeResult:
    """`pinned` fields (a person corrected them) keep their old value, whatever `new` says;
    the dates are pinned together, since a start and an end from two sources disagree."""
    values: dict[str, Any] = {}
    for f in fields(MeetingRecord):
        if f.name in ("start", "end"):
            continue
        if f.name in pinned:
            values[f.name] = getattr(old, f.name)
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if f.name == "online_meetings":
            values[f.name] = _merge_sessions(before, after)
        elif f.name == "deadlines":
            values[f.name] = _merge_deadlines(before, after)
        elif f.name == "organiser_contacts":
            values[f.name] = _merge_contacts(before, after)
        else:
            values[f.name] = _merge_value(before, after)
    if pinned & {"start", "end"}:
        values["start"], values["end"] = old.start, old.end
    else:
        moved = kind is MessageKind.POSTPONEMENT
        values["start"], values["end"] = _merge_dates(old, new, moved=moved)
    merged = MeetingRecord(**values)
    if "deadlines" not in pinned:
        merged = replace(merged, deadlines=resolve_deadlines(merged))
    changed = tuple(
        f.name
        for f in fields(MeetingRecord)
        if _plain(getattr(old, f.name)) != _plain(getattr(merged, f.name))
    )
    return MergeResult(merged, changed)


def resolve_deadlines(record: MeetingRecord) -> tuple[Deadline, ...]:
    """Relative deadlines ("within two weeks after the Meeting") get a due day once the
    meeting's dates are known, whichever message brought them."""
    start = record.start.value if record.start else None
    end = record.end.value if record.end else None
    resolved = []
    for deadline in record.deadlines:
        if deadline.due is None and deadline.relative is not None:
            due = resolve_against_meeting(deadline.relative, start, end)
            deadline = replace(deadline, due=due) if due else deadline
        resolved.append(deadline)
    return tuple(resolved)


def changed_values(record: MeetingRecord, names: tuple[str, ...]) -> dict[str, Any]:
    """The JSON form of the named fields, for the history table."""
    as_json = record.to_json()
    return {name: as_json[name] for name in names}


def _plain(value: Any) -> Any:
    """A field's value without provenance, to tell a real change from a restatement."""
    if isinstance(value, Extracted):
        return value.value
    if isinstance(value, tuple):
        return tuple(_identity(item) for item in value)
    return value


def _identity(item: OnlineMeeting | Deadline | Contact) -> tuple[Any, ...]:
    if isinstance(item, OnlineMeeting):
        return (
            item.platform,
            item.url,
            item.meeting_id,
            item.passcode,
            item.label,
            item.start,
            item.end,
        )
    if isinstance(item, Deadline):
        return (item.kind, item.due, item.relative)
    return (item.name, item.email)


def _merge_value(before: Extracted[Any] | None, after: Extracted[Any] | None) -> Any:
    if after is None:
        return before
    if before is None:
        return after
    if before.value == after.value:
        # A restatement read more surely (a follow-up with the meeting's link beside the mode
        # an invitation only named) keeps the surer reading and its provenance.
        return after if after.confidence > before.confidence else before
    if after.confidence + CONFIDENCE_MARGIN < before.confidence:
        return before
    return after


def _merge_dates(
    old: MeetingRecord, new: MeetingRecord, *, moved: bool
) -> tuple[Extracted[When] | None, Extracted[When] | None]:
    """Start and end change together: new dates bring their own end, or none."""
    if new.start is None:
        return old.start, old.end if new.end is None else _merge_value(old.end, new.end)
    if old.start is None:
        return new.start, new.end
    if not moved and _restates(new.start.value, old.start.value):
        end = (
            old.end
            if new.end is None or _restates(new.end.value, old.end.value if old.end else None)
            else new.end
        )
        return old.start, end
    if not moved and new.start.confidence + CONFIDENCE_MARGIN < old.start.confidence:
        return old.start, old.end
    return new.start, new.end


def _restates(new: When, old: When | None) -> bool:
    """The same moment, or the same day written without the hours already known."""
    if old is None:
        return False
    if new == old:
        return True
    return type(new) is dt.date and isinstance(old, dt.datetime) and old.date() == new


def _merge_sessions(
    before: tuple[OnlineMeeting, ...], after: tuple[OnlineMeeting, ...]
) -> tuple[OnlineMeeting, ...]:
    merged = {_session_key(s): s for s in before}
    for session in after:
        key = _session_key(session)
        known = merged.get(key)
        if known is not None:
            session = replace(
                session,
                url=session.url or known.url,
                meeting_id=session.meeting_id or known.meeting_id,
                passcode=session.passcode or known.passcode,
                start=session.start or known.start,
                end=session.end or known.end,
            )
        merged[key] = session
    return tuple(merged.values())


def _session_key(session: OnlineMeeting) -> str:
    return session.meeting_id or session.url or session.label.value


def _merge_deadlines(
    before: tuple[Deadline, ...], after: tuple[Deadline, ...]
) -> tuple[Deadline, ...]:
    """A message that states deadlines of a kind states all of that kind (an extension
    replaces the old date); kinds it does not mention are kept."""
    restated = {d.kind for d in after if not d.derived}
    return (*(d for d in before if d.kind not in restated), *after)


def _merge_contacts(before: tuple[Contact, ...], after: tuple[Contact, ...]) -> tuple[Contact, ...]:
    merged = {(c.email or c.name or "").lower(): c for c in before}
    for contact in after:
        key = (contact.email or contact.name or "").lower()
        known = merged.get(key)
        merged[key] = replace(contact, name=contact.name or (known.name if known else None))
    return tuple(merged.values())
