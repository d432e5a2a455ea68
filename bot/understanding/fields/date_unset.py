"""A text that says its meeting's day is not set yet ("it is not possible to give a specific
date for the AGM", "no date has been set for the meeting", "ยังไม่มีกำหนดวันประชุม"): a date it
writes is not the meeting's by its own words (round twenty-one: a club's "Date: <the post's
day>" line was read at 0.8 as the day of an AGM the notice said was delayed with no day).

Asked of a message that is no cancellation (a cancellation's day is the one called off, what-
ever it says of the next) and whose chosen date no words call new. The date line of the
message's own day is the notice's date, not the meeting's: no start; any other date is held
under review.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.record import When
from bot.understanding.temporal.types import day_of

UNSET_REASON = "the text says the meeting's day is not set yet: this date may be another's"
UNSET_CONFIDENCE = 0.6
OWN_DATE_LINE = "the meeting's day is not set yet: the date line of the message's day is its own"

_SURE = r"(?:(?:specific|firm|definite|new|exact|precise)\s+)?"
_SETTLED = r"(?:set|fixed|agreed|confirmed|decided|determined|announced)"
_UNSET = re.compile(
    # "it is not possible to give a specific date for the AGM"
    rf"(?i:\bnot\s+(?:yet\s+)?(?:be\s+)?(?:possible|able)\s+to\s+(?:give|set|fix|confirm|announce)"
    rf"\s+(?:a|the|any)\s+{_SURE}dates?\b"
    # "no date has yet been set", "no firm date has been agreed"
    rf"|\bno\s+{_SURE}dates?\s+(?:has|have)\s+(?:yet\s+)?been\s+{_SETTLED}"
    # "specific dates for the new summit are yet to be determined", "the new date has not been
    # announced"
    r"|\b(?:specific|firm|definite|new|exact|precise)\s+dates?\s+(?:(?:for|of)\s+[^.\n]{1,60}?\s+)?"
    rf"(?:is|are|has|have)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+{_SETTLED}"
    # "postponed to a date to be announced", "at a time to be decided"
    rf"|\b(?:at|to|on|for)\s+a\s+(?:later\s+)?(?:date|time)\s+(?:yet\s+)?to\s+be\s+{_SETTLED})"
    # Thai, its day the meeting's: the words after say no other thing's ("ยังไม่ได้กำหนดวันส่ง
    # เอกสาร", the day papers are due; "ยังไม่มีกำหนดการโดยละเอียด", the programme's details)
    r"|ยังไม่(?:ได้)?(?:สามารถ)?(?:กำหนดวัน|มีกำหนด(?:วัน|การ)|ทราบกำหนด(?:วัน|การ)?)"
    r"(?:ที่แน่นอน|ที่ชัดเจน|และเวลา|เวลา)*"
    r"(?=[\s.,)]|\Z|(?:จัด)?(?:การ)?(?:ประชุม|สัมมนา|ใหม่))"
)
# The thing an English form sets no date for, the day's own noun in it or right after it: "no
# date has been set for the submission of papers" is not the meeting's (review mend, round
# twenty-one).
_WHOSE_IN = re.compile(r"(?i:\bdates?[^\S\n]+(?:for|of)[^\S\n]+(?P<what>[^.,;:()\n]{1,60}))")
_WHOSE_AFTER = re.compile(
    r"(?i:[^\S\n]+(?:yet[^\S\n]+)?(?:for|of)[^\S\n]+(?P<what>[^.,;:()\n]{1,60}))"
)
# (the thing's head: its words before the first preposition)
_HEAD_END = re.compile(r"(?i:[^\S\n]+(?:of|for|to|by|at|in|on|with|from)[^\S\n])")
_A_MEETING = re.compile(rf"(?i:\b(?:{MEETING_NOUNS}|agms?|egm|it|this|them)\b)")
# The day set since, after the words that it was not: "… no date had been set for the AGM. It is
# now set for 20 April", "ตามที่ยังไม่ได้กำหนดวันประชุม บัดนี้ได้กำหนดแล้ว" (review mend).
_NOW_SET = re.compile(
    r"บัดนี้|(?i:\bnow[^\S\n]+(?:been[^\S\n]+)?(?:set|fixed|confirmed|agreed|decided|scheduled)\b)"
)
# Said of another meeting than the text's: "no date has been set for the next meeting".
_ANOTHER = re.compile(r"(?i:\b(?:next|following|future)\b)|ครั้งต่อไป|ครั้งหน้า")
_DATE_LINE_HEAD = re.compile(
    r"(?i:(?:date[d]?|posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?)\s*:?\s*)?"
    r"(?:[A-Za-z]+day,?\s*)?\Z"
)
_DATE_LINE_TAIL = re.compile(r"[\s.,]*(?:\n|\Z)")
_SENTENCE_REACH = 400


# Every form names a date or a time, or is Thai: the pattern is tried only around those words
# (tried at every position of a long text it cost about 0.1 ms a message).
_ANCHOR = re.compile(r"date|time|ยังไม่")
_AROUND = 120


def day_not_set(text: MessageText) -> bool:
    """Whether a sentence says the meeting's day is not set, not of a next meeting."""
    for anchor in _ANCHOR.finditer(text.lower):
        # (each form holds its word within _AROUND characters of either end)
        around = (max(0, anchor.start() - _AROUND), anchor.end() + _AROUND)
        found = _UNSET.search(text.plain, *around)
        if found is None or _of_another_thing(text.plain, found):
            continue
        sentence = sentence_start(text.plain, found.start())
        end = sentence_end(text.plain, found.end(), found.end() + _SENTENCE_REACH)
        if (
            _ANOTHER.search(text.plain, sentence, end) is None
            and _NOW_SET.search(text.plain, found.end(), found.end() + _SENTENCE_REACH) is None
        ):
            return True
    return False


def own_date_line(
    text: MessageText, dates: MeetingDates, start: When, reference: dt.datetime
) -> bool:
    """Whether the chosen date, `start`, is a line of its own ("Date: 21 July 2022") on the
    message's day: the notice's date."""
    if dates.chosen_span is None or dates.start is None or dates.start.value != start:
        return False
    if day_of(start) != reference.date():
        return False
    at, end = dates.chosen_span
    line_start = text.plain.rfind("\n", 0, at) + 1
    return (
        _DATE_LINE_HEAD.match(text.plain[line_start:at].strip()) is not None
        and _DATE_LINE_TAIL.match(text.plain, end) is not None
    )


def _of_another_thing(plain: str, found: re.Match[str]) -> bool:
    """Whether an English form names the thing whose date is not set, and it is no meeting."""
    whose = _WHOSE_IN.search(found[0]) or _WHOSE_AFTER.match(plain, found.end())
    if whose is None:
        return False
    head = _HEAD_END.split(whose["what"], maxsplit=1)[0]
    return _A_MEETING.search(head) is None
