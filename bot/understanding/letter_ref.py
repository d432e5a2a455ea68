"""Thai official-letter references: "ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘".

A memo cites the letter it answers by urgency, number and date; a forwarded letter
carries the same facts in its header ("ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒" with the date on a
line of its own). This module finds them in text. Pure: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal, TemporalKind

_DIGIT = "[0-9๐-๙]"

# The seeds' OCR spaces the parts freely ("รง ๐๒๑๐.๓/ ๓๙", "/ว๓๐๕"); the agency code
# is two Thai letters and a dotted number, the serial a number that may carry a
# sub-number ("ว ๑๐๗/๕").
_REFERENCE = re.compile(
    rf"(?:(?P<urgency>ด่วนที่สุด|ด่วนมาก|ด่วน)\s+)?"
    rf"ที่?\s+(?P<agency>[ก-ฮ]{{2}}\s*{_DIGIT}+(?:\.{_DIGIT}+)*)\s*/\s*"
    rf"(?P<circular>ว\s*)?(?P<serial>{_DIGIT}+(?:[./]{_DIGIT}+)*)"
)
_HEADER_LOOKAHEAD = 300  # characters: the issuing office's address lines, then the date
# What may stand between a number and its date in a citation ("… ลงวันที่ ๘ ธันวาคม …");
# the temporal engine's match starts at "วันที่".
_CITATION_GAP = re.compile(r"\s*(?:ลง)?\s*")


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


def find_letter_references(text: str, *, reference: dt.datetime) -> list[LetterReference]:
    """Every letter reference in `text`, in order of appearance.

    `reference` is when the text was written (the message date): it settles the year
    of a date written without one. A citation's date follows its number ("ลงวันที่ …");
    a letter's own header has the date on a line of its own a few lines below.
    """
    dates = [t for t in find_temporal(text, reference=reference) if t.kind is TemporalKind.DATE]
    found: list[LetterReference] = []
    for match in _REFERENCE.finditer(text):
        end = match.end()
        date: dt.date | None = None
        for temporal in dates:
            begin = temporal.span[0]
            if begin < end:
                continue
            if _CITATION_GAP.fullmatch(text, end, begin):
                date, end = _day(temporal), temporal.span[1]
            elif begin - end <= _HEADER_LOOKAHEAD and _starts_line(text, begin):
                date = _day(temporal)
            break
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


def _day(temporal: Temporal) -> dt.date | None:
    start = temporal.start
    return start.date() if isinstance(start, dt.datetime) else start


def _starts_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return not text[line_start:position].strip()
