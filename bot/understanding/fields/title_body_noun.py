"""A body's meeting named by the body's noun alone: "Council meeting adjourned".

A local council's or a board's notice calls its own meeting "the Council meeting" (a name of
two words, shorter than any the title rules grow): a page's subject heads with it ("Board
Meeting Remote Conferencing"), the subject of a notice of its change or its cancellation names
it so, or a news story's sentence that calls it off does (a subject that only mentions it
names none: "Thank you for attending the Board meeting"). Read only
where no other rule names the meeting, and under review (which council's is not written).
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_short import OTHER_GATHERING
from bot.understanding.fields.title_words import NOUN_OF_A_THING
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# (the standing sentence "<Body> Meetings are held …" is read for the four bodies round twenty
# saw it with; a cabinet's and a senate's sittings only as a meeting's name)
_HELD_BODIES = "council|board|committee|commission"
_BODIES = rf"\b(?:{_HELD_BODIES}|cabinet|senate)[ \t]+meeting"
_BODY_MEETING = re.compile(rf"{_BODIES}\b", re.IGNORECASE)
_BODY_MEETINGS = re.compile(rf"{_BODIES}s?\b", re.IGNORECASE)  # (a text's, to look further)
# A sentence that calls the meeting off or moves it: a notice's own news, not a calendar's line.
_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|adjourn(?:s|ed)?|postpone[sd]?|call(?:s|ed)?[ \t]+off"
    r"|(?:will|would)[ \t]+(?:now[ \t]+)?not[ \t]+(?:take[ \t]+place|go[ \t]+ahead)"
    r"|rescheduled|(?:time|date|day|venue)[ \t]+change[sd]?)\b",
    re.IGNORECASE,
)
# A sentence that opens with the body's meetings and when they are held: a page's own meetings
# ("Council Meetings are held on the third Tuesday …"; titles-r20).
_HELD_OPENS = re.compile(
    rf"[ \t]*(?:the[ \t]+)?(?P<named>(?:{_HELD_BODIES})[ \t]+meetings?)"
    r"[ \t]+(?:are|is|will[ \t]+be)[ \t]+(?:now[ \t]+)?held\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]|\n|$)")
_LOOKED_AT = 600  # a story's opening sentences, where it tells what is called off
BODY_NOUN_CONFIDENCE = 0.6
BODY_NOUN_RULE = "title.body_noun"
_SENTENCE_WHY = "a body's meeting named by its noun alone in a sentence calling it off or moving it"


def body_noun_meeting(text: MessageText) -> Extracted[str] | None:
    """ "<Body noun> meeting" as a subject that opens with it (a page's heading) or calls it
    off or moves it writes it, else as the text's opening sentence that calls it off does (a
    subject that only mentions it, "Thank you for attending the Board meeting", names none)."""
    if text.mostly_thai:
        return None
    if (named := _named(text.subject)) is not None and (
        text.subject.startswith(named) or _CALLED_OFF.search(text.subject)
    ):
        why = ruled(BODY_NOUN_RULE, "a body's meeting the subject names by its noun alone")
        return Extracted(named, f"Subject: {text.subject}", BODY_NOUN_CONFIDENCE, why, generic=True)
    looked_at = min(text.body_end, _LOOKED_AT)
    if _BODY_MEETINGS.search(text.plain, 0, looked_at) is None:
        return None  # (most texts: no sentence to split)
    # (a sentence that calls one meeting off names it over the page's meetings and when they
    # are held, read before or after it; nor are those the name where the opening names another
    # gathering, "… a committee workshop on …": mend-r20a)
    held: Extracted[str] | None = None
    for sentence in _SENTENCE.finditer(text.plain, 0, looked_at):
        if _CALLED_OFF.search(sentence.group()) and (named := _named(sentence.group())):
            why = ruled(BODY_NOUN_RULE, _SENTENCE_WHY)
            source = text.snippet(sentence.start(), sentence.end())
            return Extracted(named, source, BODY_NOUN_CONFIDENCE, why, generic=True)
        if held is None and (opens := _HELD_OPENS.match(sentence.group())):
            why = ruled(BODY_NOUN_RULE, "a body's meetings a sentence opens with, and when held")
            source = text.snippet(sentence.start(), sentence.end())
            held = Extracted(opens["named"], source, BODY_NOUN_CONFIDENCE, why, generic=True)
    if held is not None and OTHER_GATHERING.search(text.plain, 0, looked_at):
        return None
    return held


def _named(haystack: str) -> str | None:
    found = _BODY_MEETING.search(haystack)
    if found is None or NOUN_OF_A_THING.match(haystack.lower(), found.end()):
        return None  # "Board Meeting Room": a thing, no meeting
    return found.group()
