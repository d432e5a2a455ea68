"""A meeting named only in lower case beside its body: "the City Council meeting".

News writes a meeting with its noun in lower case next to the body that meets ("a joint
committee meeting of the Example River Commission (ERC) scheduled for today …"): too weak
for the title rules' score, which want a capitalised name or one introduced by a verb. Taken
only where nothing names the meeting better, and under review.
"""

from __future__ import annotations

from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# Nouns of people meeting, not of a plan or a course ("a programme for Example Work").
GATHERINGS = frozenset(
    [
        "meeting",
        "meetings",
        "workshop",
        "conference",
        "forum",
        "seminar",
        "summit",
        "symposium",
        "consultation",
        "session",
        "congress",
        "assembly",
        "dialogue",
    ]
)
LOWER_CASE_NAME_CONFIDENCE = 0.6
_WHY = "a meeting named in lower case beside its body; nothing names it better"


def lower_case_name(value: str, source: str) -> Extracted[str]:
    return Extracted(value, source, LOWER_CASE_NAME_CONFIDENCE, ruled("title.lower_case", _WHY))
