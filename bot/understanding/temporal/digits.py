"""Thai (๐-๙) and Arabic digits: the engine reads both, also mixed in one number."""

from __future__ import annotations

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

# A regex class rather than `\d`: `\d` also takes Devanagari, Arabic-Indic and other digits that
# never occur in these mails and would only widen what a stray OCR glyph can match.
DIGIT = "[0-9๐-๙]"


def to_arabic(text: str) -> str:
    # Ten replaces in C: str.translate looks every character up in a table, several times
    # slower on a long Thai text.
    for thai, arabic in zip(THAI_DIGITS, "0123456789", strict=True):
        text = text.replace(thai, arabic)
    return text


def number(text: str) -> int:
    """The value of a run of digits in either script: "๒๕๖๘" -> 2568, "2๕" -> 25."""
    return int(text)  # int() reads every Unicode decimal digit, Thai ones too


_OCR_LETTERS = str.maketrans("lIO", "110")


def ocr_number(text: str) -> int:
    """The value of digits in which OCR put a letter for 1 or 0: "l5" -> 15, "3O" -> 30."""
    return number(text.translate(_OCR_LETTERS))
