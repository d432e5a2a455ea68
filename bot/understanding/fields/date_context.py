"""Words around a date that a PDF or a long Thai sentence puts out of a date's usual reach: the
wrapped next line and the one above, the chair named after a report's day and hour; and the
word of the next day that a date is written beside."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.temporal.types import Temporal, day_of

# A report's day and hour, then who chaired what: "ในวันพุธที่ 15 เมษายน 2569 เวลา 09.30 น.
# <a governor's name and office> เป็นประธานการประชุม…" (the office's name may be long).
_CHAIRED = re.compile(r"เป็นประธาน(?:ใน)?(?:การประชุม|ที่ประชุม|พิธีเปิด)")
_CHAIRED_REACH = 200


def after_unwrapped(text: MessageText, end: int, line_end: int, after: str, reach: int) -> str:
    """The words after a date, on the next line too where a PDF only wrapped its sentence:
    "วันพุธที่ 15 เมษายน 2569 เวลา 09.30 น. นาย…" / "เป็นประธานการประชุม…"."""
    if end + len(after) < line_end or line_end >= len(text.plain):
        return after
    if not text.wraps_at(line_end):
        return after
    next_end = min(text.line_at(line_end + 1)[1], end + reach)
    return f"{after} {text.plain[line_end + 1 : next_end]}"


def chaired_after(text: MessageText, end: int) -> bool:
    """Whether the date's paragraph names, shortly after it, who chaired the meeting."""
    if "เป็นประธาน" not in text.plain[end : end + _CHAIRED_REACH]:
        return False
    paragraph_end = text.paragraph_at(end)[1]
    return _CHAIRED.search(text.plain, end, min(paragraph_end, end + _CHAIRED_REACH)) is not None


# A Thai line a PDF breaks mid-sentence may end on a vowel or tone mark ("…วันอังคารที่"),
# which `MessageText.wraps_at` does not take for a word's end.
_THAI_LINE_END = re.compile(r"[ก-๙][^\S\n]*\n")


def wrapped_before(text: MessageText, line_start: int, start: int) -> str:
    """The 80 characters before a date with the line breaks inside its sentence made spaces,
    when its line continues the one above; else nothing."""
    if line_start <= 0:
        return ""
    if not (
        text.wraps_at(line_start - 1)
        or _THAI_LINE_END.match(text.plain, max(0, line_start - 2), line_start) is not None
    ):
        return ""
    before = text.plain[max(0, start - 80) : start]
    return "" if "\n\n" in before else before.replace("\n", " ")


# "ในวันพรุ่งนี้ (8 ส.ค.)", "tomorrow (Tuesday, 8 May)": the next day said from the message's,
# its date in brackets after the word. ("วันนี้ (17 ก.ค.) ผู้สื่อข่าวรายงานว่า" dates the
# report itself, as news opens: today's date says nothing of the meeting.)
_TOMORROW = re.compile(r"(?:พรุ่งนี้|(?i:\btomorrow))[^\S\n]*\([^\S\n]*$")
_TOMORROW_REACH = 16


def said_tomorrow(text: MessageText, item: Temporal, reference: dt.datetime) -> bool:
    """Whether a date is written in brackets after "tomorrow" and is the day after the
    message's: the day a story announces its meeting for."""
    start = item.span[0]
    if _TOMORROW.search(text.plain, max(0, start - _TOMORROW_REACH), start) is None:
        return False
    day = day_of(item.start)
    return day == reference.date() + dt.timedelta(days=1) and day_of(item.end) in (None, day)


# A leader's flight told by its hour, the meeting its purpose: "ออกเดินทางไปร่วมประชุม… ในวัน
# พรุ่งนี้ 25 พฤษภาคม เวลา 18.30 น.", "(18 กันยายน) เวลา 16.00 น. … และคณะ จะออกเดินทางจาก…",
# "will depart for the summit on 4 May at 6 pm". The hour is the departure's (and was read in
# the meeting city's zone), not the meeting's.
_DEPARTS = re.compile(r"ออกเดินทาง|(?i:\bdepart(?:s|ed|ing|ure)?\b|\bleav(?:es?|ing)\s+for\b)")
# Between the departure and the hour: a verb of the meeting itself gives the hour to it; another
# hour is the departure's own ("วันนี้ (25 ต.ค.) เวลา 16.00 น. โฆษก… เปิดเผยว่า ในเวลา 18.30 น. …
# จะออกเดินทาง": the hour of the spokesman's word).
_BETWEEN = re.compile(
    r"จัดขึ้น|เปิด(?:การ)?ประชุม|เริ่ม|เวลา|\d[.:]\d\d"
    r"|(?i:\b(?:held|opens?|starts?|begins?|convenes?)\b)"
)
_DEPARTS_BEFORE = 160
_DEPARTS_AFTER = 120


def departure_hour(text: MessageText, item: Temporal) -> bool:
    """Whether a dated hour is a departure's, told in the same sentence as the flight."""
    if not isinstance(item.start, dt.datetime):
        return False
    if "ออกเดินทาง" not in text.plain and "depart" not in text.lower and "leav" not in text.lower:
        return False
    start, end = item.span
    # the line's words before it: a headline above tells of the trip, not of this hour
    floor = max(sentence_start(text.plain, start), start - _DEPARTS_BEFORE)
    line_start = text.line_at(start)[0]
    while line_start > floor and text.wraps_at(line_start - 1):
        line_start = text.line_at(line_start - 1)[0]
    floor = max(floor, line_start)
    before = text.plain[floor:start]
    if (found := _last(_DEPARTS, before)) is not None and not _BETWEEN.search(before, found):
        return True
    after = text.plain[end : sentence_end(text.plain, end, end + _DEPARTS_AFTER)]
    found_after = _DEPARTS.search(after)
    return found_after is not None and not _BETWEEN.search(after, 0, found_after.start())


def _last(pattern: re.Pattern[str], value: str) -> int | None:
    """Where the last match of `pattern` in `value` ends, or None."""
    end = None
    for match in pattern.finditer(value):
        end = match.end()
    return end
