"""A page scanned at a lower resolution than it is read at: its speckle taken off.

pdftoppm renders every scanned page at `[ocr].dpi` (300), so a page the scanner made
at 200 dpi is enlarged 1.5 times, and with it every speck of dust, every JPEG block
and the blur: a one-pixel speck becomes a grey blob the size of a Thai tone mark.
Tesseract then reads specks as marks and marks as letters (benchmarks/bench_ocr,
moderate level at 200 dpi: CER 12 %, no letter field right). A 3 × 3 median filter on
the enlarged page takes the blobs off and leaves the strokes, which are wider than it
(CER 1-2 %). A page scanned at the reading resolution is left alone: there a speck is
one pixel, Tesseract ignores it, and the filter would only wear the thin strokes
(moderate at 300 dpi: CER 1.6 % → 2.5 % on letter 2).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["ENLARGED", "LONGEST_PAGE_INCHES", "despeckled", "pdf_page_ppi"]

# A scan under this share of the reading resolution was enlarged to be read.
ENLARGED = 0.9
# An image longer than this at the resolution it states is no scanned page (A3 is 16.5 in).
LONGEST_PAGE_INCHES = 17.0
_MEDIAN_SIDE = 3


def pdf_page_ppi(pdf: Path, page: int, timeout: float) -> float | None:
    """The resolution of the largest image on the PDF's page (1-based), as placed on the
    page; None when the page has none or poppler's pdfimages cannot say."""
    try:
        listed = subprocess.run(
            ["pdfimages", "-list", "-f", str(page), "-l", str(page), str(pdf)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    images = [row.split() for row in listed.splitlines()[2:]]
    sized = [
        (int(cells[3]) * int(cells[4]), min(float(cells[12]), float(cells[13])))
        for cells in images
        if len(cells) >= 14 and cells[2] == "image"
    ]
    return max(sized)[1] if sized else None


def despeckled(page: Image.Image) -> Image.Image:
    """The page without the specks its enlargement made into blobs."""
    from PIL import ImageFilter

    return page.convert("L").filter(ImageFilter.MedianFilter(_MEDIAN_SIDE))
