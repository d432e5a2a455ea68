"""Thai month names misspelt in the source or damaged by a PDF ("8 สิหาคม 2562": a letter
dropped; "8 สิงหาด 2562": the short form "สิงหา" with a stray letter), read only where the
words around say date: a day's number before the word and a year, or "เวลา", after it.

A word one edit (a letter dropped, added, changed, or two swapped) from one month's name, full
or in its spoken short form, and from no other month's, is that month; the date is under the
review threshold, since the word may be something else that happens to look like a month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.reading.thai_months import THAI_MONTHS
from bot.understanding.cues import written_in_thai
from bot.understanding.temporal.dates import DateHit
from bot.understanding.temporal.digits import DIGIT, number
from bot.understanding.temporal.months import THAI_SHORT_FORMS, month_number
from bot.understanding.temporal.years import YEAR_NOT_WRITTEN, infer_year, read_year

# As sure as a date whose only doubt is its month's spelling can be: under review (0.8).
MISSPELT_MONTH = 0.7
# The short forms people write and say ("1 สิงหา 2562"): spelt right, but informal.
SHORT_FORM = 0.75

_TARGETS = (
    *((name, i) for i, name in enumerate(THAI_MONTHS, start=1)),
    *((name, i) for i, name in enumerate(THAI_SHORT_FORMS, start=1)),
)

_CONTEXT = re.compile(
    # the day's first digit leads, so that the search skips to digits (no number before it)
    rf"(?P<day>{DIGIT}(?<![0-9๐-๙,:/.]{DIGIT}){DIGIT}?)[^\S\n]*+(?P<word>[\u0e01-\u0e4e]{{4,12}})"
    # (two digits only after a short form: "23 เมษา 58", the informal name with the informal year)
    rf"(?:[^\S\n]+(?P<era>พ\.[^\S\n]?ศ\.)?[^\S\n]*(?P<year>{DIGIT}{{4}}|{DIGIT}{{2}})(?![0-9๐-๙])"
    r"|(?=[^\S\n]+เวลา))"
)

# How far from the message's year a two-digit year after a short form may be.
_SHORT_YEAR_REACH = 2
# Two digits a counting word follows count something ("5 ตุลา 68 คน", "ครบ 58 ปี"), not a year
# (review mend, round twenty-three).
_COUNTED = re.compile(r"[^\S\n]*(?:คน|ท่าน|ราย|ปี|ที่นั่ง|แห่ง|ชุด|บาท|เล่ม|หน่วย|องค์กร)")

# A range's first day before the day read: "16-17 กรฎาคม 2563" (looked for only once a month's
# misspelt name is found, not at every digit).
_FIRST_DAY = re.compile(rf"(?<![0-9๐-๙,:/.])(?P<first>{DIGIT}{{1,2}})[^\S\n]*[-–][^\S\n]*$")
_FIRST_DAY_REACH = 8
_RANGE_LEAD = re.compile(r"(?:ระหว่าง|ตั้งแต่)?วันที่[^\S\n]*$")


def misspelt_month_hits(text: str, today: dt.date) -> Iterator[DateHit]:
    """Dates whose Thai month's name is misspelt or short, where a day and a year (or an hour)
    stand around it. Names the month patterns know are theirs, not these."""
    # (the word is Thai letters: a text without any is not tried at every digit)
    for m in _CONTEXT.finditer(text) if written_in_thai(text) else ():
        word = m["word"]
        if month_number(word) is not None:
            continue
        month, short = _nearest_month(word)
        if month is None:
            continue
        day = number(m["day"])
        year_inferred = m["year"] is None
        reasons = [
            f"{word!r} read as the month {THAI_MONTHS[month - 1]}: "
            + ("its short form" if short else "misspelt by one letter")
        ]
        if m["year"] is not None:
            read = read_year(m["year"], era="be" if m["era"] else None, thai=True)
            if read is None or (len(m["year"]) == 2 and not _short_year(m, short, read[0], today)):
                continue
            year = read[0]
            reasons.extend(read[1])
        else:
            year = infer_year(month, day, today)
            reasons.append(f"{YEAR_NOT_WRITTEN}: {year} inferred from the reference date")
        try:
            last = dt.date(year, month, day)
        except ValueError:
            continue
        first, start = _range_start(m, last)
        end = m.end("year") if m["year"] is not None else m.end("word")
        yield DateHit(
            (start, end), first, None if first == last else last,
            confidence=SHORT_FORM if short else MISSPELT_MONTH, reasons=reasons,
            year_inferred=year_inferred,
        )  # fmt: skip


def _short_year(m: re.Match[str], short: bool, year: int, today: dt.date) -> bool:
    """Whether two digits after the month are its year: after a short form only, a year near
    the message's ("5 ตุลา 30 คน" counts people), and no counting word after them."""
    return (
        short
        and abs(year - today.year) <= _SHORT_YEAR_REACH
        and _COUNTED.match(m.string, m.end("year")) is None
    )


def _range_start(m: re.Match[str], day: dt.date) -> tuple[dt.date, int]:
    """The first day of a range whose last is `day` and where it is written, or `day` itself
    when no earlier day of its month stands before it."""
    first = _FIRST_DAY.search(m.string, max(0, m.start() - _FIRST_DAY_REACH), m.start())
    if first is not None and 0 < number(first["first"]) < day.day:
        # (with its "วันที่", as the day-first patterns read it: a range is no letter's date line)
        lead = _RANGE_LEAD.search(m.string, max(0, first.start() - 20), first.start())
        return day.replace(day=number(first["first"])), lead.start() if lead else first.start()
    return day, m.start()


def _nearest_month(word: str) -> tuple[int | None, bool]:
    """The one month `word` is, or is one edit from, and whether it is a short form's exact
    spelling; None when it is no month or could be two."""
    if word in THAI_SHORT_FORMS:
        return THAI_SHORT_FORMS.index(word) + 1, True
    months = {month for name, month in _TARGETS if _one_edit(word, name)}
    return (months.pop(), False) if len(months) == 1 else (None, False)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter dropped, added or changed, or two swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]
