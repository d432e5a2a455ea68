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
_CONVENES = re.compile(
    r"\bnotice\s+is\s+hereby\s+given\s+that\b([^.;]{0,200}?)\bwill\s+be\s+held\b"
)
# A notice quoted, not given: "our earlier notice read: NOTICE IS HEREBY GIVEN …" (mend-r20b).
_QUOTED = re.compile(r"[:\"“][^\S\n]*\Z")
# The words that name the meeting convened, to find them in the call-off's sentence: a notice
# of "the next regular meeting", or of another body's meeting, convenes no meeting anew
# (mend-r20b). Words every meeting's name holds tell none apart.
_NAME_WORD = re.compile(r"[a-z]{4,}")
_ANY_MEETING = frozenset({"meeting", "meetings", "that", "there", "with", "from"})
# The call-off's sentence: back to a full stop or a blank line (a PDF breaks its sentences
# over lines), within a sentence's reach.
_SENTENCE_ENDS = (". ", ".\n", "\n\n")
_SENTENCE_REACH = 300
# A call-off that names its meeting by no name of its own: "the meeting planned for 16 May".
_UNNAMED = re.compile(r"\b(?:the|this|our|that)\s+meeting\b")


def convened_anew(text: MessageText) -> str | None:
    """Why the text convenes, after a call-off in its own words, the meeting anew, or None."""
    if "hereby" not in text.lower:
        return None
    notice = _CONVENES.search(text.lower, 0, text.body_end)
    if notice is None or _QUOTED.search(text.lower, max(0, notice.start() - 3), notice.start()):
        return None
    call_off = words.CANCEL.search(text.lower, 0, notice.start())
    if call_off is None or not _same_meeting(text.lower, call_off.start(), notice[1]):
        return None
    return f'convened anew after the call-off: the message says "{notice[0][:40]}…"'


def _same_meeting(lower: str, called_off: int, named: str) -> bool:
    """Whether the meeting the notice names is the one its call-off's sentence names (a notice
    naming it by no word of its own, "the meeting", is taken as the same)."""
    own = set(_NAME_WORD.findall(named)) - _ANY_MEETING
    if "next" in named.split():
        return False
    floor = max(0, called_off - _SENTENCE_REACH)
    start = max(floor, *(lower.rfind(end, floor, called_off) for end in _SENTENCE_ENDS))
    stop = lower.find(".", called_off, called_off + _SENTENCE_REACH)
    sentence = lower[start : stop if stop >= 0 else called_off + _SENTENCE_REACH]
    if not own or _UNNAMED.search(sentence) or any(word in sentence for word in own):
        return True
    # "the AGM … had to be cancelled", convened as "the Annual General Meeting of …"
    initials = "".join(word[0] for word in _NAME_WORD.findall(named))
    return any(initials[i : i + 3] in sentence.split() for i in range(len(initials) - 2))
