"""A Thai story's hours said to be local ones, and how far ahead of (or behind) Thai time they
run: "เวลา 07.55 น. (ตามเวลาท้องถิ่น… ซึ่งเร็วกว่ากรุงเทพฯ 2 ชั่วโมง)". The text's hours
without a zone are then in that offset, not in Bangkok's (round sixteen).

Read under review (LOCAL_OFFSET_CONFIDENCE): the offset names no zone, only its hours.
"""

from __future__ import annotations

import re

from bot.understanding.temporal.digits import number

# "เร็วกว่ากรุงเทพฯ 2 ชั่วโมง", "ช้ากว่าเวลาประเทศไทย 5 ชั่วโมง", with "local time" just before.
_OFFSET_TOLD = re.compile(
    r"ท้องถิ่น[^\n()]{0,60}?(?P<way>เร็ว|ช้า)กว่า[^\S\n]*(?:เวลา)?[^\S\n]*(?:ที่)?[^\S\n]*"
    r"(?:ประเทศไทย|ไทย|กรุงเทพ(?:มหานคร|ฯ)?)[^\S\n]*(?P<n>[0-9๐-๙]{1,2})[^\S\n]*ชั่วโมง"
)
_THAI_HOURS = 7  # UTC+7, the hours the story's readers keep
LOCAL_OFFSET_CONFIDENCE = 0.7


def local_offset_zone(plain: str) -> str | None:
    """The fixed offset ("UTC+09:00") a Thai text says its local hours run at, or None when it
    says none, or says two."""
    if "ท้องถิ่น" not in plain or "กว่า" not in plain:
        return None  # most texts say no such thing: no scan
    told = set()
    for m in _OFFSET_TOLD.finditer(plain):
        apart = number(m["n"])
        hours = _THAI_HOURS + (apart if m["way"] == "เร็ว" else -apart)
        if -12 <= hours <= 14:
            told.add(f"UTC{'+' if hours >= 0 else '-'}{abs(hours):02d}:00")
    return told.pop() if len(told) == 1 else None
