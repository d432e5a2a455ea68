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
from bot.understanding.temporal.patterns import WEEK_OF, will_meet
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
    # "The revised dates for Conference 2020 will be 31st October": the year after its name
    r"|(?i:session|meeting|sitting|conference|congress)[^\S\n]++(?P<named>(?:19|20)\d{2})"
    r"(?![\d/-])[^.;\n]*+$"
)
# "… it will be late in 2021. The conference will convene the week of December 6": the year
# the sentence before names for what is to come, a year after the one inferred.
_YEAR_TO_COME = re.compile(
    r"(?<![A-Za-z])(?i:in|to|until|into)[^\S\n]++(?P<year>(?:19|20)\d{2})(?![\d/-])"
)
_YEAR_TO_COME_REACH = 120
_YEAR_TO_COME_REASON = "year from the year the sentence before names for what is to come"
_SESSION_REASON = "year from the session year written before it"
_CLAUSE_WORDS = 80
_REASON = "said to come: the year after the message's day"
# How far back a day said to come may stand before the shift: a report of "last week's"
# planning says of days just gone that they were scheduled.
_PAST_DAYS = 14


def days_to_come(text: str, hits: list[DateHit], today: dt.date) -> list[DateHit]:
    """The hits, with a day whose year was inferred into the past moved a year on when the
    words before it say it is to come, or when it follows a later dated row of its list."""
    moved = [_moved(text, hit, today) for hit in hits]
    return [
        _listed_on(text, hit, before) for hit, before in zip(moved, [None, *moved], strict=False)
    ]


# "- September 8th-9th 2025: Pre-conference events" / "- September 10th-12th: Conference": a
# list of dates runs forward, so a row without its year is in the year of the row just above,
# not in the year before it, which the nearest-year reading gives (a message sent in January).
# Only rows: a line break between, no sentence's stop, and close.
_LIST_ROW_GAP = 120
# How far on from the row above the moved day may fall: a list's next row follows it closely
# ("September 8th-9th 2025" / "September 10th-12th"), while a day a year on from a letter's
# date ("5 January 2026" / "Report of the meeting held on 28 December") is the year before's.
_LIST_ROW_SPAN = dt.timedelta(days=92)
_LISTED_REASON = "year of the dated row above it: a list of dates runs forward"
_NEXT_YEAR_REASON = "year after the dated row above it: a list of dates runs forward"
_LISTED_CONFIDENCE = 0.7


def _listed_on(text: str, hit: DateHit, before: DateHit | None) -> DateHit:
    if (
        before is None
        or before.year_inferred
        or not hit.year_inferred
        or hit.granularity != "day"
        or before.granularity != "day"
    ):
        return hit
    above = before.last or before.first
    gap = text[before.span[1] : hit.span[0]]
    # A row inferred into the row above's year but before it ("- 28 December 2026" / "- 3
    # January", sent in June) is as much behind the list as one inferred into the year before.
    if (
        hit.first.year not in (above.year - 1, above.year)
        or hit.first >= above
        or len(gap) > _LIST_ROW_GAP
        or "\n" not in gap
        or "." in gap
        or (later := _years_on(hit.first, 1)) is None
        or later < above
        or later - above > _LIST_ROW_SPAN
    ):
        return hit
    reason = _LISTED_REASON if hit.first.year < above.year else _NEXT_YEAR_REASON
    moved = _in_year(hit, 1, reason)
    return replace(moved, confidence=min(moved.confidence, _LISTED_CONFIDENCE))


def _moved(text: str, hit: DateHit, today: dt.date) -> DateHit:
    if hit.granularity != "day" or not hit.year_inferred:
        return hit
    if (session_year := _session_year(text, hit)) is not None:
        moved = _in_year(hit, session_year[0] - hit.first.year, _SESSION_REASON)
        if session_year[1]:
            return replace(moved, confidence=min(moved.confidence, _YEAR_TO_COME_CONFIDENCE))
        return moved
    # (read before weeks are widened: "will convene the week of December 6")
    said_at = hit.span[0]
    if (week := WEEK_OF.search(text, max(0, said_at - _CLAUSE_WORDS), said_at)) is not None:
        said_at = week.start()
    if _TO_COME.search(text, max(0, said_at - _CLAUSE_WORDS), said_at) is None:
        return hit
    if _year_named_before(text, hit) == hit.first.year + 1:
        moved = _in_year(hit, 1, _YEAR_TO_COME_REASON)
        return replace(moved, confidence=min(moved.confidence, _YEAR_TO_COME_CONFIDENCE))
    if hit.first >= today - dt.timedelta(days=_PAST_DAYS):
        return hit
    return _in_year(hit, 1, _REASON)


# A newer reading (round fifteen): under the review threshold until measured.
_YEAR_TO_COME_CONFIDENCE = 0.75


def _year_named_before(text: str, hit: DateHit) -> int | None:
    """The last year written as a time ("late in 2021") in the sentence before the day's."""
    sentence = text.rfind(".", 0, hit.span[0])
    if sentence < 0:
        return None
    start = max(0, sentence - _YEAR_TO_COME_REACH)
    found = None
    for m in _YEAR_TO_COME.finditer(text, start, sentence):
        found = int(m["year"])
    return found


def _session_year(text: str, hit: DateHit) -> tuple[int, bool] | None:
    """The CE year of the last session year written shortly before the day, when it is the
    inferred year's or the next (a year apart at most: else it names another session), and
    whether it was written after the session's name (a newer reading)."""
    found, named = None, False
    for m in _SESSION_YEAR.finditer(text, max(0, hit.span[0] - _SESSION_YEAR_REACH), hit.span[0]):
        found = number(m["year"]) - BE_OFFSET
    if found is None:
        clause = _YEARS_SESSION.search(text, max(0, hit.span[0] - _CLAUSE_WORDS), hit.span[0])
        found = int(clause["year"] or clause["named"]) if clause else None
        named = clause is not None and clause["named"] is not None
    if found is None or found == hit.first.year or abs(found - hit.first.year) > 1:
        return None
    return found, named


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
