"""An hour said of the meeting near its day but outside the day's own clause: the day's sentence
and the next one ("… on Tuesday, 3 October. This meeting will take place in Room XI from 3 to
5 p.m."), a "Time:" line under a "Date:" line, and the first hour of a programme the day's
sentence announces ("ในวันอาทิตย์ที่ 1 ธันวาคม โดยมีกำหนดการ ดังนี้" / "เวลา 09.00 น. …").

The day_hours module joins what is found here to the chosen day (under review).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.understanding.temporal.clocks import ClockReading, find_clocks

# A sentence ends at a stop after a number or a long word, before a capital ("2008. The"), not
# after a short abbreviation ("Distt. Lucknow"); a blank line ends it too.
SENTENCE_END = re.compile(r"(?:[0-9)]|[A-Za-z]{6})[.!?][^\S\n]+(?=[A-Z])|\n[^\S\n]*\n")
# The hour is the day's when it is said as one: "at 11.00 a.m.", "เวลา 09.00 น." (the clock's
# span may hold the word), or labelled on the line under the day: "Time: 7:00 – 9:00pm".
_AT = re.compile(r"(?:(?<![A-Za-z])(?i:at|from|time[^\S\n]*+[:：])|เวลา|ตั้งแต่)[^\S\n]*$")
AT_OPENS = re.compile(r"(?:(?i:at|from)(?![A-Za-z])|เวลา|ตั้งแต่)")
# Another event of the day between the day and the hour has its own hour.
OTHER_EVENT = re.compile(
    r"(?i)registration|reception|desk|lunch|dinner|coffee|breakfast|cocktail|doors\s+open"
    r"|ลงทะเบียน|รับประทาน"
)
# "ประชุมสัปดาห์ละ 2 วัน คือ วันพุธ เริ่มเวลา 13.00 น.", "sits every Wednesday, starting at
# 2 pm": a standing week's hours, not one meeting's.
EVERY_WEEK = re.compile(
    r"สัปดาห์ละ|ทุก(?:วัน|สัปดาห์)"
    r"|(?i:\b(?:every|each)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bweekly\b"
    r"|\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\b)"
)
EVERY_WEEK_REACH = 150
# A person's arrival before the day's first hour: the meeting's may be the next one.
_ARRIVAL = re.compile(r"เดินทาง(?:ถึง|มา|เข้า)|(?i:\barriv(?:es|ing|al)\b)")
# How far the next sentence is read.
_NEXT_SENTENCE_REACH = 200
# The next sentence speaks of the meeting itself: "This meeting will take place …", "It starts".
_OF_THE_MEETING = re.compile(
    r"[^\S\n]*+(?:(?:This|The)[^\S\n]++(?:[a-z-]++[^\S\n]++){0,2}?"
    r"(?:meeting|session|event|call|webinar|workshop|briefing|hearing|forum|seminar)"
    r"|It)(?![A-Za-z])"
)
# A sentence that announces a programme below it: "… as follows:", "โดยมีกำหนดการ ดังนี้".
_ANNOUNCES_LIST = re.compile(r"(?:ดังนี้|(?i:as\s+follows|the\s+programme\s+is))[^\S\n]*+:?[^\S\n]*+$")
# A programme's heading on its own line below the day: "Agenda", "Programme", "กำหนดการ".
_PROGRAMME_HEADING = re.compile(
    r"(?:[^\S\n]*+\n){1,3}[^\S\n]*+(?i:agenda|programme|program|schedule)[^\S\n]*+:?[^\S\n]*+(?=\n)"
    r"|(?:[^\S\n]*+\n){1,3}[^\S\n]*+กำหนดการ[^\S\n]*+(?=\n)"
)
# A programme's heading on the line right above the day that opens its own line, or above the
# blank line a page leaves: "Draft Agenda" / "Wednesday 8 May, 2024" / a venue's line /
# "9:00 – 9:20 Registration".
_PROGRAMME_ABOVE = re.compile(
    r"(?m:^[^\S\n]*+(?:[A-Za-z]++[^\S\n]++){0,3}(?i:agenda|programme|program|schedule)"
    r"|^[^\S\n]*+(?:ร่าง)?(?:กำหนดการ|ระเบียบวาระ))[^\S\n]*+:?(?:[^\S\n]*+\n){1,2}[^\S\n]*+\Z"
)
_ABOVE_REACH = 60
# The programme's first row, opening with its hour within a few lines.
_PROGRAMME_REACH = 300
_ROW_HOUR = re.compile(r"\n[^\S\n]*+(?:[-•*][^\S\n]*+)?(?=(?:เวลา|(?i:at))?[^\S\n]*+[0-9๐-๙])")


def said_hour(
    plain: str, at: int, window: str, taken: Sequence[tuple[int, int]]
) -> ClockReading | None:
    """The first clock in `window` (at `at` in the text), when it is said as an hour ("at
    11.00 a.m.") and no other event of the day nor a standing week's rule stands between; the
    next one when the first is an arrival's ("arrives at 09.00, to chair the meeting at 09.30")."""
    lead_from = at
    for index, clock in enumerate(clocks_in(window, at, taken)[:2]):
        between = plain[lead_from : clock.span[0]]
        if index == 0 and _ARRIVAL.search(between):
            lead_from = clock.span[1]
            continue
        said_as_hour = _AT.search(between) or AT_OPENS.match(plain, clock.span[0])
        if said_as_hour and not OTHER_EVENT.search(between) and not EVERY_WEEK.search(between):
            return clock
        return None
    return None


def next_sentence_hour(
    plain: str, at: int, taken: Sequence[tuple[int, int]]
) -> tuple[ClockReading, str] | None:
    """The hour the sentence starting at `at` says the meeting is held at, when that sentence
    speaks of the meeting ("This meeting will take place in Room XI from 3 to 5 p.m.")."""
    if _OF_THE_MEETING.match(plain, at) is None:
        return None
    window = plain[at : at + _NEXT_SENTENCE_REACH]
    if (end := SENTENCE_END.search(window)) is not None:
        window = window[: end.start()]
    clock = said_hour(plain, at, window, taken)
    return None if clock is None else (clock, "the hour in the next sentence, said of the meeting")


def programme_hour(
    plain: str, day_at: int, at: int, taken: Sequence[tuple[int, int]]
) -> ClockReading | None:
    """The first row's hour of the programme that the sentence ending at `at` announces, that
    a heading right below the day opens ("5 May 2027" / "Agenda" / "3:00 PM Welcome"), or that
    a heading right above the day (written at `day_at`, opening its line) opens."""
    line_end = plain.find("\n", at)
    if line_end < 0 or _ANNOUNCES_LIST.search(plain, max(0, line_end - 40), line_end) is None:
        heading = None if line_end < 0 else _PROGRAMME_HEADING.match(plain, line_end)
        if heading is not None:
            line_end = heading.end()
        elif _PROGRAMME_ABOVE.search(plain, max(0, day_at - _ABOVE_REACH), day_at):
            line_end = plain.find("\n", day_at)  # (the rows start below the day's own line)
        else:
            return None
    if line_end < 0:
        return None
    window = plain[line_end : line_end + _PROGRAMME_REACH]
    row = _ROW_HOUR.search(window)
    if row is None:
        return None
    found = clocks_in(window[row.end() :], line_end + row.end(), taken)
    if not found and (dotted := _DOTTED_ROW.match(window, row.end())) is not None:
        # ("19.00 – Arrivals": read as an hour only as a programme's row opens with it)
        span = (line_end + dotted.start(), line_end + dotted.end("minute"))
        time = dt.time(int(dotted["hour"]), int(dotted["minute"]))
        found = [ClockReading(span, time, None)]
    return found[0] if found and found[0].span[0] - (line_end + row.end()) <= 6 else None


# A row's hour written with a dot, a dash and the row's label after it: "19.30 – Meeting". Not
# before seven: "2.00 – Welcome" is an afternoon's row written without its "pm", "1.01 –
# Adoption of the agenda" an item's number.
_DOTTED_ROW = re.compile(
    r"[^\S\n]*+(?P<hour>0?[7-9]|1[0-9]|2[0-3])\.(?P<minute>[0-5][0-9])(?![0-9])[^\S\n]*+[-–—][^\S\n]"
)


# A form's rows, "DATE: 28th March" / "" / "PLACE: Room 4" / "" / "TIMES: 0900 - 1800": the
# day's row labelled, the rows below it labels and their values (blank lines between), one of
# them the hours' (round twenty-one). A weekday before the day is inside the day's span, so the
# label stands alone before it.
_DATE_ROW = re.compile(r"(?i:dates?)[^\S\n]*+:\Z")
_LABEL_ROW = re.compile(r"[^\S\n]*+(?P<label>[A-Za-z][A-Za-z ]{0,24}?)[^\S\n]*+:[^\S\n]*+(?=\S)")
_HOURS_LABEL = re.compile(r"(?i:times?|hours?|timings?)")
_ROWS_BELOW = 4
_ROWS_REACH = 400


def labelled_row_hour(
    plain: str, span: tuple[int, int], taken: Sequence[tuple[int, int]]
) -> ClockReading | None:
    """The hour of the "Time:" row in the block of labelled rows that the day's own "Date:" row
    opens, other rows and blank lines between; the row's value opening with its clock."""
    line_start = plain.rfind("\n", 0, span[0]) + 1
    if _DATE_ROW.match(plain[line_start : span[0]].strip()) is None:
        return None
    at = plain.find("\n", span[1])
    rows = 0
    while 0 <= at < span[1] + _ROWS_REACH and rows < _ROWS_BELOW:
        line_end = plain.find("\n", at + 1)
        line_end = len(plain) if line_end < 0 else line_end
        line = plain[at + 1 : line_end]
        if line.strip():
            row = _LABEL_ROW.match(line)
            if row is None:
                return None
            if _HOURS_LABEL.fullmatch(row["label"]):
                found = clocks_in(line[row.end() :], at + 1 + row.end(), taken)
                return found[0] if found and found[0].span[0] == at + 1 + row.end() else None
            # ("RSVP by: 15 April" / "Time: 17:00": a row of another day opens that day's rows)
            if any(at < held < line_end for held, _ in taken):
                return None
            rows += 1
        at = line_end if line_end < len(plain) else -1
    return None


def clocks_in(window: str, offset: int, taken: Sequence[tuple[int, int]]) -> list[ClockReading]:
    """The clocks in `window` (at `offset` in the text) that no date holds."""
    out = []
    for clock in find_clocks(window):
        span = (clock.span[0] + offset, clock.span[1] + offset)
        if not any(a < span[1] and span[0] < b for a, b in taken):
            out.append(ClockReading(span, clock.start, clock.end, clock.reasons, clock.confidence))
    return out
