"""A Thai place written right after the meeting's day or hour, with "ที่" or with no word at
all: "วันที่ 29 มิถุนายน 2563 ที่โรงเรียนเทศบาล 4", "เวลา 16.30 น. ห้อง 901 อาคาร…".

After a date "ที่" is "at" (elsewhere it is as often "which": "หนังสือที่โรงเรียนส่งมา"), and a
room or a building named right after the hour is where the meeting is. Said less directly than
"ณ", each is the weakest place phrase (score 1: under review)."""

from __future__ import annotations

import re

from bot.understanding.fields.place_phrase import Candidate
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_venue import THAI_BUILDINGS, THAI_VENUES, thai_place_end

# A year or an hour ends right before: "2563 ที่…", "16.30 น. ห้อง…" (a digit first, a class
# the engine skips to).
_AFTER_TIME = re.compile(
    # (an hour "16.30 น." or a year "2563", not a floor's number: "ชั้น 3 ศาลากลาง")
    r"[\d๐-๙](?:[\d๐-๙]?[.:][\d๐-๙]{2}(?:[^\S\n]*+น\.?+)?+"
    r"|(?<=[2๒])(?<![\d๐-๙][2๒])[05๕๐][\d๐-๙]{2})"
    r"[^\S\n]++"
    rf"(?:ที่[^\S\n]*+(?={THAI_VENUES})|(?=(?:{THAI_BUILDINGS})))"
)
SCORE = 1


def thai_places_after_time(text: MessageText) -> list[Candidate]:
    if "ที่" not in text.plain and "ห้อง" not in text.plain and "อาคาร" not in text.plain:
        return []
    return [
        Candidate(m.end(), thai_place_end(text, m.end()), SCORE)
        for m in _AFTER_TIME.finditer(text.plain)
    ]
