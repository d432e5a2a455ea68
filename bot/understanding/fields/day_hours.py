"""A meeting's hour written apart from its day: the day is chosen, the hour stands alone.

Three ways a text says it, each read only where no date holds the hour already:
- later in the day's own sentence ("will be held on Friday, 15 December, at the head office
  … at 11.00 a.m.");
- beside the word that names the day from the message's ("a Zoom meeting at 7 pm tomorrow",
  "พรุ่งนี้ เวลา 09.00 น."), when the chosen day is that day;
- as the meeting's start with no day at all ("The forum will start at 9.00 am sharp",
  "เริ่มประชุมเวลา 09.00 น."), when the text writes one hour so.
The joined hour is an inference: the start stays under the review threshold.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.understanding.fields.hour_nearby import (
    EVERY_WEEK,
    EVERY_WEEK_REACH,
    OTHER_EVENT,
    SENTENCE_END,
    clocks_in,
    labelled_row_hour,
    next_sentence_hour,
    programme_hour,
    said_hour,
)
from bot.understanding.fields.text import MessageText, sentence_start
from bot.understanding.prefilter import prefiltered, words
from bot.understanding.temporal.clocks import ClockReading
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of
from bot.understanding.temporal.zone_attach import zone_after
from bot.understanding.temporal.zone_words import region_after
from bot.understanding.temporal.zones import tzinfo_of

# As sure as a start whose hour was joined to its day by position alone can be.
JOINED_HOUR = 0.75
# The day another event's (a desk's opening) and the hour said as the meeting's: a guess.
ONLY_DAY = 0.6
ONLY_DAY_REASON = "the text's only day, at the start hour written without a day"
# How far after the day its sentence may still give the hour.
_SENTENCE_REACH = 250
_DEICTIC = prefiltered(
    [*words("tomorrow", "today", "tonight"), "พรุ่งนี้", "วันนี้"],
    r"(?i)\b(?:(?P<next>tomorrow)|today|tonight)\b|(?P<next_th>พรุ่งนี้)|วันนี้",
)
_DEICTIC_REACH = 25
_STARTS_AT = prefiltered(  # tried only where its words begin, not at every letter
    [*words("start", "begin", "commence"), "เริ่ม", "นัด"],
    r"(?i)\b(?:start|begin|commence)s?(?:[^\S\n]+(?:promptly|sharp))?[^\S\n]+at[^\S\n]*"
    # a label of the start hour: "START TIME: 9:00 a.m. on all three days"
    r"|\bstart(?:ing)?[^\S\n]+time[^\S\n]*:[^\S\n]*"
    r"|เริ่ม(?:การ)?(?:ประชุม)?[^\S\n]*(?:ตั้งแต่)?[^\S\n]*เวลา[^\S\n]*"
    # "มีการนัดประชุมเวลา 09.00 น.": the hour the sitting was called for
    r"|นัด(?:การ)?ประชุม[^\S\n]*(?:ใน)?เวลา[^\S\n]*",
)


def hour_apart(
    text: MessageText, best: Temporal, reference: dt.date
) -> tuple[dt.date, ClockReading, str] | None:
    """The day, the hour written apart from it and how it was joined, for a chosen date without
    an hour: a single day (`joined_hour`), or the first day of a range whose text says once when
    the meeting starts ("held in Siem Reap on 14-15 May. The opening session starts at 8:30")."""
    if (day := single_day(best)) is not None:
        joined = joined_hour(text, day, best.span, reference)
        return None if joined is None else (day, *joined)
    first = day_of(best.start)
    if first is None or isinstance(best.start, dt.datetime) or isinstance(best.end, dt.datetime):
        return None
    if not any(word in text.lower for word in _START_WORDS) and "เริ่ม" not in text.plain:
        return None  # most texts say no start hour: no scan for one
    starting = _start_hour(text.plain, [t.span for t in text.temporals], own_only=True)
    return None if starting is None else (first, starting, _FIRST_DAY_REASON)


_FIRST_DAY_REASON = "the first day's start hour, written without a day"


def said_to_start(plain: str, span: tuple[int, int]) -> bool:
    """Whether a dated hour is said as a start ("will commence at 10:30 on Monday, 9 October")."""
    return _STARTS_AT.search(plain, max(0, span[0] - _STARTS_AT_REACH), span[0] + 4) is not None


_STARTS_AT_REACH = 30
_START_WORDS = ("start", "begin", "commenc")


def joined_hour(
    text: MessageText, day: dt.date, span: tuple[int, int], reference: dt.date
) -> tuple[ClockReading, str] | None:
    """The hour of the meeting's `day` (written at `span`, without an hour) that the text
    writes elsewhere, and how it was joined (later in the day's sentence, the next sentence, a
    programme's first row, a form's hours row, beside "today"/"tomorrow", the meeting's start
    hour written without a day); None when it writes it in none of these ways."""
    plain = text.plain
    taken = [t.span for t in text.temporals]
    after = plain[span[1] : span[1] + _SENTENCE_REACH]
    if (end := SENTENCE_END.search(after)) is not None:
        after = after[: end.start()]
    if (clock := said_hour(plain, span[1], after, taken)) is not None:
        return clock, "the hour later in the day's sentence"
    if end is not None and (nearby := next_sentence_hour(plain, span[1] + end.end(), taken)):
        return nearby
    if (listed := programme_hour(plain, span[0], span[1] + len(after), taken)) is not None:
        return listed, "the first hour of the programme the day's sentence announces"
    if (row := labelled_row_hour(plain, span, taken)) is not None:
        return row, ROW_HOURS
    for m in _DEICTIC.finditer(plain):
        said = reference + dt.timedelta(days=1 if m["next"] or m["next_th"] else 0)
        if said != day:
            continue
        start = max(0, m.start() - _DEICTIC_REACH)
        near = clocks_in(plain[start : m.end() + _DEICTIC_REACH], start, taken)
        if len(near) == 1:
            return near[0], f"the hour beside {m[0]!r}"
    if (starting := _start_hour(plain, taken)) is not None:
        return starting, "the meeting's start hour, written without a day"
    return None


ROW_HOURS = "the hour of the 'Time:' row below the day's 'Date:' row"


# What may close an hours row after its range and leave the range the meeting's: a zone
# ("Local Time", "(ICT)", "น."). Anything else on the row ("08:30 - 09:00 Registration", a
# second session "and 13:30 - 16:30", the hours in another zone) makes the range one part.
_ROW_END_TAIL = re.compile(
    r"[^\S\n]*+\(?[^\S\n]*+(?:(?i:[a-z]+[^\S\n]+time|hrs?\.?)|[A-Z]{2,5}|น\.)?"
    r"[^\S\n]*+\)?\.?[^\S\n]*+(?:\n|\Z)"
)


def row_end(
    plain: str, day: dt.date, clock: ClockReading, why: str, tz: dt.tzinfo | None
) -> dt.datetime | None:
    """The meeting's end from its form's hours row ("TIMES: 0900 - 1800 Local Time") holding
    the one range; an hour joined any other way gives the start only (a programme's first row
    ends no meeting)."""
    if why != ROW_HOURS or clock.end is None or clock.end <= clock.start:
        return None
    if _ROW_END_TAIL.match(plain, clock.span[1]) is None:
        return None
    return dt.datetime.combine(day, clock.end, tzinfo=tz)


def only_day_at_start_hour(
    text: MessageText, candidates: Sequence[Temporal], default_tz: str
) -> tuple[Temporal, Temporal, ClockReading] | None:
    """The date written on the text's only day, and that day at the start hour written without
    one ("The forum will start at 9.00 am") as the meeting's start, when none of the text's
    dates is the meeting's (a desk opens on that day)."""
    days = {(day_of(t.start), day_of(t.end or t.start)) for t in candidates}
    if len(days) != 1 or (day := days.pop())[0] != day[1] or day[0] is None:
        return None
    clock = _start_hour(text.plain, [t.span for t in text.temporals])
    if clock is None:
        return None
    first = min(candidates, key=lambda t: t.span)
    zone, doubts = zone_after_hour(text, clock, day[0])
    at = dt.datetime.combine(day[0], clock.start, tzinfo=tzinfo_of(zone or default_tz))
    confidence = min(first.confidence, ONLY_DAY)
    only = replace(
        first, kind=TemporalKind.DATETIME, start=at, end=None, tz=zone, confidence=confidence,
        reasons=(*first.reasons, *doubts),
    )  # fmt: skip
    return first, only, clock


