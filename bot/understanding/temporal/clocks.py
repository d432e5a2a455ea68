"""Clock times and ranges of them ("09.30 - 17.30", "2:00 p.m. to 4:00 p.m.", "เวลา ๑๓.๓๐ น.")."""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.digits import number
from bot.understanding.temporal.number_words import hour_word

# "Midnight" on a day is read as its end: "registration closes at midnight on 31 May" leaves the
# whole of 31 May, and a deadline must not fall a day early.
_MIDNIGHT = dt.time(23, 59)
_MIDNIGHT_REASON = "midnight read as the end of the day (23:59)"
# "By COB": offices close at different hours (the ASEAN Secretariat at 17:00, Thai ministries at
# 16:30); 17:00 is the common reading, and a deadline read early is safer than one read late.
_CLOSE_OF_BUSINESS = dt.time(17)
_COB_REASON = "close of business: 17:00 assumed"
_COB_CONFIDENCE = 0.85
_END_OF_DAY = dt.time(23, 59)
# Separators that make a number a clock time on their own; "9.30" alone could be a section number.
_CLOCK_SEPARATORS = (":", "h", "H")
# "Half past two" without a.m. or p.m.: read in office hours, 7 in the morning to 6 in the evening.
_FIRST_MORNING_HOUR = 7
_WORDS_CONFIDENCE = 0.85
_OFFICE_HOURS_REASON = "a.m. or p.m. not written: read in office hours"
# CLOCK_WORDS only in a text that holds what its matches do (tests/understanding/test_scan_gates.py
# checks the gate against the pattern).
clock_words_gate = p.CLOCK_WORDS_HINT.search


@dataclass
class ClockReading:
    span: tuple[int, int]
    start: dt.time
    end: dt.time | None
    reasons: tuple[str, ...] = ()
    confidence: float = 1.0  # below 1 when the hour is a reading of words, not written
    # Written apart from its date, earlier in the sentence (assemble.py): no stamp's hour.
    apart: bool = False
    # "5:30" alone: one digit before the colon, no a.m./p.m., no unit, no end (evening_hours.py).
    bare: bool = False


def find_clocks(text: str) -> Iterator[ClockReading]:
    """Every clock time or range of them, in order of position."""
    if not clock_words_gate(text):
        yield from _written_clocks(text)
        return
    last_end = 0
    for clock in heapq.merge(_written_clocks(text), _word_clocks(text), key=lambda c: c.span):
        if clock.span[0] >= last_end:  # "at 10 o'clock" is a written clock and a word clock
            last_end = clock.span[1]
            yield clock


def _written_clocks(text: str) -> Iterator[ClockReading]:
    # A clock word waiting for the hour that may follow it in brackets: "COB (17:00 SGT)".
    word: ClockReading | None = None
    for clock, is_word in _clocks(text):
        if word is not None:
            if p.WRITTEN_HOUR_AFTER.fullmatch(text, word.span[1], clock.span[0]):
                clock = replace(clock, span=(word.span[0], clock.span[1]))
            else:
                yield word
            word = None
        if is_word and clock.end is None:
            word = clock
        else:
            yield clock
    if word is not None:
        yield word


def _clocks(text: str) -> Iterator[tuple[ClockReading, bool]]:
    """Each clock time, and whether it is a word that stands for an hour ("COB", "EOD")."""
    for m in p.TIME.finditer(text):
        start = _clock_value(m, "1")
        if start is None:
            continue
        has_end = any(m[g] for g in ("h2", "hm2", "ho2", "noon2", "midnight2", "cob2", "eod2"))
        end = _clock_value(m, "2") if has_end else None
        is_range = end is not None
        if _is_offset(text, m.start()):
            continue
        reading: ClockReading | None = None
        if end is not None:
            start = _share_meridiem(m, start, end)
            if end <= start and _noon_written_am(m, start, end):
                end = dt.time(12)
                reading = ClockReading(m.span(), start, end, (_AM_NOON_REASON,), _AM_NOON)
            elif end <= start:
                continue
        clear = bool(
            m["lead"]
            or (m["sep1"] or "").strip() in _CLOCK_SEPARATORS
            or m["noon1"]
            or m["midnight1"]
            or m["cob1"]
            or m["eod1"]
            or m["mer1"]
            or m["unit1"]
            or m["mer2"]
            or m["unit2"]
            or (m["hm1"] and p.HHMM_ZONE.match(text, m.end()))
        )
        if clear or is_range:
            reading = reading or ClockReading(m.span(), start, end, bare=_is_bare(m, is_range))
            yield _with_reasons(m, reading), bool(m["cob1"] or m["eod1"])


# "(GMT+07:00)", "UTC-05:00": the digits of an offset, not a time of day.
_OFFSET_SIGN = re.compile(r"(?:GMT|UTC)[^\S\n]?[+\-−–][^\S\n]?\Z")
# "9:00-12:00am": a morning's range whose end is written "12:00 am" for noon.
_AM_NOON = 0.75
_AM_NOON_REASON = "12:00 am after a morning hour read as noon"


