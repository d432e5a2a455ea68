"""A group's call named by the group's short form: "TPWG call", "WebCGM telecon".

A working group's mailing list names its regular call by the group's letters and a word no
meeting noun is ("call", "telecon"), in lower case: two words, too short for the title rules,
which grow a name of three words or more around a meeting noun. Read only where those rules
found no name, and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# The call's word, found by plain search (its letters begin no other word here).
_WORDS = ("call", "telecon")
# The word whole, as written: "call", "telecon", "teleconference"; not "called", "call for".
_WORD = re.compile(r"(?:call|telecon(?:ference)?)\b(?![ \t]+(?:for|to|in|with|from|details)\b)")
# Before it, on its line, the group's short form with two capitals at least ("TPWG",
# "WebCGM"; not "Weekly"), and "WG" perhaps; or its field's word and the letters of a
# community, interest or working group ("Example CG call").
_GROUP = re.compile(
    r"(?<![\w-])(?:[A-Za-z][a-z]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[ \t]+WG)?"
    r"|[A-Z][a-z]+[ \t]+[CIW]G)[ \t]+$"
)
_BEFORE = 40
GROUP_CALL_CONFIDENCE = 0.65


def group_call(text: MessageText) -> Extracted[str] | None:
    """The first "<GROUP> call" of the subject, else of the text."""
    for haystack, in_subject in ((text.subject, True), (text.plain, False)):
        for word in _WORDS:
            at = haystack.find(word)
            while at >= 0:
                line_start = haystack.rfind("\n", 0, at) + 1
                called = _WORD.match(haystack, at)
                group = called and _GROUP.search(haystack, max(line_start, at - _BEFORE), at)
                if group and called:
                    name = clean(haystack[group.start() : called.end()])
                    source = (
                        f"Subject: {text.subject}"
                        if in_subject
                        else text.snippet(group.start(), called.end())
                    )
                    why = ruled(
                        "title.group_call", "a group's call named by the group's short form"
                    )
                    return Extracted(name, source, GROUP_CALL_CONFIDENCE, why)
                at = haystack.find(word, at + 1)
    return None
