"""Patterns tried only where a match can begin.

Python's regex engine skips through a text without trying the pattern only when the pattern
opens with a literal character or a choice of them. The engine's date and time patterns open
with optional words and lookbehinds, so the engine tries them at every position of the text.
A `Prefiltered` pattern finds the places a match can begin with a second pattern of literal
openings, which the engine does skip through, and tries the full pattern only there: with
openings as narrow as "a day's first digit" or "a whole weekday name", a few positions in a
hundred. The matches are the same."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property


class Prefiltered:
    """A pattern, and `openings` matching at least wherever a match of it can begin.

    Both are compiled where they are first used, not where they are defined: compiling the
    understanding's patterns takes longer than anything else a command such as `meetbot dates`
    does, and most commands use few of them or none (a full pattern only where its openings
    matched)."""

    def __init__(
        self,
        openings: list[str],
        pattern: str,
        flags: int = 0,
        apart: str | None = None,
        before_apart: str = "",
    ) -> None:
        self._sources = (openings, pattern, flags)
        self._apart = apart
        self._before_apart = before_apart
        _DEFINED.append(self)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        _, pattern, flags = self._sources
        return re.compile(pattern, flags)

    @cached_property
    def openings(self) -> re.Pattern[str]:
        openings, _, flags = self._sources
        return re.compile(by_first_character(openings), flags)

    @cached_property
    def apart(self) -> re.Pattern[str] | None:
        """An opening that begins with a set, looked for on its own (see `prefiltered`)."""
        return None if self._apart is None else re.compile(self._apart, self._sources[2])

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text, pos, endpos)` gives, for a pattern that never
        matches empty."""
        if self.apart is not None:
            yield from self.finditer_at(text, self.starts(text, pos, endpos), endpos)
            return
        find = self.openings.search
        end = len(text) if endpos is None else endpos
        while (opening := find(text, pos, end)) is not None:
            start = opening.start()
            found = self.pattern.match(text, start, end)
            if found is None:
                pos = start + 1
                continue
            yield found
            # An empty match would be found again at the same place.
            pos = max(found.end(), start + 1)

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Every place in `text` where one of the openings matches: patterns that open alike
        look for them once (`finditer_at`)."""
        end = len(text) if endpos is None else endpos
        found = places(self.openings, text, pos, end)
        if self.apart is not None:
            found = sorted([*found, *self.apart_starts(text, pos, end)])
        return found

    def apart_starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Every place in `text` where the opening `apart` matches."""
        end = len(text) if endpos is None else endpos
        if self.apart is None:
            return []
        # (one `finditer` rather than a `search` call per place: an apart opening is one
        # character long, so no match hides another beginning inside it)
        places = [m.start() for m in self.apart.finditer(text, pos, end)]
        if not self._before_apart:
            return places
        before = self._before_apart
        return sorted([*places, *(p - 1 for p in places if p > pos and text[p - 1] in before)])

    def finditer_at(
        self, text: str, starts: list[int], endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `finditer(text, 0, endpos)` gives, tried at `starts`: the `starts(text)`
        of this pattern or of one with the same openings."""
        pos, end = 0, len(text) if endpos is None else endpos
        for start in starts:
            if start < pos:
                continue  # inside the match before
            found = self.pattern.match(text, start, end)
            if found is not None:
                yield found
                pos = max(found.end(), start + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, as `pattern.search(text, pos, endpos)` finds it."""
        return next(self.finditer(text, pos, endpos), None)


class LineStart:
    """A pattern whose every choice opens with "^" under re.MULTILINE, so that a match can
    begin only where a line does: looked for from the line breaks.

    "^" is an assertion, not a character: the engine finds no first character to skip to and
    tries such a pattern at every character of the text. Here the same pattern opened by "\\n"
    finds the next line it matches on (the engine skips from one line break to the next), and
    the pattern itself is matched there, so that each match is the one `finditer` and `search`
    give: the same span and groups (a match's `pos` is its line's start, not the caller's). A
    choice that does not open with "^" would be looked for only after a break: the caller
    keeps to the form."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if flags & re.VERBOSE:
            # (the break put before the pattern is a blank to VERBOSE, and a closing comment
            # would swallow its bracket: the two patterns would not find the same lines)
            raise ValueError("LineStart does not take re.VERBOSE patterns")
        self.pattern = re.compile(pattern, flags | re.MULTILINE)
        self._after_break = re.compile(f"\n(?:{pattern})", flags | re.MULTILINE)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text, pos, endpos)` gives."""
        end = len(text) if endpos is None else endpos
        pos = max(pos, 0)  # as `re` reads a negative start
        if pos == 0:  # the first line, with no break before it
            if (first := self.pattern.match(text, 0, end)) is not None:
                yield first
            pos = 1 if first is None else _past(first)
        # (a match may end where a line begins: the break before it is looked at again)
        while (found := self._after_break.search(text, pos - 1, end)) is not None:
            match = self.pattern.match(text, found.start() + 1, end)
            if match is None:
                raise AssertionError(f"{self.pattern.pattern!r} matched after a break, not at it")
            yield match
            pos = _past(match)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match, as `pattern.search(text, pos, endpos)` finds it."""
        return next(self.finditer(text, pos, endpos), None)


def _past(match: re.Match[str]) -> int:
    """Where the next search starts: past the match, and one further after an empty one, so
    that a pattern that can match empty cannot find the same place for ever."""
    return match.end() + (match.end() == match.start())


def places(openings: re.Pattern[str], text: str, pos: int, end: int) -> list[int]:
    """Every place in `text[pos:end]` where `openings` matches."""
    places: list[int] = []
    while (opening := openings.search(text, pos, end)) is not None:
        places.append(opening.start())
        pos = opening.start() + 1
    return places


_DEFINED: list[Prefiltered] = []


def defined() -> tuple[Prefiltered, ...]:
    """Every pattern defined so far."""
    return tuple(_DEFINED)


def compile_defined() -> None:
    """Compile every pattern defined so far: a worker that will read many messages pays for
    them as it starts, not within the time budget of its first message."""
    for each in _DEFINED:
        _ = each.pattern, each.openings, each.apart  # each compiled as first read


def prefiltered(
    openings: list[str],
    pattern: str,
    flags: int = 0,
    apart: str | None = None,
    before_apart: str = "",
) -> Prefiltered:
    """`pattern`, tried only where one of `openings` matches, or `apart`.

    Each opening is a regex that must begin with a literal character, so that the engine can
    skip to the next place one begins (`words` and `DIGITS` build them). Between them they must
    match wherever a match of `pattern` can begin; what follows the first character may narrow
    them, since the full pattern is tried only where they match. `apart` is an opening that
    begins with a set ("[0-9๐-๙]…") and matches that character alone, what follows looked
    ahead for, looked for in a scan of its own: among the openings its set would be spelt out,
    one copy of what follows for each character, each compiled.
    `before_apart`: characters that open a match where they stand just before an `apart`
    opening (OCR's "l5" for 15), found from it rather than at each of them in the text.
    """
    return Prefiltered(openings, pattern, flags, apart, before_apart)


# An opening's first element as `by_first_character` reads it: a plain character, an escaped
# one ("\\+"), or a small set of plain characters and ranges ("[A-Z]"), not repeated.
_FIRST = re.compile(
    r"(?:(?P<plain>[^\\\[\](){}|.^$*+?])|\\(?P<escaped>[^\w\s])|\[(?P<set>[^\]\\^]+)\])(?![*+?{])"
)
_RANGE = re.compile(r"(.)-(.)|(.)", re.DOTALL)
_LARGEST_SET = 32  # "[A-Z]" and "[0-9๐-๙]" are spelt out, a larger set is left as it is
# What nests in a pattern: an escape, a set, a bracket, and "|" between choices.
_NESTING = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\((?:\?P?<?)?|[)|]", re.DOTALL)


def by_first_character(openings: list[str]) -> str:
    """A pattern that matches where the choice "|".join(openings) does, with one choice per
    first character: "m(?:on|ay)|t(?:ue)" rather than "mon|may|tue".

    Where a character of the text can open a match, the engine tries the choices one by one,
    and openings of words meet most letters of a text: a few dozen choices there rather than a
    hundred. A choice that opens with a set ("[A-Z]") is spelt out per character, so that every
    choice opens with one and the engine skips to where one of them stands. An opening read
    otherwise is kept as a choice of its own."""
    rests: dict[str, list[str]] = {}
    others: list[str] = []
    for choice in (c for opening in openings for c in _choices(opening)):
        first = _FIRST.match(choice)
        characters = None if first is None else _characters(first)
        rest = choice if first is None else choice[first.end() :]
        if characters is None or (len(characters) > 1 and _captures(rest)):
            others.append(choice)
            continue
        for character in characters:
            rests.setdefault(character, []).append(rest)
    grouped = [
        re.escape(first) + (f"(?:{'|'.join(rest)})" if any(rest) else "")
        for first, rest in rests.items()
    ]
    return "|".join([*grouped, *others])


def _characters(first: re.Match[str]) -> str | None:
    """The characters an opening's first element matches, None for a set too large to spell."""
    if first["set"] is None:
        return first["plain"] or first["escaped"]
    spelt = "".join(
        single or "".join(map(chr, range(ord(low), ord(high) + 1)))
        for low, high, single in _RANGE.findall(first["set"])
    )
    return spelt if len(spelt) <= _LARGEST_SET else None


def _choices(opening: str) -> list[str]:
    """An opening split at each "|" outside brackets and sets."""
    choices, depth, start = [], 0, 0
    for m in _NESTING.finditer(opening):
        token = m.group()
        if token.startswith("("):
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            choices.append(opening[start : m.start()])
            start = m.end()
    return [*choices, opening[start:]]


def _captures(pattern: str) -> bool:
    """Whether a pattern holds a group that captures: copies of it would number it twice."""
    return any(m.group() in ("(", "(?P<") for m in _NESTING.finditer(pattern))


DIGITS = [*"0123456789๐๑๒๓๔๕๖๗๘๙"]


def words(*words: str, word_start: bool = False) -> list[str]:
    """Openings for words, ASCII letters in any case as "(?i)" reads them: "mon" opens "Mon",
    "MON" and "mon", "sign" also "ſign" (see _CASE_BLIND).

    Each word is a regex opening with a plain letter ("at\\s" is "at" and a blank). With
    `word_start`, only where no ASCII letter stands before it, as `(?<![A-Za-z])` requires.
    """
    before = r"(?<![A-Za-z](?s:.))" if word_start else ""
    # One opening per first letter, the rests as a choice: at each place where a letter of
    # them stands, the engine then tries a few openings rather than one per word.
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].lower(), []).append(word[1:])
    return [
        f"{case}{before}(?i:{'|'.join(group)})"
        for first, group in rests.items()
        for case in sorted({first, first.upper(), *_CASE_BLIND.get(first, "")})
    ]


