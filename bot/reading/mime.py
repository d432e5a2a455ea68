"""Raw RFC 5322 bytes to a `MailDocument`: headers, readable text, attachments, forwards.

Every known kind of damage (a broken boundary, a wrong charset, damaged base64, an
unreadable attachment) becomes a sentence in `MailDocument.warnings`, and whatever could
be read is kept. Anything else raised here is a bug, not hidden as an empty document:
the worker boundary (bot.processing.workers.understand) stores the message as failed with the trace.
"""

from __future__ import annotations

import email
import email.errors
import re
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

from bot.reading.attachments import is_calendar, read_attachment, safe_filename, too_large
from bot.reading.charsets import decode_bytes
from bot.reading.document import Attachment, ForwardedMessage, MailDocument
from bot.reading.forwarded import split_inline_forwards
from bot.reading.headers import (
    decode_value,
    parse_addresses,
    parse_header_date,
    parse_message_ids,
)
from bot.reading.html_text import html_to_text
from bot.reading.limits import ReadLimits
from bot.reading.normalise import normalise_text
from bot.reading.ocr import OcrBudget
from bot.store.ids import message_id_from

__all__ = ["read_message"]

# Real mail nests a few levels (a forward of a forward of a signed message);
# deeper than this is an attack on the reader, not a message.
_MAX_DEPTH = 12
# Below this share of the HTML's text, a text/plain alternative is a stub
# ("view this message in a browser") and the HTML is read instead.
_STUB_SHARE = 0.3
# A line that opens a MIME part: "--boundary" followed by that part's headers.
_DELIMITER = re.compile(rb"^--([0-9A-Za-z'()+_,./:=?-]{1,70})\r?\n[A-Za-z-]+:", re.MULTILINE)
_URL = re.compile(r"https?://[^\s<>\"'\[\]{}|\\^`]+", re.IGNORECASE)
_URL_TAIL = ".,;:!?)*"
# What each stdlib defect means to a reader; None: said better by `broken_multipart`.
_DEFECTS: dict[str, str | None] = {
    "StartBoundaryNotFoundDefect": None,
    "MultipartInvariantViolationDefect": None,
    "NoBoundaryInMultipartDefect": None,
    "CloseBoundaryNotFoundDefect": "MIME closing boundary missing: the message may be cut short",
    "InvalidBase64PaddingDefect": "damaged base64 (bad padding)",
    "InvalidBase64CharactersDefect": "damaged base64 (invalid characters)",
    "InvalidBase64LengthDefect": "damaged base64 (truncated)",
    "MissingHeaderBodySeparatorDefect": "header block not ended by a blank line",
    "MisplacedEnvelopeHeaderDefect": "mbox 'From ' line inside the headers",
}


def read_message(raw: bytes, *, limits: ReadLimits | None = None) -> MailDocument:
    """Read one message. Malformed parts become warnings beside what could be read."""
    return _Reader(limits or ReadLimits()).read(raw)


def _links(text: str) -> list[str]:
    return [url.rstrip(_URL_TAIL) for url in _URL.findall(text)]


def _is_attachment(part: Message) -> bool:
    return part.get_content_disposition() == "attachment" or part.get_filename() is not None


def _payload_bytes(part: Message) -> bytes:
    """The part's body, decoded from its transfer encoding; b"" for a multipart."""
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""


