"""Thai (๐-๙) and Arabic digits: the engine reads both, also mixed in one number."""

from __future__ import annotations

from bot.reading.thai_digits import THAI_DIGITS
from bot.reading.thai_digits import to_arabic_digits as to_arabic

__all__ = ["DIGIT", "THAI_DIGITS", "number", "ocr_number", "to_arabic"]

# A regex class rather than `\d`: `\d` also takes Devanagari, Arabic-Indic and other digits that
# never occur in these mails and would only widen what a stray OCR glyph can match.
DIGIT = "[0-9๐-๙]"


def number(text: str) -> int:
    """The value of a run of digits in either script: "๒๕๖๘" -> 2568, "2๕" -> 25."""
    return int(text)  # int() reads every Unicode decimal digit, Thai ones too


_OCR_LETTERS = str.maketrans("lIO", "110")


def ocr_number(text: str) -> int:
    """The value of digits in which OCR put a letter for 1 or 0: "l5" -> 15, "3O" -> 30."""
    return number(text.translate(_OCR_LETTERS))
