"""A meeting adjourned to another day, which bot.understanding.triage reads as put off
(kinds24: round nineteen): "the 24 March Council meeting will be adjourned due to …", "has
been adjourned to 30 June". Not the minutes' "the meeting was adjourned at 9:05 pm" nor an
agenda's "Adjourn", which close a sitting; nor an adjournment on a condition its sentence goes
on to state ("shall be adjourned until further notice if the ban is not lifted").
"""

from __future__ import annotations

from bot.understanding import cues
from bot.understanding.prefilter import prefiltered

# (every choice opens on "adjourned", so that the engine skips to it: its auxiliaries are read
# behind it)
ADJOURNED = prefiltered(
    ["adjourned"],
    r"(?:(?:(?<=\bwill\sbe\s)|(?<=\bshall\sbe\s)|(?<=\bto\sbe\s)|(?<=\bhas\sbeen\s)"
    r"|(?<=\bhave\sbeen\s))adjourned\b(?!\s+(?:at|sine\s+die)\b)"
    r"|\badjourned\s+(?:until|to)\s+(?:[\w,]+\s+){0,2}?"
    rf"(?:\d|next\b|a\s+later\b|(?:{cues.MONTH_NAME_EN})\b))"
    r"(?![^.\n]{0,100}?\b(?:if|unless|in\s+case|should)\b)",
)
