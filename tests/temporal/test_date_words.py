"""Where a date's words and days can begin: found more cheaply, at the same places."""

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.temporal import date_words, patterns

# Names in each case, pieces of words that hold them, the letters "(?i)" also takes for an ASCII
# one, Thai leads and months (with OCR's blank inside), and characters beyond Latin-1.
PIECES = [
    *" \n\t.,-–0123๑๒", "\xa0", "September", "SEPT", "sep", "Sep.", "mAy", "may", "Mon", "monday",
    "lemon", "month", "Thu", "thurs", "the", "THE ", "twenty-first", "first", "of", "Market",
    "summary", "satur", "day", "ſ", "eptember", "\u212a", "İ", "ı", "ระหว่าง", "ตั้งแต่", "วันที่",
    "เดือน", "มิถุนา ยน", "กันยายน", "ก.ย.", "\x03", "😀", "x", "a",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_date_words_start_where_the_openings_match(text: str) -> None:
    assert date_words.starts(text) == patterns.MONTH_FIRST.starts(text)


def test_date_words_in_a_text_of_every_kind() -> None:
    text = "On Tuesday, the first of June 2026 (ſeptember?) ระหว่างวันที่ ๑๖ – 18 ธันวาคม"
    assert date_words.starts(text) == patterns.MONTH_FIRST.starts(text) != []
    text = "Mon, 3 SEPT; the second; lemon"
    assert [text[at : at + 3] for at in date_words.starts(text)] == [
        "Mon",
        "SEP",
        "the",
    ]


def test_a_number_no_date_can_follow_is_no_place_to_try_a_day() -> None:
    # an ordinal before a noun, a street number, a count before a word
    text = "the 18th Meeting at 70 A Jalan Sisingamangaraja; 3 Further details; 40thousand"
    assert patterns.DAY_FIRST.apart_starts(text) == []


def test_each_way_a_day_goes_on_is_a_place_to_try_it() -> None:
    text = (
        "18th of May, 19 th June, 3–4 March, 1O ſept, 3l July, l5 AUGUST, 13thSeptember, "
        "16 through 18 December, 9 and 10 June, 5, 6 & 7 Oct, ๒๒ ม.ค. ๖๙, 2\nNovember"
    )
    found = [m.group() for m in patterns.DAY_FIRST.finditer(text)]
    ranges = [m.group() for m in patterns.DAY_FIRST_RANGE.finditer(text)]
    assert found == [m.group() for m in patterns.DAY_FIRST.pattern.finditer(text)]
    assert ranges == [m.group() for m in patterns.DAY_FIRST_RANGE.pattern.finditer(text)]
    assert len(found) == 12
    assert len(ranges) == 4


DAY_PIECES = [
    *" \n\t,-–&lIO0123๑๒", "th", "TH", "st", "nd", "rd", "thr", "ough", "u", "of", "OF", "to", "un",
    "til", "and", "An", "ſ", "ept", "Sep", "May", "june", "Meeting", "A", "ธันวาคม", "ถึง", "ม.ค.",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DAY_PIECES), max_size=30).map("".join))
def test_days_are_found_where_the_full_patterns_find_them(text: str) -> None:
    for pattern in (patterns.DAY_FIRST, patterns.DAY_FIRST_RANGE):
        expected = [m.span() for m in pattern.pattern.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected
