"""The place line of an event listing: the days on a line of their own, maybe the hour on the
next, then the place ("2 July 2027\n2:40 pm\n\nExample Office at Geneva")."""

from __future__ import annotations

import re

from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.place_phrase import Candidate
from bot.understanding.fields.text import MessageText

# Before the days on their line: at most a weekday ("Tuesday, 2 July 2027").
_DAY_LINE_LEAD = re.compile(r"[ \t*#>-]*(?:[A-Za-z]{3,9}\.?,?[ \t]+)?")
_TIME_LINE = re.compile(
    r"[ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?|hrs?|h)?"
    r"(?:[ \t]*[-–][ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?|hrs?|h)?)?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# A place's line: names and commas, no sentence, no label, no letter's addressee.
_PLACE_LINE = re.compile(r"[ \t]*[A-Z][^.:;!?()\n]{2,80}(?:\n|$)")
_ADDRESSEE = re.compile(r"(?i:\b(?:embassy|mission|ministry|department|dear|attn)\b)")
_LINES_AFTER = 4


def listed_places(text: MessageText) -> list[Candidate]:
    """A listing's place line below a line that holds only the days (new: score 1, 0.75)."""
    found = []
    for item in text.temporals:
        # (the hour on the next line may be read with the days: "2 July 2027\n2:40 pm")
        line_start, line_end = text.line_at(item.span[0])[0], text.line_at(item.span[1] - 1)[1]
        lead = _DAY_LINE_LEAD.match(text.plain, line_start, item.span[0])
        if (
            lead is None
            or lead.end() != item.span[0]
            or text.plain[item.span[1] : line_end].strip()
        ):
            continue
        position = line_end + 1
        for _ in range(_LINES_AFTER):
            if position >= len(text.plain):
                break
            next_end = text.plain.find("\n", position)
            next_end = len(text.plain) if next_end < 0 else next_end
            line = text.plain[position:next_end]
            if not line.strip() or _TIME_LINE.match(text.plain, position):
                position = next_end + 1
                continue
            if (
                _PLACE_LINE.fullmatch(line + "\n")
                and not _ADDRESSEE.search(line)
                and any(p.is_city for p in find_places(line))
            ):
                found.append(Candidate(position, next_end, 1))
            break
    return found
