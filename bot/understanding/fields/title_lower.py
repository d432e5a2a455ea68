"""A meeting named only in lower case beside its body: "the City Council meeting".

News writes a meeting with its noun in lower case next to the body that meets ("a joint
committee meeting of the Example River Commission (ERC) scheduled for today …"): too weak
for the title rules' score, which want a capitalised name or one introduced by a verb. Taken
only where nothing names the meeting better, and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.title_words import DESCRIBING
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# Nouns of people meeting, not of a plan or a course ("a programme for Example Work").
GATHERINGS = frozenset(
    [
        "meeting",
        "meetings",
        "workshop",
        "conference",
        "forum",
        "seminar",
        "summit",
        "symposium",
        "consultation",
        "session",
        "congress",
        "assembly",
        "dialogue",
    ]
)
LOWER_CASE_NAME_CONFIDENCE = 0.6
_WHY = "a meeting named in lower case beside its body; nothing names it better"


def lower_case_name(value: str, source: str) -> Extracted[str]:
    return Extracted(value, source, LOWER_CASE_NAME_CONFIDENCE, ruled("title.lower_case", _WHY))


# Whom a gathering is for, after it: "a workshop for Central African countries", "… for the
# European region" (a name goes on "for Development": it names no countries).
FOR_COUNTRIES = re.compile(
    r"[ \t]+for[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){1,3}"
    r"(?:countries|states|nations|economies|region)\b"
)
# A word of the name before a lower-case noun: capitalised or letters ("NBSAP", "Customs"), a
# hyphened describing word ("capacity-building"); and right before the noun, a lower-case one
# if a name's word stands before it ("… Advisors accreditation workshop").
_NAME_WORD_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z0-9-]*|\b[a-z]+-[a-z]+)[ \t]+$")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]{4,}[ \t]+$")
_NAME_WORDS = 5
# a newer reading: a person checks it
BEFORE_AUDIENCE = "named by the words before its noun; the countries after it are whom it is for"


def before_audience(text: str, noun_start: int, noun_end: int) -> int:
    """Where the name of a lower-case gathering for countries begins: its capitalised, lettered
    and hyphened words before its noun ("NBSAP capacity-building workshop"); `noun_start` where
    no countries follow it or no such word comes before."""
    if not FOR_COUNTRIES.match(text, noun_end):
        return noun_start
    start = noun_start
    lower = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if lower and _NAME_WORD_BEFORE.search(text, max(0, lower.start() - 40), lower.start()):
        start = lower.start()
    for _ in range(_NAME_WORDS):
        word = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is None:
            break
        start = word.start()
    return start


def describing_word_start(text: str, grown: int, noun: int) -> int:
    """Where a lower-case noun's name opens given the words grown before it (`grown`): on one
    capitalised word right before it that says its kind or level, "the virtual Ministerial
    meeting of <BODY>" (not "Expert meeting on …", who meets), else at the noun."""
    word = text[grown:noun].strip()
    return grown if word[:1].isupper() and word.lower() in DESCRIBING else noun
