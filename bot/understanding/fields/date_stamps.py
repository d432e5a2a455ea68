"""Dates that are not a meeting's by what stands with them: a posting's stamp, whose minute
no meeting is called for ("May 28, 2019, 17:13", "Issued at HKT 23:31"), the day a
statement was made that goes on to name the meeting's own ("เมื่อวันที่ 3 พ.ย. … กล่าวว่า ใน
วันที่ 11 พ.ย. …"), the day a reporter files on ("วันนี้ (17 ก.ค.) ผู้สื่อข่าวรายงานว่า") and a
wire's stamp ("Thursday April 8, 2010 15:05 — Example News Agency").
The date roles weigh them down (date_roles.py)."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.table_rows import BULLET
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_dateline import dateline_place
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

# "เมื่อวันที่ 3 พ.ย. ที่รัฐสภา โฆษก… กล่าวว่า ในวันที่ 11 พ.ย. …": the day a statement was
# made, which then names the meeting's own day.
_SAID_THEN = re.compile(r"เมื่อ(?:วัน(?:ที่)?)?[^\S\n]*$")
# Thai verbs of saying: said, disclosed, stated, told in an interview, named.
_SAYING = "(?:กล่าว|เปิดเผย|แถลง|ให้สัมภาษณ์|ระบุ)"
_SAYS = re.compile(rf"[^\n]{{0,80}}?{_SAYING}ว่า")


# "โฆษก… แถลงข่าวในวันนี้ (11 พ.ย.) ว่า …": the verb of saying before the day, "ว่า" (that)
# right after it opening what was said (round seventeen).
_THAT_AFTER = re.compile(r"[^\S\n]*+\)?[^\S\n]*+ว่า(?!การ)")
_SAID_BEFORE = re.compile(rf"{_SAYING}[^\n]{{0,30}}$")


# "Malaysia said on October 26 it will host the first virtual meeting of leaders": the day of a
# statement of what is to come, its speaker's "will" right after the day (round twenty-one).
_SAID_ON = re.compile(r"(?i:\b(?:said|announced|stated|confirmed)[^\S\n]+on)[^\S\n]*+$")
# (not said of the meeting itself: "the meeting is now confirmed on 20 April, we will …" names
# its day; a passive's "be" before the verb tells, review mend)
_PASSIVE_BEFORE = re.compile(
    r"(?i:\b(?:is|are|was|were|be|been|being)[^\S\n]+(?:(?:now|also)[^\S\n]+)?)$"
)
_SAID_ON_REACH = 30
_WILL_AFTER = re.compile(
    r"[^\S\n]*+,?[^\S\n]*+(?i:(?:that[^\S\n]+)?(?:it|he|she|they|we)[^\S\n]+(?:will|would))\b"
)


def speaking_day(text: MessageText, item: Temporal, near_before: str) -> bool:
    """Whether the date is the day a statement was made that its sentence goes on to quote."""
    # (read on its line, not its clause: a story's first line is no heading to this)
    floor = max(0, item.span[0] - _SAID_ON_REACH)
    said = _SAID_ON.search(text.plain, floor, item.span[0])
    if said is not None and _PASSIVE_BEFORE.search(text.plain, floor, said.start()) is None:
        return _WILL_AFTER.match(text.plain, item.span[1]) is not None
    if _THAT_AFTER.match(text.plain, item.span[1]) is not None:
        return _SAID_BEFORE.search(near_before) is not None
    if _SAID_THEN.search(near_before) is None:
        return False
    return _SAYS.match(text.plain, item.span[1]) is not None


# "Feb 4, 2013 at 6:30 PM" stamps a mail; "at 6:30pm on February 1, 2013" or "at 3:30 pm next
# Tuesday 14th April" (the hour opening the expression) dates a meeting.
# ("Monday, April 13 at 3:00 PM will be held via Zoom", "at 3:00 pm at the Center": a sentence's.)
_MAIL_STAMP = re.compile(
    r"(?<=.)\bat\s+\d{1,2}:\d{2}\s*(?:AM|PM)\b(?!\s+(?:on|will|in|at)\b)", re.I | re.DOTALL
)
# What a mail's stamp never follows on its line (round sixteen): the words holding a meeting on
# the day ("The Committee will be held (virtually) on Tuesday May 11, 2021 at 3:00 PM") or a
# label naming the day's hour the meeting's ("Meeting Time: September 21, 2022 at 6:00pm"), the
# verb right before the day too ("will take place March 15, 2022 at 7:00 pm", round seventeen);
# "called for" (round twenty-three), not "I called on April 1, 2026 at 4:15 PM" (a phone call's
# hour, review mend).
_HELD_ON = re.compile(
    r"(?i:\b(?:held|take\s+place|meet|convene|scheduled|called(?=[^\S\n]+for\b))\b"
    r"(?:[^.\n]{0,30}?\b(?:on|for))?[^\S\n]*"
    r"|\bmeeting[^\S\n]+(?:time|date)[^\S\n]*:[^\S\n]*)$"
)
_HELD_ON_REACH = 60


def mail_stamp(text: MessageText, item: Temporal, line_before: str, reference: dt.datetime) -> bool:
    """Whether a date (`item`, `line_before` the words before it on its line) stamps a mail
    ("Feb 4, 2013 at 6:30 PM wrote:"), not a meeting's day said in its sentence or under its
    label, in a message sent at `reference`."""
    # ("- January 21, 2025 at 6:00 PM Location: …": a list's item, one of a schedule's days to
    # come; a list's past day and hour is a past meeting's, or a mail's, weighed as a stamp)
    if _MAIL_STAMP.search(item.text + text.plain[item.span[1] : item.span[1] + 20]) is None:
        return False
    day = day_of(item.start)
    if BULLET.fullmatch(line_before) and day is not None and day >= reference.date():
        return False
    return _HELD_ON.search(_sentence_before(text, item.span[0], line_before)) is None


def stamp_spared(text: MessageText, item: Temporal) -> bool:
    """Whether a dated hour of a mail stamp's shape was read as the meeting's by the words
    before it on its line (`mail_stamp`): a newer reading, which a person should look at."""
    start, end = item.span
    line_before = text.plain[text.line_at(start)[0] : start]
    return (
        _MAIL_STAMP.search(item.text + text.plain[end : end + 20]) is not None
        and _HELD_ON.search(_sentence_before(text, start, line_before)) is not None
    )


def _sentence_before(text: MessageText, start: int, line_before: str) -> str:
    """The 60 characters before a date on its line, or, on a line a sentence wraps onto (a PDF's
    "… another meeting will be called for" / "MONDAY, MARCH 5th at 7:30pm"), in its sentence."""
    line_start = start - len(line_before)
    if len(line_before) >= _HELD_ON_REACH or line_start <= 0 or not text.wraps_at(line_start - 1):
        return line_before[-_HELD_ON_REACH:]
    return text.unwrapped(max(0, start - _HELD_ON_REACH), start)


SPARED_STAMP_REASON = (
    "an hour written as a mail's stamp is, said in the meeting's sentence or label"
)


# "2019-06-06 23:55:31": a second other than the minute's first.
_STAMPED_SECOND = re.compile(r"\d:\d\d:(?!00)\d\d(?!\d)")


def stamped_minute(item: Temporal) -> bool:
    """ "May 28, 2019, 17:13", "Issued at HKT 23:31": a minute no meeting is called for (they
    start on the hour or on a five-minute mark) stamps a posting or a release, as does a
    second ("2019-06-06 23:55:31"): no meeting is called to the second."""
    at = item.start
    if not isinstance(at, dt.datetime) or item.end is not None:
        return False
    return at.minute % 5 != 0 or (
        ":" in item.text and _STAMPED_SECOND.search(item.text) is not None
    )


# "วันนี้ (17 ก.ค.) ผู้สื่อข่าวรายงานว่า …", "วันนี้(18ก.พ.)ผู้สื่อข่าวรายงาน": Thai news opens
# with the day it reports on, before telling of a meeting on another.
_TODAY_OPEN = re.compile(r"วันนี้[^\S\n]*\([^\S\n]*$")
_REPORTER_AFTER = re.compile(r"[^\S\n]*\)[^\S\n]*ผู้สื่อข่าว")


# "กรุงเทพฯ 7 ต.ค. – …", "เชียงใหม่--13 ต.ค.--สท.": a Thai story's dateline, a city alone
# before the day on its line and a dash after it. The city is named whole, as in the dateline
# opening a story without a day (thai_dateline.dateline_place): "พัทยา", "พนมเปญ" are datelines
# too, a province with letters glued after it is not.
_THAI_DATELINE_PLACE = re.compile(r"[^\S\n]*(?P<place>[ก-๙]{3,30})[^\S\n]*(?:--?|[–—])?[^\S\n]*")
_DASH_AFTER = re.compile(r"[^\S\n]*(?:--?|[–—])")


# "News Digest – Foreign Affairs (April 01 – 07, 2021)": the days a digest or a newsletter covers,
# in its heading (round twenty-three); not the days of a meeting the heading names ("Example
# Bulletin: Regional Workshop on Rivers (12 – 13 May 2026)", review mend).
_DIGEST_BEFORE = re.compile(
    r"(?i:\b(?:digest|newsletter|bulletin|round-?up)\b)[^\n]{0,80}?[(|:][^\S\n]*+$"
)
_MEETING_NAMED = re.compile(rf"(?i:\b(?:{MEETING_NOUNS})\b)")


def reporter_day(text: MessageText, item: Temporal) -> bool:
    """Whether a date is the day a news report is filed on: in brackets after "วันนี้", or a
    Thai dateline's; or the days a digest's heading says it covers."""
    start, end = item.span
    if (
        item.kind is TemporalKind.RANGE
        and (digest := _DIGEST_BEFORE.search(text.plain, text.line_at(start)[0], start))
        and not _MEETING_NAMED.search(digest[0])
    ):
        return True
    if (
        _REPORTER_AFTER.match(text.plain, end) is not None
        and _TODAY_OPEN.search(text.plain, max(0, start - 10), start) is not None
    ):
        return True
    if _DASH_AFTER.match(text.plain, end) is None:
        return False
    place = _THAI_DATELINE_PLACE.fullmatch(text.plain, text.line_at(start)[0], start)
    return place is not None and dateline_place(place["place"]) is not None


# "Thursday April 8, 2010 15:05 —สำนักข่าว…", "8 April 2010 15:05 – Example News Agency": the
# minute a wire filed its story, its name after the dash.
_WIRE_AFTER = re.compile(
    r"[^\S\n]*[—–-][^\S\n]*(?:สำนักข่าว"
    r"|[A-Z][\w.&' ]{0,30}?\b(?:News[^\S\n]+Agency|News[^\S\n]+Service|Newswire)\b)"
)


# "เวลา 16.00 น.วันนี้ (25 ธ.ค.)ผู้สื่อข่าวรายงาน…": the hour a reporter files at, which the engine
# reads into the day in brackets.
_HOUR_THEN_TODAY = re.compile(r"วันนี้[^\S\n]*\([^()\n]*$")


def wire_stamp(text: MessageText, item: Temporal) -> bool:
    """Whether a date and hour stamp a news story: a dash and the wire's name follow, or a
    reporter files at that hour of "today (<day>)"."""
    end = item.span[1]
    return (
        isinstance(item.start, dt.datetime)
        and item.end is None
        and (
            _WIRE_AFTER.match(text.plain, end) is not None
            or (
                _REPORTER_AFTER.match(text.plain, end) is not None
                and _HOUR_THEN_TODAY.search(item.text) is not None
            )
        )
    )


# "Date:" heads a mail header block (beside From:, To:, Subject:) or labels the meeting's day.
_DATE_LABEL = re.compile(r"^\s*date\s*[:.]?\s*$", re.IGNORECASE)
_MAIL_HEADER_NEAR = re.compile(r"^\s*(?:from|to|cc|subject|sent)\s*:", re.IGNORECASE | re.MULTILINE)


def stamped(
    text: MessageText,
    item: Temporal,
    line_before: str,
    line: tuple[int, int],
    reference: dt.datetime,
) -> bool:
    """Whether a date stamps a posting by its minute or second, or is a quoted mail header's
    "Date:" (its `line` and the words before it on the line given; the message sent at
    `reference`)."""
    if stamped_minute(item) or _bracketed_hour_line(text, item, line_before, line[1], reference):
        return True
    return _DATE_LABEL.search(line_before[-50:]) is not None and _in_mail_header(text, *line)


# "9 มิถุนายน 2565 ( 14:25 )" alone on its line under a story's headline: a news page's posting
# stamp, its clock in brackets (round twenty-three); a meeting's hour is said ("เวลา", "at"). A
# page is stamped before the mail sending it: a day after the mail's is a meeting's, under a
# label ("When:" / "14 May 2026 (10:00)", review mend).
_HOUR_IN_BRACKETS = re.compile(r"\([^\S\n]*+[0-9๐-๙]{1,2}:[0-9๐-๙]{2}$")
_CLOSING_BRACKET = re.compile(r"[^\S\n]*+\)[^\S\n]*+")


def _bracketed_hour_line(
    text: MessageText, item: Temporal, line_before: str, line_end: int, reference: dt.datetime
) -> bool:
    """Whether a dated hour stands alone on its line, the clock in brackets after the day, on
    or before the day the message is sent."""
    return (
        not line_before.strip()
        and _HOUR_IN_BRACKETS.search(item.text) is not None
        and _CLOSING_BRACKET.fullmatch(text.plain, item.span[1], line_end) is not None
        and (day := day_of(item.start)) is not None
        and day <= reference.date()
    )


def _in_mail_header(text: MessageText, line_start: int, line_end: int) -> bool:
    """Whether the line before or after is a mail header line (From:, To:, Subject:)."""
    before = text.plain.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.plain.find("\n", line_end + 1)
    around = text.plain[before : len(text.plain) if after < 0 else after]
    return _MAIL_HEADER_NEAR.search(around) is not None
