"""Why a meeting is held, in Thai, for the officer who decides: the reasons are stored in
English (the trust check's words, `approval.reasons_for`), and shown with this Thai
before them. A reason these patterns do not know is shown in English alone.
"""

from __future__ import annotations

import re

from bot.meetings.reason_patterns import thai_by_pattern

_SENTENCES = (
    (
        re.compile(r"sender (?P<who>.+) is not on the allowlist of organisers"),
        "ผู้ส่ง {who} ไม่อยู่ในรายชื่อผู้จัดที่เชื่อถือ",
    ),
    (
        re.compile(r"sender (?P<who>.+?) is on the allowlist but the mail is not authenticated:.*"),
        "ผู้ส่ง {who} อยู่ในรายชื่อที่เชื่อถือ แต่จดหมายไม่ผ่านการยืนยันตัวตนของเซิร์ฟเวอร์รับจดหมาย",
    ),
    (re.compile(r"the message has no usable From address"), "จดหมายไม่มีที่อยู่ผู้ส่งที่ใช้ได้"),
)
_LINK = re.compile(r"link to (?P<host>\S+): (?P<problems>.+) \([^()]*\)")
_LINK_PROBLEMS = (
    (
        re.compile(r"poses as a meeting link but goes to (?P<host>\S+)"),
        "อ้างเป็นลิงก์ประชุม แต่พาไปที่ {host}",
    ),
    (re.compile(r"the link has no host"), "ลิงก์ไม่มีชื่อโฮสต์"),
    (
        re.compile(r"hides its target behind the shortener (?P<host>\S+)"),
        "ซ่อนปลายทางไว้หลังบริการย่อลิงก์ {host}",
    ),
    (
        re.compile(r"meeting link goes to (?P<host>\S+), not a known meeting platform"),
        "ลิงก์ประชุมพาไปที่ {host} ซึ่งไม่ใช่แพลตฟอร์มประชุมที่รู้จัก",
    ),
    (re.compile(r"not encrypted \(http://\)"), "ไม่เข้ารหัส (http://)"),
)


def hold_reason_th(reason: str) -> str | None:
    """The Thai of a stored hold reason, or None when it is not one these patterns know."""
    sentence = thai_by_pattern(reason, _SENTENCES)
    if sentence is not None:
        return sentence
    link = _LINK.fullmatch(reason)
    if link is None:
        return None
    problems = [thai_by_pattern(p, _LINK_PROBLEMS) for p in link["problems"].split("; ")]
    if any(p is None for p in problems):
        return None
    return f"ลิงก์ไปที่ {link['host']}: " + "; ".join(p for p in problems if p)


def hold_reason_words(reason: str) -> str:
    """'Thai (English)', the chat's way; the English alone when there is no Thai for it."""
    thai = hold_reason_th(reason)
    return f"{thai} ({reason})" if thai else reason
