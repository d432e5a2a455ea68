"""A room or building named after "in the" in a sentence that names the meeting: "The Chairman
has called an Administrative Meeting on Wednesday, December 21 at 1:30PM in the Chairman's
Conference Room of the John A. Wilson Building." No verb of holding says where; the weakest
statement of a place, as a building after "at" is (place_candidates)."""

from __future__ import annotations

import re

from bot.understanding.fields.place_phrase import Candidate, phrase_end
from bot.understanding.fields.text import MessageText, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.fields.venue_name import NAME_WORDS

# (the word first, its boundary looked behind: the engine then skips to each "in")
_IN_THE = re.compile(r"in(?<!\win)\s+the\s+(?=[A-Z])")
# A name that ends with a room's or a building's noun.
_ROOM_NAME = re.compile(
    r"(?:room|building|hall|chamber|auditorium|cent(?:re|er)|hotel)s?\.?(?:\s+|$)", re.IGNORECASE
)
_A_MEETING = re.compile(rf"(?i:\b(?:{MEETING_NOUNS})\b)")
IN_ROOM_SCORE = 1


def rooms_in_the(text: MessageText) -> list[Candidate]:
    found = []
    for match in _IN_THE.finditer(text.plain):
        name = NAME_WORDS.match(text.plain, match.end())
        if name is None or not _ROOM_NAME.search(name.group()):
            continue
        first = sentence_start(text.plain, match.start())
        if _A_MEETING.search(text.plain, first, match.start()) is None:
            continue
        found.append(Candidate(match.end(), phrase_end(text, match.end()), IN_ROOM_SCORE))
    return found
