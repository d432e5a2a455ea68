"""A meeting named only by its conferencing invitation's "Topic:" line.

Zoom, Webex and Teams write the name their host gave the meeting after "Topic:"; a host names
it as they like ("Example Project Weekly Call", "Board Sync"), often with no meeting noun the
title rules grow a name around. Read only where those rules found no name, and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText, clean
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_LABEL = "Topic:"
_NAME = re.compile(r"[ \t]*+(?P<name>[^\n]{3,150})")
# A host's name for a meeting, not the service's own words.
_NOT_A_NAME = re.compile(r"(?:my|personal)\s+meeting(?:\s+room)?|zoom\s+meeting", re.IGNORECASE)
TOPIC_CONFIDENCE = 0.7


def topic_title(text: MessageText) -> Extracted[str] | None:
    """The name after the first "Topic:" that opens a line of the sender's own words."""
    at = text.plain.find(_LABEL, 0, text.body_end)
    while at >= 0:
        if at == 0 or text.plain[at - 1] in "\n \t":
            found = _NAME.match(text.plain, at + len(_LABEL))
            if found and found.end() <= text.body_end:
                name = clean(found["name"]).strip(" .-–")
                if len(name) >= 3 and not _NOT_A_NAME.fullmatch(name):
                    source = text.snippet(at, found.end())
                    why = ruled(
                        "title.topic_line", "named by the conferencing invitation's Topic line"
                    )
                    return Extracted(name, source, TOPIC_CONFIDENCE, why)
        at = text.plain.find(_LABEL, at + 1, text.body_end)
    return None
