"""The day of a meeting a news story names from its own date: "BANGKOK, 6 April 2017 –
... organised here yesterday a labour conference". The story's dateline (or, without one,
the message's date) is the day "yesterday", "today" and "tomorrow" count from; a story that
opens with a day and says what happened on it tells of that day (`opens_story`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, sentence_end, sentence_start
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

# The day word in the sentence that says a meeting happens: "opened today", "held yesterday".
_DAY_WORD = re.compile(
    r"\b(?:(?P<word>yesterday|today|tomorrow)|(?:on\s+)?(?P<weekday>(?:mon|tues|wednes|thurs|fri"
    # "agreed Tuesday to coordinate": news writes the weekday bare; "Tuesday, 14 April" is a date
    r"|satur|sun)day))\b(?!,?[^\S\n]*\d)",
    re.IGNORECASE,
)
_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1}
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# Said of the future, "on Monday" is the next Monday; otherwise the last one, a story being
# written after the fact.
_FUTURE = re.compile(r"\b(?:will|to\s+be|is\s+to|are\s+to)\b", re.IGNORECASE)
_HAPPENS = re.compile(
    rf"\b(?:{cues.HELD}|opened|began|begins|scheduled|commenced|kicked\s+off|launched"
    r"|gathered|concluded|closed|presided)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]*")
# Read from a word and a day the text itself dates loosely: a person should look.
NEWS_DAY_CONFIDENCE = 0.6


def news_day(
    text: MessageText, datelines: Iterable[Temporal], reference: dt.datetime
) -> tuple[dt.date, str] | None:
    """The day "yesterday" (or "today", "tomorrow") names in the sentence saying a meeting
    happens, counted from the story's dateline, and the text it was read from."""
    filed = next((t for t in datelines if isinstance(t.start, dt.date)), None)
    after = filed.span[1] if filed else 0
    for m in _DAY_WORD.finditer(text.plain, after):
        tail = _SENTENCE.match(text.plain, m.end())
        sentence = text.plain[sentence_start(text.plain, m.start()) : m.start()]
        sentence += tail[0] if tail else ""
        if not _HAPPENS.search(sentence):
            continue
        day = (day_of(filed.start) if filed else None) or reference.date()
        return _counted(day, m, _FUTURE.search(sentence) is not None), text.snippet(*m.span())
    return None


def _counted(day: dt.date, m: re.Match[str], future: bool) -> dt.date:
    if m["word"]:
        return day + dt.timedelta(days=_SHIFT[m["word"].lower()])
    weekday = _WEEKDAYS.index(m["weekday"].lower().removesuffix("day"))
    if future:
        return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


# What may follow a date on a line that only dates a letter: a weekday, a time stamp.
DATE_LINE_TAIL = 24
# A news dateline dates the report (bot.understanding.cues): its place before the date.
DATELINE_PLACE = re.compile(rf"[^\S\n]*{cues.DATELINE_PLACE},[^\S\n]*")
# What may stand before the date that opens a story: nothing, "On", "เมื่อ", its dateline.
_STORY_OPENING = re.compile(r"[^\S\n]*(?:เมื่อ[^\S\n]*|(?i:on)[^\S\n]+)?")
_HAPPENED = re.compile(cues.HAPPENED)
# A day counted from the story's date says the meeting was another day than the dateline's.
_OTHER_DAY_WORD = re.compile(
    r"(?i:\b(?:yesterday|tomorrow|last\s+week|on\s+\w+day))\b|เมื่อวาน|พรุ่งนี้|ที่ผ่านมา"
)
# How far into its sentence the verb of a story's opening is looked for.
_STORY_REACH = 300


def opens_story(
    text: MessageText, line_before: str, item: Temporal, reference: dt.datetime
) -> bool:
    """ "เมื่อวันที่ ๑ พฤษภาคม ๒๕๖๓ รัฐมนตรี... หารือกับ...", "September 15, 2025, at 08.30 hours –
    Mr. X presided over the opening of ...", "Bangkok, Thailand, 15 August 2023 – IOM today
    hosted ...": a report's first words date what it tells, on or before the message."""
    day = day_of(item.start)
    if day is None or day > reference.date():
        return False
    if not (_STORY_OPENING.fullmatch(line_before) or DATELINE_PLACE.fullmatch(line_before)):
        return False
    end = item.span[1]
    stop = sentence_end(text.plain, end, end + _STORY_REACH)
    sentence = text.plain[end:stop]
    if any(
        end <= other.span[0] < stop and other.kind is not TemporalKind.RELATIVE
        for other in text.temporals
    ):
        return False  # "BANDAR SERI BEGAWAN, 6 April 2017 – ... met on 4-5 April": that day
    if len(sentence.split("\n", 1)[0].strip()) <= DATE_LINE_TAIL and not text.wraps_at(
        text.line_at(end)[1]
    ):
        return False  # a date on a line of its own dates a letter
    return _HAPPENED.search(sentence) is not None and _OTHER_DAY_WORD.search(sentence) is None
