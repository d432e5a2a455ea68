"""Words around a date that a PDF or a long Thai sentence puts out of a date's usual reach: the
wrapped next line, and the chair named after a report's day and hour."""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText

# A report's day and hour, then who chaired what: "ในวันพุธที่ 15 เมษายน 2569 เวลา 09.30 น.
# <a governor's name and office> เป็นประธานการประชุม…" (the office's name may be long).
_CHAIRED = re.compile(r"เป็นประธาน(?:ใน)?(?:การประชุม|ที่ประชุม|พิธีเปิด)")
_CHAIRED_REACH = 200


def after_unwrapped(text: MessageText, end: int, line_end: int, after: str, reach: int) -> str:
    """The words after a date, on the next line too where a PDF only wrapped its sentence:
    "วันพุธที่ 15 เมษายน 2569 เวลา 09.30 น. นาย…" / "เป็นประธานการประชุม…"."""
    if end + len(after) < line_end or line_end >= len(text.plain):
        return after
    if not text.wraps_at(line_end):
        return after
    next_end = min(text.line_at(line_end + 1)[1], end + reach)
    return f"{after} {text.plain[line_end + 1 : next_end]}"


def chaired_after(text: MessageText, end: int) -> bool:
    """Whether the date's paragraph names, shortly after it, who chaired the meeting."""
    if "เป็นประธาน" not in text.plain[end : end + _CHAIRED_REACH]:
        return False
    paragraph_end = text.paragraph_at(end)[1]
    return _CHAIRED.search(text.plain, end, min(paragraph_end, end + _CHAIRED_REACH)) is not None
