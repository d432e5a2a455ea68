"""The first word of a new invitation: what it is and every deadline with the days left.

Internal chains often reach the office after the organiser's registration closed
(the SLOM-WG registration closed on 15 September; the ministry's memo is dated 25
September), so a deadline already past is said plainly, with what to do about it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions.clock import people_when
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.facts import (
    Change,
    is_target,
    said_labels,
    shown,
    span,
    stored_words,
)
from bot.actions.reminders.messages import (
    TARGET_NAMES,
    Outgoing,
    approve_button,
    change_buttons,
    days_left,
    meeting_title,
    target_name,
)
from bot.actions.reminders.plan import Target, TargetKind
from bot.meetings.field_names import FIELD_NAMES, MODE_NAMES, chat_name
from bot.meetings.hold_reasons_th import hold_reason_words
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.meetings.pending import HeldChange
from bot.understanding.browser_url import text_without_links

NO_MORE_REMINDERS = "🔕 ไม่มีการแจ้งเตือนของการประชุมนี้อีก (no more reminders for this meeting)"
LATE_ADVICE = "→ ติดต่อผู้จัดเพื่อขอลงทะเบียนล่าช้า (ask the organiser about late registration)"


def arrival_notice(
    meeting: Meeting,
    targets: Sequence[Target],
    *,
    today: dt.date,
    tz: ZoneInfo,
    link_targets: Mapping[str, str] | None = None,
) -> Outgoing:
    """`link_targets`: where government short links point (trust.resolve_links)."""
    record = meeting.record
    title = meeting_title(meeting)
    lines = ["📩 หนังสือเชิญประชุมใหม่ (New invitation)", title]
    if record.start is not None:
        lines.append(
            f"วันประชุม: {span(record.start.value, record.end.value if record.end else None, tz)}"
        )
    where = ", ".join(f.value for f in (record.venue, record.city, record.country) if f)
    if where and not meeting.approved:
        where = text_without_links(where)  # a held meeting's URLs are shown, never linked
    if where:
        lines.append(f"สถานที่ (Venue): {where}")
    if record.mode is not None:
        mode = record.mode.value.value
        lines.append(f"รูปแบบ (Mode): {chat_name(MODE_NAMES[mode]) if mode in MODE_NAMES else mode}")
    for short, points_to in (link_targets or {}).items():
        shown = points_to if meeting.approved else text_without_links(points_to)
        lines.append(f"ลิงก์ย่อของหน่วยงานรัฐ (Government short link): {short} → {shown}")
    if not meeting.approved:
        lines.extend(approval_lines(meeting))
    lines.append("")
    lines.append("กำหนดการสำคัญ (Deadlines):")
    listed = len(lines)
    deadlines = [t for t in targets if t.kind is TargetKind.DEADLINE]
    for target in deadlines:
        lines.append(f"• {target_name(target)}: {people_when(target.due, tz)}")
        lines.append(f"  {days_left(target.due, today, tz)}")
        if target.key == "registration" and local_date(target.due, tz) < today:
            lines.append(f"  {LATE_ADVICE}")
    for deadline in record.deadlines:
        if deadline.due is None and not any(t.deadline == deadline for t in deadlines):
            name = TARGET_NAMES.get(deadline.kind.value, deadline.kind.value)
            source = deadline.source if meeting.approved else text_without_links(deadline.source)
            lines.append(f"• {name}: “{source}” (ยังไม่มีวันที่แน่นอน; no date yet)")
    if len(lines) == listed:
        lines.append("• ไม่พบกำหนดส่งในหนังสือ (no deadline found in the letter)")
    lines.append("")
    lines.append(f"/meeting {meeting.id}")
    buttons = () if meeting.approved else (approve_button(meeting),)
    return Outgoing(
        subject=f"[meetbot] New invitation: {title}", text="\n".join(lines), buttons=buttons
    )


def updated_notice(meeting: Meeting, changed: Sequence[Change]) -> Outgoing:
    """A follow-up changed what people act on: each value, old → new."""
    title = meeting_title(meeting)
    lines = ["🔄 ข้อมูลการประชุมเปลี่ยนแปลง (Updated)", title]
    cancelled = meeting.status is MeetingStatus.CANCELLED
    if cancelled:
        # Its dates and deadlines leave the reminders: one line, not "date → none" each.
        changed = [c for c in changed if not (is_target(c) and c.new is None)]
    for change, label in zip(changed, said_labels(changed), strict=True):
        old = shown(change, change.old, meeting.approved)
        new = shown(change, change.new, meeting.approved)
        lines.append(f"• {label}:")
        lines.append(f"  {old} → {new}")
    if cancelled:
        lines.append(NO_MORE_REMINDERS)
    if not meeting.approved:
        lines.extend(approval_lines(meeting))
    lines.append(f"/meeting {meeting.id}")
    buttons = () if meeting.approved else (approve_button(meeting),)
    return Outgoing(subject=f"[meetbot] Updated: {title}", text="\n".join(lines), buttons=buttons)


def held_notice(meeting: Meeting) -> Outgoing:
    """A change to a known meeting came from mail that is not trusted: it waits."""
    title = meeting_title(meeting)
    lines = ["✋ การเปลี่ยนแปลงรอการอนุมัติ (A change waits for approval)", title]
    lines.extend(approval_lines(meeting))
    lines.append(f"/meeting {meeting.id}")
    return Outgoing(
        subject=f"[meetbot] Waiting for approval: {title}",
        text="\n".join(lines),
        buttons=(approve_button(meeting),),
    )


def change_notice(meeting: Meeting, change: HeldChange, *, tz: ZoneInfo) -> Outgoing:
    """A change from untrusted mail to an approved meeting: kept apart, shown field by
    field in the correction notice's words, every URL in it as text with its host."""
    title = meeting_title(meeting)
    changed = [_field_words(f.name, f.old, f.new, tz) for f in change.fields]
    lines = [
        "✋ การเปลี่ยนแปลงจากอีเมลที่ยังไม่น่าเชื่อถือ รอการตัดสินใจ "
        "(A change from mail that is not trusted waits for a decision)",
        title,
        "กำหนดการเดิมยังคงอยู่ในปฏิทิน (the meeting stays as it is until accepted):",
        *(text_without_links(f"  • {label}: {old} → {new}") for label, old, new in changed),
        "เหตุผล (why it waits):",
        *(f"  • {hold_reason_words(reason)}" for reason in change.reasons),
        f"  meetbot approve {meeting.id} --change {change.id}",
        f"  meetbot reject {meeting.id} --change {change.id}",
    ]
    return Outgoing(
        subject=f"[meetbot] Change waiting: {title}",
        text="\n".join(lines),
        buttons=change_buttons(change.id),
    )