class _Reader:
    def __init__(self, limits: ReadLimits, depth: int = 0, ocr: OcrBudget | None = None) -> None:
        self.limits = limits
        self.depth = depth
        self.texts: list[str] = []
        self.links: dict[str, None] = {}
        self.attachments: list[Attachment] = []
        self.forwarded: list[ForwardedMessage] = []
        self.warnings: list[str] = []
        # One budget for the whole message, forwards included: the page cap is per message.
        self.ocr = ocr if ocr is not None else (OcrBudget(limits.ocr) if limits.ocr else None)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def read(self, raw: bytes) -> MailDocument:
        if not raw.strip():
            self.warn("empty message: no headers and no body")
        try:
            message = email.message_from_bytes(raw, policy=compat32)
        # The library parses nested multiparts by recursion: a thousand levels are read as
        # headers only, with the reason (the walk reads no deeper than _MAX_DEPTH anyway).
        except RecursionError:
            self.warn("MIME parts nested too deeply to parse: only the headers read")
            message = BytesHeaderParser(policy=compat32).parsebytes(raw)
            del message["Content-Type"]
            message.set_payload("")
        return self.read_parsed(message, raw)

    def read_parsed(self, message: Message, raw: bytes) -> MailDocument:
        headers: dict[str, list[str]] = {}
        for name, value in message.raw_items():
            headers.setdefault(name.lower(), []).append(str(value))

        def first(name: str) -> str | None:
            values = headers.get(name)
            return values[0] if values else None

        header_warnings: list[str] = []
        subject = normalise_text(decode_value(first("subject") or "", header_warnings))
        senders = parse_addresses(headers.get("from", []), header_warnings)
        to = parse_addresses(headers.get("to", []), header_warnings)
        cc = parse_addresses(headers.get("cc", []), header_warnings)
        date = parse_header_date(first("date"), header_warnings)
        in_reply_to = parse_message_ids(first("in-reply-to"))
        for warning in header_warnings:
            self.warn(warning)

        self.walk(message)
        text = normalise_text("\n\n".join(t for t in self.texts if t.strip()))
        self.forwarded[:0] = split_inline_forwards(text)
        for url in _links(text):
            self.links.setdefault(url, None)
        return MailDocument(
            message_id=message_id_from(first("message-id"), raw),
            subject=" ".join(subject.split()),
            sender=senders[0] if senders else None,
            to=to,
            cc=cc,
            date=date,
            in_reply_to=in_reply_to[0] if in_reply_to else None,
            references=parse_message_ids(" ".join(headers.get("references", []))),
            authentication_results=tuple(
                " ".join(v.split()) for v in headers.get("authentication-results", [])
            ),
            text=text,
            attachments=tuple(self.attachments),
            forwarded=tuple(self.forwarded),
            warnings=tuple(self.warnings),
            links=tuple(self.links),
            from_addresses=tuple(senders),
            from_fields=len(headers.get("from", [])),
        )

    # -- the MIME tree ---------------------------------------------------------

    def walk(self, part: Message, depth: int = 0) -> None:
        if depth > _MAX_DEPTH:
            self.warn(f"MIME parts nested deeper than {_MAX_DEPTH} levels: the rest not read")
            return
        content_type = part.get_content_type()
        # Only a multipart's list of parts: a leaf's get_payload() decodes by its charset
        # parameter, which RFC 2231 (charset*=) makes a tuple the codec lookup fails on.
        payload = part.get_payload() if part.is_multipart() else None
        if content_type == "message/rfc822" or (
            content_type == "application/octet-stream"
            and (part.get_filename() or "").lower().endswith(".eml")
        ):
            self.forward(part)
        elif part.is_multipart() and isinstance(payload, list):
            subparts = [sub for sub in payload if isinstance(sub, Message)]
            if content_type == "multipart/alternative":
                self.alternative(subparts, depth)
            else:
                for sub in subparts:
                    self.walk(sub, depth + 1)
        elif part.get_content_maintype() == "multipart":
            self.broken_multipart(part, depth)
        elif content_type == "text/plain" and is_calendar(_payload_bytes(part)):
            # A calendar pasted as the body (an .ics file saved as the message's text) is
            # read as the attached calendar it is: its lines are not prose.
            self.attach(part)
        elif content_type in ("text/plain", "text/html") and not _is_attachment(part):
            self.texts.append(self.decoded_text(part, content_type))
        else:
            self.attach(part)
        self.note_defects(part)

    def broken_multipart(self, part: Message, depth: int) -> None:
        """A multipart whose declared boundary never occurs: find the one its parts use."""
        body = _payload_bytes(part)
        found = _DELIMITER.search(body)
        if found is None or depth >= _MAX_DEPTH:
            self.warn("declared MIME boundary not found: the multipart body is read as plain text")
            self.texts.append(self.decoded_text(part, "text/plain"))
            return
        boundary = found.group(1).decode("ascii")
        self.warn(f"declared MIME boundary not found: parts read with the boundary {boundary!r}")
        header = f'Content-Type: {part.get_content_type()}; boundary="{boundary}"\r\n\r\n'
        self.walk(email.message_from_bytes(header.encode() + body, policy=compat32), depth + 1)

    def note_defects(self, part: Message) -> None:
        for defect in part.defects:
            name = type(defect).__name__
            meaning = _DEFECTS.get(name, f"malformed MIME ({name})")
            if meaning is not None:
                where = f" in {part.get_filename()!r}" if part.get_filename() else ""
                self.warn(meaning + where)

    def alternative(self, parts: list[Message], depth: int) -> None:
        """One rendering of the same content: the text/plain one unless it is a stub."""
        renderings: list[tuple[str, str]] = []
        for sub in parts:
            if sub.get_content_type() == "text/calendar":
                self.attach(sub)
                continue
            saved, self.texts = self.texts, []
            self.walk(sub, depth + 1)
            renderings.append((sub.get_content_type(), "\n\n".join(self.texts)))
            self.texts = saved
        plain = [text for kind, text in renderings if kind == "text/plain" and text.strip()]
        rich = [text for kind, text in renderings if kind != "text/plain" and text.strip()]
        richest = max(rich, key=len, default="")
        if plain and len(plain[0]) >= _STUB_SHARE * len(richest):
            self.texts.append(plain[0])
        elif richest:
            self.texts.append(richest)

    def decoded_text(self, part: Message, content_type: str) -> str:
        decoded = decode_bytes(_payload_bytes(part), part.get_content_charset())
        if decoded.warning:
            self.warn(f"body: {decoded.warning}")
        if content_type != "text/html":
            return decoded.text
        html = html_to_text(decoded.text)
        for link in html.links:
            self.links.setdefault(link, None)
        return html.text

    def attach(self, part: Message) -> None:
        content_type = part.get_content_type()
        name = part.get_filename()
        filename = safe_filename(
            decode_value(name, self.warnings) if name else None,
            content_type,
            len(self.attachments) + 1,
        )
        encoded = part.get_payload()
        # Skip an oversized attachment before decoding it: base64 is 4 bytes per 3.
        estimate = len(encoded) * 3 // 4 if isinstance(encoded, str) else 0
        if over := too_large(filename, estimate, self.limits):
            attachment = Attachment(
                filename, content_type, estimate, warnings=(over,), skipped=True
            )
        else:
            attachment = read_attachment(
                _payload_bytes(part),
                filename=filename,
                content_type=content_type,
                charset=part.get_content_charset(),
                limits=self.limits,
                ocr=self.ocr,
            )
        self.attachments.append(attachment)
        for warning in attachment.warnings:
            self.warn(f"attachment {filename!r}: {warning}")

    def forward(self, part: Message) -> None:
        """A message/rfc822 part: its text becomes a forward, its attachments ours."""
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            # Already parsed. Its bytes would only serve as its id, which a forward does
            # not keep, and the stdlib cannot always write them back (8-bit text in a
            # part it decoded raises UnicodeEncodeError).
            inner_message, inner_raw = payload[0], b""
        else:
            inner_raw = _payload_bytes(part)
            inner_message = email.message_from_bytes(inner_raw, policy=compat32)
        if self.depth >= _MAX_DEPTH:
            self.warn(f"forwards nested deeper than {_MAX_DEPTH} levels: the rest not read")
            return
        inner = _Reader(self.limits, self.depth + 1, self.ocr).read_parsed(inner_message, inner_raw)
        self.forwarded.append(
            ForwardedMessage(
                sender=str(inner.sender) if inner.sender else None,
                date=inner.date,
                date_text=inner_message.get("Date"),
                subject=inner.subject,
                text=inner.text,
            )
        )
        self.forwarded.extend(inner.forwarded)
        self.attachments.extend(inner.attachments)
        for link in inner.links:
            self.links.setdefault(link, None)
        for warning in inner.warnings:
            self.warn(f"forwarded message: {warning}")
