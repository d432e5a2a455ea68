"""A ministry's briefing named by the Thai subject: its regular press briefing, "(ผล)การแถลงข่าว
ประจำสัปดาห์ <date> ณ <ministry>", or a briefing to the diplomatic corps, "<who> บรรยายสรุปผล
ประชุม<X> … ต่อคณะทูต" (the briefing is the event; the meeting it reports on is past).

A spokesperson's weekly briefing has no meeting noun, so the Thai name rules find none; the
briefing is the event the page records. Read only where nothing else names a meeting (a
briefing that reports "การประชุม<X>" is named by that meeting), and under review.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.reading.thai_months import THAI_MONTHS
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# At the subject's opening only ("ผล" is its results', "สรุป" its summary): a headline that
# quotes a briefing later ("รมต. ชี้แจงในการแถลงข่าวประจำสัปดาห์ว่า…") is of what was said.
# (thnames-r23) Or the event an office joins or holds, glued after its verb ("<office>
# ร่วมงานแถลงข่าวต่อสื่อมวลชนประจำเดือน<month> <year>"): to the press, and its month's.
_BRIEFING = re.compile(
    r"^(?P<joined>[^\n]{0,80}?(?:ร่วม|จัด)(?=งาน|การ))?\s*(?:ผล|สรุป)?"
    r"(?P<name>(?:การ|งาน)?แถลงข่าว(?:ต่อสื่อมวลชน)?ประจำ(?:สัปดาห์|ปี"
    rf"|เดือน(?:\s*(?:{'|'.join(THAI_MONTHS)})\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{{4}})?))"
)
BRIEFING_CONFIDENCE = 0.6
JOINED_BRIEFING_RULE = "title.th.briefing_joined"
# A briefing to the diplomatic corps, up to whom it is given (which ends the name).
_TO_DIPLOMATS = re.compile(r"บรรยายสรุป[^\n]{0,80}?(?:ต่อ|ให้แก่|แก่)\s*คณะทูต(?:านุทูต)?")


def regular_briefing(text: MessageText) -> Extracted[str] | None:
    """The regular press briefing the subject opens with, or joins or holds, or None."""
    why = "a ministry's regular press briefing the subject opens with"
    found = _briefing(text, "แถลงข่าว", _BRIEFING, "title.th.regular_briefing", why)
    subject = text.subject_as_written or text.subject
    if found and (opening := _BRIEFING.search(subject)) and opening["joined"]:
        # an office's part in a press event is a report of an event, not a briefing's own page
        # (whose kind is read without its name)
        why = "a regular press event the subject's office joins or holds"
        return replace(found, reasons=ruled(JOINED_BRIEFING_RULE, why))
    return found


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
