"""The words of reminders: Thai text with English names, in the office's time zone.

Chat messages use Arabic digits (read on phones, copied into forms); the official
documents elsewhere in meetbot use Thai digits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from bot.actions.clock import people_when
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.plan import MORNING, OPENS, Reminder, Target, TargetKind
from bot.config.settings import Settings
from bot.meetings.approval import shown_key
from bot.meetings.field_names import DEADLINE_NAMES, chat_name
from bot.meetings.meeting import Meeting
from bot.understanding.browser_url import browser_host, text_without_links
from bot.understanding.record import OnlineMeeting, SessionLabel, When

DONE_PREFIX = "d"  # callback data "d:<meeting id>:<target key>": mark done
SNOOZE_PREFIX = "s"  # "s:<meeting id>:<target key>:<SNOOZES key>": remind again later
# "a:<meeting id>:<shown key>": a person approves a held meeting as the notice showed it
APPROVE_PREFIX = "a"
# "c:<change id>:y" or ":n": a person accepts or rejects one pending change
CHANGE_PREFIX = "c"

# What a reminder is about: a deadline by its kind's name in the one table the workspace
# uses too; the meeting and its sessions by their own.
TARGET_NAMES = {
    **{kind: chat_name(names) for kind, names in DEADLINE_NAMES.items()},
    "meeting": "การประชุม (Meeting)",
    "dry-run": "ทดสอบระบบก่อนการประชุม (Dry run)",
    "rehearsal": "ซ้อมการประชุม (Rehearsal)",
    "breakout": "ประชุมกลุ่มย่อย (Breakout session)",
}
DONE_LABELS = {
    "registration": "✅ ลงทะเบียนแล้ว (Registered)",
    "nomination": "✅ ส่งรายชื่อผู้แทนแล้ว (Names sent)",
    "report": "✅ ส่งรายงานแล้ว (Report sent)",
}
DONE_LABEL = "✅ เสร็จแล้ว (Done)"
# How long a snooze lasts, by the key in its button's data (see ReminderService.snooze).
SNOOZE_HOUR = "1h"
SNOOZE_MORNING = "am"
SNOOZE_WORKING_DAYS = "2w"
SNOOZES = {
    SNOOZE_HOUR: "⏰ อีก 1 ชั่วโมง (1 hour)",
    SNOOZE_MORNING: "⏰ พรุ่งนี้เช้า (tomorrow morning)",
    SNOOZE_WORKING_DAYS: "⏰ อีก 2 วันทำการ (2 working days)",
}
APPROVE_LABEL = "✅ อนุมัติ (Approve)"
ACCEPT_LABEL = "✅ ยอมรับการเปลี่ยนแปลง (Accept change)"
REJECT_LABEL = "❌ ไม่รับ (Reject)"


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, at most 64 bytes (Bot API)


@dataclass(frozen=True)
class Outgoing:
    """One message for every channel: Telegram shows the buttons, e-mail the subject."""

    subject: str
    text: str
    buttons: tuple[Button, ...] = ()
    documents: tuple[Path, ...] = ()  # sent after the text (memo drafts)


def meeting_title(meeting: Meeting) -> str:
    record = meeting.record
    if record.title is not None:
        return record.title.value
    if record.title_th is not None:
        return record.title_th.value
    if record.series is not None:
        return record.series.value
    return f"meeting {meeting.id}"


def workspace_url(settings: Settings, meeting_id: int) -> str | None:
    """The meeting's page in the workspace, when `[web] base_url` is set."""
    base = settings.web.base_url
    return None if base is None else f"{base.rstrip('/')}/meetings/{meeting_id}"


def memo_url(settings: Settings, meeting_id: int, name: str) -> str | None:
    """Where the workspace serves memo file `name` (bot/web/routes/files.py)."""
    page = workspace_url(settings, meeting_id)
    return None if page is None else f"{page}/memos/{quote(name)}"


def target_name(target: Target) -> str:
    return target_key_name(target.key)


def target_key_name(key: str) -> str:
    """A target's name by its key; the second of a kind ("nomination-2") by its kind's."""
    base = key.rsplit("-", 1)[0] if key[-1].isdigit() else key
    return TARGET_NAMES.get(base, key)


def days_left(due: When, today: dt.date, tz: ZoneInfo) -> str:
    days = (local_date(due, tz) - today).days
    if days > 1:
        return f"เหลืออีก {days} วัน"
    if days == 1:
        return "พรุ่งนี้ (อีก 1 วัน)"
    if days == 0:
        return "วันนี้"
    return f"⚠️ เลยกำหนดมาแล้ว {-days} วัน (the deadline has passed)"


def link_line(label: str, url: str, approved: bool) -> str:
    if approved:
        return f"{label}: {url}"
    # Unapproved mail may carry a phishing link: name the real host, withhold the link.
    return f"{label}: (รอการอนุมัติ; link held for approval, host {browser_host(url)})"


