"""Years left unwritten, read from the words around the day rather than from the nearest year:
a day said to come ("the next session is tentatively scheduled for 12 October to 16 October",
written in November, is next October, not last), and a council's day under its session year
("สมัยสามัญ สมัยแรก ประจำปี พ.ศ. ๒๕๗๐ … ในวันที่ ๕ กุมภาพันธ์", announced a year ahead)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.digits import DIGIT, number
from bot.understanding.temporal.patterns import will_meet
from bot.understanding.temporal.years import BE_OFFSET

# The words that say a day is still to come, right before it in its clause.
_TO_COME = re.compile(
    r"(?i:"
    r"(?<![A-Za-z])(?:(?:tentatively|provisionally)\s+)?"
    r"(?:scheduled|planned|set|proposed|expected|due)"
    r"(?:\s+to\s+(?:be\s+held|take\s+place|meet|run|convene))?"
    rf"|(?<![A-Za-z]){will_meet('run', 'resume')}"
    r"|(?<![A-Za-z])next\s+(?:session|meeting|sitting)[^.;\n]{0,40}?"
    r")(?:\s+(?:for|on|from|in|between))?(?:\s+the)?[^\S\n]*+$"
    r"|จะ(?:จัด|มี|ประชุม)[^\n]{0,30}?(?:ใน)?(?:วัน\S{0,12}ที่|ระหว่างวันที่)[^\S\n]*+$"
)
# "ประจำปี พ.ศ. ๒๕๗๐", "ประจำปี 2570": the Buddhist-era year a session belongs to.
_SESSION_YEAR = re.compile(rf"ประจำปี[^\S\n]*+(?:พ\.[^\S\n]?ศ\.)?[^\S\n]*+(?P<year>{DIGIT}{{4}})")
_SESSION_YEAR_REACH = 400
# "The tentative dates for the 2003 Substantive Session are 31 March to 17 April": a session
# named by its year in the day's own clause.
_YEARS_SESSION = re.compile(
    r"(?<![\d/-])(?P<year>(?:19|20)\d{2})[^\S\n]++(?:[A-Za-z-]++[^\S\n]++){0,2}?"
    r"(?i:session|meeting|sitting|conference|congress)s?\b[^.;\n]*+$"
)
_SESSION_REASON = "year from the session year written before it"
_CLAUSE_WORDS = 80
_REASON = "said to come: the year after the message's day"
# How far back a day said to come may stand before the shift: a report of "last week's"
# planning says of days just gone that they were scheduled.
_PAST_DAYS = 14


def days_to_come(text: str, hits: list[DateHit], today: dt.date) -> list[DateHit]:
    """The hits, with a day whose year was inferred into the past moved a year on when the
    words before it say it is to come."""
    return [_moved(text, hit, today) for hit in hits]


def _moved(text: str, hit: DateHit, today: dt.date) -> DateHit:
    if hit.granularity != "day" or not hit.year_inferred:
        return hit
    if (session_year := _session_year(text, hit)) is not None:
        return _in_year(hit, session_year - hit.first.year, _SESSION_REASON)
    if hit.first >= today - dt.timedelta(days=_PAST_DAYS):
        return hit
    if _TO_COME.search(text, max(0, hit.span[0] - _CLAUSE_WORDS), hit.span[0]) is None:
        return hit
    return _in_year(hit, 1, _REASON)


def _session_year(text: str, hit: DateHit) -> int | None:
    """The CE year of the last session year written shortly before the day, when it is the
    inferred year's or the next (a year apart at most: else it names another session)."""
    found = None
    for m in _SESSION_YEAR.finditer(text, max(0, hit.span[0] - _SESSION_YEAR_REACH), hit.span[0]):
        found = number(m["year"]) - BE_OFFSET
    if found is None:
        clause = _YEARS_SESSION.search(text, max(0, hit.span[0] - _CLAUSE_WORDS), hit.span[0])
        found = int(clause["year"]) if clause else None
    if found is None or found == hit.first.year or abs(found - hit.first.year) > 1:
        return None
    return found


def _in_year(hit: DateHit, years: int, reason: str) -> DateHit:
    first = _years_on(hit.first, years)
    last = _years_on(hit.last, years) if hit.last is not None else None
    if first is None or (hit.last is not None and last is None):
        return hit
    return replace(hit, first=first, last=last, reasons=[*hit.reasons, reason])


def _years_on(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None
