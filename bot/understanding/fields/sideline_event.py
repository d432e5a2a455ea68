"""The event where a statement about the meeting was made: "…, he said on the sidelines of the
6th Eastern Economic Forum". News names it as the setting of the words it quotes; a later
sentence whose subject it is ("The 6th Eastern Economic Forum will be held in <City> … in the
hybrid format") tells how and where that event is held, not the meeting the words are about
(places-r23). The mode and place readers skip such sentences.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, sentence_start

# (looked for only where "sidelines" or "margins" stands; the name is the capitalised words
# after the phrase, an ordinal before them allowed)
_SETTING = re.compile(
    r"\bon\s+the\s+(?:sidelines?|margins?)\s+of\s+(?:the\s+)?"
    r"(?P<name>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)"
)
_CUES = ("sideline", "margin")
# The sentence opens with the event's name, its article before it: the event is its subject.
_SUBJECT_REACH = 8


def setting_names(text: MessageText) -> tuple[str, ...]:
    """The names, lower-cased, of the events the text says statements were made at."""
    if not any(cue in text.lower for cue in _CUES):
        return ()
    return tuple({m.group("name").lower() for m in _SETTING.finditer(text.plain)})


def of_the_setting(text: MessageText, names: tuple[str, ...], position: int) -> bool:
    """Whether the sentence holding `position` is about one of `names` (setting_names): it
    opens with the name, before `position`."""
    if not names:
        return False
    start = sentence_start(text.plain, position)
    opening = text.lower[start : start + _SUBJECT_REACH]
    skip = len(opening) - len(opening.lstrip(" \t\n\"'“‘("))
    at = start + skip + (4 if text.lower.startswith("the ", start + skip) else 0)
    # (mend-r23e) the whole name, not the start of a longer word: "the EU" opens no "European …"
    return any(
        text.lower.startswith(name, at)
        and at + len(name) <= position
        and not text.lower[at + len(name) : at + len(name) + 1].isalnum()
        for name in names
    )
