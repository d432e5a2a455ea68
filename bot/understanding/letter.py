"""A Thai official letter (หนังสือราชการ) as a record: number, date, subject, who to, citing.

The ministry's letters and memos (บันทึกข้อความ) share one layout: labelled header lines
(ส่วนราชการ, ที่ … วันที่ …, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย), a body, a closing
(ขอแสดงความนับถือ) and the signer's name in brackets with the position below. The same
parser reads a letter from a mail body, a text PDF or OCR'd scan; values from OCR carry
the page's doubt (bot.understanding.ocr_values). Pure: no I/O, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from bot.config.output_sections import REVIEW_THRESHOLD
from bot.reading.document import MailDocument
from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_th_phrase import thai_name
from bot.understanding.letter_ref import LetterReference, find_letter_references
from bot.understanding.ocr_values import (
    ocr_review_reason,
    ocr_value_confidence,
)
from bot.understanding.prefilter import LineStart
from bot.understanding.record import Deadline, DeadlineKind, Extracted, MeetingRecord
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import TemporalKind, day_of

__all__ = ["Letter", "fill_from_letters", "find_letter", "letters_in"]

T = TypeVar("T")

_TEXT_CONFIDENCE = 0.9
# OCR loses a label's tone marks ("เรือง", "ที รง ๐๒๑๐"): they are optional here.
_LABEL = LineStart(
    r"^[ \t]*(?P<label>ส่วนราชการ|ที่?(?=[ \t]+[ก-ฮ]{2}[ \t]*[๐-๙0-9])|เรื่?อง|เรียน|อ้?างถึง"
    r"|สิ่?งที่?ส่?งมาด้วย)[ \t]+(?P<value>\S.*)$",
)
_LABELS = ("ส่วนราชการ", "ที่", "เรื่อง", "เรียน", "อ้างถึง", "สิ่งที่ส่งมาด้วย")
_TONE = re.compile("[\u0e48-\u0e4b]")
# The lines a header field may continue on: the subject and the addressee wrap.
_CONTINUES = ("เรื่อง", "เรียน")
# How a body starts: a line like these ends a wrapped addressee.
_BODY_OPENING = re.compile(r"^[ \t]*(?:ด้วย|ตาม|พร้อมนี้|ในการนี้|อนึ่ง|เนื่องด้วย|เนื่องจาก)")
_CLOSING = LineStart(r"^[ \t]*ขอแสดงความนับถือ")
_SIGNER = LineStart(r"^[ \t]*\((?P<name>[^()\n]{4,60})\)[ \t]*$")
# "ขอให้แจ้งรายชื่อภายในวันที่ …", "ส่งแบบตอบรับภายในวันที่ …": the department's own deadline.
_REPLY_BY = re.compile(
    r"(?:แจ้งรายชื่อ|ส่งรายชื่อ|เสนอรายชื่อ|ส่งแบบตอบรับ|แจ้งตอบรับ|ตอบรับ)[^\n]{0,60}?ภายใน\s*"
)
_PROVENANCE = LineStart(r"^\[OCR, page (?P<page>\d+), confidence \d+ %\]$")


@dataclass(frozen=True)
class Letter:
    """What a Thai letter says about itself; each value with the line it came from."""

    where: str  # "body", "attachment scan.pdf (OCR)"
    number: Extracted[str] | None  # "รง ๐๒๑๐.๓/ว ๒๘๗๒"
    date: Extracted[dt.date] | None
    office: Extracted[str] | None  # ส่วนราชการ, or the issuing office under the number
    subject: Extracted[str] | None
    addressee: Extracted[str] | None
    enclosures: Extracted[str] | None
    cites: tuple[LetterReference, ...]  # อ้างถึง and the letters the body names
    # The dates อ้างถึง gives, numbered or not: "หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ …"
    # is the invitation that the letter forwards.
    cited_dates: tuple[dt.date, ...]
    signer: Extracted[str] | None
    signer_position: Extracted[str] | None
    delegates_requested: Extracted[int] | None
    reply_deadline: Extracted[dt.date] | None  # ขอให้แจ้งรายชื่อ … ภายในวันที่ …
    title_th: Extracted[str] | None  # the meeting the subject names
    body: str


def letters_in(doc: MailDocument) -> tuple[Letter, ...]:
    """Every letter in the message: its body, then each attachment that reads as one."""
    reference = doc.date or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    found = [find_letter(doc.text, reference=reference, where="body")]
    for attachment in doc.attachments:
        ocr = attachment.ocr_confidence
        where = f"attachment {attachment.filename}" + (" (OCR)" if ocr is not None else "")
        found.append(
            find_letter(attachment.text, reference=reference, where=where, ocr_confidence=ocr)
        )
    return tuple(letter for letter in found if letter is not None)


def find_letter(
    text: str,
    *,
    reference: dt.datetime,
    where: str = "text",
    ocr_confidence: float | None = None,
) -> Letter | None:
    """The letter in `text`, or None when it has neither a number (ที่ …) nor a เรื่อง line."""
    fields = _header_fields(text)
    if "เรื่อง" not in fields and "ที่" not in fields:
        return None
    confidence = (
        _TEXT_CONFIDENCE
        if ocr_confidence is None
        else min(_TEXT_CONFIDENCE, ocr_value_confidence(ocr_confidence))
    )

    def value(found: T, line: str, at: int) -> Extracted[T]:
        page = _page_of(text, at)
        source = f"{where}, page {page}: {line}" if page else f"{where}: {line}"
        reasons: tuple[str, ...] = ()
        if ocr_confidence is not None and confidence < REVIEW_THRESHOLD:
            reasons = (ocr_review_reason(ocr_confidence),)
        return Extracted(found, source, confidence, reasons)

    own, cites = _references(text, fields, reference)
    body_start = max((end for _, _, end in fields.values()), default=0)
    closing = _CLOSING.search(text, body_start)
    body = text[body_start : closing.start() if closing else len(text)].strip()
    signer = _SIGNER.search(text, closing.end()) if closing else None
    at = signer.start() if signer else 0
    position = _next_line(text, signer.end()) if signer else None
    subject = fields.get("เรื่อง")
    quota = find_delegates_requested(MessageText.of(body))
    deadline = _reply_deadline(body, reference)
    title = _title(subject[0]) if subject else None

    def labelled(label: str) -> Extracted[str] | None:
        found = fields.get(label)
        return value(found[0], f"{label} {found[0]}", found[1]) if found else None

    office = _office_under_number(text, fields)
    own_line = _line_of(text, own.span[0]).strip() if own else ""

    return Letter(
        where=where,
        number=value(own.number, own_line, own.span[0]) if own else None,
        date=value(own.date, own_line, own.span[0]) if own and own.date else None,
        office=labelled("ส่วนราชการ")
        or (value(office[0], office[0], office[1]) if office else None),
        subject=labelled("เรื่อง"),
        addressee=labelled("เรียน"),
        enclosures=labelled("สิ่งที่ส่งมาด้วย"),
        cites=cites,
        cited_dates=_dates(fields["อ้างถึง"][0], reference) if "อ้างถึง" in fields else (),
        signer=value(signer["name"].strip(), signer.group().strip(), at) if signer else None,
        signer_position=value(position, position, at) if position else None,
        delegates_requested=value(quota.value, quota.source, body_start) if quota else None,
        reply_deadline=value(deadline[0], deadline[1], body_start) if deadline else None,
        title_th=value(title, f"เรื่อง {subject[0]}", subject[1]) if title and subject else None,
        body=body,
    )


def fill_from_letters(record: MeetingRecord, letters: tuple[Letter, ...]) -> MeetingRecord:
    """`record` with what a letter adds that the rest of the message did not say: the
    meeting's Thai title, the quota and the department's reply deadline."""
    for letter in letters:
        changes: dict[str, Any] = {}
        if record.title_th is None and letter.title_th is not None:
            changes["title_th"] = letter.title_th
        if record.delegates_requested is None and letter.delegates_requested is not None:
            changes["delegates_requested"] = letter.delegates_requested
        nominations = [d for d in record.deadlines if d.kind is DeadlineKind.NOMINATION]
        if not nominations and letter.reply_deadline is not None:
            due = letter.reply_deadline
            deadline = Deadline(
                DeadlineKind.NOMINATION, due.value, None, due.source, due.confidence
            )
            changes["deadlines"] = (*record.deadlines, deadline)
        record = replace(record, **changes)
    return record


def _header_fields(text: str) -> dict[str, tuple[str, int, int]]:
    """Each header label's value (wrapped lines joined), where its line starts and ends."""
    matches = [m for m in _LABEL.finditer(text) if not _CLOSING.search(text, 0, m.start())]
    fields: dict[str, tuple[str, int, int]] = {}
    for i, match in enumerate(matches):
        label = next(
            known for known in _LABELS if _TONE.sub("", known) == _TONE.sub("", match["label"])
        )
        if label in fields:
            continue
        end = match.end()
        parts = [match["value"].strip()]
        if label in _CONTINUES:
            limit = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            for line in text[end:limit].splitlines()[1:]:
                if not line.strip() or (label == "เรียน" and _BODY_OPENING.match(line)):
                    break
                if label == "เรียน" and len(parts) >= 3:
                    break
                parts.append(line.strip())
                end = text.index(line, end) + len(line)
        fields[label] = (_joined(parts), match.start(), end)
    return fields


