"""Numbers written as words: counts ("three (3) days", "ภายในสามวัน"), days of the month ("the
twenty-first of May") and clock hours ("half past nine")."""

from __future__ import annotations

import re

from bot.understanding.prefilter import case_blind_words

COUNTS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
}  # fmt: skip

# Thai counts to ninety-nine are built from the units: "สิบสอง" 12, "ยี่สิบเอ็ด" 21, "สามสิบ" 30.
_TH_UNITS = {
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9,
}  # fmt: skip
_TH_UNIT = "|".join(_TH_UNITS)
# Longest first: "สิบสอง" before "สิบ", and "สอง" alone only when no "สิบ" follows.
TH_COUNT = rf"(?:(?:{_TH_UNIT}|ยี่)?สิบ(?:เอ็ด|{_TH_UNIT})?|{_TH_UNIT})"
TH_COUNT_OPENINGS = [*_TH_UNITS, "ยี่", "สิบ"]
_TH_TENS = re.compile(rf"(?P<tens>{_TH_UNIT}|ยี่)?สิบ(?P<units>เอ็ด|{_TH_UNIT})?")


def thai_count(word: str) -> int:
    """1-99 for a count matched by TH_COUNT: "สิบสอง" -> 12."""
    m = _TH_TENS.fullmatch(word)
    if m is None:
        return _TH_UNITS[word]
    tens = 2 if m["tens"] == "ยี่" else _TH_UNITS.get(m["tens"] or "หนึ่ง", 1)
    units = 1 if m["units"] == "เอ็ด" else _TH_UNITS.get(m["units"] or "", 0)
    return tens * 10 + units


_FIRST_NINE = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
_TENTH_TO_NINETEENTH = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_ORDINAL_DAYS = {
    **{word: i for i, word in enumerate(_FIRST_NINE, start=1)},
    **{word: i for i, word in enumerate(_TENTH_TO_NINETEENTH, start=10)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty {word}": 20 + i for i, word in enumerate(_FIRST_NINE, start=1)},
    "thirty first": 31,
}
HOUR_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip

_BETWEEN_WORDS = re.compile(r"[-\s]+")


def _alternation(words: list[str]) -> str:
    # Longest first, so that "twenty-first" is not cut to "twenty"; a blank or a hyphen joins
    # the two words of a compound.
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[-\s]") for w in ordered)


# Case-blind patterns, each word entered only where its first letter stands (`case_blind_words`);
# the caller adds the word boundaries.
ORDINAL_DAY = rf"(?:{case_blind_words(_alternation(list(_ORDINAL_DAYS)))})"
HOUR_WORD = rf"(?:{case_blind_words(_alternation(list(HOUR_WORDS)))})"


def ordinal_day(word: str) -> int:
    """1-31 for a day matched by ORDINAL_DAY: "twenty-first" -> 21."""
    return _ORDINAL_DAYS[_BETWEEN_WORDS.sub(" ", word.lower())]


def hour_word(word: str) -> int:
    """1-12 for an hour matched by HOUR_WORD."""
    return HOUR_WORDS.index(word.lower()) + 1
