"""A meeting the notice only calls by a generic name: "the annual meeting", "our regular meeting".

A homeowners' association, a small society or a town council writes of its own meeting with no
name but what kind it is ("the annual meeting has been cancelled"); a person filing it would
call it just that ("the next meeting" is not read: reminders and minutes pages say it of any).
Read only where no rule finds a name, from the subject (which may capitalise it: "Rescheduled
Annual Conference") or the text, and well under review: it does not say whose meeting it is.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_words import (
    DESCRIBING,
    NOUN_OF_A_THING,
    is_month_or_weekday,
)
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_KIND = r"(?:annual|regular|monthly|quarterly|general)"
_NOUN = r"(?:meeting|conference|assembly)"
# The subject may write it in capitals, with the words before that make it another meeting
# ("annual general meeting", "extraordinary general meeting", not their last two words); the
# text's own must be lower case after a determiner (a capitalised one is a name the other rules
# weigh).
_IN_SUBJECT = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(DESCRIBING))})[ \t]+){{0,2}}{_KIND}[ \t]+{_NOUN}\b",
    re.IGNORECASE,
)
_IN_TEXT = re.compile(rf"\b(?:[Tt]he|[Oo]ur)[ \t]+(?P<named>{_KIND}[ \t]+{_NOUN})\b")
# what belongs to the meeting: "the annual meeting date", "… agenda" (matched in lower case)
_OF_IT = re.compile(
    r"[ \t]+(?:dates?|times?|agenda|papers?|notice|venue|schedule"
    # a thing the words name otherwise: a "conference call" is a telephone call, a "meeting
    # point" where a trip sets off
    r"|calls?|points?|places?)\b"
)
_LOOKED_AT = 1500  # the opening, where a notice tells of its meeting
GENERIC_CONFIDENCE = 0.55
GENERIC_RULE = "title.generic"
# A body's word before a lower-case summit or conference ("the Example summit"), the body's own
# word the text writes again alone ("Example stands for …"): its short form as a word.
_WORD_GATHERING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:regional[ \t]+)?"
    r"(?P<named>(?P<word>[A-Z][A-Za-z0-9]{2,})"
    # titles23: and its edition's year, "the EXAMPLE 27 conference", "the Example 2027 forum"
    r"(?:[ \t]+(?:\d\d|(?:19|20)\d\d))?"
    r"[ \t]+(?:summit|conference|congress|forum))\b"
)
_SAID_ALONE = 3  # times the word stands in the text in all
WORD_GATHERING_CONFIDENCE = 0.6


def generic_meeting(text: MessageText) -> Extracted[str] | None:
    """A body's word before a lower-case summit in the text's opening, else the generic name the
    subject, else the opening, calls the meeting by."""
    if text.mostly_thai:
        return None
    opening = min(text.body_end, _LOOKED_AT)
    gatherings = [
        found
        for found in _WORD_GATHERING.finditer(text.plain, 0, opening)
        # (a month's or a weekday's name says when, not whose: "the June conference")
        if not is_month_or_weekday(found["word"]) and not _a_thing(text.lower, found.end())
    ]
    said = _times_said({found["word"] for found in gatherings}, text) if gatherings else {}
    for found in gatherings:
        if said[found["word"]] >= _SAID_ALONE:
            why = ruled(GENERIC_RULE, "a body's word before a lower-case summit or conference")
            source = text.snippet(found.start(), found.end())
            return Extracted(found["named"], source, WORD_GATHERING_CONFIDENCE, why)
    headed = _IN_SUBJECT.search(text.subject)
    # (the text must write its noun: a subject's kind alone over a text of something else is
    # no name, titles-r14's guard)
    if (
        headed is not None
        and not _a_thing(text.subject_lower, headed.end())
        and re.compile(rf"\b{headed.group().split()[-1].lower()}").search(
            text.lower, 0, text.body_end
        )
    ):
        why = ruled(GENERIC_RULE, "the subject calls the meeting by a generic name only")
        return Extracted(
            headed.group(), f"Subject: {text.subject}", GENERIC_CONFIDENCE, why, generic=True
        )
    for found in _IN_TEXT.finditer(text.plain, 0, opening):
        if not _a_thing(text.lower, found.end()):
            why = ruled(GENERIC_RULE, "the text calls the meeting by a generic name only")
            source = text.snippet(found.start(), found.end())
            return Extracted(found["named"], source, GENERIC_CONFIDENCE, why, generic=True)
    return None


def _times_said(words: set[str], text: MessageText) -> Counter[str]:
    """How often each word stands alone in the text, all counted in one pass over it."""
    alone = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")
    return Counter(alone.findall(text.plain, 0, text.body_end))


def _a_thing(lowered: str, end: int) -> bool:
    """ "the annual meeting room", "the annual meeting date": a thing of the meeting, no name
    (`lowered`: the subject or the text as MessageText lowers it, not lowered anew per name)."""
    return bool(NOUN_OF_A_THING.match(lowered, end) or _OF_IT.match(lowered, end))
