"""A meeting named as what the news's own meeting prepares for.

A story of a senior officials' meeting names the summit it readies: "A <Name> Meeting (ABC) in
preparation for the <Nth> <Summit> opened …", "<Officials> met to prepare for the <Ministers'
Meeting>". The summit is another, later event: its name loses rank to the meeting that
prepares for it (bot.understanding.fields.title ranks the names).
"""

from __future__ import annotations

import re

_PREPARED_FOR = re.compile(
    r"\b(?:in[ \t]+preparation[ \t]+for|to[ \t]+prepare[ \t]+for|preparatory[ \t]+to)[ \t]+"
    r"(?:the[ \t]+)?(?:\d{1,3}[ \t]*(?:st|nd|rd|th)[ \t]+)?$",
    re.IGNORECASE,
)
# What a name prepared for loses: as much as being held or numbered gains, less than a
# subject's or an introduction's weight.
PREPARED_PENALTY = 2
_BEFORE = 40  # characters enough for the words before the name


def prepared_for(text: str, start: int) -> bool:
    """Whether the name at `start` is what another meeting prepares for."""
    begin = max(0, start - _BEFORE)
    # (fast-r22b: each of its forms holds "prepar", looked for first: the pattern, opened by
    # "\b", is tried at every character before the name)
    return "prepar" in text[begin:start].lower() and (
        _PREPARED_FOR.search(text, begin, start) is not None
    )
