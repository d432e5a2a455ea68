"""A Thai report page dated by one line of its own day ("11 พฤศจิกายน 2562", "วันที่ ๑๗ ธันวาคม
๒๕๕๗") above a story telling of a meeting held, with no other day written: such a page is put up
on the day of what it tells (round twenty-two, two provincial offices' pages). A letter's date
line is not read so: a letter of a meeting to come writes the meeting's own day too. Read only
where no date weighs as the meeting's, under review."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.cues import HAPPENED, THAI_ASKS, written_in_thai
from bot.understanding.fields.dates_record import MeetingDates, days_of
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.temporal.weekdays import WEEKDAY_TH

REPORT_DAY_CONFIDENCE = 0.6
REPORT_DAY_REASON = "the one date line of a Thai report of a meeting held, no other day written"
# How long before the message such a page may be dated (its sent day is estimated from it).
_DAYS_BEFORE = 3
_LINE_HEAD = re.compile(r"[^\S\n]*")
_LINE_TAIL = re.compile(r"[^\S\n]*(?:\n|\Z)")
_HELD = re.compile(HAPPENED)
# A day the story tells by words the date reader does not take as a date ("ในวันอาทิตย์ที่ 21
# ที่ผ่านมา", Sunday the 21st just past): the page's date line is then not the meeting's.
_ANOTHER_DAY = re.compile(rf"วัน(?:{WEEKDAY_TH})|เมื่อวาน|ที่ผ่านมา|วันที่[^\S\n]*+[\d๐-๙]")
# A letter of a meeting to come (its date line the letter's): "จะจัดประชุม…ในสัปดาห์หน้า" (will
# hold … next week), "ขอเชิญ…เข้าร่วมประชุม…ในวันพรุ่งนี้" (asks … to attend … tomorrow); the words
# of holding match in them too (round twenty-two, review). A request letter's words too: "ตามที่…
# ได้ประชุม…" (as … met), "ขอให้…ส่งข้อมูล" (asks … to send): its date line is the letter's
# (round twenty-two, whole-change review).
_TO_COME = re.compile(
    r"จะ(?:จัด|มี|ประชุม|เข้าร่วม|เปิด|เรียก)|(?:ขอ|เรียน)เชิญ|พรุ่งนี้|สัปดาห์หน้า|เดือนหน้า"
    rf"|ตามที่|{THAI_ASKS}"
)


def report_dated(text: MessageText, reference: dt.datetime) -> MeetingDates | None:
    """The day of a Thai report's one date line, as its meeting's start."""
    days = {days_of(t) for t in text.temporals}
    if len(days) != 1:
        return None
    first, last = days.pop()
    if first is None or first != last:
        return None
    if not reference.date() - dt.timedelta(days=_DAYS_BEFORE) <= first <= reference.date():
        return None
    if not written_in_thai(text.plain) or _HELD.search(text.plain) is None:
        return None
    if _TO_COME.search(text.plain):
        return None
    for item in text.temporals:
        start, end = item.span
        line_start = text.line_at(start)[0]
        if (
            isinstance(item.start, dt.date)
            and not isinstance(item.start, dt.datetime)
            and _LINE_HEAD.fullmatch(text.plain, line_start, start)
            and _LINE_TAIL.match(text.plain, end)
            and not _another_day(text.plain, start, end)
        ):
            source = text.snippet(start, end)
            found = Extracted(first, source, REPORT_DAY_CONFIDENCE, (REPORT_DAY_REASON,))
            return MeetingDates(found, None, None, chosen_span=item.span)
    return None


def _another_day(plain: str, start: int, end: int) -> bool:
    """Whether words outside the date line between `start` and `end` tell a day."""
    return any(m.start() < start or m.start() >= end for m in _ANOTHER_DAY.finditer(plain))
