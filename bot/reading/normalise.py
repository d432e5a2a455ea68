"""One normal form for every text the reader returns, so matching downstream is exact."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_text"]

# Zero-width space separates Thai words invisibly; joiners, BOM, word joiner and
# soft hyphen are invisible too. Left in, they split words that look whole.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_RUN = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """NFC, invisible characters gone, LF line ends, no trailing spaces, one blank line at most."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUN.sub("\n\n", text).strip()
