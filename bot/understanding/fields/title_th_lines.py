"""Where a Thai name's sentence ends in a text whose lines may wrap it (a PDF's, a mail's)."""

from __future__ import annotations

from bot.understanding.fields.text import MessageText

_WRAPPED_LINES = 1  # a name runs over at most this many more lines


def sentence_lines_end(text: MessageText, position: int) -> int:
    """The end of the line holding `position`, or of the lines it wraps onto."""
    end = text.plain.find("\n", position)
    for _ in range(_WRAPPED_LINES):
        if end < 0 or not text.wraps_at(end):
            break
        end = text.plain.find("\n", end + 1)
    return len(text.plain) if end < 0 else end
