"""A meeting named only by a few words of the subject: two words, or the body that meets.

A calendar page or an agenda heads itself with a name too short for the title rules, which
grow names of three words or more around a meeting noun: "<SHORT> Meeting (online) - <date>",
"Notice of Administrative Meeting"; or with the body that meets and no meeting noun at all:
"Example Commission - <date> @ 7:00 PM", "Meeting Minutes: Example Steering Committee, <date>".
Read only where those rules found no name, and under review.
"""

from __future__ import annotations

import calendar
import re

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_words import NOT_TITLE_WORDS, NOTICE_WORDS
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_NOUNS = "Meeting|Hearing|Session|Workshop|Forum|Seminar|Webinar|Summit|Retreat|Conference"
# "<SHORT> Meeting", "Administrative Meeting": a capitalised word and a meeting's noun, alone
# (not the start or the end of a longer name: "Example Board Meeting" is grown by the rules)
_TWO_WORDS = re.compile(
    rf"(?<![\w'’&-])(?P<first>[A-Z][\w-]*+)[ \t]+(?:{_NOUNS})(?![\w'’-])"
    r"(?![ \t]++(?:(?:of|on|for|and|&)[ \t]++(?:the[ \t]++)?)?[A-Z])"
)
# A capitalised word right before: the name is longer ("Example Board Meeting").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’&-]*+[ \t]+$")
# A first word that says how or when, or is the notice's own: "Zoom Meeting", "Video
# Conference", "Next Meeting", "August Meeting" (any month's).
_NOT_FIRST = (
    NOT_TITLE_WORDS
    | NOTICE_WORDS
    | {"online", "virtual", "hybrid", "the", "video", "vdo", "audio", "web", "phone", "tele"}
    | {m.lower() for m in calendar.month_name[1:]}
    | {d.lower() for d in calendar.day_name}
) - {"administrative"}
# The subject's parts: "<Body> - <date> @ <time>", "Meeting Minutes: <Body>, <date>".
_PARTS = re.compile(r"[ \t]+[-–—|@][ \t]+|[:,;][ \t]+")
# A body by its name: capitalised words (and the small ones between them) ending in its noun,
# "of Directors" perhaps after it.
_BODY = re.compile(
    r"(?:[A-Z][\w'’&-]*+[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?){1,6}"
    r"(?:Commission|Committee|Council|Board|Authority|Senate)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*+(?:[ \t]+[A-Z][\w'’-]*+){0,3})?"
)
SUBJECT_NAME_CONFIDENCE = 0.6


def subject_name(text: MessageText) -> Extracted[str] | None:
    """Two words that name a meeting in the subject, else a part of it that is a body's name."""
    subject = text.subject
    if text.mostly_thai:
        return None  # a Thai text's English words name what it reports on, or how it meets
    for found in _TWO_WORDS.finditer(subject):
        if found["first"].lower() not in _NOT_FIRST and not _CAPITALISED_BEFORE.search(
            subject, max(0, found.start() - 30), found.start()
        ):
            why = ruled("title.subject_two_words", "a meeting named in two words by the subject")
            return _named(found.group(), subject, why)
    for part in _PARTS.split(subject):
        part = part.strip()
        if _BODY.fullmatch(part) and part.split()[0].lower() not in _NOT_FIRST:
            why = ruled(
                "title.subject_body",
                "the body that meets, named by the subject; no meeting noun names it",
            )
            return _named(part, subject, why)
    return None


def _named(name: str, subject: str, why: tuple[str, ...]) -> Extracted[str]:
    return Extracted(name, f"Subject: {subject}", SUBJECT_NAME_CONFIDENCE, why)


_WORD = re.compile(r"[a-z0-9]+")


def echoed(name: str, subject_lower: str, nouns: frozenset[str]) -> bool:
    """Whether a subject that names no meeting writes every capitalised word of `name` (two
    at least, its `nouns` aside, one of them not a short form in capitals) in its own words:
    "ASEAN senior officials gather at …" names the "ASEAN Senior Officials' Meeting" among the
    other meetings its text lists ("ASEAN – EXAMPLENET" alone would name any of its bodies')."""
    own = {
        w: w.lower().strip(":'’").removesuffix("'s").removesuffix("’s")
        for w in name.split()
        if w[:1].isupper()
    }
    own = {w: lowered for w, lowered in own.items() if lowered not in nouns}
    return (
        len(own) >= 2
        and any(not w.isupper() for w in own)
        and set(own.values()) <= set(_WORD.findall(subject_lower))
    )
