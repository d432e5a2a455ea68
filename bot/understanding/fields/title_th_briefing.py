"""A ministry's briefing named by the Thai subject: its regular press briefing, "(ผล)การแถลงข่าว
ประจำสัปดาห์ <date> ณ <ministry>", or a briefing to the diplomatic corps, "<who> บรรยายสรุปผล
ประชุม<X> … ต่อคณะทูต" (the briefing is the event; the meeting it reports on is past).

A spokesperson's weekly briefing has no meeting noun, so the Thai name rules find none; the
briefing is the event the page records. Read only where nothing else names a meeting (a
briefing that reports "การประชุม<X>" is named by that meeting), and under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# At the subject's opening only ("ผล" is its results', "สรุป" its summary): a headline that
# quotes a briefing later ("รมต. ชี้แจงในการแถลงข่าวประจำสัปดาห์ว่า…") is of what was said.
_BRIEFING = re.compile(r"^\s*(?:ผล|สรุป)?(?P<name>(?:การ)?แถลงข่าวประจำ(?:สัปดาห์|เดือน|ปี))")
BRIEFING_CONFIDENCE = 0.6
# A briefing to the diplomatic corps, up to whom it is given (which ends the name).
_TO_DIPLOMATS = re.compile(r"บรรยายสรุป[^\n]{0,80}?(?:ต่อ|ให้แก่|แก่)\s*คณะทูต(?:านุทูต)?")


def regular_briefing(text: MessageText) -> Extracted[str] | None:
    """The regular press briefing the subject opens with, or None."""
    why = "a ministry's regular press briefing the subject opens with"
    return _briefing(text, "แถลงข่าวประจำ", _BRIEFING, "title.th.regular_briefing", why)


def diplomatic_briefing(text: MessageText) -> Extracted[str] | None:
    """A briefing to the diplomatic corps the subject names, or None."""
    why = "a briefing to the diplomatic corps the subject names"
    return _briefing(text, "บรรยายสรุป", _TO_DIPLOMATS, "title.th.diplomatic_briefing", why)


def _briefing(
    text: MessageText, word: str, pattern: re.Pattern[str], code: str, why: str
) -> Extracted[str] | None:
    """The briefing `pattern` finds in the subject (its "name" group, else all it matched);
    tried only where the subject holds `word`."""
    subject = text.subject_as_written or text.subject
    if word not in subject or (found := pattern.search(subject)) is None:
        return None
    name = found["name"] if "name" in pattern.groupindex else found.group()
    return Extracted(name, f"Subject: {text.subject}", BRIEFING_CONFIDENCE, ruled(code, why))
