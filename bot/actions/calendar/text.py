"""The words of calendar events, in English and in Thai.

Times are written twice: in the meeting's own zone for the English line (as the
organiser wrote them) and in the office's zone for the Thai line (as the delegate
lives them), so "09:30 Singapore time" also reads "๐๘.๓๐ น." in Bangkok.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar
from zoneinfo import ZoneInfo

from bot.actions.clock import people_time, stated_differently, zone_name_th
from bot.actions.thai import thai_date, thai_time
from bot.understanding.record import (
    DeadlineKind,
    Extracted,
    MeetingRecord,
    Mode,
    OnlineMeeting,
    Platform,
    SessionLabel,
    When,
)

T = TypeVar("T")

ONLINE = "ออนไลน์ / Online"
# The longest quotation of the invitation shown under a deadline.
SOURCE_LIMIT = 300

SESSION_LABELS = {
    SessionLabel.MAIN: "Meeting",
    SessionLabel.DRY_RUN: "Dry run",
    SessionLabel.REHEARSAL: "Rehearsal",
    SessionLabel.BREAKOUT: "Breakout session",
}
SESSION_LABELS_TH = {
    SessionLabel.MAIN: "การประชุม",
    SessionLabel.DRY_RUN: "ทดสอบระบบก่อนการประชุม",
    SessionLabel.REHEARSAL: "ซ้อมการประชุม",
    SessionLabel.BREAKOUT: "การประชุมกลุ่มย่อย",
}
DEADLINE_LABELS = {
    DeadlineKind.REGISTRATION: ("Registration deadline", "กำหนดลงทะเบียน"),
    DeadlineKind.NOMINATION: ("Nomination due", "กำหนดเสนอรายชื่อผู้แทน"),
    DeadlineKind.DOCUMENTS: ("Documents due", "กำหนดส่งเอกสาร"),
    DeadlineKind.TRAVEL: ("Travel details due", "กำหนดแจ้งข้อมูลการเดินทาง"),
    DeadlineKind.REPORT: ("Report due", "กำหนดส่งรายงานผลการประชุม"),
    DeadlineKind.OTHER: ("Deadline", "กำหนดส่ง"),
}
PLATFORM_NAMES = {
    Platform.ZOOM: "Zoom",
    Platform.TEAMS: "Microsoft Teams",
    Platform.WEBEX: "Webex",
    Platform.MEET: "Google Meet",
    Platform.OTHER: "online meeting",
}


def value_of(extracted: Extracted[T] | None) -> T | None:
    return extracted.value if extracted is not None else None


def platform_name(platform: Platform) -> str:
    return PLATFORM_NAMES[platform]


def title(record: MeetingRecord) -> str:
    """The full English title, else the Thai one, else the short name."""
    return value_of(record.title) or value_of(record.title_th) or short_title(record)


def event_title(record: MeetingRecord) -> str:
    """The name a calendar shows: the Thai title first with the English beside, when the
    mail gave both; otherwise the one it gave (a name is not translated here)."""
    thai, english = value_of(record.title_th), value_of(record.title)
    if thai and english and thai != english:
        return f"{thai} / {english}"
    return title(record)


def session_label(label: SessionLabel) -> str:
    """'ทดสอบระบบก่อนการประชุม / Dry run'."""
    return f"{SESSION_LABELS_TH[label]} / {SESSION_LABELS[label]}"


def deadline_label(kind: DeadlineKind) -> str:
    """'กำหนดลงทะเบียน / Registration deadline'."""
    english, thai = DEADLINE_LABELS[kind]
    return f"{thai} / {english}"


def short_title(record: MeetingRecord) -> str:
    """'18th SLOM-WG' when the series and number are known."""
    series, number = value_of(record.series), value_of(record.ordinal)
    if series and number:
        return f"{ordinal(number)} {series}"
    return series or value_of(record.title) or value_of(record.title_th) or "Meeting"


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def session_description(
    record: MeetingRecord,
    online: OnlineMeeting | None,
    start: When,
    end: When,
    *,
    home: ZoneInfo,
    unscheduled: list[OnlineMeeting] | None = None,
    opens: dt.datetime | None = None,
) -> str:
    """`opens`: the start time of a meeting shown as whole days (its end has no time)."""
    english = title(record)
    thai = value_of(record.title_th)
    lines = [thai, english] if thai and thai != english else [english]
    if online is not None and online.label is not SessionLabel.MAIN:
        lines.append(session_label(online.label))
    lines += ["", f"วันเวลา: {thai_when(start, end, home)}", f"When: {english_when(start, end)}"]
    if opens is not None:
        lines.append(f"เริ่มประชุม: {thai_when(opens, opens, home)}")
        lines.append(f"Opens: {english_when(opens, opens)}")
    where = place(record)
    if where and value_of(record.mode) is not Mode.VIRTUAL:
        lines.append(f"สถานที่ / Venue: {where}")
    if online is not None:
        lines += ["", *online_lines(online)]
    for extra in unscheduled or []:
        label = session_label(extra.label)
        lines += ["", f"{label} (รอยืนยันวัน / date to be confirmed)", *online_lines(extra)]
    registration = value_of(record.registration_url)
    deadline = value_of(record.registration_deadline)
    if registration or deadline:
        lines.append("")
    if registration:
        lines.append(f"ลงทะเบียน / Registration: {registration}")
    if deadline is not None:
        lines.append(f"ลงทะเบียนภายใน: {thai_when(deadline, deadline, home)}")
        lines.append(f"Register by: {english_when(deadline, deadline)}")
    documents = value_of(record.documents_url)
    if documents:
        lines += ["", f"เอกสารการประชุม / Documents: {documents}"]
    return "\n".join(lines)


def deadline_description(
    record: MeetingRecord,
    kind: DeadlineKind,
    due: When,
    source: str,
    url: str | None,
    *,
    home: ZoneInfo,
) -> str:
    english, thai = DEADLINE_LABELS[kind]
    end = due if isinstance(due, dt.datetime) else due + dt.timedelta(days=1)
    name_th: str = value_of(record.title_th) or title(record)
    lines = [
        f"{thai}: {name_th}",
        f"{english}: {title(record)}",
        "",
        f"ครบกำหนด: {thai_when(due, end, home)}",
        f"Due: {english_when(due, end)}",
    ]
    if url:
        lines.append(f"ลิงก์ / Link: {url}")
    quoted = " ".join(source.split())
    if quoted:
        if len(quoted) > SOURCE_LIMIT:
            quoted = quoted[: SOURCE_LIMIT - 1] + "…"
        lines += ["", f"ข้อความต้นเรื่อง / As written: “{quoted}”"]
    return "\n".join(lines)


def online_lines(online: OnlineMeeting) -> list[str]:
    name = platform_name(online.platform)
    lines = []
    if online.url:
        lines.append(f"เข้าร่วมทาง {name} / Join {name}: {online.url}")
    if online.meeting_id:
        lines.append(f"หมายเลขห้องประชุม / Meeting ID: {group_digits(online.meeting_id)}")
    if online.passcode:
        lines.append(f"รหัสผ่าน / Passcode: {online.passcode}")
    return lines


def group_digits(meeting_id: str) -> str:
    """'84825168770' as Zoom prints it, '848 2516 8770'; other lengths in threes."""
    if not meeting_id.isdigit():
        return meeting_id
    if len(meeting_id) == 11:
        return f"{meeting_id[:3]} {meeting_id[3:7]} {meeting_id[7:]}"
    if len(meeting_id) == 10:
        return f"{meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:]}"
    return " ".join(meeting_id[i : i + 3] for i in range(0, len(meeting_id), 3))


def english_when(start: When, end: When) -> str:
    """'Tuesday 30 September 2025, 09:30–17:30 (Asia/Singapore)'; `end` is exclusive."""
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        first = _as_date(start)
        last = _as_date(end) - dt.timedelta(days=1)
        if last <= first:
            return _english_day(first)
        return f"{_english_day(first)} – {_english_day(last)}"
    zone = _zone_label(start)
    if start == end:
        return f"{_english_day(start.date())}, {start:%H:%M} ({zone})"
    end = end.astimezone(start.tzinfo)
    if start.date() == end.date():
        return f"{_english_day(start.date())}, {start:%H:%M}–{end:%H:%M} ({zone})"
    return (
        f"{_english_day(start.date())} {start:%H:%M} – "
        f"{_english_day(end.date())} {end:%H:%M} ({zone})"
    )


def thai_when(start: When, end: When, home: ZoneInfo) -> str:
    """'วันอังคารที่ ๓๐ กันยายน ๒๕๖๘ เวลา ๐๘.๓๐–๑๖.๓๐ น. (เวลาประเทศไทย)'."""
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        first = _as_date(start)
        last = _as_date(end) - dt.timedelta(days=1)
        if last <= first:
            return thai_date(first, weekday=True)
        return f"{thai_date(first, weekday=True)} – {thai_date(last, weekday=True)}"
    local_start, local_end = start.astimezone(home), end.astimezone(home)
    zone = "เวลาประเทศไทย" if home.key == "Asia/Bangkok" else home.key
    day = thai_date(local_start.date(), weekday=True)
    if local_start == local_end:
        return f"{day} เวลา {people_time(start, home, digits=True)}"
    if local_start.date() == local_end.date():
        begin = thai_time(local_start).removesuffix(" น.")
        text = f"{day} เวลา {begin}–{thai_time(local_end)} ({zone})"
        if stated_differently(start, home):
            stated = (
                f"{thai_time(start).removesuffix(' น.')}–{thai_time(end.astimezone(start.tzinfo))}"
            )
            text += f" ({stated} {zone_name_th(start)})"
        return text
    last_day = thai_date(local_end.date(), weekday=True)
    return f"{day} {thai_time(local_start)} – {last_day} {thai_time(local_end)} ({zone})"


def _english_day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _as_date(value: When) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _zone_label(moment: dt.datetime) -> str:
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo.key
    return moment.tzname() or "UTC"


def place(record: MeetingRecord) -> str:
    """Venue, city and country, each once."""
    parts = (value_of(record.venue), value_of(record.city), value_of(record.country))
    return ", ".join(dict.fromkeys(p for p in parts if p))


def mail_subject(method: str, summary: str, *, update: bool, removed: bool) -> str:
    if method == "CANCEL" and removed:
        return f"นำออกจากรายชื่อ / No longer invited: {summary}"
    if method == "CANCEL":
        return f"ยกเลิก / Cancelled: {summary}"
    if update:
        return f"แก้ไขคำเชิญ / Updated invitation: {summary}"
    return f"คำเชิญ / Invitation: {summary}"


def mail_intro(method: str, *, update: bool, removed: bool) -> str:
    if method == "CANCEL" and removed:
        return (
            "ท่านไม่ได้อยู่ในรายชื่อผู้เข้าร่วมรายการนี้แล้ว จึงนำออกจากปฏิทินของท่าน\n"
            "You are no longer listed for this; it has been taken out of your calendar."
        )
    if method == "CANCEL":
        return "รายการนี้ยกเลิกแล้ว\nThis has been cancelled."
    if update:
        return "มีการเปลี่ยนแปลงรายละเอียด โปรดตรวจสอบ\nThe details have changed; please check them."
    return "รายการนี้ได้เพิ่มในปฏิทินของท่านแล้ว\nThis has been added to your calendar."