def venue_lines(meeting: Meeting) -> list[str]:
    """The venue; a held meeting's URLs in it as inert text with their real host."""
    venue = meeting.record.venue
    if venue is None:
        return []
    shown = venue.value if meeting.approved else text_without_links(venue.value)
    return [f"สถานที่ (Venue): {shown}"]


def session_lines(
    session: OnlineMeeting, approved: bool, *, withheld: str | None = None
) -> list[str]:
    """The session's link, ID and passcode; only `withheld` in their place when given."""
    lines = [f"{session.platform.value.capitalize()} ({session.label.value})"]
    if withheld is not None:
        return [*lines, f"  {withheld}"]
    if session.url:
        lines.append(link_line("ลิงก์ (Link)", session.url, approved))
    if session.meeting_id:
        lines.append(f"Meeting ID: {grouped(session.meeting_id)}")
    if session.passcode:
        lines.append(f"Passcode: {session.passcode}")
    return lines


def reminder_message(
    reminders: Sequence[Reminder],
    meeting: Meeting,
    *,
    today: dt.date,
    tz: ZoneInfo,
    late_since: dt.datetime | None = None,
) -> Outgoing:
    """One message for the reminders of `meeting` due at the same minute; `late_since`
    when meetbot was not running at the time it should have been sent."""
    title = meeting_title(meeting)
    lines: list[str] = []
    if late_since is not None:
        lines.append(f"⏰ แจ้งเตือนล่าช้า (late: due {people_when(late_since, tz)})")
    buttons: list[Button] = []
    for reminder in reminders:
        target = reminder.target
        lines.extend(_reminder_lines(reminder, meeting, today=today, tz=tz))
        buttons.extend(buttons_for(target, meeting.id, named=len(reminders) > 1))
    lines.insert(1 if late_since is None else 2, title)
    lines.append(f"/meeting {meeting.id}")
    names = ", ".join(target_name(r.target) for r in reminders)
    return Outgoing(
        subject=f"[meetbot] {names}: {title}",
        text="\n".join(line for line in lines if line),
        buttons=tuple(buttons),
    )


def _reminder_lines(
    reminder: Reminder, meeting: Meeting, *, today: dt.date, tz: ZoneInfo
) -> list[str]:
    target = reminder.target
    heading = {MORNING: "🔔 วันนี้", OPENS: "🔔 เปิดให้ดำเนินการแล้ว (now open)"}.get(
        reminder.offset, "🔔 ใกล้ถึงเวลา"
    )
    lines = [f"{heading}: {target_name(target)}"]
    if target.opens is not None:
        lines.append(f"ช่วงเวลา (window): {people_when(target.opens, tz)} ถึง")
    lines.append(f"กำหนด: {people_when(target.due, tz)}")
    if target.kind is TargetKind.DEADLINE:
        lines.append(days_left(target.due, today, tz))
    if target.deadline is not None and target.deadline.derived:
        source = target.deadline.source
        lines.append(
            f"(คำนวณโดยระบบ: {source if meeting.approved else text_without_links(source)})"
        )
    lines.extend(_details(target, meeting))
    return lines


def buttons_for(target: Target, meeting_id: int, *, named: bool = False) -> tuple[Button, ...]:
    """Done and the snoozes; `named` adds the target to each label when one message
    carries the buttons of several."""
    if target.kind is not TargetKind.DEADLINE:
        return ()
    suffix = f" · {target.key}" if named else ""
    done = DONE_LABELS.get(target.key, DONE_LABEL)
    data = f"{meeting_id}:{target.key}"
    return (
        Button(done + suffix, f"{DONE_PREFIX}:{data}"),
        *(
            Button(label + suffix, f"{SNOOZE_PREFIX}:{data}:{key}")
            for key, label in SNOOZES.items()
        ),
    )


def approve_button(meeting: Meeting) -> Button:
    """Bound to what the notice shows: pressed after a later mail changed the meeting, it
    approves nothing."""
    return Button(APPROVE_LABEL, f"{APPROVE_PREFIX}:{meeting.id}:{shown_key(meeting)}")


def change_buttons(change_id: int) -> tuple[Button, Button]:
    """Bound to one pending change: a later change has buttons of its own."""
    return (
        Button(ACCEPT_LABEL, f"{CHANGE_PREFIX}:{change_id}:y"),
        Button(REJECT_LABEL, f"{CHANGE_PREFIX}:{change_id}:n"),
    )


def _details(target: Target, meeting: Meeting) -> list[str]:
    record = meeting.record
    if target.key == "registration" and record.registration_url is not None:
        return [
            link_line("ลงทะเบียนที่ (Register at)", record.registration_url.value, meeting.approved)
        ]
    if target.session is not None:
        return session_lines(target.session, meeting.approved)
    if target.kind is TargetKind.MEETING:
        lines: list[str] = []
        lines.extend(venue_lines(meeting))
        for session in record.online_meetings:
            if session.label is SessionLabel.MAIN:
                lines.extend(session_lines(session, meeting.approved))
        return lines
    return []


def grouped(digits: str) -> str:
    # Zoom prints IDs as 3-4-4 ("848 2516 8770"), the form people type from.
    if len(digits) == 11:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return digits
