"""Thai digits read again from the page image, because Tesseract's Thai model cannot.

Debian's Thai model (Tesseract 5.3) reads ๔, ๘ and ๙ as ๕, ๖ as ๒ or ๒๐, ๗ as ๓
(docs/ocr.md), and with them every letter number, day and quota. Tesseract still
finds where the digits are: each run of Thai-digit words in its TSV gives a box on
the page. Inside that box the glyphs are cut apart at the blank columns and each is
matched against the ten digits drawn in the machine's Thai fonts (fonts-thai-tlwg),
all scaled into one square with their shape kept, by correlation. A run is replaced
only when every glyph in it matches a digit well and the count is Tesseract's give or
take one (a ๖ read as ๒๐); otherwise Tesseract's reading stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bot.reading.thai_digits import THAI_DIGITS

__all__ = ["reread_thai_digits"]

_FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
# Purisa is handwriting and the obliques lean: no office types its letters in them.
_NOT_TEMPLATES = re.compile(r"Purisa|Oblique|Italic")
_SIDE = 32  # a glyph is compared as a _SIDE × _SIDE square
_LEAST_MATCH = 0.6  # correlation under which a glyph is no digit (or a cut gone wrong)
_INK = 0.5
_NARROWEST = 0.5  # × the digits' height: every Thai digit is at least this wide
_LEAST_INK_PIXELS = 30  # speckle the median filter left
_WIDEST = 1.7  # a glyph wider than this × its run's height is two digits touching
_ONLY_DIGITS = re.compile(f"[{THAI_DIGITS}]+")
# A space is kept between digits further apart than this × the run's height ("๐ ๒๒๓๒").
_SPACED = 0.45
_TSV_CELLS = 12


@dataclass(frozen=True)
class _Word:
    text: str
    line: tuple[str, str, str]  # block, paragraph, line
    left: int
    top: int
    right: int
    bottom: int
    start: int  # where the word is in Tesseract's text


def reread_thai_digits(page: Image.Image, text: str, tsv: str) -> str:
    """`text` (Tesseract's, with its `tsv` of the same run on `page`) with each run of
    Thai digits replaced by what the glyph matcher reads there, where it is sure."""
    templates = _templates()
    words = _words(text, tsv)
    if not len(templates[1]) or words is None:
        return text
    ink = 1 - np.asarray(page.convert("L"), dtype=np.float32) / 255
    out: list[str] = []
    last = 0
    for run in _digit_runs(words):
        digits = _read_run(ink, run, templates)
        if digits is None:
            continue
        out.append(text[last : run[0].start])
        out.append(digits)
        last = run[-1].start + len(run[-1].text)
    out.append(text[last:])
    return "".join(out)


def _words(text: str, tsv: str) -> list[_Word] | None:
    """The TSV's words in reading order, each found in `text`; None when one is not."""
    words: list[_Word] = []
    at = 0
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != _TSV_CELLS or not cells[11].strip():
            continue
        word = cells[11].strip()
        start = text.find(word, at)
        if start < 0:
            return None
        left, top, width, height = (int(cell) for cell in cells[6:10])
        line = (cells[2], cells[3], cells[4])
        words.append(_Word(word, line, left, top, left + width, top + height, start))
        at = start + len(word)
    return words


def _digit_runs(words: list[_Word]) -> list[list[_Word]]:
    runs: list[list[_Word]] = []
    run: list[_Word] = []
    for word in words:
        if _ONLY_DIGITS.fullmatch(word.text) and (not run or run[-1].line == word.line):
            run.append(word)
            continue
        if run:
            runs.append(run)
        run = [word] if _ONLY_DIGITS.fullmatch(word.text) else []
    if run:
        runs.append(run)
    return runs


def _read_run(ink: np.ndarray, run: list[_Word], templates: tuple[str, np.ndarray]) -> str | None:
    digit_height = int(np.median([w.bottom - w.top for w in run]))
    # Room above for the tails of ๔ ๕ ๖ ๗ ๙, which Tesseract's boxes may leave out.
    top = max(min(w.top for w in run) - digit_height * 2 // 3, 0)
    bottom = max(w.bottom for w in run) + 6
    # Tesseract's boxes for Thai are loose by up to half a glyph: the band reaches a digit
    # further aside, so that a glyph the boxes cut is seen whole.
    core_left, core_right = min(w.left for w in run), max(w.right for w in run)
    left = max(core_left - digit_height, 0)
    band = ink[top:bottom, left : core_right + digit_height]
    reach = digit_height // 2
    glyphs = [
        (start, end)
        # Cut where the despeckled band is blank; matched on the band itself, since the
        # median filter also wears off the thin ends of strokes that tell ๔ from ๕.
        for start, end in _glyphs(_despeckled(band), digit_height)
        if end > core_left - left - reach and start < core_right - left + reach
    ]
    labels, vectors = templates
    read = [
        _match(band[:, start:end], labels, vectors)
        if end - start >= _NARROWEST * digit_height
        else None  # a dot, a dash, a stroke of a neighbour
        for start, end in glyphs
    ]
    # A neighbour's glyph caught at either end by the loose boxes is no digit: left out.
    while read and read[0] is None:
        read, glyphs = read[1:], glyphs[1:]
    while read and read[-1] is None:
        read, glyphs = read[:-1], glyphs[:-1]
    expected = sum(len(w.text) for w in run)
    if not read or None in read or abs(len(read) - expected) > 1:
        return None
    spaced = [
        f" {digit}"
        if index and glyphs[index][0] - glyphs[index - 1][1] > _SPACED * digit_height
        else str(digit)
        for index, digit in enumerate(read)
    ]
    return "".join(spaced)


def _match(glyph: np.ndarray, labels: str, vectors: np.ndarray) -> str | None:
    scores = vectors @ _shape(glyph)
    best = int(np.argmax(scores))
    return labels[best] if scores[best] >= _LEAST_MATCH else None


def _despeckled(band: np.ndarray) -> np.ndarray:
    grey = Image.fromarray((band * 255).astype(np.uint8)).filter(ImageFilter.MedianFilter(3))
    return np.asarray(grey, dtype=np.float32) / 255


def _glyphs(band: np.ndarray, digit_height: int) -> list[tuple[int, int]]:
    """Column spans with ink, split where two glyphs touch, speckle left out."""
    dark = band > _INK
    spans = _runs(np.asarray(dark.any(axis=0)))
    glyphs: list[tuple[int, int]] = []
    while spans:
        start, end = spans.pop(0)
        if dark[:, start:end].sum() < _LEAST_INK_PIXELS:
            continue
        if end - start > _WIDEST * digit_height:  # cut at the thinnest column of the middle
            third = (end - start) // 3
            thinnest = start + third + int(np.argmin(dark[:, start + third : end - third].sum(0)))
            spans[:0] = [(start, thinnest), (thinnest, end)]
        else:
            glyphs.append((start, end))
    return glyphs


def _runs(inked: np.ndarray) -> list[tuple[int, int]]:
    """The [start, end) spans where `inked` (one flag per column or row) is true."""
    flags = np.concatenate(([False], inked, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(flags))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _shape(glyph: np.ndarray) -> np.ndarray:
    """The glyph cropped to its ink, centred in a square (its proportions kept: ๕ is taller
    than ๔), shrunk to _SIDE × _SIDE, as a zero-mean unit vector."""
    row_spans = _runs(np.asarray((glyph > _INK).any(axis=1)))
    if not row_spans:
        return np.zeros(_SIDE * _SIDE, dtype=np.float32)
    # A mark of the line above or below in the same columns is apart from the digit: the
    # rows with most ink are the glyph.
    top, bottom = max(row_spans, key=lambda span: float(glyph[span[0] : span[1]].sum()))
    glyph = glyph[top:bottom]
    rows, columns = np.nonzero(glyph > _INK)
    glyph = glyph[rows.min() : rows.max() + 1, columns.min() : columns.max() + 1]
    height, width = glyph.shape
    side = max(height, width)
    square = np.zeros((side, side), dtype=np.float32)
    top, left = (side - height) // 2, (side - width) // 2
    square[top : top + height, left : left + width] = glyph
    small = Image.fromarray((square * 255).astype(np.uint8)).resize(
        (_SIDE, _SIDE), Image.Resampling.BILINEAR
    )
    vector = np.asarray(small, dtype=np.float32).ravel() / 255
    vector -= vector.mean()
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@cache
def _templates() -> tuple[str, np.ndarray]:
    """The ten digits in every upright TLWG font: their labels and shapes (one row each)."""
    labels: list[str] = []
    shapes: list[np.ndarray] = []
    for path in sorted(_FONT_DIR.glob("*.ttf")):
        if _NOT_TEMPLATES.search(path.name):
            continue
        font = ImageFont.truetype(str(path), 64)
        for digit in THAI_DIGITS:
            canvas = Image.new("L", (128, 128), 0)
            ImageDraw.Draw(canvas).text((24, 8), digit, font=font, fill=255)
            labels.append(digit)
            shapes.append(_shape(np.asarray(canvas, dtype=np.float32) / 255))
    return "".join(labels), np.stack(shapes) if shapes else np.zeros((0, _SIDE * _SIDE))
