"""Where an English name's line ends it: a list's bullet or numbered item on the next line, a
sentence's article opening the next line, or a heading marked as one ("## <Name>"), which is a
line of its own (bot.understanding.fields.title_grow grows names over the words after them).
"""

from __future__ import annotations

import re

from bot.understanding.fields.title_words import CONNECTORS

# A list item's number after its label: "Step 1.", "Item 2:".
_ITEM_NUMBER = re.compile(r"[ \t]+\d{1,2}[.:)]")
# titles-r22: a heading marked as one (Markdown's "## "): the page's next line is its part's
# text or a label ("## Example Call\nJOIN LINK:"), never the heading's words going on.
_MARKED_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
# A sentence's article: after a line break it opens the next sentence, not the name's words.
_ARTICLES = frozenset(["the", "a", "an"])


def line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def opens_line(text: str, position: int) -> bool:
    """Whether only spaces stand before `position` on its line (a list's bullet there)."""
    return not text[line_start(text, position) : position].strip(" \t")


def in_marked_heading(text: str, position: int) -> bool:
    """Whether `position` stands in a line marked as a heading ("## Example Call")."""
    return _MARKED_HEADING.match(text, line_start(text, position)) is not None


def next_line_ends(text: str, name_end: int, token: re.Match[str]) -> bool:
    """Whether the word `token` reads, on the line after the name, ends the name: a list's
    numbered item ("… Doctoral Studies\nStep 1."), or any word after a marked heading."""
    if "\n" not in text[token.start() : token.start(1)]:
        return False
    return bool(_ITEM_NUMBER.match(text, token.end())) or in_marked_heading(text, name_end)


def new_line_opens(text: str, match: re.Match[str]) -> bool:
    """Whether the word at `match` is an article opening a line after a name whose line ended
    on a word of its own (a heading's last), not on a word that carries it on ("Forum on\nThe
    Future")."""
    if match.group(1).lower() not in _ARTICLES or not match.group(1)[0].isupper():
        return False
    if "\n" not in text[match.start() : match.start(1)]:
        return False
    before = text[max(0, match.start() - 12) : match.start()].split()
    return bool(before) and before[-1].lower() not in CONNECTORS


def whole_marked_heading(text: str, start: int, noun_end: int, end: int) -> bool:
    """Whether the name from `start` to `end`, its noun last, is all of a marked heading's
    line: a page's part headed by its meeting's name ("## Example Community Call"; not a part
    of the page, "## Meeting Registration and Voting")."""
    if noun_end != end:
        return False
    heading = _MARKED_HEADING.match(text, line_start(text, start))
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return heading is not None and not text[heading.end() : start].strip() and not rest.strip()
