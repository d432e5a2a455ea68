"""A range whose dash a copy lost: "Geneva, 5 16 June 2017" is 5-16 June, as a PDF's text layer
drops an en dash it has no glyph for. Read only where a day alone stands before the date, after a
comma, a bracket or the start of a line (a count before a date is written otherwise: "Room 5,
16 June"), and is smaller than the date's day.

A page may lose the blank too: "on 1415 October 2027" is 14-15 October, "910 May" 9-10
(`glued_day_ranges`). Three or four figures before a month and a year are read so only when one
way alone splits them into two days a short run apart."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.months import MONTH_EN, month_number

_DAY_BEFORE = re.compile(r"(?:^|(?<=[,(]))[^\S\n]*(?P<day>[0-9]{1,2})[^\S\n]\Z", re.MULTILINE)
# "(25, 26/7/2023)": the day before a numeric date, listed with a comma or "and".
_LISTED_BEFORE = re.compile(
    r"(?:^|(?<=[(\s]))(?P<day>[0-9]{1,2})[^\S\n]*+(?:,|&|and)[^\S\n]*+\Z", re.MULTILINE
)
# "26 ? 28 ตุลาคม": a copy that could not write the en dash put a question mark (or the
# replacement character) in its place, with the dash's blanks on both sides or on neither; a
# question asked after a day has none before its mark ("on the 12? 16 March suits us"). The
# day stands where a date's does, as `_DAY_BEFORE`'s, or after "วันที่" (and "ระหว่างวันที่"),
# "from", "on" or "between": a meeting's or an item's number ("ครั้งที่ 2 ? 15 มีนาคม",
# "Session 2 ? 15 March") is no day.
_MARKED_BEFORE = re.compile(
    r"(?:^|(?<=[,(])|(?<=วันที่)|(?<=\bfrom)|(?<=\bon)|(?<=\bbetween))"
    r"[^\S\n]*(?P<day>[0-9]{1,2})(?:[^\S\n][?\ufffd][^\S\n]|[?\ufffd])\Z",
    re.MULTILINE | re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4}")
# How far back the lone day is looked for.
_REACH = 8
# The dash is read, not written: a person should look.
_LOST = 0.75


def widen_lost_dashes(text: str, hits: list[DateHit]) -> list[DateHit]:
    """`hits` with each single date that a lone smaller day stands before read as a range, and
    with the day before it listed ahead of a date in numbers: "(25, 26/7/2023)" is 25-26 July
    (the word-month forms, "25 and 26 July", are read by the date patterns themselves)."""
    out = []
    for hit in hits:
        start = hit.span[0]
        window = max(0, start - _REACH)
        single = hit.last is None and hit.granularity == "day"
        m = (
            (_DAY_BEFORE.search(text, window, start) or _MARKED_BEFORE.search(text, window, start))
            if single
            else None
        )
        listed = _LISTED_BEFORE.search(text, window, start) if single and m is None else None
        if m is not None and 1 <= int(m["day"]) < hit.first.day:
            why, confidence = f"a dash lost between {m['day']} and {hit.first.day}", _LOST
        elif listed is not None and int(listed["day"]) == hit.first.day - 1 and _numeric(hit, text):
            m, why, confidence = listed, f"{listed['day']} listed before it", hit.confidence
        else:
            out.append(hit)
            continue
        out.append(
            dataclasses.replace(
                hit, span=(m.start("day"), hit.span[1]),
                first=hit.first.replace(day=int(m["day"])), last=hit.first,
                confidence=min(hit.confidence, confidence),
                reasons=[*hit.reasons, f"{why}: read as a range"], weekdays=(None, hit.weekdays[0]),
            )
        )  # fmt: skip
    return out


def _numeric(hit: DateHit, text: str) -> bool:
    return _NUMERIC_DATE.match(text, hit.span[0]) is not None


# Three figures, a blank and a capital, a plain scan that finds few places: there a month and
# a year must follow, and before them days where a date stands, not a count or a number ("Room
# 1015 May 2020"): after "on", a label's colon, a comma, a bracket or at a line's start. (The
# first figure is written apart: the engine skips to a set, not to a repeated one.)
_FIGURES_BEFORE_NAME = re.compile(r"[0-9][0-9]{2}[^\S\n](?=[A-Z])")
_MONTH_YEAR = re.compile(rf"(?P<month>{MONTH_EN}),?[^\S\n]+(?P<year>[0-9]{{4}})(?![0-9])")
_GLUED_DAYS = re.compile(
    r"(?:^|(?<=[Oo]n[^\S\n])|(?<=[:,][^\S\n])|(?<=\())(?P<days>[0-9]{3,4})[^\S\n]\Z", re.M
)
# The longest run of days a lost dash is read across: "1518 May" (15-18) is a week's meeting,
# "1028 May" no range anyone writes so.
_LONGEST_RUN = 7
_GLUED_REACH = 6  # "1112 " before the month


def glued_day_ranges(text: str) -> Iterator[DateHit]:
    """The ranges whose dash and blanks a copy lost: "1415 October 2027" is 14-15 October."""
    for figures in _FIGURES_BEFORE_NAME.finditer(text):
        at = figures.end()
        m = _MONTH_YEAR.match(text, at)
        if m is None:
            continue
        glued = _GLUED_DAYS.search(text, max(0, at - _GLUED_REACH), at)
        month = month_number(m["month"])
        year = int(m["year"])
        if glued is None or month is None or not 1900 <= year <= 2100:
            continue
        last_day = calendar.monthrange(year, month)[1]
        days = glued["days"]
        splits = [
            (first, last)
            for cut in range(1, len(days))
            if days[cut] != "0" and days[0] != "0"
            and 1 <= (first := int(days[:cut])) < (last := int(days[cut:])) <= last_day
            and last - first <= _LONGEST_RUN
        ]  # fmt: skip
        if len(splits) != 1:
            continue
        first, last = splits[0]
        yield DateHit(
            (glued.start(), m.end()), dt.date(year, month, first), dt.date(year, month, last),
            confidence=_LOST, reasons=[f"a dash lost between {first} and {last}: read as a range"],
        )  # fmt: skip
