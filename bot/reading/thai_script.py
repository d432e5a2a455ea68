"""What well-formed Thai text looks like, to tell clean extracted text from garbled.

PDF text extractors garble Thai in known ways (pdfminer.six issue #1049): glyph
variants from the Private Use Area instead of real characters, above/below marks
out of order or detached from their consonant, SARA AM split into NIKHAHIT and
SARA AA. Thai orthography makes these easy to count, because in Unicode order a
combining mark always follows a consonant (or another mark), a tone mark comes
after the vowel mark, a vowel like SARA AA follows a Thai letter, and a leading
vowel is always followed by a consonant.
"""

from __future__ import annotations

import re

__all__ = ["garble_count", "garble_ratio", "repair_thai", "thai_count"]

_CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_ABOVE_BELOW_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47")
_COMBINING = _TONES | _ABOVE_BELOW_VOWELS | frozenset("\u0e4c\u0e4d\u0e4e")
_FOLLOWING_VOWELS = frozenset("\u0e30\u0e32\u0e33\u0e45")
_SARA_AM = "\u0e33"
_SARA_AA = "\u0e32"

# The positional variants Thai fonts (Tahoma, the TLWG fonts, ...) keep in the
# Private Use Area; a PDF whose ToUnicode map points at the glyph gives these.
_PUA_TO_THAI = str.maketrans(
    {
        0xF700: "\u0e10",
        0xF701: "\u0e34",
        0xF702: "\u0e35",
        0xF703: "\u0e36",
        0xF704: "\u0e37",
        0xF705: "\u0e48",
        0xF706: "\u0e49",
        0xF707: "\u0e4a",
        0xF708: "\u0e4b",
        0xF709: "\u0e4c",
        0xF70A: "\u0e48",
        0xF70B: "\u0e49",
        0xF70C: "\u0e4a",
        0xF70D: "\u0e4b",
        0xF70E: "\u0e4c",
        0xF70F: "\u0e0d",
        0xF710: "\u0e31",
        0xF711: "\u0e4d",
        0xF712: "\u0e47",
        0xF713: "\u0e48",
        0xF714: "\u0e49",
        0xF715: "\u0e4a",
        0xF716: "\u0e4b",
        0xF717: "\u0e4c",
        0xF718: "\u0e38",
        0xF719: "\u0e39",
        0xF71A: "\u0e3a",
    }
)
# NIKHAHIT + (tone) + SARA AA is how SARA AM is drawn; extractors often return the parts.
_SPLIT_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def thai_count(text: str) -> int:
    """Number of characters in the Thai block."""
    return sum(1 for ch in text if "\u0e00" <= ch <= "\u0e7f")


def garble_count(text: str) -> int:
    """Number of places where `text` breaks Thai orthography or shows extraction debris."""
    bad = 0
    prev = ""
    for ch in text:
        if "\uf700" <= ch <= "\uf8ff" or ch == "\ufffd":
            bad += 1
        elif ch in _COMBINING:
            if prev not in _CONSONANTS and prev not in _COMBINING:
                bad += 1  # a mark with nothing to sit on
            elif prev == ch or (prev in _TONES and ch in _TONES):
                bad += 1  # the same mark twice, or two tone marks
            elif prev in _TONES and ch in _ABOVE_BELOW_VOWELS:
                bad += 1  # tone before vowel mark: out of order
        elif prev == _SARA_AM and ch == _SARA_AA:
            bad += 1  # SARA AM already contains the AA
        elif ch in _FOLLOWING_VOWELS and not "\u0e01" <= prev <= "\u0e4e":
            bad += 1  # a vowel that follows a syllable, with no syllable before it
        elif prev in _LEADING_VOWELS and ch not in _CONSONANTS:
            bad += 1
        prev = ch
    return bad


def garble_ratio(text: str) -> float:
    """Garbled places per Thai character: 0.0 for clean or non-Thai text."""
    count = thai_count(text)
    return garble_count(text) / count if count else 0.0


def repair_thai(text: str) -> str:
    """Undo the garbling that has one right answer: PUA glyph variants, split SARA AM."""
    return _SPLIT_SARA_AM.sub(lambda m: m.group(1) + _SARA_AM, text.translate(_PUA_TO_THAI))
