"""A passcode's "*" marks: `MessageText.plain` turns every "*" into a space, taking it for
markdown emphasis, so a code written "#ab12*" or "ab*12" would be read cut at its star.

A star is the code's when it stands inside the code's written word, and no "*" opens an
emphasis earlier on the code's line ("**Passcode: ab12**" or "Passcode: *ab12*" keep
"ab12"). The code is then read from the raw text, which keeps its stars; not a bold's closing
"**" after it, nor a lone star after it that a footnote further on opens with.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText

# The characters a passcode is written with, its star among them (online.py reads the code
# from the lower-case text with them).
CODE_CHARACTERS = "a-z0-9@#$%^&*!?._+=-"
_WRITTEN = re.compile(rf"(?i:[{CODE_CHARACTERS}])*")
# A sentence's full stop after the code is not the code's: "the passcode is ab12*." (online.py
# strips it from every code it reads the same way)
SENTENCE_MARK = re.compile(r"(?<=[^.]{4})\.$")
# A line further on that opens with a star (in a list's item or not) is a footnote's: the
# lone star after the code is its mark ("Passcode: 445566*" above "* valid for one day").
_FOOTNOTE = re.compile(r"^[^\S\n]*(?:[-•][^\S\n]*)?\*(?!\*)", re.MULTILINE)


def starred_code(text: MessageText, start: int, code: str) -> str | None:
    """The code read at `start` with the stars written in it or right after it, or None when
    it has none of its own."""
    written = _WRITTEN.match(text.raw, start)
    if written is None or len(written.group()) <= len(code):
        return None
    word = SENTENCE_MARK.sub("", written.group())
    # a bold's close ("**Zoom details** … Passcode: ab12**") is never the code's
    word = word.rstrip("*") if word.endswith("**") else word
    if word.endswith("*") and _FOOTNOTE.search(text.raw, written.end()):
        word = word[:-1]
    line_start = text.raw.rfind("\n", 0, start) + 1
    if "*" not in word[len(code) :] or "*" in text.raw[line_start:start]:
        return None
    # the word goes on past its stars only with the code's own characters: a star then a
    # word already read is the code cut where plain had a space
    return word if word.replace("*", "").startswith(code.replace("*", "")) else None
