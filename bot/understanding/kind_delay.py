"""Whether a "be delayed" or "delay in holding" (bot.understanding.kind_words.POSTPONE) is
said of the meeting itself. The words are common in a notice of a meeting kept: "The agenda
papers will be delayed", "Lunch will be delayed to 13:30", "there is no delay in holding the
elections" put nothing off; "the AGM should be delayed", "the summit had been first delayed",
"the delay in holding the AGM" do (mend-r21d: review mends of round twenty-one).
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.kind_evidence import Evidence

_MEETING = rf"\b(?:{MEETING_NOUNS}|agm'?s?|events?)\b"
# The meeting the subject of the verb, "the AGM will be delayed", "the meeting of the council
# has been delayed"; the meeting the object of "delay in holding" ("no delay in holding …" is
# none).
_MEETING_DELAYED = re.compile(
    rf"{_MEETING}(?:\s+(?:of|for)\s+[^.;:\n,]{{0,40}}?)?\s+"
    r"(?:(?:will|would|should|shall|must|may|might|could|can|has|have|had|is|are|was|were|to)"
    r"\s+){1,2}(?:first\s+)?be(?:en|ing)?\s+(?:first\s+)?delayed\b"
    rf"|(?<!\bno\s)delay\s+in\s+holding\s+(?:[\w'’-]+\s+){{0,4}}?{_MEETING}"
)


def delay_of_another(text: MessageText, postpone: Evidence) -> bool:
    """Whether every word that puts the meeting off is a delay (in the subject or the text),
    and no delay in either is said of a meeting: a notice's papers or lunch delayed."""
    found = [*postpone.subject, *postpone.body]
    return (
        bool(found)
        and all(word.lower().startswith("delay") for word in found)
        and not any(_MEETING_DELAYED.search(t) for t in (text.subject_lower, text.lower))
    )