# A zone in brackets on the line a PDF wrapped after the hour: "start at 07:30 AM" / "(Jakarta
# Time)".
_WRAPPED_BRACKET = re.compile(r"[^\S\n]*\n[^\S\n]*(?=\()")


def zone_after_hour(
    text: MessageText, clock: ClockReading, day: dt.date
) -> tuple[str | None, tuple[str, ...]]:
    """The zone written right after an hour joined to its day from elsewhere (None when none
    is), and the doubt of its reading ("3pm Eastern")."""
    written = zone_after(text.plain, clock.span[1], day) or region_after(text.plain, clock.span[1])
    if written is None and (wrapped := _WRAPPED_BRACKET.match(text.plain, clock.span[1])):
        written = zone_after(text.plain, wrapped.end(), day)
    if written is None:
        return None, ()
    return written.zone, (written.doubt,) if written.doubt else ()


def _start_hour(
    plain: str, taken: Sequence[tuple[int, int]], *, own_only: bool = False
) -> ClockReading | None:
    """The one hour the text says the meeting starts at, with no day ("will start at 9.00");
    with `own_only`, not counting another event's ("Registration starts at 8:00")."""
    starts = {
        (c.start, c.span): c
        for m in _STARTS_AT.finditer(plain)
        for c in clocks_in(plain[m.end() : m.end() + 12], m.end(), taken)[:1]
        if c.span[0] == m.end()
        and not (
            own_only and OTHER_EVENT.search(plain, sentence_start(plain, m.start()), m.start())
        )
        and not EVERY_WEEK.search(plain, max(0, m.start() - EVERY_WEEK_REACH), m.start())
    }
    if len({hour for hour, _ in starts}) == 1:
        return next(iter(starts.values()))
    return None


def single_day(item: Temporal) -> dt.date | None:
    """The day of a date written without an hour, None for a time or a range of days."""
    if isinstance(item.start, dt.datetime) or item.start is None:
        return None
    if item.end is not None and day_of(item.end) != item.start:
        return None
    return item.start
