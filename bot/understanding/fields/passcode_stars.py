"""A passcode's "*" marks: `MessageText.plain` turns every "*" into a space, taking it for
markdown emphasis, so a code written "#ab12*" or "ab*12" would be read cut at its star.

A star is the code's when it stands inside the code's written word, and no "*" opens an
emphasis earlier on the code's line ("**Passcode: ab12**" or "Passcode: *ab12*" keep
"ab12"). The code is then read from the raw text, which keeps its stars.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText

# The characters a passcode is written with (those online.py reads) and the stars.
_WRITTEN = re.compile(r"[A-Za-z0-9@#$%^&*!?._+=-]*")
# A sentence's mark after the code is not the code's: "the passcode is ab12*."
_SENTENCE_MARK = re.compile(r"(?<=[^.]{4})\.$")


def starred_code(text: MessageText, start: int, code: str) -> str | None:
    """The code read at `start` with the stars written in it or right after it, or None when
    it has none of its own."""
    written = _WRITTEN.match(text.raw, start)
    if written is None or len(written.group()) <= len(code):
        return None
    word = _SENTENCE_MARK.sub("", written.group())
    line_start = text.raw.rfind("\n", 0, start) + 1
    if "*" not in word[len(code) :] or "*" in text.raw[line_start:start]:
        return None
    # the word goes on past its stars only with the code's own characters: a star then a
    # word already read is the code cut where plain had a space
    return word if word.replace("*", "").startswith(code.replace("*", "")) else None
