"""English news of a meeting held, told from its first paragraph (`lede_told_as_done`): a report.

bot.understanding.triage asks it beside the Thai readings of bot.understanding.kind_news.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.kind_news import READER_WORDS
from bot.understanding.kind_words import HELD_NEAR
from bot.understanding.prefilter import case_blind
from bot.understanding.temporal.months import MONTH_EN, month_number
from bot.understanding.temporal.weekdays import WEEKDAY_EN

# kinds21: round sixteen. English news of a meeting held tells it in the third person, in the
# past tense, from its first paragraph: "The leaders … concluded their meeting in <city> on
# Saturday", "<Ambassador> joined his counterparts … on May 8 to discuss …". Mail to the
# office addresses its reader (you, please, dear) or speaks for its sender (we, our).
# ("US" in capitals is the country a story names, kinds24: round nineteen)
# (each written so that the engine skips to where a match can begin: `case_blind`, and "U" or
# "u" before the word's start is looked behind for)
_ADDRESSED = case_blind(rf"\b(?:{READER_WORDS}|we|our)\b")
_US = re.compile(r"[Uu](?<!\w(?s:.))s\b")
# The lede's occasion: a day written with its month, a weekday, or yesterday.
_LEDE_DAY = re.compile(
    rf"\b(?:on|from)\s+(?:{WEEKDAY_EN},?\s+)?(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_EN})"
    rf"|(?P<m2>{MONTH_EN})\s+(?P<d2>\d{{1,2}})\b)(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|\bon\s+{WEEKDAY_EN}|\byesterday\b"
)
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])|\n[^\S\n]*\n")
# A verb's past form, when the word before it makes it no adjective ("the revised agenda"),
# no infinitive or present passive ("to be held", "is organised") and no future.
_IRREGULAR_PAST = frozenset(["met", "held", "took", "began", "led", "gave", "made", "spoke"])
_NOT_BEFORE_A_VERB = frozenset(
    [
        *("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "is", "are"),
        *("be", "been", "being", "will", "would", "shall", "to", "has", "have", "not", "for"),
        *("of", "with", "newly", "well", "and", "or"),
    ]
)
# A wire's noun for a meeting: "the ministers' meet", "a virtual meet" (not the verb, which
# follows no possessive nor these adjectives; kinds24: round nineteen).
_MEET_NAMED = re.compile(r"(?i:['’]s?|\bvirtual|\bonline|\bministerial|\bannual)\s+meet\b")
_LEDE_WORDS = 12
# A story's first paragraph: its first two sentences.
_LEDE_SENTENCES = 2


def lede_told_as_done(text: MessageText, sent: dt.date | None, own_from: int = 0) -> str | None:
    """Why the message is English news of a meeting held, or None: from `own_from` (past a
    cover note that only passes the news on) it addresses no one, and one of its first two sentences
    of a sentence's length names a meeting or tells one met, with a verb in the past tense and a day
    not after the message's."""
    if sent is None or any(
        p.search(text.plain, own_from, text.body_end) is not None for p in (_ADDRESSED, _US)
    ):
        return None
    sentences = _SENTENCE_END.split(text.plain[own_from : text.body_end])
    ledes = [s for s in sentences if len(_WORD.findall(s)) >= _LEDE_WORDS][:_LEDE_SENTENCES]
    for lede in ledes:
        day = _LEDE_DAY.search(lede)
        verb = _past_verb(lede)
        if day is None or verb is None or not _day_not_after(day, sent):
            continue
        if verb == "met" or HELD_NEAR.search(lede.lower()) or _MEET_NAMED.search(lede):
            return f'a report of a meeting held: its news opens "… {verb} … {clean(day[0])}"'
    return None


def _past_verb(lede: str) -> str | None:
    words: list[str] = _WORD.findall(lede)
    for before, word in itertools.pairwise(words):
        if word[0].isupper() or before.lower() in _NOT_BEFORE_A_VERB:
            continue
        if word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")):
            return word
    return None


def _day_not_after(day: re.Match[str], sent: dt.date) -> bool:
    month = day["m1"] or day["m2"]
    if month is None:
        return True  # a weekday or yesterday, in a sentence told in the past
    number_of_month = month_number(month)
    year = int(day["year"]) if day["year"] else sent.year
    try:
        written = dt.date(year, number_of_month or 0, int(day["d1"] or day["d2"]))
    except ValueError:
        return False
    return written <= sent
