"""Text of scanned pages: poppler's pdftoppm renders a page, Tesseract reads it.

Both are run as subprocesses, each page under its own time cap, so a page that
Tesseract cannot finish costs `page_seconds` and a warning, never the message.
Tesseract writes the page's text (txt) and its per-word confidences (tsv) in one
run. Results are cached under the data directory by the file's content hash, so
`meetbot reprocess` never pays for the same scan twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.files import write_whole
from bot.reading.ocr_resolution import ENLARGED, LONGEST_PAGE_INCHES, despeckled, pdf_page_ppi
from bot.reading.ocr_thai import clean_ocr_thai

# Part of the cache key: a page read by an older pipeline (no despeckling of pages scanned
# under the reading resolution, no digit pass on Latin misreadings) is read again.
_PIPELINE = "v3"
# Writes the image to OCR into the work directory given, and says where and at what
# resolution it was scanned (None: unknown).
_ImageMaker = Callable[[Path], tuple[Path, float | None]]

__all__ = ["OcrBudget", "OcrOptions", "OcrPage", "ocr_image", "ocr_pdf_page", "ocr_problem"]


@dataclass(frozen=True)
class OcrOptions:
    """What OCR may do for one message; frozen and picklable, it crosses into workers."""

    languages: str = "tha+eng"
    dpi: int = 300
    page_seconds: float = 60.0
    max_pages: int = 20  # per message, over all its attachments
    cache_dir: Path | None = None


@dataclass
class OcrBudget:
    """Pages OCR'd so far for one message, against `OcrOptions.max_pages`."""

    options: OcrOptions
    pages_done: int = 0

    def take(self) -> bool:
        if self.pages_done >= self.options.max_pages:
            return False
        self.pages_done += 1
        return True


@dataclass(frozen=True)
class OcrPage:
    page: int  # 1-based
    text: str
    confidence: float  # mean word confidence, 0-100, from Tesseract
    warning: str | None = None

    def provenance(self) -> str:
        """The line put above the page's text, so a value quoted from it says where it is."""
        return f"[OCR, page {self.page}, confidence {self.confidence:.0f} %]"


