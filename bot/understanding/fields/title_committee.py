"""A committee named by a call for nominations to it: "Call for nominations for the Example
Advisory Committee on Capacity-building".

A secretariat's call for experts to sit on a committee names no meeting, yet the committee is
what the notice is about (its members meet): where no meeting's name is found, its name is the
title. Read only there, and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# "nominations (from … regions) for the <Name>": the name opens after "for the"
# ("for a Technical Group of Experts on …": a group yet to be formed)
_CALL = re.compile(r"\bnominations?\b[^\n:()]{0,60}?\bfor[ \t]+(?:the|an?)[ \t]+(?=[A-Z])")
# The name's words: capitalised ones and the small words between them (over a line break
# that only wraps the heading, as a PDF's lines do).
_WORD = re.compile(
    r"[ \t]*+(?P<newline>\n[ \t]*+)?(?:[A-Z][\w'’-]*+,?|of|on|for|and|the|in|to|&)(?![\w'’-])"
)
_SMALL = frozenset(["of", "on", "for", "and", "the", "in", "to", "&"])
_BODY = re.compile(r"\b(?:Committee|Panel|Board|Council|Group|Commission|Network)\b")
_LOOKED_AT = 1000  # the text's opening, where a notice's heading names what it calls for
COMMITTEE_CONFIDENCE = 0.6


def committee_called(text: MessageText) -> Extracted[str] | None:
    """The committee a call for nominations names, as the text's opening writes it, else as the
    subject does."""
    for haystack, in_subject in ((text.plain[:_LOOKED_AT], False), (text.subject, True)):
        if "nominat" not in haystack:
            continue
        for call in _CALL.finditer(haystack):
            end = _name_end(text, haystack, call.end(), in_subject=in_subject)
            name = clean(haystack[call.end() : end]).rstrip(",")
            if _BODY.search(name) and len(name.split()) >= 3:
                source = (
                    f"Subject: {text.subject}" if in_subject else text.snippet(call.start(), end)
                )
                why = ruled("title.committee_called", "a committee a call for nominations names")
                return Extracted(name, source, COMMITTEE_CONFIDENCE, why)
    return None


def _name_end(text: MessageText, haystack: str, start: int, *, in_subject: bool) -> int:
    """Where a name of capitalised words and the small words between them, from `start`, ends."""
    end = position = start
    while (word := _WORD.match(haystack, position)) and not (
        word["newline"] and (in_subject or not text.wraps_at(word.start("newline")))
    ):
        position = word.end()
        if word.group().strip().rstrip(",") not in _SMALL:
            end = position
    return end


# A group of experts the subject names, no meeting noun beside it: "Group of Governmental
# Experts on …", "Example Expert Group" (its sessions are the meetings); titles23: or groups,
# under a describing name of up to five words ("Ad Hoc Open-ended Expert Groups").
_EXPERTS = re.compile(
    r"(?<![\w-])(?:[A-Z][\w-]*[ \t]+){0,5}"
    r"(?:Group[ \t]+of[ \t]+(?:[A-Z][\w-]*[ \t]+)?Experts|Experts?[ \t]+Groups?)\b"
)
EXPERTS_CONFIDENCE = 0.6


def experts_group(text: MessageText) -> Extracted[str] | None:
    """The group of experts the subject names, with what it is on."""
    if "Expert" not in text.subject or not (group := _EXPERTS.search(text.subject)):
        return None
    end = _name_end(text, text.subject, group.end(), in_subject=True)
    name = clean(text.subject[group.start() : end]).rstrip(",")
    why = ruled("title.experts_group", "a group of experts the subject names")
    return Extracted(name, f"Subject: {text.subject}", EXPERTS_CONFIDENCE, why)
