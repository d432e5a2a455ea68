"""Character error rate, the way OCR of Thai is measured here.

Whitespace is left out on both sides: Thai marks phrases with spaces where a writer
likes, and a line break moved by the scan is no misread character.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

_PROVENANCE = re.compile(r"^\[OCR, page \d+, confidence \d+ %\]$", re.MULTILINE)


def without_provenance(text: str) -> str:
    """OCR'd text without the "[OCR, page N, confidence C %]" lines reading puts in."""
    return _PROVENANCE.sub("", text)


def character_error_rate(read: str, truth: str) -> float:
    """Edits (insertions, deletions, substitutions) per character of the true text."""
    read = "".join(without_provenance(read).split())
    truth = "".join(truth.split())
    return Levenshtein.distance(read, truth) / len(truth)