def ocr_problem(languages: str = "tha+eng") -> str | None:
    """Why OCR cannot run on this machine, in words; None when it can."""
    missing = [tool for tool in ("tesseract", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        return (
            f"OCR unavailable: {' and '.join(missing)} not installed (Debian: tesseract-ocr, "
            "tesseract-ocr-tha, poppler-utils); scanned attachments are stored unread"
        )
    try:
        listed = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"OCR unavailable: tesseract --list-langs failed ({exc})"
    absent = [lang for lang in languages.split("+") if lang not in listed]
    if absent:
        return (
            f"OCR unavailable: Tesseract has no data for {', '.join(absent)} "
            f"(Debian: tesseract-ocr-{absent[0]}); scanned attachments are stored unread"
        )
    return None


def ocr_pdf_page(data: bytes, page: int, options: OcrOptions) -> OcrPage:
    """OCR one page (1-based) of a PDF; a failure or timeout is a warning on the page."""
    return _cached(data, page, options, lambda work: _render_pdf_page(data, page, options, work))


def ocr_image(data: bytes, suffix: str, options: OcrOptions) -> OcrPage:
    """OCR an image file (PNG, JPEG, TIFF) as page 1."""

    def write(work: Path) -> tuple[Path, float | None]:
        image = work / f"image{suffix}"
        image.write_bytes(data)
        return _at_reading_resolution(image, options.dpi, work)

    return _cached(data, 1, options, write)


def _at_reading_resolution(image: Path, dpi: int, work: Path) -> tuple[Path, float | None]:
    """An image that says it was scanned under `dpi` enlarged to it, as pdftoppm does a
    PDF's page; with the resolution it was scanned at (None: unknown or not believed)."""
    from PIL import Image

    with Image.open(image) as scanned:
        ppi = float(scanned.info.get("dpi", (0,))[0])  # a TIFF's is a fraction
        if not ppi or ppi >= ENLARGED * dpi:
            return image, ppi or None
        if max(scanned.size) / ppi > LONGEST_PAGE_INCHES:
            return image, None  # a photo saying 72 dpi is no scan of a page to enlarge
        size = (round(scanned.width * dpi / ppi), round(scanned.height * dpi / ppi))
        scanned.convert("L").resize(size, Image.Resampling.BICUBIC).save(
            work / "enlarged.png", dpi=(dpi, dpi)
        )
    return work / "enlarged.png", float(ppi)


def _render_pdf_page(
    data: bytes, page: int, options: OcrOptions, work: Path
) -> tuple[Path, float | None]:
    pdf = work / "in.pdf"
    pdf.write_bytes(data)
    command = ["pdftoppm", "-r", str(options.dpi), "-f", str(page), "-l", str(page), "-gray"]
    subprocess.run(
        [*command, "-png", "-singlefile", str(pdf), str(work / "page")],
        capture_output=True,
        timeout=options.page_seconds,
        check=True,
    )
    return work / "page.png", pdf_page_ppi(pdf, page, options.page_seconds)


def _cache_file(data: bytes, page: int, options: OcrOptions) -> Path | None:
    if options.cache_dir is None:
        return None
    digest = hashlib.sha256(data).hexdigest()
    return (
        options.cache_dir
        / digest[:2]
        / f"{digest}-{page}-{options.languages}-{options.dpi}-{_PIPELINE}.json"
    )


def _cached(data: bytes, page: int, options: OcrOptions, image_of: _ImageMaker) -> OcrPage:
    cache = _cache_file(data, page, options)
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        return OcrPage(page, stored["text"], stored["confidence"])
    result = _run(page, options, image_of)
    if cache is not None and result.warning is None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Whole or not at all: two workers OCR-ing the same scan never see half a file.
        stored = json.dumps({"text": result.text, "confidence": result.confidence})
        write_whole(cache, stored, mode=0o600)
    return result


def _run(page: int, options: OcrOptions, image_of: _ImageMaker) -> OcrPage:
    # numpy and Pillow load here, with the first scanned page: a message with a text layer
    # (and `meetbot read` of one) never pays for them.
    from PIL import Image

    from bot.reading.ocr_digits import reread_thai_digits

    with tempfile.TemporaryDirectory(prefix="meetbot-ocr-") as name:
        work = Path(name)
        try:
            image = _prepared(*image_of(work), options.dpi, work)
            subprocess.run(
                [
                    "tesseract",
                    str(image),
                    str(work / "out"),
                    "-l",
                    options.languages,
                    "--psm",
                    "4",  # one column of text of varying sizes: a letter
                    "-c",
                    "preserve_interword_spaces=1",
                    "txt",
                    "tsv",
                ],
                capture_output=True,
                timeout=options.page_seconds,
                check=True,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one core per page
            )
        except subprocess.TimeoutExpired:
            return OcrPage(page, "", 0.0, f"page {page}: OCR over {options.page_seconds:g} s")
        except (OSError, subprocess.CalledProcessError) as exc:
            return OcrPage(page, "", 0.0, f"page {page}: OCR failed ({_said(exc)})")
        tsv = (work / "out.tsv").read_text(encoding="utf-8")
        with Image.open(image) as scanned:
            text = reread_thai_digits(scanned, (work / "out.txt").read_text(encoding="utf-8"), tsv)
    return OcrPage(page, clean_ocr_thai(text), _mean_confidence(tsv))


def _prepared(image: Path, scanned_ppi: float | None, dpi: int, work: Path) -> Path:
    """The page image despeckled when it was scanned under `dpi` (ocr_resolution) and
    turned level (ocr_deskew); `image` itself when neither is needed."""
    from PIL import Image

    from bot.reading.ocr_deskew import straightened

    with Image.open(image) as scanned:
        enlarged = scanned_ppi is not None and scanned_ppi < ENLARGED * dpi
        page = despeckled(scanned) if enlarged else scanned
        level = straightened(page)
        if level is None and not enlarged:
            return image
        (level or page).save(work / "prepared.png", dpi=(dpi, dpi))
    return work / "prepared.png"


def _mean_confidence(tsv: str) -> float:
    """Mean of the word confidences Tesseract gave (rows with text; -1 marks layout rows)."""
    scores: list[float] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[11].strip() and float(cells[10]) >= 0:
            scores.append(float(cells[10]))
    return sum(scores) / len(scores) if scores else 0.0


def _said(exc: BaseException) -> str:
    stderr = getattr(exc, "stderr", None)
    if isinstance(stderr, bytes) and stderr.strip():
        return stderr.decode("utf-8", "replace").strip().splitlines()[-1][:160]
    return f"{type(exc).__name__}: {str(exc)[:160]}"
