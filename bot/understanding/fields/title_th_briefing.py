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
from bot.understanding.temporal.months import MONTH_TH_FULL

# At the subject's opening only ("ผล" is its results', "สรุป" its summary): a headline that
# quotes a briefing later ("รมต. ชี้แจงในการแถลงข่าวประจำสัปดาห์ว่า…") is of what was said.
# Or the event an office joins or holds, glued after its verb ("<office>
# ร่วมงานแถลงข่าวต่อสื่อมวลชนประจำเดือน<month> <year>"): to the press, and its month's.
_BRIEFING = re.compile(
    r"^(?P<joined>[^\n]{0,80}?(?:ร่วม|จัด)(?=งาน|การ))?\s*(?:ผล|สรุป)?"
    r"(?P<name>(?:การ|งาน)?แถลงข่าว(?:ต่อสื่อมวลชน)?ประจำ(?:สัปดาห์|ปี"
    rf"|เดือน(?:\s*(?:{MONTH_TH_FULL})\s*(?:พ\.ศ\.\s*)?[\d๐-๙]{{4}})?))"
)
BRIEFING_CONFIDENCE = 0.6
# An office's part in a press event, named apart from the regular briefing's rule: that rule
# is one of those the kind is read without (bot.understanding.fields.title), this one not, so
# that the page stays a report of the event the office joined.
_JOINED_BRIEFING_RULE = "title.th.briefing_joined"
# A briefing to the diplomatic corps, up to whom it is given (which ends the name).
_TO_DIPLOMATS = re.compile(r"บรรยายสรุป[^\n]{0,80}?(?:ต่อ|ให้แก่|แก่)\s*คณะทูต(?:านุทูต)?")


def regular_briefing(text: MessageText) -> Extracted[str] | None:
    """The regular press briefing the subject opens with, or joins or holds, or None."""
    if (found := _in_subject(text, "แถลงข่าว", _BRIEFING)) is None:
        return None
    if found["joined"]:
        why = "a regular press event the subject's office joins or holds"
        return _named(text, found, _JOINED_BRIEFING_RULE, why)
    why = "a ministry's regular press briefing the subject opens with"
    return _named(text, found, "title.th.regular_briefing", why)


def diplomatic_briefing(text: MessageText) -> Extracted[str] | None:
    """A briefing to the diplomatic corps the subject names, or None."""
    if (found := _in_subject(text, "บรรยายสรุป", _TO_DIPLOMATS)) is None:
        return None
    why = "a briefing to the diplomatic corps the subject names"
    return _named(text, found, "title.th.diplomatic_briefing", why)


def _in_subject(text: MessageText, word: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """What `pattern` finds in the subject, tried only where the subject holds `word`."""
    subject = text.subject_as_written or text.subject
    return pattern.search(subject) if word in subject else None


def _named(text: MessageText, found: re.Match[str], code: str, why: str) -> Extracted[str]:
    """The briefing `found` names (its "name" group, else all it matched)."""
    name = found["name"] if "name" in found.re.groupindex else found.group()
    return Extracted(name, f"Subject: {text.subject}", BRIEFING_CONFIDENCE, ruled(code, why))
