"""A deadline moved, not the meeting: "Final date for submission of proposals: postponed to
April 15", "Abstract deadline moved to 3 May". A new date's cue (schedule_words.NEW_DATE)
after a deadline's label, in the same sentence, gives that deadline's new day."""

from __future__ import annotations

import re

from bot.understanding.fields.schedule_words import NEW_DATE
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.prefilter import case_blind

# The label of a deadline: its own word, a "final date", or what is sent by it; no sentence's
# stop between it and the cue (an earlier sentence's deadline says nothing of this one's day).
_DEADLINE_BEFORE = case_blind(
    r"\b(?:deadlines?|(?:final|last|closing|due)\s+dates?|submissions?|abstracts?|proposals?"
    r"|call\s+for\s+papers)\b[^.!?\n]{0,60}$"
)
# A meeting named after the label, the cue's subject ("Owing to the number of abstracts
# received, the Example Workshop has been postponed to", "Proposals: the Board meeting is",
# "ส่ง Abstract … และขอเลื่อนการประชุมวิชาการตัวอย่างเป็น"), not the deadline's ("Submission
# deadline for the Example Conference is postponed to", "กำหนดส่ง Abstract สำหรับการประชุม").
_MEETING_SUBJECT = re.compile(
    r"(?<!for )(?<!of )(?<!to )(?<!in )(?<!at )\b(?:the|this|our|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{MEETING_NOUNS}|committee|council|board)\b"
    r"|(?<!สำหรับการ)(?<!ของการ)(?<!สำหรับ)(?<!ของ)(?:ประชุม|สัมมนา|อบรม)",
    re.IGNORECASE,
)


def new_date_cue(near_before: str, line_before: str) -> bool:
    """Whether the words right before a date (its clause, or its line's last 60 characters)
    call it the new date of a postponement, and it is not a deadline's new day."""
    cue = NEW_DATE.search(near_before) or NEW_DATE.search(line_before[-60:])
    if cue is None:
        return False
    # (both end at the date: the line up to the cue holds the label the cue is said of)
    told = len(cue.string) - cue.start()
    head = line_before[: len(line_before) - told] if told <= len(line_before) else ""
    label = _DEADLINE_BEFORE.search(head := head[-80:])
    return label is None or bool(
        _MEETING_SUBJECT.search(head, label.start()) or _MEETING_SUBJECT.search(cue.group())
    )
