"""A ministry's regular press briefing named by the Thai subject that opens with it:
"(ผล)การแถลงข่าวประจำสัปดาห์ <date> ณ <ministry>".

A spokesperson's weekly briefing has no meeting noun, so the Thai name rules find none; the
briefing is the event the page records. Read only where nothing else names a meeting (a
briefing that reports "การประชุม<X>" is named by that meeting), and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# At the subject's opening only ("ผล" is its results'): a headline that quotes a briefing
# later ("รมต. ชี้แจงในการแถลงข่าวประจำสัปดาห์ว่า…") is of what was said.
_BRIEFING = re.compile(r"\s*(?:ผล)?(?P<name>(?:การ)?แถลงข่าวประจำ(?:สัปดาห์|เดือน|ปี))")
BRIEFING_CONFIDENCE = 0.6


def regular_briefing(text: MessageText) -> Extracted[str] | None:
    subject = text.subject_as_written or text.subject
    if "แถลงข่าวประจำ" not in subject or (found := _BRIEFING.match(subject)) is None:
        return None
    why = ruled(
        "title.th.regular_briefing", "a ministry's regular press briefing the subject opens with"
    )
    return Extracted(found["name"], f"Subject: {text.subject}", BRIEFING_CONFIDENCE, why)
