"""One attachment to an `Attachment`: its kind decided, its text extracted within limits."""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from pathlib import PurePosixPath, PureWindowsPath

from bot.errors import ReadError
from bot.reading.charsets import decode_bytes
from bot.reading.document import Attachment
from bot.reading.extracted import ExtractedText
from bot.reading.html_text import html_to_text
from bot.reading.ics import events_text, parse_calendar
from bot.reading.limits import ReadLimits, TimeLimit
from bot.reading.normalise import normalise_text
from bot.reading.ocr import OcrBudget, ocr_image

__all__ = ["is_calendar", "read_attachment", "safe_filename", "too_large"]

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The scanned images an office mails: what Tesseract reads, and the suffix it knows them by.
_IMAGE_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif"}
# Control characters (C0 and C1), characters Windows reserves, and the bidirectional
# controls that make "report\u202efdp.exe" display as "reportexe.pdf".
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
# File systems allow 255 bytes in a name, and a Thai character takes three in UTF-8.
_MAX_NAME_BYTES = 240
# How every iCalendar object begins (RFC 5545): a calendar sent as text/plain, as
# application/octet-stream or under a .txt name is still one.
_CALENDAR_START = b"BEGIN:VCALENDAR"


def safe_filename(name: str | None, content_type: str, index: int) -> str:
    """A name with no directories, control or reserved characters; invented when missing."""
    if name:
        name = PureWindowsPath(PurePosixPath(name.replace("\x00", "")).name).name
        name = _UNSAFE.sub("_", name).strip(" .")
    if not name:
        extension = mimetypes.guess_extension(content_type) or ".bin"
        return f"attachment-{index}{extension}"
    if len(name.encode("utf-8", "surrogateescape")) > _MAX_NAME_BYTES:
        _, dot, ext = name.rpartition(".")
        keep = "." + ext if dot and len(ext) <= 10 else ""
        stem = name[: len(name) - len(keep)].encode("utf-8", "surrogateescape")
        room = _MAX_NAME_BYTES - len(keep.encode("utf-8", "surrogateescape"))
        name = stem[:room].decode("utf-8", "ignore").rstrip() + keep
    return name


def is_calendar(data: bytes) -> bool:
    return data[:64].lstrip()[: len(_CALENDAR_START)].upper() == _CALENDAR_START


def too_large(filename: str, size: int, limits: ReadLimits) -> str | None:
    if size <= limits.max_attachment_bytes:
        return None
    return (
        f"{size / 1048576:.1f} MB, over the {limits.max_attachment_bytes / 1048576:g} MB limit: "
        "not read"
    )


def _kind(filename: str, content_type: str, data: bytes) -> str | None:
    suffix = PurePosixPath(filename.lower()).suffix
    if content_type == "application/pdf" or suffix == ".pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if content_type == _DOCX or suffix == ".docx":
        return "docx"
    if (
        content_type in ("text/calendar", "application/ics")
        or suffix in (".ics", ".ical")
        or is_calendar(data)
    ):
        return "ics"
    if content_type == "text/html" or suffix in (".html", ".htm"):
        return "html"
    if content_type == "text/plain" or suffix in (".txt", ".csv"):
        return "text"
    if content_type in _IMAGE_TYPES or suffix in _IMAGE_TYPES.values():
        return "image"
    return None


def read_attachment(
    data: bytes,
    *,
    filename: str,
    content_type: str,
    charset: str | None,
    limits: ReadLimits,
    ocr: OcrBudget | None = None,
) -> Attachment:
    """A damaged file becomes a warning on the attachment; a bug of ours is raised.

    `ocr` is the message's OCR budget: without it, scanned pages and images are not read."""
    size = len(data)
    over = too_large(filename, size, limits)
    if over:
        return Attachment(filename, content_type, size, warnings=(over,), skipped=True)
    kind = _kind(filename, content_type, data)
    if kind is None or (kind == "image" and ocr is None):
        return Attachment(filename, content_type, size, skipped=True)
    if kind == "ics":
        result = parse_calendar(data)
        text = normalise_text(events_text(result.events))
        return Attachment(filename, content_type, size, text, result.events, result.warnings)
    # pypdf, pdfminer and python-docx take a while to import: only when a file needs them.
    from bot.reading.docx_text import extract_docx_text
    from bot.reading.pdf_text import extract_pdf_text

    deadline = TimeLimit(limits.attachment_timeout_seconds)
    extractors: dict[str, Callable[[], ExtractedText]] = {
        "pdf": lambda: _office_file(
            "PDF",
            lambda: extract_pdf_text(
                data, max_pages=limits.max_pdf_pages, deadline=deadline, ocr=ocr
            ),
        ),
        "image": lambda: _image(data, filename, content_type, ocr) if ocr else ExtractedText(""),
        "docx": lambda: _office_file(
            "DOCX",
            lambda: extract_docx_text(
                data, max_bytes=limits.max_attachment_bytes, deadline=deadline
            ),
        ),
        "html": lambda: _html(data, charset),
        "text": lambda: _plain(data, charset),
    }
    try:
        extracted = extractors[kind]()
    except ReadError as exc:  # a damaged file: the message is read without its text
        return Attachment(filename, content_type, size, warnings=(str(exc),))
    return Attachment(
        filename,
        content_type,
        size,
        normalise_text(extracted.text),
        warnings=extracted.warnings,
        ocr_confidence=extracted.ocr_confidence,
    )


def _image(data: bytes, filename: str, content_type: str, ocr: OcrBudget) -> ExtractedText:
    if not ocr.take():
        limit = ocr.options.max_pages
        return ExtractedText("", (f"OCR limit of {limit} pages per message reached: not read",))
    suffix = PurePosixPath(filename.lower()).suffix or _IMAGE_TYPES.get(content_type, ".png")
    page = ocr_image(data, suffix, ocr.options)
    if not page.text.strip():
        return ExtractedText("", (page.warning,) if page.warning else ())
    return ExtractedText(f"{page.provenance()}\n{page.text}", (), page.confidence)


def _office_file(kind: str, extract: Callable[[], ExtractedText]) -> ExtractedText:
    """Run a PDF or DOCX library on the attachment's bytes. pypdf, pdfminer and python-docx
    raise many unrelated types on damaged files (KeyError, AssertionError, struct.error...):
    this is the edge where they become a ReadError."""
    try:
        return extract()
    except Exception as exc:
        raise ReadError(f"unreadable {kind} ({type(exc).__name__}: {str(exc)[:120]})") from exc


def _plain(data: bytes, charset: str | None) -> ExtractedText:
    decoded = decode_bytes(data, charset)
    return ExtractedText(decoded.text, (decoded.warning,) if decoded.warning else ())


def _html(data: bytes, charset: str | None) -> ExtractedText:
    decoded = decode_bytes(data, charset)
    return ExtractedText(
        html_to_text(decoded.text).text, (decoded.warning,) if decoded.warning else ()
    )
