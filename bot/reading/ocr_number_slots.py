"""Where a Thai letter's grammar puts a number that OCR read as Latin letters.

On a worn scan Tesseract reads a Thai number as Latin ("aad" for the serial ๑๙๖,
"OC" for the ordinal ๑๘, "od" for the day ๑๖): no Thai digit in it, so the digit pass
(ocr_digits), which looks at runs of digits, never saw it. The letter's own words say a
number stands there: after a number's ว (ที่ รง ๐๓๐๘.๒/ว …), after ที่ (วันที่, ลงวันที่,
ภายในวันที่, ครั้งที่), after หน่วยงานละ or จำนวน, after a month's name (the year), and
before a month's name (the day) or คน / ฉบับ (a count). Such a short run of Latin
letters is handed to the digit pass, which replaces it only when every glyph there
matches a Thai digit: the place says where to look, the glyphs say what is there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.reading.thai_months import THAI_MONTHS

__all__ = ["in_number_slot", "is_misread_number"]

_MONTHS = "|".join(THAI_MONTHS)
# OCR loses tone marks, MAI HAN-AKAT and THANTHAKHAT ("ครังที", "ลงวันที") and splits
# SARA AM (its NIKHAHIT left alone, "จํานวน"): both the
# cues and the text around a run are compared without them.
_MARKS = re.compile("[\u0e31\u0e48-\u0e4d]")
# ที่ is a word of its own (ที่ รง …) or ends วันที่ / ครั้งที่ / ข้อที่ / ฉบับที่ (marks removed):
# inside a word it is none ("๑๕ นาที", "สถานที").
_NUMBER_THI = r"(?:(?<![\u0e00-\u0e7f])|วน|ครง|ขอ|ฉบบ)ที"
_BEFORE = re.compile(
    rf"(?:/ว\.?|{_NUMBER_THI}|ละ|จานวน|จำนวน|(?:{_MARKS.sub('', _MONTHS)}))[ \t\n.]*$"
)
_AFTER = re.compile(rf"^[ \t]*(?:[-–][ \t]*\S+[ \t]*)?(?:{_MARKS.sub('', _MONTHS)}|คน|ฉบบ)")
# What Tesseract prints for a Thai digit it does not know: Latin letters, Arabic digits,
# a few signs; a Thai digit may be among them ("๑d").
_LATIN_LOOKING = re.compile(r"[A-Za-z0-9๐-๙©°@&%$#'\"“”‘’|!?*()]{1,6}")
_NOT_ONLY_DIGITS = re.compile(r"[^0-9๐-๙]")
_CONTEXT = 40  # characters looked at on either side
_LONGEST = 6  # characters: a serial, a day, a year


def in_number_slot(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a run of Latin-looking words, stands where the letter's
    grammar puts a number."""
    before = _MARKS.sub("", text[max(start - _CONTEXT, 0) : start])
    after = _MARKS.sub("", text[end : end + _CONTEXT])
    return bool(_BEFORE.search(before) or _AFTER.match(after))


def is_misread_number(words: Sequence[str]) -> bool:
    """Whether words side by side could be one number Tesseract read as Latin."""
    joined = "".join(words)
    return (
        len(joined) <= _LONGEST
        and all(_LATIN_LOOKING.fullmatch(word) for word in words)
        and bool(_NOT_ONLY_DIGITS.search(joined))
    )
