r"""Where addresses and links stand in a text (digits in them are never dates): the matches of
the pattern https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+ (here _LINK, then _ADDRESS),
found from the "@" of each address rather than by trying the pattern at every character.

The address branch may begin at any letter of any word, and reads on to the word's end each
time: in a mail with addresses, more time than any date pattern takes. An address's name ends
at its "@", so only names ending at one are tried, from where they begin.
"""

from __future__ import annotations

import re

# The pattern split: links, then addresses; at the same place a link is taken.
_LINK = re.compile(r"https?://\S+|www\.\S+")
_ADDRESS = re.compile(r"[\w.+-]++@[\w-]+(?:\.[\w-]+)+")


def not_text_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the links and addresses in `text`, as one pattern's finditer would give them."""
    spans: list[tuple[int, int]] = []
    pos = 0
    link = _LINK.search(text)
    while True:
        if link is not None and link.start() < pos:
            link = _LINK.search(text, pos)  # the one found before began inside an address
        address = _first_address(text, pos, len(text) if link is None else link.start())
        found = address or link
        if found is None:
            return spans
        spans.append(found.span())
        pos = found.end()


def _first_address(text: str, pos: int, before: int) -> re.Match[str] | None:
    """The first address that begins at `pos` or after, and before `before`."""
    at = text.find("@", pos)
    while at >= 0:
        start = at
        while start > pos and _in_name(text[start - 1]):
            start -= 1
        if start >= before:
            return None
        if start < at and (address := _ADDRESS.match(text, start)) is not None:
            return address
        at = text.find("@", at + 1)
    return None


def _in_name(character: str) -> bool:
    """Whether `character` is one of [\\w.+-] (\\w: what str.isalnum() accepts, and "_")."""
    return character.isalnum() or character in "_.+-"
