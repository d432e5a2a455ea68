"""Thai digits (๐-๙) and Arabic digits, one table for every layer that turns one into the other."""

from __future__ import annotations

__all__ = ["THAI_DIGITS", "to_arabic_digits", "to_thai_digits"]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)


def to_thai_digits(text: str | int) -> str:
    """Arabic digits to Thai digits (U+0E50-U+0E59); other characters unchanged."""
    return str(text).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Thai digits to Arabic digits; other characters unchanged."""
    # Ten replaces in C: str.translate looks every character up in a table, several times
    # slower on a long Thai text.
    for thai, arabic in zip(THAI_DIGITS, "0123456789", strict=True):
        text = text.replace(thai, arabic)
    return text
