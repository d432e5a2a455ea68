"""A day's schedule that names no day: "กำหนดการรัฐมนตรี" over lines "เวลา 09.30 น. …",
"เวลา 14.30 น. …", as a press office sends the programme of the day it writes. The day is the
mail's own; the first hour opens the day."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted, When
from bot.understanding.temporal.clocks import find_clocks
from bot.understanding.temporal.zones import tzinfo_of

_SCHEDULE = re.compile(r"กำหนดการ|(?i:(?<![A-Za-z])(?:daily\s+)?schedule(?![A-Za-z]))")
# A line opened by an hour: "เวลา 09.30 น.", "09:30 Meeting with …".
_HOUR_LINE = re.compile(r"^[^\S\n]*+(?:เวลา[^\S\n]*+)?(?=[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2})", re.M)
_HOUR_CHARS = 16
# The day is the mail's by assumption: a person should look.
DAY_SCHEDULE_CONFIDENCE = 0.6
DAY_SCHEDULE_REASON = "a day's schedule with hours and no day: the day the mail was sent"


def schedule_start(
    text: MessageText, reference: dt.datetime, default_tz: str
) -> Extracted[When] | None:
    """The first hour of a schedule the subject names, on the mail's day, for a text that
    writes no date at all."""
    if _SCHEDULE.search(text.subject) is None:
        return None
    line = _HOUR_LINE.search(text.plain)
    if line is None:
        return None
    at = line.end()
    clock = next(find_clocks(text.plain[at : at + _HOUR_CHARS]), None)
    if clock is None or clock.span[0] != 0:
        return None
    zone = tzinfo_of(default_tz)
    start = dt.datetime.combine(reference.astimezone(zone).date(), clock.start, zone)
    source = text.snippet(at, at + clock.span[1])
    return Extracted(start, source, DAY_SCHEDULE_CONFIDENCE, (DAY_SCHEDULE_REASON,))