# The letters other than the two ASCII cases that "(?i)" takes for an ASCII letter.
_CASE_BLIND = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def ascii_case_only(text: str) -> bool:
    """Whether `text` holds none of the letters that "(?i)" takes for an ASCII one besides its
    two cases (`_CASE_BLIND`): in such a text, an ASCII word found in the text with its ASCII
    letters lowered stands where "(?i)" finds it."""
    return not any(letter in text for letters in _CASE_BLIND.values() for letter in letters)


def case_blind(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags | re.IGNORECASE)`, written so that the engine skips through
    the text (`by_first_letter`)."""
    return re.compile(by_first_letter(pattern), flags)


def by_first_letter(pattern: str) -> str:
    """`pattern` read case-blind, written so that the engine skips through the text.

    A case-blind pattern opens with no literal character, so the engine tries each of its
    choices at every character of a text or a window (and folds the case of the character for
    each). This one opens each choice with its first letter in each case, the rest case-blind
    ("H(?:(?i:eld)|(?i:osted))|h(?:…)": see `by_first_character`); the matches are the same.
    Each choice must open with a letter or a group of such choices, after "\\b" or not, and
    capture nothing."""
    openings: list[str] = []
    for whole in _choices(pattern):
        boundary = whole.startswith("\\b")
        openings.extend(_case_blind_openings(_distributed(whole[2 * boundary :]), boundary))
    return by_first_character(openings)


def case_blind_words(alternation: str) -> str:
    """A choice of words ("january|jan|…") read case-blind as `(?i:…)` reads it, written for the
    inside of a pattern: one choice per first letter, opened by the set of its cases
    ("(?:[Jj](?i:anuary|an)|[Ff](?i:ebruary|eb))"). The engine enters only the words of the
    letter that stands instead of folding the case for each word; compiled about as fast as
    the plain choice (`by_first_letter`'s one choice per case and word takes three times as
    long, paid once per process). Each word opens with a letter."""
    rests: dict[str, list[str]] = {}
    for word in _choices(alternation):
        rests.setdefault(word[0].lower(), []).append(word[1:])
    choices = [
        f"[{''.join(sorted({first, first.upper(), *_CASE_BLIND.get(first, '')}))}]"
        f"(?i:{'|'.join(rest)})"
        for first, rest in rests.items()
    ]
    return f"(?:{'|'.join(choices)})"


def _case_blind_openings(choices: list[str], boundary: bool) -> list[str]:
    """Each choice opened by its first letter in each case, the rest case-blind; after "\\b"
    when `boundary`."""
    openings: list[str] = []
    for choice in choices:
        first, rest = choice[0], choice[1:]
        uncased = first.lower() == first.upper() and first not in _SPECIAL
        letter = (first.isascii() and first.isalpha()) or (uncased and not boundary)
        if not (letter or (uncased and first.isalnum())) or rest[:1] in _REPEATS:
            raise ValueError(f"a choice of a case-blind pattern opens with a letter: {choice!r}")
        if _captures(rest):
            raise ValueError(f"a case-blind pattern captures nothing: {choice!r}")
        # ("\\b" before a letter: no word character stands before it)
        before = r"(?<!\w(?s:.))" if boundary else ""
        lower = first.lower()
        for case in sorted({lower, first.upper(), *_CASE_BLIND.get(lower, "")}):
            openings.append(f"{case}{before}(?i:{rest})")
    return openings


_SPECIAL = "\\[](){}|.^$*+?"
_REPEATS = ("?", "*", "+", "{")


def _distributed(choice: str) -> list[str]:
    """A choice that opens with a group of choices, as one choice per choice of the group:
    "(?:held|hosted)\\s+in" is "held\\s+in" or "hosted\\s+in", tried in that order."""
    if not choice.startswith("(?:"):
        return [choice]
    depth = 0
    for m in _NESTING.finditer(choice):
        if m.group().startswith("("):
            depth += 1
        elif m.group() == ")":
            depth -= 1
            if depth == 0:
                inner, tail = choice[3 : m.start()], choice[m.end() :]
                if tail[:1] in _REPEATS:
                    return [choice]  # a repeated group is not a choice between words
                return [d + tail for c in _choices(inner) for d in _distributed(c)]
    return [choice]
