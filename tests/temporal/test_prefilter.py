"""The prefiltered patterns find exactly what the full patterns find on their own."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.fields import title_th
from bot.understanding.prefilter import (
    Prefiltered,
    by_first_character,
    defined,
    prefiltered,
    words,
)
from bot.understanding.temporal import patterns, relative, zones

ENGINE = {
    **{name: value for name, value in vars(patterns).items() if isinstance(value, Prefiltered)},
    "relative EN": relative._EN,
    "relative TH": relative._TH,
    "zone statement": zones.ZONE_STATEMENT,
}
# Pieces of the expressions the patterns look for, and of the text around them.
PIECES = [
    *"0123456789๐๑๒๓๔๕๖๗๘๙ \n.,:/-–()",
    "30", "2025", "๒๕๖๘", "12", "0930", "1234", "September", "Sep.", "sept", "MAY", "May",
    "may", "ก.ย.", "ก.ย", "กันยายน", "มิถุนา ยน", "เดือน", "วันที่", "วันอังคารที่", "ระหว่าง",
    "ตั้งแต่", "Tuesday", "Tue", "thu", "the", "of", "to", "and", "at ", "from ", "noon",
    "midnight", "am", "p.m.", "hrs", "H", "น.", "เวลา", "within", "at least", "no later than",
    "not", "a", "an", "three", "thirty", "days", "working", "weeks", "before", "after",
    "in advance", "ภายใน", "ไม่เกิน", "ก่อน", "ล่วงหน้า", "สาม", "วัน", "วันทำการ", "สัปดาห์",
    "All times are in", "time zone:", "Times are", "เวลาที่ระบุ", "พ.ศ.", "ค.ศ.", "B.E.", "a.d.",
    "ปี", "ปีงบประมาณ", "COB", "EOD", "close of business", "end of day", "x", "Zoom", "สมา",
    "l", "I", "lI",
    "AT ", "From\t", "that ", "Noon", "MIDDAY", "Midnight", "Close of Business", "END of day", "ſ",
    "İ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_prefiltered_patterns_match_as_the_full_patterns(text: str) -> None:
    for name, pattern in ENGINE.items():
        expected = [m.span() for m in pattern.pattern.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected, name


def test_words_open_in_any_case_and_at_word_starts_only() -> None:
    pattern = prefiltered(words("mon", word_start=True), r"(?<![A-Za-z])(?i:mon)\w*")
    assert [m[0] for m in pattern.finditer("Mon MONDAY lemon month")] == ["Mon", "MONDAY", "month"]


def test_an_empty_match_moves_the_search_on() -> None:
    pattern = prefiltered(["a"], r"a?")
    assert [m.span() for m in pattern.finditer("aab")] == [(0, 1), (1, 2)]


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    starts, position = [], 0
    while (found := pattern.search(text, position)) is not None:
        starts.append(found.start())
        position = found.start() + 1
    return starts


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_openings_by_first_character_open_where_the_plain_choice_does(text: str) -> None:
    for pattern in defined():
        openings, _, flags = pattern._sources
        plain = re.compile("|".join(openings), flags)
        assert _starts(pattern.openings, text) == _starts(plain, text), openings[:3]


def test_openings_are_grouped_by_first_character_and_sets_spelt_out() -> None:
    assert by_first_character(["mon", "may", "tue"]) == "m(?:on|ay)|t(?:ue)"
    assert by_first_character(["[ab]x", r"\+", "a|(c)d"]) == r"a(?:x|)|b(?:x)|\+|(c)d"
    # a set spelt out would number a group that captures twice: kept whole
    assert by_first_character(["[ab](x)"]) == "[ab](x)"


# Patterns rewritten so that the engine can skip to where they begin, beside their plain form.
_REWRITTEN = {
    "clock words hint": (
        patterns.CLOCK_WORDS_HINT,
        re.compile(r"(?i)o['’]clock|half\s+past|quarter\s+(?:past|to)"),
    ),
    "thai title introduced": (
        title_th._INTRODUCED,
        re.compile(
            r"(?:(?<!ผู้)เข้าร่วม(?:ใน)?|ขอเชิญ.{0,40}?ร่วม|เชิญชม|เป็นประธาน(?:ใน)?(?:พิธี)?(?:เปิด|ปิด)?"
            r"|ได้จัด(?:ให้มี)?|(?<![ก-๙])(?:เปิด|จัด))\s*"
            r"(?=(?:การ)?(?:ประชุม|สัมมนา|ฝึกอบรม)|งานวัน|การ(?:ประกวด|แข่งขัน))"
        ),
    ),
}
_REWRITTEN_PIECES = [
    *PIECES, "o'clock", "O’Clock", "half  past", "HALF past", "Quarter to", "quarter\npast", "h",
    "q", "ผู้", "เข้าร่วม",
    "ประชุม", "จัด", "เปิด", "ได้จัด", "ขอเชิญ", "ร่วม", "งานวัน", "การแข่งขัน", "ก",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_REWRITTEN_PIECES), max_size=30).map("".join))
def test_rewritten_patterns_match_as_their_plain_form(text: str) -> None:
    for name, (pattern, plain) in _REWRITTEN.items():
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], name


def test_the_day_first_patterns_open_alike() -> None:
    # date_hits looks for their openings once
    assert patterns.DAY_FIRST_RANGE._sources[0] == patterns.DAY_FIRST._sources[0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_matches_tried_at_the_openings_found_once_are_those_found_again(text: str) -> None:
    starts = patterns.DAY_FIRST.starts(text)
    for pattern in (patterns.DAY_FIRST_RANGE, patterns.DAY_FIRST):
        assert [m.span() for m in pattern.finditer_at(text, starts)] == [
            m.span() for m in pattern.pattern.finditer(text)
        ]


def test_words_open_where_a_case_blind_pattern_can_begin() -> None:
    pattern = prefiltered(words("sign", "kit", "in"), r"(?i:sign|kit|in)")
    text = "\u017fign \u212ait \u0130n \u0131n SIGN"
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in pattern.pattern.finditer(text)
    ]
    assert len(list(pattern.finditer(text))) == 5


def test_an_ocr_day_opens_where_its_letter_stands_before_a_day_digit() -> None:
    # "l5", "I7": found from the digit's opening, not at every "l" and "I" of the text
    text = "l5 December, I7-l9 March, Hotel5 June, I 5 May"
    for pattern in (patterns.DAY_FIRST_RANGE, patterns.DAY_FIRST):
        expected = [m.span() for m in pattern.pattern.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected
    assert [m[0] for m in patterns.DAY_FIRST.finditer(text)][:1] == ["l5 December"]
