"""A meeting named by its short form in the subject ("14th TDAG", "EXB-22"), and the words of
a name: how many are proper, and whether a short form after it defines it."""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_words import MEETING_NOUNS, OTHER_NOUNS, PLURALS_OF, SHORT_NAME
from bot.understanding.prefilter import prefiltered
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# Run over lower-case text; tried only where a noun begins (bot.understanding.prefilter).
NOUN = prefiltered(
    [*MEETING_NOUNS.split("|"), *OTHER_NOUNS], rf"\b(?:{MEETING_NOUNS}|{'|'.join(OTHER_NOUNS)})\b"
)
NOUNS = frozenset(MEETING_NOUNS.split("|"))
SHORT_RULE = "title.short_form"
_REGISTERS = re.compile(cues.REGISTRATION)
# Named by its short form only: a person checks it.
_SHORT_NAME_CONFIDENCE = 0.6


def short_name(text: MessageText) -> Extracted[str] | None:
    """The short form that names the meeting in the subject ("Registration and Fellowship
    request to 14th TDAG & its Working Groups"), in a text that speaks of meetings or of
    registering for one."""
    found = SHORT_NAME.search(text.subject)
    if found is None or (NOUN.search(text.lower) is None and not _REGISTERS.search(text.lower)):
        return None
    # (by its session's number, "EXB-22", a newer rule: its own code)
    code = f"{SHORT_RULE}.session" if found["session"] else SHORT_RULE
    return Extracted(
        found.group(),
        f"Subject: {text.subject}",
        _SHORT_NAME_CONFIDENCE,
        ruled(code, "a short form in the subject, no meeting noun names it"),
    )


# A general meeting's letters in the text ("the next AGM is set for …"): said twice at least in
# its opening, where neither the subject nor any name reads a meeting (titles-r20, under review).
_AGM = re.compile(r"AGM(?<![\w.-]AGM)(?![\w.-])")  # (behind it read from its letters: fast-r23)
_AGM_OPENING = 1500
_AGM_CONFIDENCE = 0.6
# Another gathering the opening names is what the message is about, the AGM or a body's
# meetings only its occasion ("Ahead of the AGM, … a budget workshop on 21 April …"; mend-r20a).
OTHER_GATHERING = re.compile(
    r"\b(?:workshop|seminar|webinar|briefing|training|forum|conference|symposium|hearing"
    r"|retreat|EGM|(?:extraordinary|special)[ \t]+general[ \t]+meeting)s?\b",
    re.IGNORECASE,
)


def letters_in_text(text: MessageText) -> Extracted[str] | None:
    """ "AGM", where the text's opening names it so twice or more, else None."""
    found = list(_AGM.finditer(text.plain, 0, _AGM_OPENING))
    if len(found) < 2 or OTHER_GATHERING.search(text.plain, 0, _AGM_OPENING):
        return None
    why = ruled(f"{SHORT_RULE}.text", "a general meeting's letters, said again in the text")
    return Extracted("AGM", text.snippet(*found[0].span()), _AGM_CONFIDENCE, why)


def proper_words(words: list[str]) -> int:
    """How many capitalised words of a name are not a meeting's nouns: "Colombo Process
    Ambassadors' Meeting" has three, "Meeting Structure: Meetings" one."""
    return sum(1 for w in words if w[:1].isupper() and w.lower().strip(":'’") not in NOUNS)


def body_before(text: str, start: int, end: int, noun_start: int) -> bool:
    """Whether the words from `start` to `end`, before a lower-case meeting noun and the words
    that describe it, name a body: two capitalised words ("the Example Council organizational
    meeting"), or, before who meets, a grouping's letters alone (titles22: "ASEAN foreign
    ministers' retreat", "EXAMPLE trade ministers' meeting")."""
    name = text[start:end]
    if "\n" in name:
        return False
    words = name.split()
    if proper_words(words) >= 2:
        return True
    return (
        len(words) == 1
        and len(words[0]) >= _LETTERS_LEAST
        and words[0].isupper()
        and text[noun_start - 3 : noun_start].rstrip().endswith(PLURALS_OF)
    )


# (a grouping's letters are three or more, "ASEAN", "APEC": two capitals are as often a
# country's code or an initial)
_LETTERS_LEAST = 3


# over one line break, where a text wraps: "the 75th session of the\nEconomic and Social …"
_DEFINED = re.compile(r"[ \t]*\([A-Z][A-Za-z]*[A-Z]\d*\)")


def defined(text: str, noun: str, value: str, end: int) -> bool:
    """Whether a capitalised name is defined by its short form after it: one name, not two
    joined ("Working Group (TWG) and the Ministers Meeting (MM)")."""
    return (
        noun[0].isupper()
        and "(" not in value
        and _DEFINED.match(text, end) is not None
        and proper_words(value.split()) >= 2
    )


# titles-r22: its letters written again after the name defined them, at least so often: "A <Name>
# Meeting (ABC) opened …; in the framework of the ABC …; the ABC's agenda …" (the news's own
# meeting, which the text goes on to call by its letters).
_AGAIN_LEAST = 2
_SHORT_FORM = re.compile(r"[ \t]*\(([A-Za-z0-9]+)\)")


def used_again(text: str, end: int) -> bool:
    """Whether the short form defined right after `end` is written again later in the text."""
    short = _SHORT_FORM.match(text, end)
    if short is None:
        return False
    again = re.findall(rf"(?<![\w(-]){re.escape(short[1])}(?![\w)-])", text[short.end() :])
    return len(again) >= _AGAIN_LEAST
