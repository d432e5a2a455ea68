"""OCR-tolerant Thai normalisation, on the noise Tesseract really gave on generated scans."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.reading.ocr_thai import clean_ocr_thai
from tests.ocr.measure import character_error_rate

HERE = Path(__file__).parent
# Tesseract 5.3 (tha+eng, --psm 4, preserve_interword_spaces) on tests/ocr/scans, as it
# printed them before any cleaning.
RAW = sorted((HERE / "tesseract_raw").glob("*.txt"))


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("ทํางาน", "ทำงาน"),  # SARA AM as NIKHAHIT + SARA AA
        ("ทําางาน", "ทำงาน"),  # ... and its AA doubled
        ("นำ้", "น้ำ"),  # tone mark typed after SARA AM
        ("ก่่อน", "ก่อน"),  # tone mark doubled
        ("ก่้อน", "ก่อน"),  # two tone marks stacked
        ("และะ", "และ"),  # SARA A doubled
        ("๒๕6๘", "๒๕๖๘"),  # an Arabic digit inside a Thai number
        ("o๒๑o", "๐๒๑๐"),  # the letter o for THAI DIGIT ZERO
        ("รง ๐๓๐๘. ๒/ ว ๑๙๖", "รง ๐๓๐๘.๒/ว ๑๙๖"),  # a dotted number broken by spaces
        ("ผู้เข้าร่วมประ ชุม", "ผู้เข้าร่วมประชุม"),  # a space inside a word
        ("การประ\nชุม", "การประชุม"),  # a word broken at the line end
        (". | ถนนมิตรไมตรี |", "ถนนมิตรไมตรี"),  # speckle read as dots and bars
        ("ครั้งที่\n๑๘ .\nเรียน", "ครั้งที่\n๑๘\nเรียน"),  # ... and as a dot after a line
        ("๒๓ มกราคม ๒๕๖๙ '", "๒๓ มกราคม ๒๕๖๙"),  # ... or a quote
        ("ครั้ง\nที่ ใ๒๑", "ครั้ง\nที่ ๒๑"),  # a leading vowel before a digit is speckle
        ("ประชุม ครังที ๒๑", "ประชุม ครั้งที่ ๒๑"),  # the ordinal's marks lost before a number
        ("ที่ รง ๐๒๑๐.๓ว ๒๘๗๒", "ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒"),  # a circular's slash lost
        ("การประชุมเจ้าหน้าทีอาวุโส", "การประชุมเจ้าหน้าที่อาวุโส"),  # ที่'s MAI EK lost
        ("ทีประชุมมีมติ", "ที่ประชุมมีมติ"),
    ],
)
def test_noise_with_one_right_answer_is_undone(noisy, clean):
    assert clean_ocr_thai(noisy) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "ด้วยกระทรวงแรงงานจะ เป็นเจ้าภาพ",  # two words: a phrase space stays
        "ครั้ง\nที่ ๒๑",  # a line ending between the words of a compound
        "SLOM-WG 2025 ครั้งที่ 18",  # Arabic digits outside a Thai number
        "หน่วยงานละ ๒ คน",
        "พ.ศ. ๒๕๖๘ ถึง ม.ค.",  # an abbreviation's dots close against it
        "ทีละคน บางทีอาจจะ ทีมงาน ทีเดียว",  # words with a bare ที
    ],
)
def test_clean_text_is_left_alone(kept):
    assert clean_ocr_thai(kept) == kept


@pytest.mark.parametrize("raw", RAW, ids=[path.stem for path in RAW])
def test_real_tesseract_output_comes_closer_to_the_letter(raw):
    letter = raw.stem.split("-")[0]
    truth = (HERE / "scans" / f"{letter}.txt").read_text(encoding="utf-8")
    noisy = raw.read_text(encoding="utf-8")
    cleaned = clean_ocr_thai(noisy)
    assert character_error_rate(cleaned, truth) < character_error_rate(noisy, truth)
    assert "\u0e4d\u0e32" not in cleaned  # no split SARA AM left
    assert "|" not in cleaned
