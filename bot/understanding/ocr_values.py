"""What extraction must know about text that OCR read: its Thai digits, and its doubt.

Tesseract's Thai model (Debian's tesseract-ocr-tha, Tesseract 5.3) reads several Thai
digits as others of like shape (docs/ocr.md): ๔, ๘ and ๙ as ๕; ๖ as ๒; ๗ and ๙ as ๓.
A Buddhist-era year is where this does most harm, and where it can be undone: of the
years the misread digits may stand for, the one nearest the message's own year is
taken ("๒๕๒๕" in a letter of 2568 is ๒๕๖๘). A value whose source lies in OCR'd text
is less sure than the engine says, and under the review threshold it says why.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import fields, replace
from typing import Any

from bot.config.output_sections import REVIEW_THRESHOLD
from bot.reading.document import MailDocument
from bot.understanding.record import Contact, Deadline, Extracted, MeetingRecord, OnlineMeeting
from bot.understanding.temporal.digits import to_arabic
from bot.understanding.temporal.months import thai_month_misread

__all__ = [
    "doubt_ocr_values",
    "ocr_review_reason",
    "ocr_value_confidence",
    "repair_ocr_dates",
]

# A value under this confidence is marked for a person to check against the scan.
# Engine confidence is per word and optimistic about digits: a value from OCR'd text
# keeps at most this share of the page confidence.
_OCR_SHARE = 0.85
# What each digit Tesseract printed may really be (observed on tests/ocr scans).
_MAY_BE = {"๕": "๕๔๘๙", "๒": "๒๖", "๓": "๓๗๙"}
_BE_YEAR = re.compile(r"(?<![๐-๙0-9])๒[๐-๙]{3}(?![๐-๙0-9])")
_YEARS_APART = 1  # a letter speaks of this year, the last or the next
# A word before a BE year is a month's name, as OCR misreads it: a tone mark added
# ("ธั้นวาคม": no month's name has one) or one letter of like shape ("จันวาคม").
_BEFORE_YEAR = re.compile(r"(?<![ก-๙])([ก-๏]{4,12})(?=[ \t]+๒[๐-๙]{3}(?![๐-๙]))")


def repair_ocr_dates(doc: MailDocument) -> MailDocument:
    """`doc` with each OCR'd attachment's implausible BE years read as the nearest plausible,
    and its month names rid of the tone marks OCR added."""
    if doc.date is None or not any(a.ocr_confidence is not None for a in doc.attachments):
        return doc
    year_be = doc.date.year + 543
    attachments = tuple(
        replace(a, text=_repaired_dates(a.text, year_be)) if a.ocr_confidence is not None else a
        for a in doc.attachments
    )
    return replace(doc, attachments=attachments)


def _repaired_dates(text: str, year_be: int) -> str:
    text = _BEFORE_YEAR.sub(lambda m: thai_month_misread(m.group()) or m.group(), text)
    return _BE_YEAR.sub(lambda m: _nearest_year(m.group(), year_be), text)


def _nearest_year(written: str, year_be: int) -> str:
    if abs(int(written) - year_be) <= _YEARS_APART:
        return written
    candidates = ("".join(c) for c in itertools.product(*(_MAY_BE.get(d, d) for d in written)))
    plausible = [c for c in candidates if abs(int(c) - year_be) <= _YEARS_APART]
    return min(plausible, key=lambda c: abs(int(c) - year_be), default=written)


def ocr_value_confidence(page_confidence: float) -> float:
    """How sure a value read from a page with this engine confidence (0-100) is (0..1)."""
    return page_confidence / 100 * _OCR_SHARE


def ocr_review_reason(page_confidence: float) -> str:
    return f"read by OCR (page confidence {page_confidence:.0f} %): check it against the scan"


def doubt_ocr_values(record: MeetingRecord, doc: MailDocument) -> MeetingRecord:
    """`record` with every value read from OCR'd text at OCR's confidence, marked for review
    under REVIEW_THRESHOLD; values also found in text with a text layer are left alone."""
    scanned = [(_comparable(a.text), a.ocr_confidence) for a in doc.attachments if a.ocr_confidence]
    if not scanned:
        return record
    typed = _comparable(
        "\n".join([doc.text, *(a.text for a in doc.attachments if a.ocr_confidence is None)])
    )

    def doubted(value: Any) -> Any:
        source = _comparable(getattr(value, "source", None) or "")
        if not source or source in typed:
            return value
        page = min((c for text, c in scanned if source in text), default=None)
        if page is None:
            return value
        confidence = min(value.confidence, ocr_value_confidence(page))
        changes: dict[str, Any] = {"confidence": confidence}
        if isinstance(value, Extracted) and confidence < REVIEW_THRESHOLD:
            changes["reasons"] = (*value.reasons, ocr_review_reason(page))
        return replace(value, **changes)

    changes: dict[str, Any] = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, tuple):
            changes[field.name] = tuple(doubted(item) for item in value)
        elif isinstance(value, Extracted | OnlineMeeting | Deadline | Contact):
            changes[field.name] = doubted(value)
    return replace(record, **changes)


def _comparable(text: str) -> str:
    """A source snippet is quoted with Arabic digits and one space between words."""
    return to_arabic(" ".join(text.split()))
