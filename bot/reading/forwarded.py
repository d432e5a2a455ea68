"""Messages forwarded inline: the blocks mail clients write into the body.

Gmail ("---------- Forwarded message ---------"), Apple Mail ("Begin forwarded
message:", its header lines quoted with "> "), Outlook ("-----Original Message-----",
or a bare From:/Sent: block under a rule), in English and in the Thai those clients
use. Each block keeps its inner From, Date and Subject; its text runs to the next block.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator

from bot.reading.document import ForwardedMessage
from bot.reading.headers import plausible_date

__all__ = ["parse_date", "split_inline_forwards"]

_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|ข้อความที่ส่งต่อ|Original Message|ข้อความต้นฉบับ)\s*-{2,}"
    r"|Begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_FIELD = re.compile(r"^[\s>]*\*?([A-Za-z-]+|[\u0e00-\u0e7f]+(?: [\u0e00-\u0e7f]+)?)\*?\s*:\s*(.*)$")
_FIELD_NAMES = {
    "from": "from",
    "จาก": "from",
    "date": "date",
    "sent": "date",
    "วันที่": "date",
    "ส่ง": "date",
    "subject": "subject",
    "เรื่อง": "subject",
    "หัวเรื่อง": "subject",
    "to": "to",
    "ถึง": "to",
    "cc": "cc",
    "สำเนาถึง": "cc",
    "bcc": "bcc",
    "reply-to": "reply-to",
}
_RULE = re.compile(r"^\s*_{8,}\s*$")
# How far a bare Outlook header block may spread: From, Sent, To, Cc, Subject.
_BARE_HEADER_LINES = 6


def parse_date(text: str | None) -> dt.datetime | None:
    """An RFC 5322 date with its zone, else None: a zone-less date is left to the caller."""
    if not text:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None and plausible_date(parsed) else None


def _field(line: str) -> tuple[str, str] | None:
    match = _FIELD.match(line)
    if match is None:
        return None
    name = _FIELD_NAMES.get(match.group(1).lower())
    return (name, match.group(2).strip()) if name else None


def _is_bare_header(lines: list[str], i: int) -> bool:
    """An Outlook reply header with no marker line: From: then Sent: or Date: close below."""
    first = _field(lines[i])
    if first is None or first[0] != "from":
        return False
    if i > 0 and lines[i - 1].strip() and not _RULE.match(lines[i - 1]):
        return False
    following = (_field(line) for line in lines[i + 1 : i + _BARE_HEADER_LINES])
    names = {f[0] for f in following if f is not None}
    return "date" in names and "subject" in names


def _block_starts(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first line of the block, first header line) for each forwarded block."""
    i = 0
    while i < len(lines):
        if _MARKER.match(lines[i]):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            yield i, j
            i = j
        elif _is_bare_header(lines, i):
            yield (i - 1 if i > 0 and _RULE.match(lines[i - 1]) else i), i
        i += 1


def _read_block(lines: list[str], start: int, end: int) -> ForwardedMessage:
    fields: dict[str, str] = {}
    last: str | None = None
    i = start
    while i < end and lines[i].strip(" \t>"):
        parsed = _field(lines[i])
        if parsed is not None:
            last = parsed[0]
            fields.setdefault(last, parsed[1])
        elif last is not None:
            fields[last] += " " + lines[i].strip()  # a long To: list wraps
        else:
            break
        i += 1
    while i < end and not lines[i].strip(" \t>"):
        i += 1  # the blank lines after the header block, quoted or not
    text = "\n".join(lines[i:end]).strip()
    date_text = fields.get("date")
    return ForwardedMessage(
        sender=fields.get("from"),
        date=parse_date(date_text),
        date_text=date_text,
        subject=fields.get("subject"),
        text=text,
    )


def split_inline_forwards(text: str) -> tuple[ForwardedMessage, ...]:
    """Every inline forwarded block in `text`, outermost first."""
    lines = text.split("\n")
    blocks = list(_block_starts(lines))
    ends = [cut for cut, _ in blocks[1:]] + [len(lines)] if blocks else []
    return tuple(
        _read_block(lines, header, end) for (_, header), end in zip(blocks, ends, strict=True)
    )
