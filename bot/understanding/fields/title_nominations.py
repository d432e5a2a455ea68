"""What a call for nominations is for, named in its subject: "Call for Nominations for the
Example Prize 2031", "Call for nominations to a Specialist Sub-Committee for Example".

A secretariat's call for nominations, experts or applications names the body, the prize or
the meeting it fills after "for" or "to": that name is what the office acts on. The title
rules find it only where it holds a meeting noun, and may rank a meeting the text cites (a
summit the prize is given at) above it. Read where no name is well placed; a person checks it.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_CALL = re.compile(
    r"\b(?i:call)[ \t]+for[ \t]+(?i:nominations?|experts|applications|participants)"
    r"(?:[ \t]+of[ \t]+\w+)?[ \t]+(?:for|to)[ \t]+(?:the[ \t]+|an?[ \t]+)?"
    # the name, capitalised, to the subject's end, a bracket or a colon
    r"(?P<name>[A-Z][^()\n:;|]{3,100}?)[ \t]*(?:[(:;|]|[ \t][-–][ \t]|$)"
)
# A name as well placed as a title rule's own at this score is left to it (0.7).
WELL_PLACED = 5
NOMINATIONS_CONFIDENCE = 0.65


def called_for(text: MessageText) -> Extracted[str] | None:
    """What the subject's call for nominations, experts or applications fills, or None."""
    if "for" not in text.subject_lower or (found := _CALL.search(text.subject)) is None:
        return None
    if " " not in found["name"].strip():
        return None  # a short form alone ("the EX-AC"): the rules that spell it out read it
    why = ruled("title.called_for", "what a call for nominations in the subject is for")
    return Extracted(clean(found["name"]), f"Subject: {text.subject}", NOMINATIONS_CONFIDENCE, why)
