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

# A DOCX is a zip: refuse one that inflates past this many times the byte limit, so a
# zip bomb costs little. Its XML is parsed into a tree ten times its size, so the limit is
# the memory the parse may take. Counted while inflating: a header may lie about a size.
MAX_INFLATION = 4
_CHUNK = 1 << 16


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


def _inflates_within(data: bytes, limit: int) -> bool:
    inflated = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    inflated += len(chunk)
                    if inflated > limit:
                        return False
    return True


def extract_docx_text(data: bytes, *, max_bytes: int, deadline: TimeLimit) -> ExtractedText:
    """Library errors propagate; the caller turns them into warnings."""
    limit = max_bytes * MAX_INFLATION
    if not _inflates_within(data, limit):
        return ExtractedText("", (f"DOCX inflates past {limit} bytes: not read",))
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
