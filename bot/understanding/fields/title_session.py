"""A body's session named by a document's heading: "REGIONAL COMMITTEE <code>" over
"Seventieth session", or "<Body> for Europe: sixty-eighth session".

A governing body's papers head with the body and, alone on the next line, its session by an
ordinal in words; neither line has a meeting name the title rules grow (the noun "session" is
lower case and named by the line above). Read only where those rules found no name, within a
text's first lines, and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.series import ORDINAL_WORDS
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_HEAD_CHARS = 600
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    "|one|two|three|four|five|six|seven|eight|nine"
)
# the session by its ordinal in words ("Seventy-first", "Seventieth"; "sixty-eight" as written)
_ORDINAL = rf"(?:(?:{_TENS})-(?:{_UNITS})|{'|'.join(ORDINAL_WORDS)})"
# a body heading a line, perhaps with its paper's code after it ("REGIONAL COMMITTEE WPR/RC70/1")
_BODY = (
    r"(?:[A-Z][\w'’-]*+[ \t]+){0,6}?(?i:committee|council|commission|assembly|board)"
    r"(?:[ \t]+for[ \t]+[A-Z][\w-]*+)?"
)
# the paper's code after the body ("WPR/RC70/1 Rev. 1") and a line break, or a colon
_CODE = r"(?:[ \t]+[A-Z0-9/.-]++(?:[ \t]+Rev\.[ \t]*\d+)?)?"
_HEADING = re.compile(
    rf"(?m)^[ \t]*(?P<body>{_BODY})(?:{_CODE}[ \t]*\n\s*|:[ \t]*)"
    rf"(?P<session>(?i:{_ORDINAL})[ \t]+session)\b"
)
SESSION_HEADING_CONFIDENCE = 0.7


def session_heading(text: MessageText) -> Extracted[str] | None:
    """The body and its session from a heading in the text's first lines, else the subject."""
    for haystack, in_subject in ((text.plain[:_HEAD_CHARS], False), (text.subject, True)):
        found = _HEADING.search(haystack)
        if found:
            body = clean(found["body"])
            body = body.title() if body.isupper() else body
            name = f"{body}, {clean(found['session'])}"
            source = (
                f"Subject: {text.subject}"
                if in_subject
                else text.snippet(found.start(), found.end())
            )
            why = ruled("title.session_heading", "a body's session named by a document's heading")
            return Extracted(name, source, SESSION_HEADING_CONFIDENCE, why)
    return None