def _is_bare(m: re.Match[str], is_range: bool) -> bool:
    # "05:30" with its leading zero is a 24-hour clock; "5h30", "เวลา 5:30" and "5:30 น." name
    # their clock.
    return (
        not is_range
        and m["sep1"] == ":"
        and len(m["h1"] or "") == 1
        and not (m["mer1"] or m["unit1"] or (m["lead"] or "").startswith("เวลา"))
    )


def _is_offset(text: str, pos: int) -> bool:
    return _OFFSET_SIGN.search(text, max(0, pos - 6), pos) is not None


def _noon_written_am(m: re.Match[str], start: dt.time, end: dt.time) -> bool:
    return (
        end == dt.time(0)
        and m["mer1"] is None
        and m["mer2"] is not None
        and not _is_pm(m["mer2"])
        and dt.time(6) <= start < dt.time(12)
    )


def _clock_value(m: re.Match[str], i: str) -> dt.time | None:
    if m[f"noon{i}"] is not None:
        return dt.time(12)
    if m[f"midnight{i}"] is not None:
        return _MIDNIGHT
    if m[f"cob{i}"] is not None:
        return _CLOSE_OF_BUSINESS
    if m[f"eod{i}"] is not None:
        return _END_OF_DAY
    if m[f"h{i}"] is not None:
        hour, minute = number(m[f"h{i}"]), number(m[f"mi{i}"])
    elif m[f"hm{i}"] is not None:
        hour, minute = divmod(number(m[f"hm{i}"]), 100)
    else:
        hour, minute = number(m[f"ho{i}"]), 0
    meridiem = m[f"mer{i}"]
    if meridiem is not None:
        # "00:00 am" is written for midnight by booking systems; "00:00 pm" means nothing;
        # "13:30 PM" is an afternoon's 24-hour time with a needless PM.
        if 13 <= hour <= 23 and _is_pm(meridiem):
            return dt.time(hour, minute) if minute <= 59 else None
        if not (1 <= hour <= 12 or (hour == 0 and not _is_pm(meridiem))):
            return None
        hour = hour % 12 + (12 if _is_pm(meridiem) else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _word_clocks(text: str) -> Iterator[ClockReading]:
    """ "half past nine", "quarter to ten", "nine o'clock": twelve-hour clock words."""
    for m in p.CLOCK_WORDS.finditer(text):
        hour = hour_word(m["hour"]) if m["hour"].isalpha() else number(m["hour"])
        if not 1 <= hour <= 12:
            continue
        minute = 0
        if m["part"] is not None:
            minute = 30 if m["part"].lower() == "half" else 15
            if m["past"].lower() == "to":
                hour, minute = (hour - 1 or 12), 60 - minute
        if m["mer"] is not None:
            reasons: tuple[str, ...] = ()
            pm, confidence = _is_pm(m["mer"]), 1.0
        else:
            reasons = (_OFFICE_HOURS_REASON,)
            pm, confidence = hour < _FIRST_MORNING_HOUR or hour == 12, _WORDS_CONFIDENCE
        start = dt.time(hour % 12 + (12 if pm else 0), minute)
        yield ClockReading(m.span(), start, None, reasons=reasons, confidence=confidence)


def _is_pm(meridiem: str) -> bool:
    word = meridiem.lower()
    return word.startswith("p") or "afternoon" in word or "evening" in word


def _with_reasons(m: re.Match[str], clock: ClockReading) -> ClockReading:
    """The clock with the reasons for an hour read from words rather than written."""
    if m["midnight1"] or m["midnight2"]:
        clock = replace(clock, reasons=(*clock.reasons, _MIDNIGHT_REASON))
    if m["cob1"] or m["cob2"]:
        clock = replace(clock, reasons=(*clock.reasons, _COB_REASON), confidence=_COB_CONFIDENCE)
    return clock


def _share_meridiem(m: re.Match[str], start: dt.time, end: dt.time) -> dt.time:
    """'2:00 - 4:00 pm': the pm written once covers both ends, unless that would reverse them."""
    if m["mer1"] is None and m["mer2"] is not None and _is_pm(m["mer2"]):
        later = dt.time(start.hour + 12, start.minute) if start.hour < 12 else start
        if later < end:
            return later
    return start


def with_duration(text: str, clock: ClockReading, pos: int) -> tuple[ClockReading, int] | None:
    """The clock with the end that a duration written at `pos` gives it ("| 2 hrs"), and where
    the duration ends; None when no duration stands there or it runs past midnight."""
    m = p.CLOCK_DURATION.match(text, pos)
    if m is None:
        return None
    minutes = number(m["hours"] or "0") * 60 + number(m["minutes"] or m["only_minutes"] or "0")
    end = dt.datetime.combine(dt.date.min, clock.start) + dt.timedelta(minutes=minutes)
    if not minutes or end.date() != dt.date.min:
        return None
    reason = f"end from the duration {m[0].strip(' |,()')!r}"
    return replace(clock, end=end.time(), reasons=(*clock.reasons, reason)), m.end()
