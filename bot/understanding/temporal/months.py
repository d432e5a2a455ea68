"""Month names in English and Thai, with the abbreviations and OCR slips the seeds show: the
one place that knows how a Thai month's name is misread (a PDF's lost า, OCR's tone marks
and letters of like shape), for the engine's patterns and for the repair of OCR'd text."""

from __future__ import annotations

import re

from bot.reading.thai_months import THAI_MONTHS
from bot.understanding.prefilter import case_blind_words

_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_TH_FULL = THAI_MONTHS
# The spoken short forms: the full name without its last syllable (-คม, -ยน, -พันธ์), read
# only where a date's words stand around them (misspelt_months.py): "ตุลา" is also a word.
THAI_SHORT_FORMS = (
    "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา",
    "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
)  # fmt: skip

# Misspellings that OCR and hurried typing produce: ฏ for ฎ, a lost thanthakhat.
_TH_SLIPS = {"กรกฏาคม": 7, "กุมภาพันธ": 2, "มกราคาม": 1}
# A PDF whose Thai font has no Unicode for sara aa (า) copies it out as a control character
# (U+0003) or loses it ("กุมภ\x03พันธ์ 2563", "พฤศจิกยน"): the month is still the month.
_TH_SLIPS |= {
    name.replace("า", lost): i
    for i, name in enumerate(_TH_FULL, start=1)
    for lost in ("", "\x03")
    if "า" in name
}

# Each abbreviation as its written parts: a dot may follow each part, a space may separate them
# ("ก.ย.", "ก. ย.", "ก.ย", "กย" are all September).
_TH_ABBR = (
    ("ม", "ค"), ("ก", "พ"), ("มี", "ค"), ("เม", "ย"), ("พ", "ค"), ("มิ", "ย"),
    ("ก", "ค"), ("ส", "ค"), ("ก", "ย"), ("ต", "ค"), ("พ", "ย"), ("ธ", "ค"),
)  # fmt: skip

_THAI_LETTER = "\u0e01-\u0e4e"

_NAMES: dict[str, int] = {
    **_EN,
    **{name: i for i, name in enumerate(_TH_FULL, start=1)},
    **_TH_SLIPS,
    **{"".join(parts): i for i, parts in enumerate(_TH_ABBR, start=1)},
}


def _alternation(words: list[str]) -> str:
    # Longest first, so that "September" is not cut to "Sep".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONTH_EN_NAMES = tuple(_EN)
_EN_WORDS = [w for w in _EN if w != "may"]
# "may" is a verb far more often than a month: only the capitalised forms count.
# Case-blind names by first letter (`case_blind_words`): the engine enters only the names that
# open with the letter that stands, not each of the 23 with its case folded.
MONTH_EN = (
    rf"(?<![A-Za-z])(?:(?:{case_blind_words(_alternation(_EN_WORDS))})\.?|May|MAY)(?![A-Za-z])"
)

# A line break that hyphenates a name: "Septem-\nber".
_WRAP = r"(?:-[^\S\n]*\n[^\S\n]*)?"


def _wrappable(word: str) -> str:
    """`word` as a pattern that allows a hyphenated line break after its second letter."""
    return word[:2] + "".join(_WRAP + ch for ch in word[2:])


# MONTH_EN, also hyphenated across a line. Only after a day ("30 Septem-\nber"): where a month
# name opens a date, its openings would have to be every word that begins like a month.
_EN_WRAPPABLE = "|".join(_wrappable(w) for w in sorted(_EN_WORDS, key=len, reverse=True))
# A copy that lost the blank after an ordinal ("10-13thSeptember") still has the month.
_AFTER_ORDINAL = r"(?<=[0-9]st|[0-9]nd|[0-9]rd|[0-9]th)"
MONTH_EN_WRAPPABLE = (
    rf"(?:(?<![A-Za-z])|{_AFTER_ORDINAL})(?:(?:{case_blind_words(_EN_WRAPPABLE)})\.?|May|MAY)"
    r"(?![A-Za-z])"
)
# Thai vowels and tone marks written above or below a letter: OCR never puts a space before them.
_COMBINING = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _spaced(word: str) -> str:
    """`word` as a pattern that allows the stray blank OCR puts inside words ("มิถุนา ยน")."""
    out = [re.escape(word[0])]
    for ch in word[1:]:
        out.append(re.escape(ch) if _COMBINING.match(ch) else rf"[^\S\n]?{re.escape(ch)}")
    return "".join(out)


MONTH_TH_FULL = "|".join(_spaced(w) for w in sorted([*_TH_FULL, *_TH_SLIPS], key=len, reverse=True))
# How the full names can begin, as bot.understanding.prefilter wants it: a literal letter first.
MONTH_TH_FULL_OPENINGS = sorted({_spaced(w[:4]) for w in [*_TH_FULL, *_TH_SLIPS]})
_ABBR = "|".join(
    r"\.?\s?".join(re.escape(p) for p in parts) + r"\.?"
    for parts in sorted(_TH_ABBR, key=lambda p: -len("".join(p)))
)
# An abbreviation must stand alone: "กย" inside "กยผ." (a division's initials) is no month.
MONTH_TH = rf"(?:{MONTH_TH_FULL}|(?<![{_THAI_LETTER}])(?:{_ABBR})(?![{_THAI_LETTER}]))"

_STRIP = re.compile(r"[.\s-]")


# OCR adds a tone mark no month's name has ("ธั้นวาคม").
_TONE_MARKS = re.compile("[\u0e48-\u0e4b]")


def thai_month_misread(word: str) -> str | None:
    """The Thai month's name `word` is a misreading of: a slip above, a tone mark added, or one
    letter of like shape ("จันวาคม"); None when it is none, or could be two."""
    number = _NAMES.get(word)
    if number is not None:
        return _TH_FULL[number - 1] if word[:1] >= "\u0e00" else None
    bare = _TONE_MARKS.sub("", word)
    near = [
        name
        for name in _TH_FULL
        if len(name) == len(bare) and sum(a != b for a, b in zip(name, bare, strict=True)) <= 1
    ]
    return near[0] if len(near) == 1 else None


def month_number(word: str) -> int | None:
    """1-12 for a month name as matched by MONTH_EN or MONTH_TH, None for anything else."""
    return _NAMES.get(_STRIP.sub("", word).lower())


# "… in April." / "2. Cancel …": a month ending its sentence, and the next line's list number.
_LIST_NUMBER = re.compile(r"\.[^\S\n]*+\n[^\S\n]*+[0-9]{1,2}[.)](?:[^\S\n]|$)")


def list_number_after(text: str, month_end: int) -> bool:
    """Whether the month ending at `month_end` ends its sentence and the next line opens with a
    list's number, which is then no day of it."""
    return _LIST_NUMBER.match(text, month_end - 1) is not None
