"""What to remind of, and when: pure functions of a meeting and the settings.

A *target* is one thing with a moment: a deadline (registration, the nomination
memo, the report...), the meeting itself, or a session such as the dry run. Each
target gets reminders at the configured offsets, all at the office's morning hour
in the office's zone, and meetings and sessions also shortly before they start.
A day-based reminder that would fall on a day off comes on the working day before;
two of one target on the same morning are one. A *window* ("within 3 days before
arrival") is reminded of when it opens and on its last day, not before it opens.

Every reminder has a key that stays the same while the meeting does (meeting id,
target, due moment, offset), so a re-plan keeps what is unchanged and a sent
reminder is recognised in `reminders_sent`; a new date makes new keys, so the old
reminders disappear and the new date is reminded of afresh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.actions.clock import over_at
from bot.actions.reminders.deadlines import (
    derived_deadlines,
    is_window,
    local_date,
    resolve_against_meeting,
    window_against_meeting,
)
from bot.actions.reminders.office_week import OfficeWeek
from bot.config.settings import RemindersSettings
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.understanding.record import (
    Deadline,
    MeetingRecord,
    OnlineMeeting,
    SessionLabel,
    When,
)

MORNING = "morning"
OPENS = "opens"  # the morning a window opens
SNOOZED = "snoozed"  # the offset of a reminder a person asked to see again later


class TargetKind(StrEnum):
    DEADLINE = "deadline"
    MEETING = "meeting"
    SESSION = "session"  # a dry run, rehearsal or breakout with its own start


@dataclass(frozen=True)
class Target:
    key: str  # "registration", "nomination", "report", "meeting", "dry-run", ...
    kind: TargetKind
    due: When  # a date, or an aware datetime
    deadline: Deadline | None = None
    session: OnlineMeeting | None = None
    opens: When | None = None  # a window's first day; `due` is its last

    def moment(self, tz: ZoneInfo) -> dt.datetime:
        """When it is over: a datetime as is, a date at the end of the office's day."""
        return over_at(self.due, tz)

    def starts_at(self) -> dt.datetime | None:
        return self.due if isinstance(self.due, dt.datetime) else None


@dataclass(frozen=True)
class Reminder:
    key: str
    meeting_id: int
    target: Target
    offset: str  # "7d", "3d", "1d", "morning", "60m", or SNOOZED
    fire_at: dt.datetime  # aware, in the office's zone


def targets_of(meeting: Meeting, settings: RemindersSettings, tz: ZoneInfo) -> tuple[Target, ...]:
    """Everything of `meeting` worth a reminder; nothing once it is cancelled or postponed."""
    if meeting.status is not MeetingStatus.SCHEDULED:
        return ()
    record = meeting.record
    found: list[Target] = []
    for deadline in _deadlines(record, settings, tz):
        due, opens = deadline.due, None
        if due is None and deadline.relative is not None:
            window = (
                window_against_meeting(deadline.relative, record, tz)
                if is_window(deadline)
                else None
            )
            if window is not None:
                opens, due = window
            else:
                due = resolve_against_meeting(deadline.relative, record, tz)
        if due is not None:
            kind = TargetKind.DEADLINE
            found.append(Target(deadline.kind.value, kind, due, deadline=deadline, opens=opens))
    start = _meeting_start(record)
    if start is not None:
        found.append(Target("meeting", TargetKind.MEETING, start))
    for session in record.online_meetings:
        if session.label is not SessionLabel.MAIN and session.start is not None:
            key = session.label.value.replace(" ", "-")
            found.append(Target(key, TargetKind.SESSION, session.start, session=session))
    return _unique_keys(found)


def plan_reminders(
    meeting: Meeting, settings: RemindersSettings, tz: ZoneInfo
) -> tuple[Reminder, ...]:
    """Every reminder of `meeting`, past ones included, in time order."""
    planned: list[Reminder] = []
    week = OfficeWeek.of(settings)
    for target in targets_of(meeting, settings, tz):
        for offset, fire_at in _moments(target, settings, tz, week):
            # A reminder after the thing it reminds of helps nobody (a meeting at 08:00
            # has no 08:30 reminder).
            if fire_at < target.moment(tz):
                key = f"{meeting.id}:{target.key}:{target.due.isoformat()}:{offset}"
                planned.append(Reminder(key, meeting.id, target, offset, fire_at))
    return tuple(sorted(planned, key=lambda r: (r.fire_at, r.key)))


def _moments(
    target: Target, settings: RemindersSettings, tz: ZoneInfo, week: OfficeWeek
) -> list[tuple[str, dt.datetime]]:
    day = local_date(target.due, tz)

    def morning(of: dt.date) -> dt.datetime:
        return dt.datetime.combine(week.on_or_before(of), settings.morning_of, tz)

    if target.opens is not None:
        first = local_date(target.opens, tz)
        opening = dt.datetime.combine(week.on_or_after(first), settings.morning_of, tz)
        return _one_per_morning([(OPENS, opening), (MORNING, max(opening, morning(day)))])
    offsets = sorted(set(settings.offsets_days), reverse=True)
    if target.kind is TargetKind.SESSION and offsets:
        # The main meeting's reminders already cover the weeks before; a dry run the
        # day before the meeting needs only the day before and the day itself.
        offsets = [min(offsets)]
    moments = [(f"{days}d", morning(day - dt.timedelta(days=days))) for days in offsets if days > 0]
    moments.append((MORNING, morning(day)))
    moments = _one_per_morning(moments)
    start = target.starts_at()
    if target.kind is not TargetKind.DEADLINE and start is not None:
        minutes = settings.before_start_minutes
        moments.append((f"{minutes}m", start.astimezone(tz) - dt.timedelta(minutes=minutes)))
    return moments


def _one_per_morning(moments: list[tuple[str, dt.datetime]]) -> list[tuple[str, dt.datetime]]:
    """Moved off a weekend, "1d" and "morning" may land on the same Friday: the later
    offset (the nearer to the deadline, with the more urgent words) is kept."""
    kept: dict[dt.datetime, str] = {}
    for offset, fire_at in moments:
        kept[fire_at] = offset
    return [(offset, fire_at) for fire_at, offset in kept.items()]


def _deadlines(record: MeetingRecord, settings: RemindersSettings, tz: ZoneInfo) -> list[Deadline]:
    # A copy of the registration deadline in `deadlines` is dropped by _unique_keys.
    return [*record.stated_deadlines(), *derived_deadlines(record, settings, tz)]


def _meeting_start(record: MeetingRecord) -> When | None:
    if record.start is None:
        return None
    start = record.start.value
    if isinstance(start, dt.datetime):
        return start
    # The letter gives the day; the Zoom details often give the hour.
    for session in record.online_meetings:
        if (
            session.label is SessionLabel.MAIN
            and isinstance(session.start, dt.datetime)
            and session.start.date() == start
        ):
            return session.start
    return start


def _unique_keys(found: list[Target]) -> tuple[Target, ...]:
    seen: set[tuple[str, When]] = set()
    counts: dict[str, int] = {}
    unique: list[Target] = []
    for target in found:
        if (target.key, target.due) in seen:  # the same deadline stated twice
            continue
        seen.add((target.key, target.due))
        counts[target.key] = counts.get(target.key, 0) + 1
        if counts[target.key] > 1:
            target = replace(target, key=f"{target.key}-{counts[target.key]}")
        unique.append(target)
    return tuple(unique)
