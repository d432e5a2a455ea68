"""Where a letter's grammar puts a number (bot.reading.ocr_number_slots): after ที่ as a word
or ending วันที่ / ครั้งที่, never after the ที of another word (นาที, สถานที่)."""

from __future__ import annotations

import pytest

from bot.reading.ocr_number_slots import in_number_slot


def _slot(before: str, run: str, after: str) -> bool:
    text = before + run + after
    return in_number_slot(text, len(before), len(before) + len(run))


@pytest.mark.parametrize(
    "before",
    ["ที่ ", "ลงวันที่ ", "ภายในวันที ", "การประชุมครั้งที ", "ตามข้อที่ ", "ฉบับที่ "],
)
def test_after_thi_as_a_word_or_closing_a_number_word_a_number_stands(before):
    assert _slot(before, "OC", " ของการประชุม")


@pytest.mark.parametrize("before", ["พักรับประทานอาหารว่าง ๑๕ นาที ", "ไปยังสถานที่ ", "ทุกที "])
def test_after_the_thi_inside_another_word_no_number_stands(before):
    assert not _slot(before, "OC", " ของการประชุม")
