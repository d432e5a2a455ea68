"""A notice that calls a meeting's first day off and convenes it anew in the same text: "the
AGM scheduled for <day> had to be cancelled … NOTICE IS HEREBY GIVEN that the Annual General
Meeting … will be held on <new day>". The formal notice is what the message does: an
invitation to the meeting on its new day (bot.understanding.triage asks it of a cancellation
that its subject does not say). Since round twenty (kindsen-r20).
"""

from __future__ import annotations

import re

from bot.understanding import kind_words as words
from bot.understanding.fields.text import MessageText

# The formal words that convene a meeting, with its verb in the same sentence.
_CONVENES = re.compile(r"\bnotice\s+is\s+hereby\s+given\s+that\b[^.;]{0,200}?\bwill\s+be\s+held\b")


def convened_anew(text: MessageText) -> str | None:
    """Why the text convenes, after a call-off in its own words, the meeting anew, or None."""
    if "hereby" not in text.lower:
        return None
    notice = _CONVENES.search(text.lower, 0, text.body_end)
    if notice is None or words.CANCEL.search(text.lower, 0, notice.start()) is None:
        return None
    return f'convened anew after the call-off: the message says "{notice[0][:40]}…"'
