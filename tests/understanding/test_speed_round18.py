"""Round eighteen's speed work (fast23): a prefiltered pattern's openings are found by one
`finditer` over the text, which finds every place only where each opening's match is its first
character alone; the matches must stay those of the full pattern."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding import extract  # noqa: F401  (defines every prefiltered pattern)
from bot.understanding.prefilter import _DEFINED, prefiltered, words

# Pieces of words whose openings begin inside one another: "online" holds "line" and "in".
PIECES = [*"ab \n-", "online", "line", "in", "inline", "LINE", "Online", "ſign", "sign", "5", "15"]
NESTED = prefiltered(
    [*words("online", "line", "in"), "ab", "b"],
    r"(?i:online|line|in)\w*|ab|b",
)


def _one_character_each(pattern: re.Pattern[str], text: str) -> bool:
    return all(m.end() - m.start() == 1 for m in pattern.finditer(text))


def test_openings_match_their_first_character_alone() -> None:
    # what lets `finditer` over the openings find an opening inside another's word
    text = "Online meetings in line with the 15 May, 2-3 June and 0930 hrs at noon ſign"
    assert len(_DEFINED) > 50
    for pattern in _DEFINED:
        assert _one_character_each(pattern.openings, text), pattern._sources[0][:2]


def test_an_apart_opening_matches_its_first_character_alone() -> None:
    text = "l5 December, 17-19 March, 9.30-10.00, 1/2/2026, 10 o'clock, 2 to 4 pm"
    apart = [p for p in _DEFINED if p.apart is not None]
    assert apart
    for pattern in apart:
        assert pattern.apart is not None
        assert _one_character_each(pattern.apart, text), pattern._apart


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_openings_inside_another_opening_are_found(text: str) -> None:
    assert [m.span() for m in NESTED.finditer(text)] == [
        m.span() for m in NESTED.pattern.finditer(text)
    ]
    assert [m.span() for m in NESTED.finditer(text, 2, max(2, len(text) - 1))] == [
        m.span() for m in NESTED.pattern.finditer(text, 2, max(2, len(text) - 1))
    ]
