"""A meeting described by who meets, named formally in the text: a headline's "<Region>
education ministers' meeting" is the story's "50th Conference of the <Region> Ministers of
Education Organisation".

News heads a story with a description ("… ministers' meeting", "… diplomats' retreat") and
names the meeting in full below it. The description is read as a name only under review
(title.py's `_WHO_MEETS`); where the text writes a capitalised name that shares two of its
words, one of them no meeting's noun, that name is the meeting's (also under review: sharing
words is a guess).
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from bot.understanding.fields.title_short import NOUNS


class _Named(Protocol):
    @property
    def value(self) -> str: ...
    @property
    def doubt(self) -> str | None: ...


N = TypeVar("N", bound=_Named)
FORMAL_WHY = "described by who meets; the text's formal name shares its words"
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
_WHO = re.compile(r"([A-Za-z]+)'s?[ \t]+\S+$")  # "ministers' meeting": who, then the noun
_SMALL = frozenset({"with", "from", "into", "upon", "that", "this", "their"})


def formally_named(described: N, body: list[N]) -> N | None:
    """The first of the text's capitalised, undoubted names that shares two of the
    description's words, one no meeting's noun; None if none does."""
    words = _words(described.value)
    if not words - NOUNS:
        return None
    # who meets or the meeting's noun must be shared too: "… Fisheries Scientists Workshop"
    # is not the "… fisheries ministers' meeting" ("diplomats' retreat" is "Ministers' Retreat")
    who = _WHO.search(described.value.replace("’", "'"))
    for other in body:
        if other.doubt is not None or other.value == described.value:
            continue
        if any(w[0].islower() for w in _WORD.findall(other.value) if w not in _SMALL):
            continue  # (a name's words are capitalised: "of the", "and" are under four letters)
        shared = words & _words(other.value)
        if len(shared) >= 2 and shared - NOUNS and (who is None or _words(who[0]) & shared):
            return other
    return None


def _words(value: str) -> set[str]:
    """A name's words of four letters or more, in lower case, without a plural's "s"."""
    return {
        w.lower().removesuffix("s")
        for w in _WORD.findall(value.replace("’", "'"))
        if w.lower() not in _SMALL
    }
