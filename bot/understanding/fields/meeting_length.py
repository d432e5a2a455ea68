"""A meeting's last day from the length its text states: "The 18th session ... kicked off in the
capital today. The two-day meeting will set the agenda" ends the next day, as does "The two-day
meeting, which opens on 25 October". Read only around a single first day, in its sentence
(before it or after) or the next, and not where the sentence says the meeting ended
(a day said with "concluded" is the last, not the first). A closing day written apart from the
first is the last too: "will open on Sunday, 22 May at 14:00. ... The Assembly will close no
later than Saturday, 28 May", "The meetings began today and will run until 27th May"."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from bot.understanding.fields.day_run import following_days
from bot.understanding.fields.text import MessageText, next_sentence_end, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.temporal.number_words import COUNTS
from bot.understanding.temporal.types import day_of

_LENGTH = re.compile(
    rf"(?i:\b(?P<n>two|three|four|five|six|seven|[2-7])[\s-]+days?[\s-]+(?:long\s+)?"
    rf"(?:{MEETING_NOUNS}|event))\b"
)
_ENDED = re.compile(
    r"(?i:\b(?:concluded|ended|closed|wrapped\s+up|came\s+to\s+a\s+close|final\s+day|last\s+day)\b)"
)
# How far after the first day the length may be said: its sentence and the next.
_REACH = 400
# The words that close a meeting on the day after them, in a clause of its own.
_CLOSES = re.compile(
    r"(?i:\b(?:close|closes|end|ends|run|runs|continue|continues|last|lasts|conclude|concludes)"
    r"\b[^.;\n\d]{0,30}?\b(?:on|until|till|through|no\s+later\s+than)\s*+$)"
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# What closes on a day that is not the meeting: "Registration runs until 10 May".
_ANOTHER_THING = re.compile(
    r"(?i:regist|submi|applica|deadline|nominat|abstract|paper|fee|payment|offer)|ลงทะเบียน|รับสมัคร|ส่ง"
)
# An aside in brackets names what else happens on the first day, not what closes ("will commence
# on Sunday [with registration and a reception] and conclude on Wednesday").
_ASIDE = re.compile(r"\[[^\]\n]*\]|\([^)\n]*\)")
# How long after its first day a meeting's closing day may fall.
_LONGEST_DAYS = 31
_COUNTED = "the last day counted from the length the text states"
_WRITTEN_APART = "the closing day written apart from the first"
# A last day counted, or read apart from the first: a person should look.
COUNTED_END_CONFIDENCE = 0.75


# Two snippets opening alike are one sentence, cut at different lengths.
_SAME_OPENING = 60


class LastDay(NamedTuple):
    day: dt.date
    why: str
    source: str | None  # the words that close the meeting, when they are written apart

    def told(self, first_source: str) -> str:
        """The end's source: the first day's, and the closing words when they stand apart."""
        if self.source is None or self.source[:_SAME_OPENING] == first_source[:_SAME_OPENING]:
            return first_source
        return f"{first_source} … {self.source}"


def stated_last_day(text: MessageText, first_day: dt.date, after: int) -> LastDay | None:
    """The last day a stated length gives, counted from `first_day` written just before
    `after`, or the closing day written after it; None when the text states neither."""
    stop = next_sentence_end(text.plain, after, after + _REACH)
    told = text.plain[sentence_start(text.plain, after) : stop]
    m = _LENGTH.search(told)
    if m is None or _ENDED.search(told):
        if (closing := _closing_day(text, first_day, after)) is not None:
            return closing
        following = following_days(text, first_day, after)
        return None if following is None else LastDay(*following, None)
    word = m["n"].lower()
    days = int(word) if word.isdigit() else COUNTS[word]
    return LastDay(first_day + dt.timedelta(days=days - 1), _COUNTED, None)


def _closing_day(text: MessageText, first_day: dt.date, after: int) -> LastDay | None:
    """The day the words after the first day, in its paragraph, say the meeting closes on,
    within a month."""
    blank = _BLANK_LINE.search(text.plain, after, after + _REACH)
    stop = blank.start() if blank else after + _REACH
    for item in text.temporals:
        if not after <= item.span[0] < stop or isinstance(item.end, dt.date):
            continue
        day = day_of(item.start)
        if (
            day is not None
            and first_day < day <= first_day + dt.timedelta(days=_LONGEST_DAYS)
            and (closes := _CLOSES.search(text.plain, max(after, item.span[0] - 60), item.span[0]))
            and not _ANOTHER_THING.search(
                _ASIDE.sub(
                    "", text.plain[sentence_start(text.plain, closes.start()) : closes.start()]
                )
            )
        ):
            return LastDay(day, _WRITTEN_APART, text.snippet(closes.start(), item.span[1]))
    return None
