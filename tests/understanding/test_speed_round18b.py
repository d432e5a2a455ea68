"""Round eighteen's second speed pass (fast23b): a prefiltered pattern whose every opening begins
with a literal word is not scanned for in a text where none of those words stands; the matches
are the same as the full pattern's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.prefilter import _DEFINED, Prefiltered, literal_openings, words


def test_each_way_gives_its_literal_word_passing_over_lookarounds() -> None:
    openings = "|".join(words("meet", r"on\s*line", "ally", word_start=True))
    assert literal_openings(openings) == ("ally", "meet", "on")


def test_a_way_opening_with_no_literal_word_leaves_no_gate() -> None:
    assert literal_openings(r"held|[0-9]+\s*days") is None
    assert literal_openings(r"(?:e-)?meeting") is None


def test_a_shorter_word_stands_for_the_longer_one_it_opens() -> None:
    assert literal_openings("apr|april|aug") == ("apr", "aug")


def _gated_sign() -> Prefiltered:
    # (defined here, not at import: `_DEFINED` lists the understanding's own patterns)
    pattern = Prefiltered(words("sign"), r"(?i:sign)\s+up")
    _DEFINED.remove(pattern)
    return pattern


def test_a_text_with_a_long_s_is_still_scanned() -> None:
    # "(?i)" reads "ſ" as "s", which `lower` keeps apart: such a text is not gated.
    pattern = _gated_sign()
    assert [m.group() for m in pattern.finditer("Please ſign up below")] == ["ſign up"]


def test_a_text_without_the_words_gives_nothing_and_one_with_them_its_matches() -> None:
    pattern = _gated_sign()
    assert list(pattern.finditer("Please register below")) == []
    assert [m.start() for m in pattern.finditer("SIGN up, or Sign  up")] == [0, 12]


PIECES = [
    "Meeting", "meet", "ONLINE", "on line", "online", " ", "\n", "at ", "9:30", "12 noon",
    "cancel", "Cancelled", "physical", "ſ", "\u212a", "\u0130", "\u0131", "ประชุม", "ผ่าน",
    "report", "Zoom", "e-", "via ", "week", "the ", "May", "2026", "ID", "pass", "code",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_every_gated_pattern_finds_what_its_pattern_finds(text: str) -> None:
    for defined in (p for p in _DEFINED if p.gate is not None):
        found = [m.span() for m in defined.finditer(text)]
        assert found == [m.span() for m in defined.pattern.finditer(text)], defined.gate
