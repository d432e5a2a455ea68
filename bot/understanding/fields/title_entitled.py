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


# "an online forum on 'Way Forward for Example Tourism'": an unnamed forum's topic in quotes is
# its name (searched from the quote after "on", the noun looked behind; a newer reading, under
# review).
_ON_QUOTED = re.compile(
    rf"\b(?i:{MEETING_NOUNS})[ \t]+on[ \t]+['‘\"“](?P<name>[A-Z][^'’\"”\n]{{5,150}}?)['’\"”]"
)
_ON_QUOTES = (" on '", " on ‘", ' on "', " on “")
_QUOTED_TOPIC = "its topic in quotes after its noun and 'on' (a newer reading)"
# a name's start, end, value, score (as the title rules score a name) and doubt
Quoted = tuple[int, int, str, int, str | None]


def entitled(haystack: str, lowered: str, in_body: int | None) -> list[Quoted]:
    """Each quoted name's start, end, value, score and doubt."""
    found = []
    for word, pattern, doubt in (
        *((quote, _ON_QUOTED, _QUOTED_TOPIC) for quote in _ON_QUOTES),
        ("titled", _ENTITLED, None),
    ):
        at = lowered.find(word)
        while at >= 0:
            line_start = lowered.rfind("\n", max(0, at - 40), at) + 1
            for match in pattern.finditer(haystack, max(line_start, at - 40), at + 160):
                if doubt and match.group()[0].isupper():
                    continue  # "Example Program on “<theme>”": the programme has a name
                name = clean(match["name"]).rstrip(".")
                score = 2 + (1 if in_body is not None and match.start() < in_body else 0)
                score += 1 if len(name.split()) >= 6 else 0
                found.append((match.start("name"), match.end("name"), name, score, doubt))
            at = lowered.find(word, at + 160)
    return found
