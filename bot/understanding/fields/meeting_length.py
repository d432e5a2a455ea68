"""A meeting's last day from the length its text states: "The 18th session ... kicked off in the
capital today. The two-day meeting will set the agenda" ends the next day. Read only after a
single first day, in its sentence or the next, and not where the sentence says the meeting ended
(a day said with "concluded" is the last, not the first)."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.text import MessageText, sentence_end
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.temporal.number_words import COUNTS

_LENGTH = re.compile(
    rf"(?i:\b(?P<n>two|three|four|five|six|seven|[2-7])[\s-]+days?[\s-]+(?:long\s+)?"
    rf"(?:{MEETING_NOUNS}|event))\b"
)
_ENDED = re.compile(
    r"(?i:\b(?:concluded|ended|closed|wrapped\s+up|came\s+to\s+a\s+close|final\s+day|last\s+day)\b)"
)
# How far after the first day the length may be said: its sentence and the next.
_REACH = 400
# A last day counted, not written: a person should look.
COUNTED_END_CONFIDENCE = 0.75


def stated_last_day(text: MessageText, first_day: dt.date, after: int) -> dt.date | None:
    """The last day a stated length gives, counted from `first_day` written just before
    `after`, or None."""
    first_stop = sentence_end(text.plain, after, after + _REACH)
    stop = sentence_end(text.plain, min(first_stop + 2, len(text.plain)), after + _REACH)
    told = text.plain[after:stop]
    m = _LENGTH.search(told)
    if m is None or _ENDED.search(told):
        return None
    word = m["n"].lower()
    days = int(word) if word.isdigit() else COUNTS[word]
    return first_day + dt.timedelta(days=days - 1)
