"""Text of a DOCX attachment: paragraphs and table cells in document order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from bot.reading.extracted import ExtractedText
from bot.reading.limits import TimeLimit

__all__ = ["extract_docx_text"]

# A DOCX is a zip: refuse one that would inflate past this many times the byte
# limit, so a zip bomb costs nothing. Real office documents compress 2-10 times.
_MAX_INFLATION = 40


def _rows(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.strip()
            if not cells or cells[-1] != text:  # a merged cell repeats in each grid column
                cells.append(text)
        lines.append("\t".join(cells))
    return lines


def extract_docx_text(data: bytes, *, max_bytes: int, deadline: TimeLimit) -> ExtractedText:
    """Library errors propagate; the caller turns them into warnings."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        inflated = sum(info.file_size for info in archive.infolist())
    if inflated > max_bytes * _MAX_INFLATION:
        return ExtractedText("", (f"DOCX would inflate to {inflated} bytes: not read",))
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if deadline.expired():
            return ExtractedText(
                "\n".join(lines), (f"time limit of {deadline.seconds:g} s reached: text cut",)
            )
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend(_rows(block))
    return ExtractedText("\n".join(lines))
