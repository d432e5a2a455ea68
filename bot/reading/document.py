"""What the reader produces: a message as clean text, its attachments and its warnings.

These frozen dataclasses are the contract between mail reading and understanding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Address:
    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class IcsEvent:
    """One VEVENT of an attached or inline iCalendar object, as parsed by icalendar."""

    uid: str | None
    summary: str | None
    start: dt.date | dt.datetime | None
    end: dt.date | dt.datetime | None
    location: str | None = None
    description: str | None = None
    url: str | None = None
    method: str | None = None  # REQUEST, CANCEL, ... from the VCALENDAR
    sequence: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class Attachment:
    filename: str  # sanitised: no directories, no control characters
    content_type: str
    size: int  # decoded bytes
    text: str = ""  # extracted text ("" when none could be had; see warnings)
    events: tuple[IcsEvent, ...] = ()
    warnings: tuple[str, ...] = ()
    skipped: bool = False  # over a limit, or a kind we do not read
    # Set when some of `text` was read by OCR: the lowest page confidence (0-100) Tesseract
    # gave. Values taken from such text are less sure than from a text layer.
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class ForwardedMessage:
    """A message quoted inside another: a message/rfc822 part or an inline forward block."""

    sender: str | None
    date: dt.datetime | None
    date_text: str | None  # as written, since inline blocks often carry no zone
    subject: str | None
    text: str


@dataclass(frozen=True)
class MailDocument:
    message_id: str  # without angle brackets; a sha256-based id when the header is missing
    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: dt.datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    authentication_results: tuple[str, ...]
    text: str  # the body as readable text, HTML converted with link targets kept
    attachments: tuple[Attachment, ...] = ()
    forwarded: tuple[ForwardedMessage, ...] = ()
    warnings: tuple[str, ...] = ()
    links: tuple[str, ...] = field(default=())  # every URL found in the body and HTML hrefs
    # Every address of every From field: DMARC judges a message with exactly one.
    from_addresses: tuple[Address, ...] = ()
    from_fields: int = 0  # how many From header fields the message has

    def all_text(self) -> str:
        """Body, forwarded messages and attachment texts, each under a header line.

        This is what extraction reads; the header lines let a provenance snippet
        say which part a value came from.
        """
        parts = [self.text]
        for fwd in self.forwarded:
            if fwd.text and fwd.text not in self.text:
                parts.append(f"--- forwarded: {fwd.subject or ''} ---\n{fwd.text}")
        for att in self.attachments:
            if att.text:
                parts.append(f"--- attachment: {att.filename} ---\n{att.text}")
        return "\n\n".join(p for p in parts if p)
