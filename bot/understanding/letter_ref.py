"""Thai official-letter references: "ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘".

A memo cites the letter it answers by urgency, number and date; a forwarded letter
carries the same facts in its header ("ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒" with the date on a
line of its own). This module finds them in text. Pure: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.actions.thai import BE_OFFSET, THAI_MONTHS

_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_DIGIT = "[0-9๐-๙]"
_MONTH = "|".join(THAI_MONTHS)
_DATE = (
    rf"(?P<day>{_DIGIT}{{1,2}})\s+(?P<month>{_MONTH})\s+(?:พ\.\s?ศ\.\s*)?(?P<year>{_DIGIT}{{4}})"
)

# The seeds' OCR spaces the parts freely ("รง ๐๒๑๐.๓/ ๓๙", "/ว๓๐๕"); the agency code
# is two Thai letters and a dotted number, the serial a number that may carry a
# sub-number ("ว ๑๐๗/๕").
_REFERENCE = re.compile(
    rf"(?:(?P<urgency>ด่วนที่สุด|ด่วนมาก|ด่วน)\s+)?"
    rf"ที่\s+(?P<agency>[ก-ฮ]{{2}}\s*{_DIGIT}+(?:\.{_DIGIT}+)*)\s*/\s*"
    rf"(?P<circular>ว\s*)?(?P<serial>{_DIGIT}+(?:[./]{_DIGIT}+)*)"
)
# A citation dates the letter right after its number: "ลงวันที่ …" (or "วันที่ …"
# in a memo's own header).
_DATE_AFTER = re.compile(rf"\s*(?:ลง)?วันที่\s+{_DATE}")
# A letter's own header puts the date alone on a line a few lines below the number.
_DATE_LINE = re.compile(rf"^[ \t]*{_DATE}[ \t]*$", re.MULTILINE)
_HEADER_LOOKAHEAD = 300  # characters: the issuing office's address lines, then the date


@dataclass(frozen=True)
class LetterReference:
    agency: str  # "รง ๐๒๑๐.๓", spaces normalised
    serial: str  # "๒๘๗๒"
    circular: bool  # a "ว" number: sent to many recipients
    urgency: str | None  # "ด่วนที่สุด", "ด่วนมาก", "ด่วน"
    date: dt.date | None
    text: str  # as written, number through date
    span: tuple[int, int]

    @property
    def number(self) -> str:
        """The number as a memo cites it: "รง ๐๒๑๐.๓/ว ๒๘๗๒"."""
        return f"{self.agency}/{'ว ' if self.circular else ''}{self.serial}"


def find_letter_references(text: str) -> list[LetterReference]:
    """Every letter reference in `text`, in order of appearance."""
    found: list[LetterReference] = []
    for match in _REFERENCE.finditer(text):
        end = match.end()
        date: dt.date | None = None
        after = _DATE_AFTER.match(text, end)
        if after is not None:
            date = _to_date(after)
            end = after.end()
        else:
            line = _DATE_LINE.search(text, end, end + _HEADER_LOOKAHEAD)
            if line is not None:
                date = _to_date(line)
        agency = re.sub(r"\s+", " ", match["agency"])
        agency = re.sub(r"^([ก-ฮ]{2})(?=\S)", r"\1 ", agency)
        found.append(
            LetterReference(
                agency=agency,
                serial=match["serial"],
                circular=match["circular"] is not None,
                urgency=match["urgency"],
                date=date,
                text=text[match.start() : end],
                span=(match.start(), end),
            )
        )
    return found


def _to_date(match: re.Match[str]) -> dt.date | None:
    year = int(match["year"].translate(_TO_ARABIC))
    # Thai letters date in the Buddhist era; a CE year in Thai digits is rare but seen.
    if year > 2400:
        year -= BE_OFFSET
    try:
        return dt.date(
            year, THAI_MONTHS.index(match["month"]) + 1, int(match["day"].translate(_TO_ARABIC))
        )
    except ValueError:  # "๓๑ กันยายน": OCR noise, not a date
        return None
