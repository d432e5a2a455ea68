"""Round twenty-three's speed (fast-r23): patterns that match only where a line begins, looked
for from the line breaks (`prefilter.LineStart`), find what the engine's own scan finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding import cues, extract, letter
from bot.understanding.fields import (
    address_zone,
    date_occasions,
    deadlines,
    mode_weigh,
    place_candidates,
    thai_dateline,
    title_short,
    title_th,
    world_places,
)
from bot.understanding.prefilter import LineStart
from bot.understanding.temporal import zones
from tests.understanding.test_scan_openings import skips_ahead

LINE_STARTS = {
    "venue label": place_candidates._LABEL,
    "Thai letter's label": letter._LABEL,
    "quoted mail": extract._QUOTE_START,
    "dateline": world_places._DATELINE,
    "day-first dateline": world_places._DAY_FIRST_DATELINE,
    "upper-case dateline": world_places._UPPER_DATELINE,
    "section break": zones.SECTION_BREAK,
    "postcode line": address_zone._POSTCODE_LINE,
    "Thai letter's closing": letter._CLOSING,
    "Thai letter's signer": letter._SIGNER,
    "OCR page": letter._PROVENANCE,
    "Thai subject line": title_th._SUBJECT_LINE,
    "Thai dateline": thai_dateline._THAI_DATELINE,
    "due label": deadlines._DUE_LABEL,
}

# What each pattern's lines are made of, blanks and breaks among them, so that matches end at a
# line's end, at the next line's start, or inside a line.
PIECES = [
    *"\n\n\n \t:|,(-–", "\r", "Venue:", "venue", " of the meeting", "Location", "PLACE", "meeting ",
    "สถานที่", "จัด", "ประชุม", "ส่วนราชการ", "ที่", " ศธ ๐๒๑๐", "เรื่อง", "เรียน", "อ้างถึง", "-----",
    "Forwarded message", "Original Message", "On Mon, Jane", " wrote:", "From: A", "Sent: ",
    "Date:", "BANGKOK", "Vientiane", " – ", "SINGAPORE, Dec. 6 (Xinhua) --", "10 August, ",
    "Kathmandu", " 2026", "Press release ", "1211 Geneva", "Kuala Lumpur 50480", "CH-", " 20",
    "เขียนว่า:", "บันทึกข้อความ", "Begin forwarded message:", "จาก", "On the", "a", "Xy",
    "ขอแสดงความนับถือ", "(นายสมชาย ใจดี)", "[OCR, page 2, confidence 91 %]", "เชียงใหม่", " ๒๙ ก.ย.",
    "- ", "Deadline", "• ", "1. ", "registration closes", "กำหนดส่ง", "Friday,",
]  # fmt: skip


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", LINE_STARTS)
@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    pos=st.integers(0, 400),
    endpos=st.none() | st.integers(0, 400),
)
def test_a_line_start_pattern_finds_what_its_scan_finds(
    name: str, text: str, pos: int, endpos: int | None
) -> None:
    lines = LINE_STARTS[name]
    pattern = lines.pattern
    end = len(text) if endpos is None else endpos
    assert _found(lines.finditer(text, pos, endpos)) == _found(pattern.finditer(text, pos, end))
    first, scanned = lines.search(text, pos, endpos), pattern.search(text, pos, end)
    assert _found([first] if first else []) == _found([scanned] if scanned else [])


def test_each_pattern_finds_its_lines_at_the_text_start_and_after_breaks() -> None:
    text = "Venue: Hall A\nx\nVenue\n\nRoom 3\n  Location: Bangkok"
    found = [m.group() for m in place_candidates._LABEL.finditer(text)]
    assert found == ["Venue:", "Venue\n\n", "  Location:"]
    assert [m.start() for m in place_candidates._LABEL.finditer(text, 1)] == [16, 30]
    assert [m.start() for m in place_candidates._LABEL.finditer(text, 16)] == [16, 30]
    # a match that ends where the next line, and the next match, begins
    assert [m.group() for m in place_candidates._LABEL.finditer("Venue\n\nPlace: A")] == [
        "Venue\n\n",
        "Place:",
    ]
    assert [m.start() for m in place_candidates._LABEL.finditer(text, 0, 20)] == [0]
    quoted = "Thanks.\nOn Mon, 3 May 2026, Jane wrote:\n> hello"
    match = extract._QUOTE_START.search(quoted)
    assert match is not None
    assert match.start() == 8


def test_a_line_start_pattern_is_the_same_pattern() -> None:
    # the pattern is kept as written (MULTILINE added): what reads its matches' `re` still can
    lines = LineStart(r"^a|^b", re.IGNORECASE)
    assert lines.pattern.flags & re.MULTILINE
    assert lines.pattern.flags & re.IGNORECASE
    assert [m.group() for m in lines.finditer("a\nB\nca")] == ["a", "B"]


@pytest.mark.parametrize("name", LINE_STARTS)
def test_a_line_start_pattern_is_looked_for_from_the_line_breaks(name: str) -> None:
    # ("^" opens on no character: the engine tried each at every character of the text)
    assert not skips_ahead(LINE_STARTS[name].pattern)
    assert skips_ahead(LINE_STARTS[name]._after_break)


# --- a US town and its state: the capital first ------------------------------------------------

_TOWN_BEFORE = r"(?<![A-Za-zÀ-ÿ'’.-])[A-Z][A-Za-zÀ-ÿ'’-]++(?:[^\S\n][A-Z][A-Za-zÀ-ÿ'’-]++){0,2}"
_US_TOWN_STATE_BEFORE = re.compile(
    rf"(?P<town>{_TOWN_BEFORE}),[^\S\n]*+(?=(?P<state>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)"
    rf"(?![A-Za-z])|(?P<code>[A-Z]{{2}})[^\S\n]++[0-9]{{5}}(?![0-9]))"
)
TOWN_PIECES = [
    *" \n,.-'’", "Springfield", "Illinois", "New York", "IL 62701", "12345", "Example Road",
    "van", "McAllen", "O'Fallon", "é", "Élan", "St.", "x", "A", "Zz", "\u00a0",
]  # fmt: skip


def test_the_us_town_opens_on_its_capital() -> None:
    assert not skips_ahead(_US_TOWN_STATE_BEFORE)
    assert skips_ahead(address_zone._US_TOWN_STATE)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOWN_PIECES), max_size=24).map("".join), st.integers(0, 60))
def test_the_us_town_is_found_as_before(text: str, pos: int) -> None:
    found = address_zone._US_TOWN_STATE.finditer(text, pos)
    assert _found(found) == _found(_US_TOWN_STATE_BEFORE.finditer(text, pos))


# --- a way named as a burden: its verb's "ing" found first --------------------------------------

BURDEN_PIECES = [
    *" \n\t", "logistics", "costs", "cost", "risk", "burden", "complexity", " of ", " involved in ",
    "entailed in", "holding", "running", "organizing", "hosting", "staging", "ing", "a ", "an ",
    "the ", "ann", "cover ", "will be shared", "meeting", "x", "ING",
]  # fmt: skip
_WAY = re.compile("hybrid")


def _weighed_before(lower: str, match: re.Match[str]) -> bool:
    """`mode_weigh._weighed_against` as it was: the burden's pattern over the whole window."""
    burden = mode_weigh._BURDEN_OF.search(
        lower, max(0, match.start() - mode_weigh._BURDEN_REACH), match.start()
    )
    return not (
        burden is None
        or mode_weigh._BURDEN_TAKEN_BEFORE.search(
            lower, max(0, burden.start() - 30), burden.start()
        )
        or mode_weigh._BURDEN_TAKEN_AFTER.match(lower, match.end())
    )


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(BURDEN_PIECES), max_size=16).map("".join),
    st.lists(st.sampled_from(BURDEN_PIECES), max_size=6).map("".join),
)
def test_a_burden_is_read_as_before(before: str, after: str) -> None:
    lower = f"{before}hybrid{after}"
    match = _WAY.search(lower, len(before))
    assert match is not None
    assert mode_weigh._weighed_against(lower, match) == _weighed_before(lower, match)


