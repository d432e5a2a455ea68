"""Round seventeen's readings of where a news story's meeting is, under review:

- a verb of opening and its place, a candidate place_candidates gathers for
  bot.understanding.fields.place to weigh: "… and Related Meetings opened in the provincial
  capital city of Exampleton, Examplestan on August 10";
- a place of holding said of another meeting by its number, which place_filters.elsewhere sets
  aside: "The 42nd <Meeting> took place in <City> in 2010", "The 44th <Meeting> will be held in
  <Country>", in a story whose meeting is numbered otherwise.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.place_phrase import Candidate, phrase_end
from bot.understanding.fields.text import MessageText, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS

# (the verb then "in" and a name: "opened in 1975", "opens in June" name no place)
_OPENED_IN = re.compile(r"\bopen(?:s|ed)[^\S\n]+in[^\S\n]+(?=(?:the[^\S\n]+)?[A-Z])")
_OPENED_CUES = ("opens in", "opened in")
_A_MEETING = re.compile(rf"\b(?i:{MEETING_NOUNS})\b")
# "43rd", "43 rd" as a PDF spaces it; a meeting's number before its name, not a day's
# before its month ("23rd May", "23rd MAY"; series.ORDINAL reads ordinals spelt out too, which
# this reading of a sentence's meeting has not been tried on).
_ORDINAL = re.compile(
    rf"\b(\d{{1,3}})[^\S\n]?(?:st|nd|rd|th)[^\S\n]+(?!(?i:{cues.MONTH_NAME_EN}))(?=[A-Z])"
)


def opened_in(text: MessageText) -> list[Candidate]:
    """The place a sentence says a meeting opened in (new: under review)."""
    if not any(cue in text.lower for cue in _OPENED_CUES):
        return []
    found = []
    for m in _OPENED_IN.finditer(text.plain):
        if _A_MEETING.search(text.plain, sentence_start(text.plain, m.start()), m.start()):
            # (weaker than a verb of holding's 3: a new reading, which a sentence of holding
            # that names the place too outweighs)
            found.append(Candidate(m.end(), phrase_end(text, m.end()), 2, world_city=True))
    return found


def numbered_otherwise(text: MessageText, start: int, place_start: int) -> bool:
    """Whether the sentence from `start` to the place names a meeting by a number other than
    the story's own (the first number its subject, or else its text, gives a meeting)."""
    said = {m.group(1) for m in _ORDINAL.finditer(text.plain, start, place_start)}
    if not said:
        return False
    own = _ORDINAL.search(text.subject) or _ORDINAL.search(text.plain)
    return own is not None and own.group(1) not in said
