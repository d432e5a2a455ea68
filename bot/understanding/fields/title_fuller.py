"""The fuller form of a chosen name that the text writes: a short form spelt out ("3rd ACSS
Meeting" is "the 3rd Meeting of the ASEAN Committee on Social Security (ACSS)"), the subject's
sender's word dropped, a body's name written out.

Kept apart from bot.understanding.fields.title, which ranks the names these choose among.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from bot.understanding.fields.series import NOT_SERIES, ORDINAL


class _Named(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str: ...


N = TypeVar("N", bound=_Named)
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]\b")
_ASIDE = re.compile(r"\s*\(([^()\n]{2,40})\)")


def expansion(candidate: N, body: list[N], text: str) -> N | None:
    """The name written out where the chosen one uses its short form: "3rd ACSS Meeting"
    is "the 3rd Meeting of the ASEAN Committee on Social Security (ACSS)"."""
    acronyms = set(ACRONYM.findall(candidate.value)) - NOT_SERIES
    if not acronyms:
        return None
    if spelt := _spelling_its_letters(candidate, body):
        return spelt
    # The written-out name keeps the short form's other words ("3rd", "Meeting"); one that
    # lacks them spells out an organiser named beside it ("... Restaurant Association (RAS)").
    others = {w.lower() for w in candidate.value.split() if w not in acronyms}
    longer = []
    for other in body:
        aside = _ASIDE.match(text, other.end)
        if (
            aside
            and len(other.value) > len(candidate.value)
            and others <= {w.lower() for w in other.value.split()}
            and acronyms & set(ACRONYM.findall(aside.group(1)))
            and not acronyms & set(ACRONYM.findall(other.value))
        ):
            longer.append(other)
    return max(longer, key=lambda c: len(c.value)) if longer else None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def goes_on(name: _Named, shorter: str, text: str) -> bool:
    """Whether `name` is `shorter` written fuller on its line: a heading's next line, under
    "… Training Workshop", is its subtitle or the next sentence, not more of the name."""
    if len(name.value) <= len(shorter) or not comparable(name.value).startswith(
        comparable(shorter)
    ):
        return False
    at = text.find(shorter, name.start, name.end)
    return at < 0 or "\n" not in text[at + len(shorter) : at + len(shorter) + _BREAK_WITHIN]


_BREAK_WITHIN = 3  # the spaces between the shorter name's end and what the fuller one adds


def named_after_the(candidate: N, body: list[N], text: str) -> N | None:
    """The subject's "ILO Regional Consultation on X" is "the Regional Consultation on X" in
    the text, which never writes the longer form: the article says where the name begins,
    and the subject's first word labels its sender."""
    subject_name = comparable(candidate.value)
    if any(comparable(c.value) == subject_name for c in body):
        return None
    for other in body:
        if subject_name.endswith(" " + comparable(other.value)) and _THE_BEFORE.search(
            text, max(0, other.start - 5), other.start
        ):
            return other
    return None


def written_out(candidate: N, body: list[N]) -> N | None:
    """The subject's "75th session of the Commission" is the text's "75th session of the
    Economic and Social Commission for Asia and the Pacific": a numbered meeting of a body
    whose words all stand, in order, in a longer one the text writes with the same words up
    to "of" (the body's name written out; "30th Summit and Related Meetings" is more)."""
    words = comparable(candidate.value).split()
    if not ORDINAL.match(candidate.value) or "of" not in words:
        return None
    opening = words[: words.index("of") + 1]
    longer = [
        c
        for c in body
        if len(c.value) > len(candidate.value)
        and comparable(c.value).split()[: len(opening)] == opening
        and _in_order(words, comparable(c.value).split())
    ]
    return max(longer, key=lambda c: len(c.value)) if longer else None


def _in_order(words: list[str], within: list[str]) -> bool:
    remaining = iter(within)
    return all(word in remaining for word in words)


def comparable(value: str) -> str:
    return re.sub(r"\s+", " ", value.lower())


# titles-r21: letters in brackets inside a name, "<Words> (TDC) Meeting"
_LETTERS_INSIDE = re.compile(r"\(([A-Z]{2,6})\)")


def _initials(value: str, letters: re.Match[str]) -> str:
    """The first letters of the capitalised words right before the bracketed letters, the
    small words between them skipped ("Network of Sample Practitioners (NSP)": "NSP")."""
    words = [w for w in value[: letters.start()].split() if w[:1].isupper()]
    return "".join(w[0] for w in words[-len(letters[1]) :])


def _spells(value: str, letters: re.Match[str]) -> bool:
    """Whether the words right before the bracketed letters begin with them, in order."""
    return _initials(value, letters) == letters[1]


def _contradicts(value: str, letters: re.Match[str]) -> bool:
    """Whether the words before the letters begin with others: a cut name's last words
    ("Sample Practitioners (NSP)") spell the letters' end and contradict nothing."""
    initials = _initials(value, letters)
    return not initials or not letters[1].endswith(initials)


def _spelling_its_letters(candidate: N, body: list[N]) -> N | None:
    """The text's name with the same letters in brackets whose words spell them, where the
    chosen one's words do not: a subject's "Open Community (TDC) Meeting" is the text's
    "Technical Developer Community (TDC) meetings" (a newer reading of which words they are)."""
    inside = _LETTERS_INSIDE.search(candidate.value)
    if inside is None or not _contradicts(candidate.value, inside):
        return None
    for other in body:
        same = _LETTERS_INSIDE.search(other.value)
        if same and same[1] == inside[1] and _spells(other.value, same):
            return other
    return None
