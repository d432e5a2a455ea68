"""The planned reminders as a table, for `meetbot demo` and the status command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from rich.table import Table

from bot.actions.clock import table_time
from bot.actions.reminders.messages import meeting_title, target_name
from bot.actions.reminders.plan import plan_reminders
from bot.config.settings import RemindersSettings
from bot.meetings.meeting import Meeting


def plan_table(
    meetings: Sequence[Meeting],
    settings: RemindersSettings,
    tz: ZoneInfo,
    *,
    now: dt.datetime | None = None,
) -> Table:
    """One row per reminder; those before `now` are dimmed (they will not be sent)."""
    table = Table(title=f"Planned reminders ({tz.key})")
    # Titles run to a hundred characters: one line each, cut with an ellipsis.
    table.add_column("Meeting", no_wrap=True, overflow="ellipsis", max_width=30)
    table.add_column("For")
    table.add_column("Due")
    table.add_column("Offset")
    table.add_column("Fires at")
    for meeting in meetings:
        for reminder in plan_reminders(meeting, settings, tz):
            target = reminder.target
            past = now is not None and reminder.fire_at <= now
            table.add_row(
                f"[{meeting.id}] {meeting_title(meeting)}",
                target_name(target),
                table_time(target.due, tz),
                reminder.offset,
                table_time(reminder.fire_at, tz),
                style="dim" if past else None,
            )
    return table
