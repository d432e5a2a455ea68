"""A meeting's name in quotes after its noun: a workshop "entitled" or "titled" "<Name>".

Kept apart from bot.understanding.fields.title, which ranks these with the names it grows.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import clean
from bot.understanding.fields.title_words import MEETING_NOUNS

# "a regional consultation workshop entitled "The Future of Example Work"": the event's name
# in quotes after its noun (searched from "entitled" or "titled", the noun looked behind).
_ENTITLED = re.compile(
    rf"\b(?i:{MEETING_NOUNS})[ \t]+(?:en)?titled,?[ \t]+[\"“](?P<name>[A-Z][^\"”\n]{{5,150}}?)[\"”]"
)


def entitled(haystack: str, lowered: str, in_body: int | None) -> list[tuple[int, int, str, int]]:
    """Each quoted name's start, end, value and score (as the title rules score a name)."""
    found = []
    at = lowered.find("titled")
    while at >= 0:
        line_start = lowered.rfind("\n", max(0, at - 40), at) + 1
        for match in _ENTITLED.finditer(haystack, max(line_start, at - 40), at + 160):
            name = clean(match["name"]).rstrip(".")
            score = 2 + (1 if in_body is not None and match.start() < in_body else 0)
            score += 1 if len(name.split()) >= 6 else 0
            found.append((match.start("name"), match.end("name"), name, score))
        at = lowered.find("titled", at + 160)
    return found
