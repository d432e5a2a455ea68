"""The events a meeting puts in a calendar: its sessions and its deadlines.

Pure: a `Meeting` in, `Entry` values out, no I/O and no clock. Each entry has a UID
derived from the meeting's, so every later version of the same session or deadline
replaces the earlier one in the delegates' calendars.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.actions.calendar import text
from bot.actions.calendar.text import value_of
from bot.meetings.meeting import Meeting
from bot.understanding.record import (
    DeadlineKind,
    MeetingRecord,
    Mode,
    OnlineMeeting,
    SessionLabel,
    When,
)

# An invitation with a start time but no end: an hour blocks the slot in the
# delegates' calendars without claiming their whole day.
DEFAULT_DURATION = dt.timedelta(hours=1)


class EntryKind(StrEnum):
    SESSION = "session"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class Entry:
    """One calendar event. `end` is exclusive: the day after the last for all-day events."""

    uid: str
    kind: EntryKind
    summary: str
    start: When
    end: When
    location: str | None
    url: str | None
    description: str

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    def ends_at(self, home: ZoneInfo) -> dt.datetime:
        """The end as an instant; an all-day event ends at midnight of `home`."""
        if isinstance(self.end, dt.datetime):
            return self.end
        return dt.datetime.combine(self.end, dt.time(), tzinfo=home)

    def digest(self) -> str:
        """A fingerprint of the content: equal digests need no new invitation."""
        return hashlib.sha256(repr(self).encode()).hexdigest()


def meeting_entries(meeting: Meeting, *, home: ZoneInfo) -> list[Entry]:
    """The meeting itself, each extra session (dry run, rehearsal...) and each deadline."""
    return [*_sessions(meeting, home), *_deadlines(meeting, home)]


def _sessions(meeting: Meeting, home: ZoneInfo) -> list[Entry]:
    record = meeting.record
    main = next((o for o in record.online_meetings if o.label is SessionLabel.MAIN), None)
    extras = [o for o in record.online_meetings if o.label is not SessionLabel.MAIN]
    entries: list[Entry] = []
    if record.start is not None:
        start, end = _span(record.start.value, record.end.value if record.end else None, record)
        entries.append(
            Entry(
                uid=entry_uid(meeting.uid, "meeting"),
                kind=EntryKind.SESSION,
                summary=text.event_title(record),
                start=start,
                end=end,
                location=_location(record, main),
                url=(main.url if main else None) or value_of(record.registration_url),
                description=text.session_description(
                    record,
                    main,
                    start,
                    end,
                    home=home,
                    unscheduled=_unscheduled(extras),
                    opens=_opening(record.start.value, start, record),
                ),
            )
        )
    seen: Counter[SessionLabel] = Counter()
    for online in extras:
        if online.start is None:
            continue
        seen[online.label] += 1
        suffix = online.label.value.replace(" ", "-")
        if seen[online.label] > 1:
            suffix += f"-{seen[online.label]}"
        start, end = _span(online.start, online.end, record)
        entries.append(
            Entry(
                uid=entry_uid(meeting.uid, suffix),
                kind=EntryKind.SESSION,
                summary=f"{text.session_label(online.label)}: {text.short_title(record)}",
                start=start,
                end=end,
                location=text.platform_name(online.platform),
                url=online.url,
                description=text.session_description(
                    record,
                    online,
                    start,
                    end,
                    home=home,
                    opens=_opening(online.start, start, record),
                ),
            )
        )
    return entries


def _deadlines(meeting: Meeting, home: ZoneInfo) -> list[Entry]:
    record = meeting.record
    found = [(d.kind, d.due, d.source) for d in record.stated_deadlines() if d.due is not None]
    entries: list[Entry] = []
    seen: set[tuple[DeadlineKind, When]] = set()
    per_kind: Counter[DeadlineKind] = Counter()
    for kind, due, source in found:
        due = _zoned(due, record)
        if (kind, due) in seen:
            continue
        seen.add((kind, due))
        per_kind[kind] += 1
        suffix = f"-{per_kind[kind]}" if per_kind[kind] > 1 else ""
        end = due if isinstance(due, dt.datetime) else due + dt.timedelta(days=1)
        url = value_of(record.registration_url) if kind is DeadlineKind.REGISTRATION else None
        entries.append(
            Entry(
                uid=entry_uid(meeting.uid, f"deadline-{kind.value}{suffix}"),
                kind=EntryKind.DEADLINE,
                summary=f"{text.deadline_label(kind)}: {text.short_title(record)}",
                # A deadline is an instant: the event starts and ends at it.
                start=due,
                end=end,
                location=None,
                url=url,
                description=text.deadline_description(record, kind, due, source, url, home=home),
            )
        )
    return entries


def entry_uid(meeting_uid: str, suffix: str) -> str:
    """'abc@meetbot' and 'dry-run' give 'abc-dry-run@meetbot': the domain stays last."""
    local, at, domain = meeting_uid.rpartition("@")
    return f"{local}-{suffix}@{domain}" if at else f"{meeting_uid}-{suffix}"


def _span(start: When, end: When | None, record: MeetingRecord) -> tuple[When, When]:
    """Start and exclusive end; whole days when either side is only a date."""
    if isinstance(start, dt.datetime) and (end is None or isinstance(end, dt.datetime)):
        first = _zoned(start, record)
        last = _zoned(end, record) if end is not None else first
        if last <= first:
            last = first + DEFAULT_DURATION
        return first, last
    first_day = _day(start)
    last_day = _day(end) if end is not None else first_day
    return first_day, max(first_day, last_day) + dt.timedelta(days=1)


def _opening(stated: When, start: When, record: MeetingRecord) -> dt.datetime | None:
    """The time a meeting of whole days opens at, when the mail gave one: a start time
    with a last day but no end time makes whole days, and the time goes in the words."""
    if isinstance(stated, dt.datetime) and not isinstance(start, dt.datetime):
        opens = _zoned(stated, record)
        return opens if isinstance(opens, dt.datetime) else None
    return None


def _day(value: When) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _zoned(value: When, record: MeetingRecord) -> When:
    """A datetime in the meeting's named zone when it agrees with the offset, else UTC.

    The store keeps datetimes with a bare offset (+08:00); a calendar needs a named
    zone (TZID with a VTIMEZONE) or UTC to show the right local time everywhere.
    """
    if not isinstance(value, dt.datetime):
        return value
    if isinstance(value.tzinfo, ZoneInfo):
        return value
    zone = _zone(value_of(record.timezone))
    if zone is not None and value.astimezone(zone).utcoffset() == value.utcoffset():
        return value.astimezone(zone)
    return value.astimezone(dt.UTC)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # a fixed offset such as "UTC+08:00": the time goes out in UTC


def _location(record: MeetingRecord, online: OnlineMeeting | None) -> str | None:
    place = text.place(record)
    platform = text.platform_name(online.platform) if online else None
    mode = value_of(record.mode)
    if mode is Mode.VIRTUAL or not place:
        return platform or (text.ONLINE if mode is Mode.VIRTUAL else place or None)
    if mode is Mode.HYBRID and platform:
        return f"{place} + {platform}"
    return place


def _unscheduled(extras: list[OnlineMeeting]) -> list[OnlineMeeting]:
    return [o for o in extras if o.start is None]
