"""The in-person meeting a notice names as given up: a notice that says both ways, in a room and
online, whose room is the plan no longer held (bot.understanding.fields.mode)."""

from __future__ import annotations

import re

from bot.understanding.prefilter import prefiltered

# "not be held in person", "not to move forward with the in-person event", "instead of meeting
# in person": the way the meeting was to be held, given up.
_IN_PERSON_GIVEN_UP = re.compile(
    r"\b(?:not|no\s+longer|cancel\w*|instead\s+of|rather\s+than)\b[^.;\n]{0,40}?\bin[\s-]person\b"
    # "since our in-person meetings were canceled in March 2020": said after it
    r"|\bin[\s-]person\s+(?:\w+\s+){0,2}(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:cancel\w*|suspended|discontinued)\b"
)
# (round twenty) The plan before ("was originally set to take place in <City> as an in-person
# meeting"), the way back later ("virtually until we can once again meet in person"), or none
# at all ("in a virtual only format"; a word in quotes is cited, not said: 'rather than having
# an "online-only" conference'). Tried only where its first words begin.
_PLAN_GIVEN_UP = prefiltered(
    ["originally", "initially", "until", "virtual", "online"],
    r"(?<![a-z])(?:originally|initially)\s+(?:\w+\s+){0,2}?(?:set|planned|scheduled|intended)\b"
    # (in the same clause, the plan's: not "originally planned as a virtual event, will be held
    # in person", "initially scheduled for March, the in-person meeting will …")
    r"(?:(?!virtual|online|will\b|now\b)[^.;,\n]){0,80}?\bin[\s-]person\b"
    r"|(?<![a-z])until\b[^.;\n]{0,60}?\b(?:again|resume|return)\b[^.;\n]{0,30}?\bin[\s-]person\b"
    r"|(?<!rather than an )(?<!instead of an )(?<!not an )(?<![\"“'‘a-z])"
    r"(?:virtual|online)[\s-]only\b"
    # (the way itself, not a desk or a side session: "virtual-only registration", "an
    # online-only pre-session")
    r"(?=\s*(?:[(.,;:\n]|\Z|(?:by|on|via|through|format|basis|mode)\b))",
)


def in_person_given_up(lower: str) -> bool:
    """Whether the lower-cased text says the meeting is no longer, or not yet again, held in
    person ("will not be held in person", "originally set … as an in-person meeting", "in a
    virtual only format")."""
    return _IN_PERSON_GIVEN_UP.search(lower) is not None or _PLAN_GIVEN_UP.search(lower) is not None
