"""A discussion or a briefing named only by the subject's headline.

News of a discussion or a briefing ("<Ministry> Joins Discussions on <Topic>", "Join the
<Official> on the Internet to discuss the Summits") often writes no meeting noun for it; the
text names instead the summit the talk is about or will report to ("… will be presented at
the 37th <Group> Summit"). The headline is the event's name then, where no title rule reads
it from the subject and the text's name is not sure; under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_TALK = re.compile(r"\b(?:discuss(?:es|ions?)?|briefs?|briefings?)\b", re.IGNORECASE)
_SUMMIT = re.compile(r"\bSummits?\b", re.IGNORECASE)
HEADLINE_CONFIDENCE = 0.6


def talk_headline(text: MessageText, name: str) -> Extracted[str] | None:
    """The subject as the name, if it tells of a discussion or a briefing and the text's
    `name` is a leaders' summit (the talk reports to it, or is about it)."""
    subject = text.subject.strip()
    if len(subject.split()) < 3 or not _SUMMIT.search(name) or not _TALK.search(subject):
        return None
    why = ruled(
        "title.talk_headline",
        "a headline of a discussion or a briefing; the text names another event",
    )
    return Extracted(subject, f"Subject: {subject}", HEADLINE_CONFIDENCE, why)
