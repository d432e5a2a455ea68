"""A scanned page turned straight before Tesseract reads it.

Scanners feed a page a little askew (0.5-2°). Tesseract copes with that for letters
but the lines of a long Thai page then drift into each other, and the Thai-digit
pass (ocr_digits) cuts a number out of a horizontal band. The angle is the one whose
row profile of ink is sharpest (text lines are dark rows with white between), found
on a quarter-size copy. Under `_LEAST_DEGREES` the page is left as it is: Tesseract
reads a page 0.5° askew well, and the rotation's resampling cost more than it gained
there (benchmarks/bench_ocr, light level: a line of letter 2 garbled, CER without
digits 0.2 % → 4.6 %); from 1.2° on it gains (moderate 2.4 % → 1.2 %).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

__all__ = ["skew_degrees", "straightened"]

_LARGEST_DEGREES = 3.0
_STEP_DEGREES = 0.1
_LEAST_DEGREES = 0.8
_REDUCE = 4


def skew_degrees(page: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's text lines level."""
    ink = Image.fromarray(
        ((np.asarray(page.convert("L").reduce(_REDUCE)) < 128) * 255).astype(np.uint8)
    )
    best, best_sharpness = 0.0, -1.0
    for angle in np.arange(-_LARGEST_DEGREES, _LARGEST_DEGREES + _STEP_DEGREES / 2, _STEP_DEGREES):
        rows = np.asarray(ink.rotate(float(angle), resample=Image.Resampling.NEAREST)).sum(axis=1)
        sharpness = float(np.var(rows.astype(np.float64)))
        if sharpness > best_sharpness:
            best, best_sharpness = float(angle), sharpness
    return round(best, 1)


def straightened(page: Image.Image) -> Image.Image | None:
    """The page turned level, or None when it is level enough already."""
    grey = page.convert("L")
    angle = skew_degrees(grey)
    if abs(angle) < _LEAST_DEGREES:
        return None
    return grey.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