def _joined(parts: list[str]) -> str:
    # A Thai line wraps inside a phrase: the break is no space ("ครั้ง" / "ที่ ๒๑").
    joined = parts[0]
    for part in parts[1:]:
        thai_break = re.search("[ก-ฺเ-๎]$", joined) and re.match("[ก-ฺเ-๎]", part)
        joined += part if thai_break else " " + part
    return joined


def _references(
    text: str, fields: dict[str, tuple[str, int, int]], reference: dt.datetime
) -> tuple[LetterReference | None, tuple[LetterReference, ...]]:
    """The letter's own number (the ที่ line's) and the letters it cites."""
    found = find_letter_references(text, reference=reference)
    own = next((r for r in found if _line_of(text, r.span[0]).lstrip().startswith("ที")), None)
    return own, tuple(r for r in found if r is not own)


def _office_under_number(
    text: str, fields: dict[str, tuple[str, int, int]]
) -> tuple[str, int] | None:
    """An external letter's office: the line under its number (a memo labels it ส่วนราชการ)."""
    if "ที่" not in fields:
        return None
    after = fields["ที่"][2]
    line = _next_line(text, after)
    if line is None or _LABEL.match(line) or re.match("[๐-๙0-9]", line):
        return None
    return line, text.index(line, after)


def _reply_deadline(body: str, reference: dt.datetime) -> tuple[dt.date, str] | None:
    for match in _REPLY_BY.finditer(body):
        for temporal in find_temporal(body[match.end() : match.end() + 60], reference=reference):
            if temporal.kind is TemporalKind.DATE and temporal.span[0] <= 8:
                start = temporal.start
                day = start.date() if isinstance(start, dt.datetime) else start
                if day is not None:
                    return day, _line_of(body, match.start()).strip()
            break
    return None


def _dates(text: str, reference: dt.datetime) -> tuple[dt.date, ...]:
    days = (
        day_of(found.start)
        for found in find_temporal(text, reference=reference)
        if found.kind is TemporalKind.DATE
    )
    return tuple(day for day in days if day is not None)


def _title(subject: str) -> str | None:
    found = thai_name(subject)
    return found[0] if found else None


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _next_line(text: str, position: int) -> str | None:
    for line in text[position:].splitlines():
        if line.strip():
            return line.strip()
    return None


def _page_of(text: str, at: int) -> str | None:
    """The OCR'd page `at` is on: the last provenance line before it."""
    pages = [m for m in _PROVENANCE.finditer(text, 0, at + 1)]
    return pages[-1]["page"] if pages else None
