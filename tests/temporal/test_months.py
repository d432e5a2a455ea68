import re

import pytest

from bot.understanding.temporal.months import MONTH_EN, MONTH_TH, month_number, thai_month_misread


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("ก.ย.", 9), ("ก. ย.", 9), ("ก.ย", 9), ("กย", 9), ("กันยายน", 9), ("มี.ค.", 3),
        ("เม.ย.", 4), ("มิ.ย.", 6), ("ธ.ค.", 12), ("กรกฏาคม", 7), ("Sept.", 9), ("Sep", 9),
        ("DECEMBER", 12), ("Dec.", 12), ("May", 5),
    ],
)  # fmt: skip
def test_month_names(word: str, month: int) -> None:
    assert month_number(word) == month
    assert re.fullmatch(MONTH_EN, word) or re.fullmatch(MONTH_TH, word)


def test_abbreviation_inside_a_thai_word_is_no_month() -> None:
    # "กยผ." is a division's initials, "กยศ." another: no September in them.
    assert re.search(MONTH_TH, "กลุ่มงานวิเทศสัมพันธ์ กยผ.") is None
    assert re.search(MONTH_TH, "เห็นความชอบ *กยศ*") is None


def test_lowercase_may_is_a_verb() -> None:
    assert re.search(MONTH_EN, "The Meeting may consider") is None
    assert month_number("nonsense") is None


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("ธั้นวาคม", "ธันวาคม"),  # OCR added a tone mark
        ("จันวาคม", "ธันวาคม"),  # one letter of like shape
        ("พฤศจิกยน", "พฤศจิกายน"),  # a PDF lost its sara aa
        ("กรกฏาคม", "กรกฎาคม"),  # ฏ for ฎ
        ("มีนาคม", "มีนาคม"),
    ],
)
def test_a_misread_thai_month_is_the_month_it_stands_for(word: str, name: str) -> None:
    assert thai_month_misread(word) == name


def test_a_word_near_no_month_or_near_two_is_no_month() -> None:
    assert thai_month_misread("ประชุมสภา") is None
    assert thai_month_misread("May") is None
