"""Periods that are never a meeting's days: a whole year, a budget year, a month written
without a day, and a council's session period (bot.understanding.fields.date_roles weighs them)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from bot.understanding.prefilter import case_blind
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

# "สมัยสามัญ สมัยที่ ๑ ประจำปี ๒๕๖๘" names a council's session of the year, "ปีงบประมาณ" a budget
# year; neither is a meeting from 1 January to 31 December.
_SESSION_PERIOD = case_blind(
    r"สมัย(?:สามัญ|วิสามัญ|ที่|ประชุม)|ปีงบ|fiscal\s+year|financial\s+year|session\s+year"
    r"|biennium|academic\s+year"
)
# After the first day of a session: "เป็นต้นไป" (onwards), "มีกำหนด ๑๕ วัน" (for 15 days).
# A PDF may break the line before them; a hurried hand types ั for the tone mark ("เป็นตันไป"),
# a Thai PDF's text loses the ำ of "กำหนด". "เป็นวันเริ่มสมัยประชุม" names the session's first day.
_PERIOD_AFTER = re.compile(
    r"\s*(?:เป็นต[้ั]นไป|มีก[ำา]หนด|เป็นวันเริ่ม(?:ต้น)?สมัย|(?i:onwards?|for\s+\d+\s+days))"
)


# Before it: "มีกำหนดระยะเวลา ๓๐ วัน เริ่มตั้งแต่" (for 30 days, beginning on).
_PERIOD_BEFORE = re.compile(
    r"มีก(?:ำ|ํา|า)หนด(?:ระยะเวลา)?[^\S\n]*+(?P<days>[0-9๐-๙]{1,3})[^\S\n]*+วัน[^\S\n]*+(?:เริ่ม)?(?:ตั้งแต่)?[^\S\n]*+$"
)
# A range "for 30 days, beginning" is a session's period even where a PDF broke its line before
# the words of the session: no one sitting lasts so long.
_SESSION_DAYS = 15


def is_session_period(item: Temporal, before: str, after: str) -> bool:
    """A whole year ("ประจำปี ๒๕๖๘", "fiscal year 2026"), or the days of a session: "สมัยสามัญ
    สมัยที่ ๓ … ระหว่างวันที่ ๑ สิงหาคม … เป็นต้นไป มีกำหนดไม่เกิน ๑๕ วัน". The day the council
    is called for in that session ("ในวันที่ ๑๓ สิงหาคม เวลา ๐๘.๓๐ น.") is a meeting."""
    if is_whole_year(item) or is_fiscal_year(item):
        return True
    if item.kind is TemporalKind.RANGE and (days := _PERIOD_BEFORE.search(before)):
        return int(days["days"]) >= _SESSION_DAYS or _SESSION_PERIOD.search(before) is not None
    # "ในวันศุกร์ที่ ๔ กุมภาพันธ์ ๒๕๖๕ เวลา ๑๓.๓๐ น. เป็นต้นไป": an hour of the day is a sitting's,
    # from which it runs on; a session's period has none.
    if _SESSION_PERIOD.search(before) is None or item.kind is TemporalKind.DATETIME:
        return False
    if _PERIOD_AFTER.match(after) is not None or _PERIOD_BEFORE.search(before) is not None:
        return True
    # "สมัยสามัญ ครั้งที่ ๗๘ … ระหว่างวันที่ ๑๘-๒๔ กันยายน": an assembly's days; a council's
    # session period runs for _SESSION_DAYS days or more
    return item.kind is TemporalKind.RANGE and not _shorter_than_a_session(item)


def _shorter_than_a_session(item: Temporal) -> bool:
    first, last = day_of(item.start), day_of(item.end)
    return first is not None and last is not None and (last - first).days < _SESSION_DAYS - 1


def is_whole_year(item: Temporal) -> bool:
    """ "ประจำปี พ.ศ. ๒๕๖๓", "2026": a year, never a meeting's days."""
    first, last = day_of(item.start), day_of(item.end)
    return (
        first is not None
        and last is not None
        and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    )


def is_fiscal_year(item: Temporal) -> bool:
    """ "ปีงบประมาณ พ.ศ. ๒๕๖๖", "fiscal year 2026": a budget year the engine reads whole."""
    first, last = day_of(item.start), day_of(item.end)
    return (
        first is not None
        and last is not None
        and (last - first).days >= _FISCAL_YEAR_DAYS
        and _SESSION_PERIOD.search(item.text) is not None
    )


_FISCAL_YEAR_DAYS = 364
# A day's number as written: one or two digits, Arabic or Thai (a year has four).
_DAY_NUMBER = re.compile(r"(?<![\d๐-๙])[\d๐-๙]{1,2}(?![\d๐-๙])")


def is_whole_month(item: Temporal) -> bool:
    """ "ประจำเดือน มกราคม ๒๕๖๘", "in late June 2011": a month written without a day, never a
    meeting's days ("1-30 June 2011" writes its days and may be)."""
    first, last = day_of(item.start), day_of(item.end)
    return (
        first is not None
        and last is not None
        and first.day == 1
        and (first.year, first.month) == (last.year, last.month)
        and last.day == calendar.monthrange(last.year, last.month)[1]
        and _DAY_NUMBER.search(item.text) is None
    )


# The longest run of days in a subject line whose single days the text's days fall in.
SHORT_RUN_DAYS = 7


def within_days(
    days: tuple[dt.date | None, dt.date | None],
    runs: Iterable[tuple[dt.date | None, dt.date | None]],
) -> bool:
    """Whether the days fall inside one of a subject's short runs of days: "regional briefings,
    7-8 September" over "8 September, 10 am - 12 pm" in the text."""
    first, last = days
    return first is not None and any(
        start is not None
        and end is not None
        and 0 < (end - start).days <= SHORT_RUN_DAYS
        and start <= first <= (last or first) <= end
        for start, end in runs
    )
