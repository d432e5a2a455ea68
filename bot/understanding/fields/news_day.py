"""The day of a meeting a news story names only from its own date: "BANGKOK, 6 April 2017 –
... organised here yesterday a labour conference". The story's dateline (or, without one,
the message's date) is the day "yesterday", "today" and "tomorrow" count from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, sentence_start
from bot.understanding.temporal.types import Temporal, day_of

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
