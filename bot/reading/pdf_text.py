"""Text of a PDF attachment, with a second extractor for Thai that the first garbles.

pypdf reads most PDFs well and fast. Thai from word processors is the trap
(pdfminer.six issue #1049): LibreOffice and Word draw a Thai cluster with glyphs
that do not map one-to-one to characters, and put the true text in /ActualText
spans that pypdf and pdfminer's layout extractor both ignore. When pypdf's text
breaks Thai orthography, the PDF is read again in content-stream order with
pdfminer, taking /ActualText where the producer gave it, and the cleaner text wins.
"""

from __future__ import annotations

import contextlib
import io
import logging
from typing import Any

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import decode_text
from pypdf import PasswordType, PdfReader

from bot.reading.extracted import ExtractedText
from bot.reading.limits import TimeLimit
from bot.reading.ocr import OcrBudget, ocr_pdf_page
from bot.reading.thai_script import garble_ratio, repair_thai

__all__ = ["NO_TEXT_LAYER", "extract_pdf_text"]

NO_TEXT_LAYER = "no text layer (a scanned or image-only PDF): no text read"
# pypdf logs what it recovers from ("EOF marker not found") with no handler of ours in a
# reading worker, so it reached the console bare; what it cannot read it raises, and the
# message's reading warnings name it ("unreadable PDF (PdfStreamError: ...)").
logging.getLogger("pypdf").setLevel(logging.ERROR)
# Above one broken place per hundred Thai characters a reader notices; say so.
_GARBLED_RATIO = 0.01


class _StreamTextDevice(PDFTextDevice):
    """Text in content-stream order; an /ActualText span replaces the glyphs inside it."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.chunks: list[str] = []
        self._actual: list[str | None] = []  # per open marked-content level
        self._last: tuple[float, float] | None = None  # where the last glyph ended

    def begin_page(self, page: Any, ctm: Any) -> None:
        if self.chunks:
            self.chunks.append("\n\n")
        self._last = None

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        actual = props.get("ActualText") if isinstance(props, dict) else None
        self._actual.append(decode_text(actual) if isinstance(actual, bytes) else None)

    def end_tag(self) -> None:
        if not self._actual:
            return
        actual = self._actual.pop()
        if actual is not None and not any(a is not None for a in self._actual):
            self.chunks.append(actual)

    def render_char(
        self,
        matrix: Any,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        advance: float = font.char_width(cid) * fontsize * scaling
        x, y = matrix[4], matrix[5]
        size = abs(fontsize * matrix[3]) or 1.0  # glyph height on the page
        if self._last is not None:
            last_x, last_y = self._last
            if abs(y - last_y) > size * 0.5:
                self.chunks.append("\n")
            elif x - last_x > size * 0.25 and self.chunks and not self.chunks[-1].endswith(" "):
                self.chunks.append(" ")
        self._last = (x + advance * matrix[0], y)
        if not any(a is not None for a in self._actual):
            with contextlib.suppress(PDFUnicodeNotDefined):  # a glyph with no text: skip it
                self.chunks.append(font.to_unichr(cid))
        return advance


def _pypdf_pages(reader: PdfReader, deadline: TimeLimit) -> list[str]:
    pages: list[str] = []
    for page in reader.pages:
        if deadline.expired():
            break
        pages.append(page.extract_text() or "")
    return pages


def _with_ocr(
    data: bytes, pages: list[str], budget: OcrBudget, warnings: list[str]
) -> tuple[str, float | None]:
    """The pages' text, each page without a text layer read by OCR (a page with one never is),
    and the lowest confidence of the pages OCR read."""
    texts: list[str] = []
    confidences: list[float] = []
    refused: list[int] = []
    for number, text in enumerate(pages, start=1):
        if text.strip():
            texts.append(text)
        elif not budget.take():
            refused.append(number)
        else:
            scanned = ocr_pdf_page(data, number, budget.options)
            if scanned.warning:
                warnings.append(scanned.warning)
            if scanned.text.strip():
                texts.append(f"{scanned.provenance()}\n{scanned.text}")
                confidences.append(scanned.confidence)
    if refused:
        warnings.append(
            f"OCR limit of {budget.options.max_pages} pages per message reached: "
            f"pages {', '.join(map(str, refused))} not read"
        )
    return "\n\n".join(texts), min(confidences, default=None)


def _stream_text(data: bytes, deadline: TimeLimit) -> str:
    manager = PDFResourceManager(caching=True)
    device = _StreamTextDevice(manager)
    interpreter = PDFPageInterpreter(manager, device)
    for page in PDFPage.get_pages(io.BytesIO(data), password=""):
        if deadline.expired():
            break
        interpreter.process_page(page)
    return "".join(device.chunks)


def extract_pdf_text(
    data: bytes, *, max_pages: int, deadline: TimeLimit, ocr: OcrBudget | None = None
) -> ExtractedText:
    """The text layer of a PDF, and with `ocr` the text of its scanned pages. Library errors
    propagate; the caller turns them into warnings."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        return ExtractedText("", ("encrypted PDF needs a password: no text read",))
    page_count = len(reader.pages)
    if page_count > max_pages:
        return ExtractedText(
            "", (f"PDF has {page_count} pages, over the limit of {max_pages}: not read",)
        )
    warnings: list[str] = []
    pages = _pypdf_pages(reader, deadline)
    pages_read = len(pages)
    timed_out = pages_read < page_count or deadline.expired()
    scanned = ocr is not None and any(not page.strip() for page in pages)
    text = repair_thai("\n\n".join(pages))
    ocr_confidence = None
    if scanned and ocr is not None:
        # OCR's time is capped per page (ocr.page_seconds), not by the text layer's deadline.
        text, ocr_confidence = _with_ocr(data, list(map(repair_thai, pages)), ocr, warnings)
    elif garble_ratio(text) > 0 and not deadline.expired():
        second = repair_thai(_stream_text(data, deadline))
        if garble_ratio(second) < garble_ratio(text):
            text = second
    if timed_out:
        warnings.append(
            f"time limit of {deadline.seconds:g} s reached: "
            f"text may be missing after page {pages_read} of {page_count}"
        )
    if not text.strip():
        warnings.append(NO_TEXT_LAYER)
    elif ocr_confidence is None and (ratio := garble_ratio(text)) > _GARBLED_RATIO:
        warnings.append(f"Thai text may be garbled ({ratio:.1%} of Thai characters out of place)")
    return ExtractedText(text, tuple(warnings), ocr_confidence)
