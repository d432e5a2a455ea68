"""Mail that is about no meeting, though it names events and dates: bulk mail, leave requests,
out-of-office and automatic replies, IT notices, vacancy notices; and a reply's subject. Read by
bot.understanding.triage before any meeting's words.
"""

from __future__ import annotations

import re

NOT_MEETING_MAIL = re.compile(  # no leading \b: alternatives that start with letters scan fast
    r"unsubscribe|newsletter|view\s+(?:this\s+(?:e-?mail|message)|it|online)\s+in\s+(?:your|a)\s+browser"
    r"|you\s+are\s+receiving\s+this|out\s+of\s+(?:the\s+)?office\b|automatic\s+reply|auto-?reply\b"
    # (every choice opens with its letters, none with a group: the engine skips to them)
    r"|annual\s+leave\b|sick\s+leave\b|personal\s+leave\b|maternity\s+leave\b"
    r"|leave\s+(?:request|application)"
    r"|scheduled\s+maintenance|system\s+maintenance|server\s+maintenance"
    r"|planned\s+maintenance|password\s+(?:expir|reset)"
    r"|vacancy\s+announcement|vacancies|job\s+(?:opening|posting|vacancy)|applications?\s+from\s+qualified"
    r"|ขออนุญาตลา|ใบลา|ลาพักผ่อน|ลาป่วย|ลากิจ|ปิดปรับปรุงระบบ|จดหมายข่าว|ตำแหน่งว่าง|รับสมัครงาน",
)
REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|ตอบกลับ)\s*:", re.IGNORECASE)
# An automatic reply repeats the subject it answers ("Automatic reply: Invitation: ..."): its
# own words are an absence, never a meeting.
AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto-?reply|out\s+of\s+(?:the\s+)?office|autosvar"
    r"|ตอบกลับอัตโนมัติ)\s*:",
    re.IGNORECASE,
)