def test_a_burden_in_invented_text() -> None:
    lower = "we weighed the logistics involved in holding a hybrid conference"
    match = _WAY.search(lower)
    assert match is not None
    assert mode_weigh._weighed_against(lower, match)
    lower = "the host will cover the costs of running the hybrid session"
    match = _WAY.search(lower)
    assert match is not None
    assert not mode_weigh._weighed_against(lower, match)


# --- Thai script: an ASCII text is none ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "thai"),
    [("plain ASCII", False), ("Genève – 3 May", False), ("เรื่อง", True), ("x ๑", True), ("", False)],
)
def test_written_in_thai(text: str, thai: bool) -> None:
    assert cues.written_in_thai(text) is thai
    assert (re.search("[\u0e00-\u0e7f]", text) is not None) is thai


# --- words whose "\b" or look-behind is read from their first letters ------------------------

_DISCUSSED_BEFORE = re.compile(r"ได้(?:ร่วม)?(?:กัน)?หารือ|(?i:\bdiscussed\b)")
_AGM_BEFORE = re.compile(r"(?<![\w.-])AGM(?![\w.-])")
WORD_PIECES = [
    *" \n.-_", "discussed", "DISCUSSED", "Discussed", "undiscussed", "di", "ſcussed", "x",
    "ได้หารือ", "ได้ร่วมกันหารือ", "AGM", "AGMs", "agm", "9", "é",
]  # fmt: skip


def test_the_words_open_on_their_letters() -> None:
    assert not skips_ahead(_DISCUSSED_BEFORE)
    assert skips_ahead(date_occasions._DISCUSSED)
    assert not skips_ahead(_AGM_BEFORE)
    assert skips_ahead(title_short._AGM)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=16).map("".join), st.integers(0, 30))
def test_the_words_are_found_as_before(text: str, pos: int) -> None:
    for pattern, before in (
        (date_occasions._DISCUSSED, _DISCUSSED_BEFORE),
        (title_short._AGM, _AGM_BEFORE),
    ):
        assert _found(pattern.finditer(text, pos)) == _found(before.finditer(text, pos))
