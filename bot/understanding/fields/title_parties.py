"""A meeting named by the parties it brings together: "Informal meeting EU-Western Balkans".

A press office heads a leaders' meeting with its noun and then the two sides it joins, joined by
a dash ("Summit Example-Sample", "Ministerial meeting A-B") and no body's name before the noun:
the title rules, which grow a name leftwards from its noun, read nothing there. The subject's
part that is written so is the meeting's name, read by bot.understanding.fields.title_subject
where no other rule names the meeting, and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.title_words import (
    NOT_TITLE_WORDS,
    NOTICE_WORDS,
    NOUN_OF_A_THING,
    is_month_or_weekday,
)
from bot.understanding.temporal.zones import ZONE_ABBREVIATIONS

# (one describing word before the noun at most, each side up to three capitalised words)
_SIDE = r"[A-Z][\w.’']*(?:[ \t]+[A-Z][\w.’']*){0,2}"
_PARTIES = re.compile(
    r"(?:(?P<how>[A-Z][a-z]+)[ \t]+)?(?P<noun>(?i:meeting|summit|dialogue|consultations))"
    rf"[ \t]+(?P<sides>{_SIDE}[ \t]*[-–][ \t]*{_SIDE})"
)
_SIDE_WORD = re.compile(r"[^\s\-–]+")


def joins_parties(part: str) -> bool:
    """Whether a subject's part is a meeting's noun and the two sides it joins."""
    found = _PARTIES.fullmatch(part)
    if found is None or NOUN_OF_A_THING.match(part.lower(), found.end("noun")):
        return False  # "Meeting Room A-B": a room
    how = (found["how"] or "").lower()
    if how in NOT_TITLE_WORDS or how in NOTICE_WORDS:
        return False
    # a period's ends are no sides: "Staff meeting Mon-Fri", "Weekly meeting UTC-GMT"
    return not any(_period_word(word) for word in _SIDE_WORD.findall(found["sides"]))


def _period_word(word: str) -> bool:
    """A day's, a month's or a zone's abbreviation, or a word with a digit."""
    return (
        is_month_or_weekday(word)
        or word.rstrip(".") in ZONE_ABBREVIATIONS
        or any(letter.isdigit() for letter in word)
    )
