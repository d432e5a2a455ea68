"""Addresses and links are found where the plain pattern finds them, from their "@"."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.temporal.not_text import not_text_spans

NOT_TEXT = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PIECES = [
    *"@.+-_ \n,;:()<>/", "a", "B", "9", "๙", "é", "ก", "\u00a0", "example", "org", "ab.cd",
    "x@y", "@@", "a.b-c+d@example.org", "Person@example.org.", "http://", "https://", "www.",
    "www.example.org/a", "hwww.", "xhttp://a", "mail:", "ติดต่อ", "2026", "co.th", "-@-", ".@.",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_addresses_and_links_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    assert not_text_spans(text) == [m.span() for m in NOT_TEXT.finditer(text)]


def test_an_address_right_after_another_is_found_from_where_the_first_ends() -> None:
    # the second name begins inside a run of name characters: "+"
    text = "write to a@b.org+c@d.org or see www.example.org/x@y.org"
    assert [text[a:b] for a, b in not_text_spans(text)] == [
        "a@b.org",
        "+c@d.org",
        "www.example.org/x@y.org",
    ]
