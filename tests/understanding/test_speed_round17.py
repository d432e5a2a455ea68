"""Round seventeen's speed work (fast22): the cheap tests put before a pattern, and the answers
kept per word, must give what the pattern alone gives."""

from __future__ import annotations

import pytest

from bot.understanding.fields import date_roles
from bot.understanding.fields.series import is_ordinal
from bot.understanding.fields.table_rows import ends_on_mark
from bot.understanding.fields.title_words import is_month_or_weekday
from bot.understanding.temporal.patterns import TIME

# Lines a date may follow on its row: a meeting's label ending on each mark, with the blanks a
# page leaves after it (a tab, an ideographic space, a line break at the very end), and lines
# that name a meeting but end on no mark.
LABEL_LINES = [
    "Meeting date:",
    "Meeting Dates :  ",
    "Workshop\t",
    "Workshop\t \t",
    "Event |",
    "Seminar days：\u3000",
    "Forum:\n",
    "Conference:\u2003",
    "   การประชุม :",
    "วันประชุม\t",
    "The meeting will open on",
    "Meeting Room 3, ",
    "Symposium -",
    "Summit:x",
    "",
]


@pytest.mark.parametrize("line", LABEL_LINES)
def test_the_mark_test_never_hides_a_meeting_label(line: str) -> None:
    # the pattern matches only where the line ends on a mark: the test before it must hold
    # wherever the pattern would match
    if date_roles._MEETING_LABEL.search(line) is not None:
        assert ends_on_mark(line)


def test_a_tab_or_a_mark_ends_a_label_and_a_word_does_not() -> None:
    assert ends_on_mark("Workshop\t")  # the tab is the mark, blanks after it
    assert ends_on_mark("Workshop\t \u3000")
    assert ends_on_mark("Seminar days：\u3000")
    assert ends_on_mark("Event |  ")
    assert ends_on_mark("Forum:\n")
    assert not ends_on_mark("Summit:x")
    assert not ends_on_mark("The meeting will open on ")
    assert not ends_on_mark("")


@pytest.mark.parametrize(
    ("word", "ordinal"),
    [
        *[(w, True) for w in ("29th", "1st", "22nd", "101st", "4TH", "3 rd", "Third", "THIRD")],
        # (the long s a case-blind pattern reads as "s")
        *[(w, True) for w in ("first", "Twelfth", "twenty-first", "ſixth")],
        *[(w, False) for w in ("seventy", "fifty", "Meeting", "firsts", "Sixth.", "st", "1", "")],
    ],
)
def test_an_ordinal_kept_per_word_is_read_as_one(word: str, ordinal: bool) -> None:
    assert is_ordinal(word) is ordinal


def test_months_and_weekdays_kept_per_word() -> None:
    # abbreviations with and without their dot, any case, and the long s and Kelvin sign that
    # a case-blind pattern reads as "s" and "k"
    for word in ("May", "Sept.", "SEPT", "sept", "Tues", "Wednes", "Thurs", "ſun", "Saturday"):
        assert is_month_or_weekday(word), word
    for word in ("Mayor", "Septs", "Sundays", "Tue.", "Monk", "Jan..", "Frid", ""):
        assert not is_month_or_weekday(word), word


# What a clock goes on with after its hour and a blank, each the only clock of its line, beside
# days whose digits are followed by a blank and a month.
CLOCK_LINES = [
    "Opening at 5 May 2027, 9 am sharp",
    "Registration 9\tPM on 12 March",
    "The visit starts 2 in the afternoon on 3 June",
    "The visit starts 2 İn the morning on 3 June",
    "Sessions 9 to 11 am, 4 November",
    "Sessions 9 Till 11 am, 4 November",
    "Sessions 9 until 11 am, 4 November",
    "Call 16 - 17 London time on 5 December",
    "Call 9 – 11 UTC on 5 December",
    "Lunch 10 – 12 noon, 12 May",
    "Lunch 12 noon, 12 May",
    "Lunch 12\n  midnight, 12 May",
    "Lunch 12 NN, 12 May",
    "ประชุมเวลา ๐๙ .๓๐ น. วันที่ ๕ พฤษภาคม",
    "Doors 9 :30, 1 2 noon, 5 Noon",
]


@pytest.mark.parametrize("line", CLOCK_LINES)
def test_clocks_tried_only_where_one_can_begin_are_all_the_clocks(line: str) -> None:
    # TIME is tried at the places its openings find: the same matches as the whole pattern
    assert [m.span() for m in TIME.finditer(line)] == [
        m.span() for m in TIME.pattern.finditer(line)
    ]
