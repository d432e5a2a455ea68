"""A meeting's fields and states, and the words of its mail and work, as a person reads
them: Thai first, English beside it.

One table for every place a field is named to a person (the workspace, the chat's
notices), so a correction of "start" reads "เริ่ม" in both and never the code.
"""

from __future__ import annotations

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "title": ("ชื่อการประชุม", "Title"),
    "title_th": ("ชื่อภาษาไทย", "Thai title"),
    "series": ("ชุดการประชุม", "Series"),
    "ordinal": ("ครั้งที่", "Ordinal"),
    "start": ("เริ่ม", "Start"),
    "end": ("สิ้นสุด", "End"),
    "timezone": ("เขตเวลาของผู้จัด", "Organiser's zone"),
    "venue": ("สถานที่", "Venue"),
    "city": ("เมือง", "City"),
    "country": ("ประเทศ", "Country"),
    "mode": ("รูปแบบ", "Mode"),
    "online_meetings": ("ประชุมออนไลน์", "Online sessions"),
    "registration_url": ("ลิงก์ลงทะเบียน", "Registration link"),
    "registration_deadline": ("ลงทะเบียนภายใน", "Registration deadline"),
    "deadlines": ("กำหนดส่งอื่น ๆ", "Other deadlines"),
    "delegates_requested": ("จำนวนผู้แทน", "Quota"),
    "sponsorship": ("การสนับสนุนค่าใช้จ่าย", "Sponsorship"),
    "organiser_contacts": ("ผู้ติดต่อของผู้จัด", "Organiser's contacts"),
    "documents_url": ("ลิงก์เอกสารการประชุม", "Documents link"),
    "status": ("สถานะ", "Status"),
}

STATUS_NAMES: dict[str, tuple[str, str]] = {
    "scheduled": ("กำหนดแล้ว", "scheduled"),
    "postponed": ("เลื่อน", "postponed"),
    "cancelled": ("ยกเลิก", "cancelled"),
}

MODE_NAMES: dict[str, tuple[str, str]] = {
    "in_person": ("ประชุม ณ สถานที่จริง", "in person"),
    "virtual": ("ประชุมออนไลน์", "online"),
    "hybrid": ("ทั้งสถานที่จริงและออนไลน์", "hybrid"),
}

DEADLINE_NAMES: dict[str, tuple[str, str]] = {
    "registration": ("ลงทะเบียน", "registration"),
    "nomination": ("เสนอรายชื่อผู้แทน", "nomination"),
    "documents": ("ส่งเอกสาร", "documents"),
    "travel": ("แจ้งข้อมูลการเดินทาง", "travel"),
    "report": ("ส่งรายงานผลการประชุม", "report"),
    "other": ("กำหนดส่ง", "other"),
}

MESSAGE_KIND_NAMES: dict[str, tuple[str, str]] = {
    "invitation": ("หนังสือเชิญ", "invitation"),
    "update": ("แจ้งเปลี่ยนแปลง/เพิ่มเติม", "update"),
    "cancellation": ("แจ้งยกเลิก", "cancellation"),
    "postponement": ("แจ้งเลื่อน", "postponement"),
    "circular": ("หนังสือเวียน", "circular"),
    "report": ("รายงานผลการประชุม", "report"),
    "other": ("อื่น ๆ", "other"),
}

# The states of a stored message, of outgoing mail and of an action's run.
WORK_STATE_NAMES: dict[str, tuple[str, str]] = {
    "stored": ("เก็บแล้ว รอแยกข้อมูล", "stored"),
    "extracted": ("แยกข้อมูลแล้ว", "extracted"),
    "quarantined": ("พักไว้ รอคนสั่งใหม่", "quarantined"),
    "held": ("รอ", "held"),
    "pending": ("รอดำเนินการ", "pending"),
    "running": ("กำลังทำ", "running"),
    "sent": ("ส่งแล้ว", "sent"),
    "done": ("เสร็จแล้ว", "done"),
    "failed": ("ล้มเหลว", "failed"),
}

ACTION_NAMES: dict[str, tuple[str, str]] = {
    "calendar": ("ปฏิทิน", "calendar"),
    "memo": ("บันทึกข้อความ", "memo"),
    "reminders": ("การแจ้งเตือน", "reminders"),
}

MAIL_KIND_NAMES: dict[str, tuple[str, str]] = {
    "itip": ("คำเชิญในปฏิทิน", "calendar invitation"),
    "reminder": ("การแจ้งเตือน", "reminder"),
}

MEMO_KIND_NAMES: dict[str, tuple[str, str]] = {
    "nomination": ("บันทึกขออนุมัติผู้แทน", "nomination"),
    "covering": ("หนังสือถึงปลัดกระทรวง", "covering letter"),
    "report": ("บันทึกรายงานผล", "report"),
    "circulation": ("บันทึกแจ้งเวียน", "circulation"),
    "reply": ("ร่างอีเมลตอบผู้จัด", "reply"),
}


def field_name(name: str, between: str = " / ") -> str:
    """'เริ่ม / Start' for "start"; a field this table does not know keeps its own name."""
    thai, english = FIELD_NAMES.get(name, (name, ""))
    return f"{thai}{between}{english}" if english else thai


def named(table: dict[str, tuple[str, str]], code: str, between: str = " / ") -> str:
    """'ยกเลิก / cancelled' for "cancelled" in STATUS_NAMES; an unknown code as it is."""
    thai, english = table.get(code, (code, ""))
    return f"{thai}{between}{english}" if english else thai


def chat_name(pair: tuple[str, str]) -> str:
    """'ยกเลิก (cancelled)': the chat's way of putting the English beside the Thai."""
    return f"{pair[0]} ({pair[1]})"
