"""A session named by whom it is for: "an information and exchange session for the members of
the Example Committee".

A secretariat names a briefing it holds for a body's members by what it is and for whom, its
noun in lower case and followed by lower-case words ("for the members of"), which the title
rules neither grow over nor take as a name. Read only where they found none, the subject
first, and under review.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# a capitalised word of a body's name, not a day's ("… Committee on Tuesday")
_WORD = rf"(?!(?i:{cues.MONTH_NAME_EN}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[A-Z][\w'’-]*+"
_FOR_MEMBERS = re.compile(
    r"(?:session|meeting|briefing|workshop|seminar)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?:members|delegates|representatives)[ \t]+of[ \t]+the[ \t]+"
    rf"(?P<body>{_WORD}(?:[ \t]+(?:{_WORD}|(?:of|for|on|and|&)(?=[ \t]+{_WORD})))*+)"
)
# What the session is, in lower case before its noun ("information and exchange"), back to
# an article or the start of the line (the subject's first word capitalised).
_DESCRIBED = re.compile(
    r"(?m)(?:^|(?<=\b[Aa]n[ \t])|(?<=\b[Aa][ \t])|(?<=\bthe[ \t]))"
    r"(?P<what>[\w-]+(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+)$"
)
AUDIENCE_CONFIDENCE = 0.6


def audience_session(text: MessageText) -> Extracted[str] | None:
    for haystack, in_subject in ((text.subject, True), (text.plain[: text.body_end], False)):
        found = _FOR_MEMBERS.search(haystack)
        if found is None:
            continue
        line_start = haystack.rfind("\n", 0, found.start()) + 1
        described = _DESCRIBED.search(haystack, max(line_start, found.start() - 60), found.start())
        start = described.start("what") if described else found.start()
        name = clean(haystack[start : found.end()])
        source = f"Subject: {text.subject}" if in_subject else text.snippet(start, found.end())
        why = ruled("title.audience", "a session named by what it is and whom it is for")
        return Extracted(name[:1].upper() + name[1:], source, AUDIENCE_CONFIDENCE, why)
    return None
