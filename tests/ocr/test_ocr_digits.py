"""Thai digits read again from the page: Tesseract's Thai model misreads them (docs/ocr.md)."""

from __future__ import annotations

import re
import subprocess

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.reading.ocr import ocr_problem
from bot.reading.ocr_deskew import skew_degrees, straightened
from bot.reading.ocr_digits import reread_thai_digits
from tests.ocr.make_scans import FONT, LETTERS, LEVELS, degrade, render, typeset

NUMBERS = "เลขที่ ๒๘๗๒ วันที่ ๑๔ - ๑๖ มกราคม ๒๕๖๙ หน่วยงานละ ๒ คน โทร ๐ ๒๒๓๒ ๑๔๖๒"


def _tesseract(page: Image.Image, tmp_path) -> tuple[str, str]:
    page.save(tmp_path / "page.png")
    subprocess.run(
        [
            *("tesseract", str(tmp_path / "page.png"), str(tmp_path / "out"), "-l", "tha+eng"),
            *("--psm", "4", "-c", "preserve_interword_spaces=1", "txt", "tsv"),
        ],
        capture_output=True,
        check=True,
    )
    return (tmp_path / "out.txt").read_text(), (tmp_path / "out.tsv").read_text()


def _digits(text: str) -> str:
    return "".join(re.findall("[๐-๙]", text))


@pytest.mark.tesseract
@pytest.mark.skipif(ocr_problem() is not None, reason=str(ocr_problem()))
def test_the_digits_tesseract_misreads_are_read_from_the_glyphs(tmp_path):
    page = Image.new("L", (2400, 200), 255)
    ImageDraw.Draw(page).text((60, 50), NUMBERS, font=ImageFont.truetype(str(FONT), 67), fill=0)
    text, tsv = _tesseract(page, tmp_path)
    assert _digits(text) != _digits(NUMBERS)  # what the glyph matcher is for
    reread = reread_thai_digits(page, text, tsv)
    assert _digits(reread) == _digits(NUMBERS)
    assert re.sub("[๐-๙ ]", "", reread) == re.sub("[๐-๙ ]", "", text)  # nothing else touched


def test_a_run_the_matcher_is_unsure_of_keeps_tesseracts_reading():
    blank = Image.new("L", (400, 100), 255)  # no glyph where the TSV says a number is
    header = "level page_num block_num par_num line_num word_num left top width height conf text"
    tsv = "\n".join("\t".join(row.split()) for row in (header, "5 1 1 1 1 1 10 10 80 40 90 ๒๕"))
    assert reread_thai_digits(blank, "วันที่ ๒๕", tsv) == "วันที่ ๒๕"


@pytest.mark.parametrize("level", ["moderate", "heavy"])
def test_a_skewed_scan_is_turned_level(level):
    page = render(typeset(LETTERS["letter1"]), 150)
    skewed = degrade(page, LEVELS[level], seed=7)
    angle = skew_degrees(skewed)
    assert abs(abs(angle) - LEVELS[level].skew_degrees) <= 0.15
    level_page = straightened(skewed)
    assert level_page is not None
    assert straightened(level_page) is None  # level enough: not turned again


def test_a_page_nearly_level_is_left_as_it_is():
    page = degrade(render(typeset(LETTERS["letter1"]), 150), LEVELS["light"], seed=7)
    assert straightened(page) is None
