"""`actions.skip_past`: which action runs a meeting that is already over does without."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.meetings.meeting import Meeting
from bot.types import Clock

# What reaches people: invitations (and the calendar they go with) and reminders,
# whose new-meeting notice is the first of them. A memo is still drafted: it is the
# office's own record.
PEOPLE_FACING = frozenset({"calendar", "reminders"})


def is_over(meeting: Meeting, *, today: dt.date, zone: ZoneInfo) -> bool:
    """Whether the meeting's last day is before `today`; False when it has no date."""
    last = meeting.record.end or meeting.record.start
    if last is None:
        return False
    value = last.value
    day = value.astimezone(zone).date() if isinstance(value, dt.datetime) else value
    return day < today


class SkipPast:
    """The runner's `skip`: a people-facing action for a meeting already over."""

    def __init__(self, clock: Clock, timezone: str) -> None:
        self.clock = clock
        self.zone = ZoneInfo(timezone)

    def __call__(self, action: str, meeting: Meeting) -> bool:
        if action not in PEOPLE_FACING:
            return False
        today = self.clock.now().astimezone(self.zone).date()
        return is_over(meeting, today=today, zone=self.zone)
