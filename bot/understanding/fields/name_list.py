"""A list of names (the gazetteer's spellings of cities and countries) found in text.

One pattern of every spelling is slow: the engine tries a few hundred alternatives at every
word of the text, and at every letter of a Thai one. Most texts and windows name no place at
all, so the words of the text are looked up first, as a set, against the first words of the
spellings; the pattern is tried only where such a word begins. Thai, written without spaces,
has its own pattern, tried only where the window holds Thai letters. The matches are those of
one case-insensitive pattern of every spelling, longest first, that stands alone between
Latin letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

from bot.understanding.prefilter import by_first_letter

# A word's first letter is matched before the look-behind that says no letter stands before
# it: so the engine skips to the next letter instead of trying the pattern at every character.
_WORD = re.compile(r"[A-Za-z](?<![A-Za-z][A-Za-z])[A-Za-z]*")
_THAI = re.compile(r"[ก-๙]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def words_in(text: str, start: int, stop: int) -> frozenset[str]:
    """The Latin words of text[start:stop], in lower case (a word cut by `start` included)."""
    return frozenset(map(str.lower, set(_WORD.findall(text, start, stop))))


class NameList:
    """Spellings, each standing for a value; compiled where first used."""

    def __init__(self, spellings: Iterable[str]) -> None:
        self._spellings = tuple(sorted(set(spellings), key=len, reverse=True))

    @cached_property
    def _first_words(self) -> frozenset[str]:
        return frozenset(
            first.group().lower() for s in self._spellings if (first := _WORD.match(s)) is not None
        )

    @cached_property
    def _latin(self) -> re.Pattern[str]:
        # Words of a name may be wrapped onto the next line, or spaced twice; a name stands
        # alone ("Korea" in "Koreans" is not a place).
        choice = "|".join(
            re.escape(s).replace(r"\ ", r"\s+") for s in self._spellings if _WORD.match(s)
        )
        # (by_first_letter: only the spellings of the word's first letter are tried; the end
        # of the word is checked once after them, not written into each)
        return re.compile(rf"(?:{by_first_letter(choice)})(?i:(?![A-Za-z]))")

    @cached_property
    def _thai(self) -> re.Pattern[str]:
        # Without a look-behind at its start, the engine skips to where a spelling's first
        # letter stands; one glued to a Latin letter is left out after matching.
        choice = "|".join(re.escape(s) for s in self._spellings if not _WORD.match(s))
        return re.compile(rf"(?:{choice})(?![A-Za-z])")

    def compile(self) -> None:
        """Compile the patterns now (a worker's start), not in the first message that names
        a place."""
        _ = self._first_words, self._latin, self._thai

    def finditer(
        self, text: str, start: int, stop: int, words: frozenset[str] | None = None
    ) -> Iterator[re.Match[str]]:
        """The spellings named in text[start:stop], in order; `words` are the window's, as
        `words_in` gives them, when the caller has them already."""
        found = (words if words is not None else words_in(text, start, stop)) & self._first_words
        matches: list[re.Match[str]] = []
        if found:
            end = start
            for word in _WORD.finditer(text, start, stop):
                if word.start() < end or word.group().lower() not in found:
                    continue
                if (name := self._latin.match(text, word.start(), stop)) is not None:
                    matches.append(name)
                    end = name.end()
        if _THAI.search(text, start, stop):
            # (Latin and Thai spellings cannot overlap: they share no letter)
            thai = [m for m in self._thai.finditer(text, start, stop) if not _after_latin(text, m)]
            matches = sorted([*matches, *thai], key=_start)
        return iter(matches)


def _after_latin(text: str, match: re.Match[str]) -> bool:
    return match.start() > 0 and _LATIN_LETTER.match(text, match.start() - 1) is not None


def _start(match: re.Match[str]) -> int:
    return match.start()
