"""A meeting adjourned to another day, which bot.understanding.triage reads as put off
(kinds24: round nineteen): "the 24 March Council meeting will be adjourned due to …", "has
been adjourned to 30 June". Not the minutes' "the meeting was adjourned at 9:05 pm" nor an
agenda's "Adjourn", which close a sitting; nor an adjournment on a condition its sentence goes
on to state ("shall be adjourned until further notice if the ban is not lifted").
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.kind_words import not_right_after
from bot.understanding.prefilter import prefiltered

# mend20c: round nineteen. A programme's break in a sitting, not a day put off: "will be
# adjourned for lunch", "… no later than 16:00", "… until 9:30 the following morning".
_CLOCK = r"\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m\b)"
_BREAK = (
    r"\s+(?:for|no\s+later|around|about|after|before|between|daily|each|every)\b"
    rf"|\s+(?:until|to)\s+(?:about\s+)?{_CLOCK}"
)
# (every choice opens on "adjourned", so that the engine skips to it: its auxiliaries are read
# behind it)
ADJOURNED = prefiltered(
    ["adjourned"],
    rf"(?:(?:(?<=\bwill\sbe\s)|(?<=\bshall\sbe\s)|(?<=\bto\sbe\s)|(?<=\bhas\sbeen\s)"
    rf"|(?<=\bhave\sbeen\s))adjourned\b(?!\s+(?:at|sine\s+die)\b|{_BREAK})"
    rf"|\badjourned\s+(?:until|to)\s+(?!{_CLOCK})(?:[\w,]+\s+){{0,2}}?"
    rf"(?:\d|next\b|a\s+later\b|(?:{cues.MONTH_NAME_EN})\b))"
    r"(?![^.\n]{0,100}?\b(?:if|unless|in\s+case|should)\b)",
)

# kindsth-r22: round twenty-two. A Thai headline's meeting that fell through, "ประชุมบอร์ด…
# ‘ล่ม’" (for want of a quorum): its story is of the sitting not held, not of one held, whatever
# day gone by the text reads. Not one that only looks set to ("ส่อล่ม", "อาจล่ม", "เสี่ยงล่ม",
# "จ่อล่ม": its sitting may yet be held), nor a regime's collapse ("ล่มสลาย").
# (mend-r22a: the word ล่ม itself, not inside ถล่ม (a landslide's, a building's) nor หล่ม (a mire;
# the district of หล่มสัก); not one denied or all but (ไม่, หวิด, เกือบ), told ahead (จะ), or
# feared or forestalled, "หวั่นประชุม…ล่ม", "กันประชุมล่ม"; nor a meeting on what fell, "ประชุม
# ถอดบทเรียนเหตุเรือล่ม", "ประชุมแก้ปัญหาระบบล่ม": what it is about stands between.)
# (mend-r22f: nor feared through its noun, "หวั่นการประชุมล่ม", "กันการประชุมล่ม"; nor a meeting
# called after what fell, "ประชุมด่วน หลังแอปตัวอย่างล่ม": an app's, a site's.)
_HEDGES = ("ส่อ", "อาจ", "เสี่ยง", "จ่อ", "จะ", "ไม่", "หวิด", "เกือบ")
_ABOUT = "เรื่อง|แก้|รับมือ|ป้องกัน|เหตุ|ปัญหา|กรณี|บทเรียน|เรือ|ระบบ|เว็บ|หลัง|แอป"
# (fast-r22b: the look-behinds read behind "ประชุม", not before it: a pattern that opens on a
# literal word is skipped through to it, one that opens on a look-behind is tried at every
# character)
COLLAPSED = re.compile(
    rf"ประชุม(?<!หวั่นประชุม)(?<!กันประชุม)(?<!ให้ประชุม)(?<!หวั่นการประชุม)(?<!กันการประชุม)"
    rf"(?<!ให้การประชุม)(?:(?!{_ABOUT})[^\n]){{0,30}}?"
    + not_right_after(*_HEDGES)
    + r"(?<![ถห])ล่ม(?!สลาย)"
)