def correction_notice(
    meeting: Meeting, field: str, before: Any, after: Any, by: str, *, tz: ZoneInfo
) -> Outgoing:
    """A person corrected a value: every output follows, and the office is told, in the
    words the other notices use (the field's Thai name, dates as people read them)."""
    title = meeting_title(meeting)
    label, old, new = _field_words(field, before, after, tz)
    lines = [
        "✏️ แก้ไขข้อมูลการประชุม (A value was corrected)",
        title,
        f"• {label}:",
        f"  {old} → {new}",
        f"โดย (by) {by}",
        f"/meeting {meeting.id}",
    ]
    return Outgoing(subject=f"[meetbot] Corrected: {title}", text="\n".join(lines))


def _field_words(field: str, before: Any, after: Any, tz: ZoneInfo) -> tuple[str, str, str]:
    """A field's name in the chat's words, and its old and new values as people read them."""
    label = chat_name(FIELD_NAMES[field]) if field in FIELD_NAMES else field
    return label, stored_words(before, tz) or "—", stored_words(after, tz) or "—"


def catch_up_notice(missed: Sequence[tuple[Meeting, Target]], *, tz: ZoneInfo) -> Outgoing:
    """The deadlines whose reminders meetbot missed while it was down, and that passed."""
    lines = [
        "⏰ ระหว่างที่ระบบหยุดทำงาน กำหนดเหล่านี้ผ่านไปแล้ว",
        "(while meetbot was not running, these deadlines passed without their reminders)",
    ]
    for meeting, target in missed:
        lines.append(f"• [{meeting.id}] {target_name(target)} · {meeting_title(meeting)}")
        lines.append(f"  {people_when(target.due, tz)}")
    return Outgoing(
        subject=f"[meetbot] Missed while down: {len(missed)} deadline(s)", text="\n".join(lines)
    )


def approval_lines(meeting: Meeting) -> list[str]:
    lines = ["⚠️ รอการอนุมัติก่อนแจ้งผู้แทน (held for approval before delegates are told):"]
    lines.extend(f"  • {hold_reason_words(reason)}" for reason in meeting.approval_reasons)
    lines.append(f"  อนุมัติ (approve): meetbot approve {meeting.id}")
    return lines
