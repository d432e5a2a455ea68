"""The daily digest: what is due in the coming week, and which invitations are new."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.actions.clock import people_when
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.messages import (
    Outgoing,
    days_left,
    meeting_title,
    target_name,
)
from bot.actions.reminders.plan import Target
from bot.actions.thai import thai_date
from bot.meetings.meeting import Meeting

WEEK = dt.timedelta(days=7)


def daily_digest(
    open_targets: Sequence[tuple[Meeting, Sequence[Target]]],
    new_meetings: Sequence[Meeting],
    *,
    today: dt.date,
    tz: ZoneInfo,
) -> Outgoing | None:
    """The digest, or None when nothing is due this week and nothing is new."""
    due = sorted(
        (
            (local_date(target.due, tz), meeting, target)
            for meeting, targets in open_targets
            for target in targets
            if today <= local_date(target.due, tz) < today + WEEK
        ),
        key=lambda item: (item[0], item[1].id, item[2].key),
    )
    if not due and not new_meetings:
        return None
    lines = [f"🗓 สรุปประจำวัน (Daily digest) {thai_date(today, digits=False, weekday=True)}"]
    lines.append("")
    lines.append("ครบกำหนดภายใน 7 วัน (Due this week):")
    for _day, meeting, target in due:
        lines.append(f"• {target_name(target)}: {meeting_title(meeting)} (/meeting {meeting.id})")
        lines.append(f"  {people_when(target.due, tz)}: {days_left(target.due, today, tz)}")
    if not due:
        lines.append("• ไม่มี (nothing)")
    lines.append("")
    lines.append("หนังสือเชิญใหม่ตั้งแต่เมื่อวาน (New since yesterday):")
    for meeting in new_meetings:
        lines.append(f"• {meeting_title(meeting)} (/meeting {meeting.id})")
    if not new_meetings:
        lines.append("• ไม่มี (nothing)")
    return Outgoing(subject=f"[meetbot] Daily digest {today.isoformat()}", text="\n".join(lines))
