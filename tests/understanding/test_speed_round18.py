"""Round eighteen's speed work (fast23): a prefiltered pattern's apart openings are found by one
`finditer` over the text, which finds every place only where each match is one character long;
a title's words are found in the lowered text as the case-blind pattern finds them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.fields.text import MessageText, written_spans
from bot.understanding.prefilter import ascii_case_only, defined


def _one_character_each(pattern: re.Pattern[str], text: str) -> bool:
    return all(m.end() - m.start() == 1 for m in pattern.finditer(text))


def test_an_apart_opening_matches_its_first_character_alone() -> None:
    text = "l5 December, 17-19 March, 9.30-10.00, 1/2/2026, 10 o'clock, 2 to 4 pm"
    apart = [p for p in defined() if p.apart is not None]
    assert apart
    for pattern in apart:
        assert pattern.apart is not None
        assert _one_character_each(pattern.apart, text), pattern._apart


# Pieces of titles and of the text around them: cases, blanks of several kinds, the letters
# "(?i)" takes for an ASCII one ("ſ", "K", "İ", "ı"), Thai, a word inside another.
TITLE_PIECES = [
    "Example", "EXAMPLE", "example", "Forum", "forum", "FORUM", "Forums", " ", "  ", "\n", "\t",
    "\u2003", "-", "ſ", "\u212a", "\u0130", "\u0131", "Fo", "rum", "ประชุม", "Exampleforum",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(TITLE_PIECES), max_size=30).map("".join),
    st.lists(
        st.sampled_from(["Example", "forum", "FORUM", "ex", "ประชุม", "Fo-rum"]),
        min_size=1,
        max_size=3,
    ),
)
def test_a_titles_words_are_found_where_the_case_blind_pattern_finds_them(
    text: str, words: list[str]
) -> None:
    message = MessageText.of(text)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    assert written_spans(message, tuple(words)) == [
        m.span() for m in pattern.finditer(message.plain)
    ]


def test_a_title_is_found_in_a_text_with_a_long_s() -> None:
    # "ſ" is an "s" to "(?i)" but not to the lowered text: the pattern reads that text
    message = MessageText.of("The Example \u017fession and the Example Session")
    assert written_spans(message, ("example", "session")) == [(4, 19), (28, 43)]
    assert ascii_case_only(message.plain) is False
    assert ascii_case_only("The Example Session") is True


def test_a_titles_words_found_again_begin_after_the_last_found() -> None:
    # as `finditer` finds them: "Forum forum" once, not again from its second word
    message = MessageText.of("Forum forum FORUM")
    assert written_spans(message, ("forum", "forum")) == [(0, 11)]
