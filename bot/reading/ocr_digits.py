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

from bot.reading.ocr_number_slots import in_number_slot, is_misread_number
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
_TALLEST = 1.6  # × the run's least box height: a taller box holds more than its digit
_TWO_WIDE = 1.2  # × the digits' height: a glyph this wide that matches no digit may be two
# Tesseract puts an Arabic digit among Thai ones ("๑๓๒9"): such a word joins a Thai run.
_ONLY_DIGITS = re.compile(f"[{THAI_DIGITS}0-9]+")
_THAI_DIGIT = re.compile(f"[{THAI_DIGITS}]")
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
    for run in sorted(_digit_runs(words) + _numbers_read_as_latin(words, text), key=_start):
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
    # A number all in Arabic digits is one written so (an English date, a phone number).
    return [run for run in runs if any(_THAI_DIGIT.search(word.text) for word in run)]


def _numbers_read_as_latin(words: list[_Word], text: str) -> list[list[_Word]]:
    """Runs of Latin-looking words on one line where the letter's grammar puts a number
    (ocr_number_slots): "ที่ รง ๐๓๐๘.๒/ว aad" for ๑๙๖."""
    runs: list[list[_Word]] = []
    for index, word in enumerate(words):
        if not is_misread_number([word.text]):
            continue
        last = runs[-1] if runs else None
        joins = last is not None and last[-1] is words[index - 1] and last[-1].line == word.line
        if last and joins and is_misread_number([w.text for w in (*last, word)]):
            last.append(word)
        else:
            runs.append([word])
    return [
        run for run in runs if in_number_slot(text, run[0].start, run[-1].start + len(run[-1].text))
    ]


def _start(run: list[_Word]) -> int:
    return run[0].start


def _read_run(ink: np.ndarray, run: list[_Word], templates: tuple[str, np.ndarray]) -> str | None:
    # A box much taller than the run's least took in a mark of the line above or below
    # (a 200 dpi page: ๓ boxed with the tone mark over it): the band is the digits' own.
    least = min(w.bottom - w.top for w in run)
    boxes = [w for w in run if w.bottom - w.top <= _TALLEST * least]
    digit_height = int(np.median([w.bottom - w.top for w in boxes]))
    # Room above for the tails of ๔ ๕ ๖ ๗ ๙, which Tesseract's boxes may leave out.
    top = max(min(w.top for w in boxes) - digit_height, 0)
    body = min(w.top for w in boxes) - top  # where the boxes start, in the band
    bottom = max(w.bottom for w in boxes) + 6
    # Tesseract's boxes for Thai are loose by up to half a glyph: the band reaches a digit
    # further aside, so that a glyph the boxes cut is seen whole.
    left = max(min(w.left for w in run) - digit_height, 0)
    core = (min(w.left for w in run) - left, max(w.right for w in run) - left)
    band = ink[top:bottom, left : core[1] + left + digit_height]
    reach = digit_height // 2
    read: list[tuple[int, int, str | None]] = []
    # Cut where the despeckled band is blank below the tails (a mark of the line above
    # there would join two glyphs); matched on the band itself, since the median filter
    # also wears off the thin ends of strokes that tell ๔ from ๕.
    for start, end in _spans(_despeckled(band[body:])):
        if core[0] - reach < end and start < core[1] + reach:
            read += _read_glyph(band, start, end, digit_height, templates)
    # A neighbour's glyph caught at either end by the loose boxes is no digit: left out.
    while read and read[0][2] is None:
        read.pop(0)
    while read and read[-1][2] is None:
        read.pop()
    if not read or any(digit is None for _, _, digit in read):
        return None
    # Tesseract often reads one Thai digit as two (๖ as ๒๐): fewer glyphs than it read are
    # fine when they cover its boxes; more than one over is a cut gone wrong.
    covered = read[0][0] <= core[0] + reach and read[-1][1] >= core[1] - reach
    expected = sum(len(w.text) for w in run)
    if len(read) > expected + 1 or (len(read) < expected - 1 and not covered):
        return None
    return "".join(
        f" {digit}" if index and start - read[index - 1][1] > _SPACED * digit_height else str(digit)
        for index, (start, _, digit) in enumerate(read)
    )


def _read_glyph(
    band: np.ndarray, start: int, end: int, digit_height: int, templates: tuple[str, np.ndarray]
) -> list[tuple[int, int, str | None]]:
    """The digit in the band's columns start:end, or the two when they are two touching."""
    if end - start < _NARROWEST * digit_height:
        return [(start, end, None)]  # a dot, a dash, a stroke of a neighbour
    digit, score = _match(band[:, start:end], templates)
    if score >= _LEAST_MATCH or end - start < _TWO_WIDE * digit_height:
        return [(start, end, digit if score >= _LEAST_MATCH else None)]
    # Two digits touching: the cut in the middle third where both halves match best.
    third = (end - start) // 3
    best: tuple[float, int, str, str] | None = None
    for cut in range(start + third, end - third, 2):
        first, first_score = _match(band[:, start:cut], templates)
        second, second_score = _match(band[:, cut:end], templates)
        if best is None or min(first_score, second_score) > best[0]:
            best = (min(first_score, second_score), cut, first, second)
    if best is None or best[0] < _LEAST_MATCH:
        return [(start, end, None)]
    return [(start, best[1], best[2]), (best[1], end, best[3])]


def _match(glyph: np.ndarray, templates: tuple[str, np.ndarray]) -> tuple[str, float]:
    labels, vectors = templates
    scores = vectors @ _shape(glyph)
    best = int(np.argmax(scores))
    return labels[best], float(scores[best])


def _despeckled(band: np.ndarray) -> np.ndarray:
    grey = Image.fromarray((band * 255).astype(np.uint8)).filter(ImageFilter.MedianFilter(3))
    return np.asarray(grey, dtype=np.float32) / 255


def _spans(band: np.ndarray) -> list[tuple[int, int]]:
    """Column spans with ink, speckle left out."""
    dark = band > _INK
    return [
        (start, end)
        for start, end in _runs(np.asarray(dark.any(axis=0)))
        if dark[:, start:end].sum() >= _LEAST_INK_PIXELS
    ]


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
