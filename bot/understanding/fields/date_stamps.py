"""Dates that are not a meeting's by what stands with them: a posting's stamp, whose minute
no meeting is called for ("May 28, 2019, 17:13", "Issued at HKT 23:31"), and the day a
statement was made that goes on to name the meeting's own ("เมื่อวันที่ 3 พ.ย. … กล่าวว่า ใน
วันที่ 11 พ.ย. …"). The date roles weigh them down (date_roles.py)."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.text import MessageText
from bot.understanding.temporal.types import Temporal

# "เมื่อวันที่ 3 พ.ย. ที่รัฐสภา โฆษก… กล่าวว่า ในวันที่ 11 พ.ย. …": the day a statement was
# made, which then names the meeting's own day.
_SAID_THEN = re.compile(r"เมื่อ(?:วัน(?:ที่)?)?[^\S\n]*$")
_SAYS = re.compile(r"[^\n]{0,80}?(?:กล่าว|เปิดเผย|แถลง|ให้สัมภาษณ์|ระบุ)ว่า")


def speaking_day(text: MessageText, item: Temporal, near_before: str) -> bool:
    """Whether the date is the day a statement was made that its sentence goes on to quote."""
    if _SAID_THEN.search(near_before) is None:
        return False
    return _SAYS.match(text.plain, item.span[1]) is not None


def stamped_minute(item: Temporal) -> bool:
    """ "May 28, 2019, 17:13", "Issued at HKT 23:31": a minute no meeting is called for (they
    start on the hour or on a five-minute mark) stamps a posting or a release."""
    at = item.start
    return isinstance(at, dt.datetime) and item.end is None and at.minute % 5 != 0
