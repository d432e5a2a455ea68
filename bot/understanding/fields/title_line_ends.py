"""Where an English name's line ends it: a list's bullet or numbered item on the next line, a
sentence's article opening the next line, or a heading marked as one ("## <Name>"), which is a
line of its own (bot.understanding.fields.title_grow grows names over the words after them).
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.title_words import CONNECTORS, MEETING_NOUNS
from bot.understanding.prefilter import LineStart

# A list item's number after its label: "Step 1.", "Item 2:".
_ITEM_NUMBER = re.compile(r"[ \t]+\d{1,2}[.:)]")
# titles-r22: a heading marked as one (Markdown's "## "): the page's next line is its part's
# text or a label ("## Example Call\nJOIN LINK:"), never the heading's words going on.
_MARKED_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
# The same at a line's start, looked for from the line breaks ("Room # 3" is no heading).
_HEADING_LINE = LineStart(r"^[ \t]*#{1,6}[ \t]")
# mend-r22f: a marked heading that names a meeting, its line ending on the noun ("## Next
# Meeting"; not "# Meeting Minutes"); and a sentence under a heading that gives a meeting's day
# with its year ("The Example Council meets on 14 May 2026 at 18:00.").
_MEETING_HEADING = LineStart(rf"^[ \t]*#{{1,6}}[ \t][^\n]*\b(?i:{MEETING_NOUNS})[ \t]*(?![^\n])")
_DATED_SENTENCE = LineStart(
    rf"^[^#\n]*\b(?i:\d{{1,2}}[ \t]+(?:{cues.MONTH_NAME_EN})\.?[ \t]+\d{{4}}"
    rf"|(?:{cues.MONTH_NAME_EN})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})\b[^\n]*\.[ \t]*(?![^\n])"
)
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
        of the page, "## Meeting Registration and Voting"). (mend-r22f: only the first heading that
    names a meeting, and none where a sentence under another gives the meeting's day.)"""
    if noun_end != end:
        return False
    line = line_start(text, start)
    heading = _MARKED_HEADING.match(text, line)
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if heading is None or text[heading.end() : start].strip() or rest.strip():
        return False
    return _MEETING_HEADING.search(text, 0, line) is None and not _dated_elsewhere(text, line)


def _dated_elsewhere(text: str, line: int) -> bool:
    """Whether a sentence under another marked heading gives a meeting's day and the part under
    the heading at `line` gives none (mend-r22f: "## Next Meeting\nThe Example Council meets on
    14 May 2026." is the page's meeting, not a heading's "## Annual Planning Workshop\nHeld last
    year.")."""
    below = text.find("\n", line)
    following = _HEADING_LINE.search(text, below) if below >= 0 else None
    own_end = following.start() if following is not None else len(text)
    if below < 0 or _DATED_SENTENCE.search(text, below, own_end) is not None:
        return False
    # (a dated sentence counts only under a heading: the first heading is before it)
    first = _HEADING_LINE.search(text)
    return first is not None and any(
        first.end() <= dated.start()
        for dated in _DATED_SENTENCE.finditer(text)
        if not below <= dated.start() < own_end
    )
