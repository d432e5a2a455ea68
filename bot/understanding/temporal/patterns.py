"""The compiled regular expressions of the engine, built from the name modules.

All of them accept Arabic and Thai digits alike, so they run on the original text and their spans
are exact without any offset map.
"""

from __future__ import annotations

import re

from bot.understanding.prefilter import case_blind, prefiltered, words
from bot.understanding.temporal.digits import DIGIT
from bot.understanding.temporal.months import (
    MONTH_EN,
    MONTH_EN_NAMES,
    MONTH_EN_WRAPPABLE,
    MONTH_TH,
    MONTH_TH_FULL,
    MONTH_TH_FULL_OPENINGS,
)
from bot.understanding.temporal.number_openings import DAY_DIGIT, number, numbers
from bot.understanding.temporal.number_words import HOUR_WORD, HOUR_WORDS, ORDINAL_DAY
from bot.understanding.temporal.weekdays import (
    NAMES_EN,
    WEEKDAY,
    WEEKDAY_EN,
    WEEKDAY_EN_NAMES,
    WEEKDAY_TH,
)

# Space inside one expression: any run of blanks with at most one line break, because OCR wraps
# lines in the middle of dates but a blank line always ends one.
_S = r"[^\S\n]*+(?:\n[^\S\n]*+)?"
# Not inside a longer number: no digit, separator or "digit." just before ("1.43", "0308.2/2730"),
# while a run of dots from a form ("เวลา.....๑๕:๑๒") is fine.
_NO_DIGIT_BEFORE = r"(?<![0-9๐-๙,:/])(?<![0-9๐-๙]\.)"
_NO_DIGIT_AFTER = r"(?![0-9๐-๙]|[.,:/][0-9๐-๙])"
_ERA = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.|(?i:B\.\s?E\.|C\.\s?E\.|A\.\s?D\.))"
_DASH = r"[-–—~]"


def _names(names: tuple[str, ...]) -> list[str]:
    """Openings for English names as WEEKDAY_EN and MONTH_EN match them: whole words."""
    return words(*(rf"{name}\.?(?![A-Za-z])" for name in names), word_start=True)


# Where the date patterns can begin: a day of one or two digits, the Thai lead words (วันที่,
# ระหว่าง, ตั้งแต่), an English weekday.
WEEKDAY_OPENINGS = _names(WEEKDAY_EN_NAMES)
_TH_LEADS = ["ระหว่าง", "ตั้งแต่", "วัน"]
_LEADS = [*_TH_LEADS, *WEEKDAY_OPENINGS]
# Where DAY_FIRST, MONTH_FIRST and MONTH_YEAR can begin with a word, looked for once for the three
# (dates.py): each fails at once where another's word stands. Weekdays and months in one list: a
# letter opening both is looked behind once. OCR's "l5" (see _day) is found from its digit.
DATE_WORDS = [*_TH_LEADS, *_names((*WEEKDAY_EN_NAMES, *MONTH_EN_NAMES)), "เดือน"]
DATE_WORDS += [*words(rf"the[^\S\n]+{ORDINAL_DAY}"), *MONTH_TH_FULL_OPENINGS]
_ERAS = [r"พ\.", r"ค\.", *words(r"b\.", r"c\.", r"a\.")]


# OCR reads 1 as "l" or "I" and 0 as "O" inside a day: "l5", "3l", "1O". A letter that opens the
# day must not end a word.
_OCR_DAY = r"(?<![A-Za-z])[lI][0-9]|[0-9][lIO]"


# A day in words is one only before "of" or the second day of a range: "the second of June", not
# "the second June meeting".
_AFTER_DAY_WORD = r"(?=[^\S\n]+(?i:of|to|until|till|through|and)(?![A-Za-z])|[^\S\n]*+[-–—&])"


# "19th", and "19 th" as a copied PDF spaces it ("on the 19 th of November").
_ORDINAL_SUFFIX = r"(?:(?i:st|nd|rd|th)|[^\S\n](?i:st|nd|rd|th)(?![A-Za-z]))?"


def _day(i: str) -> str:
    # A day in digits, or in words after "the": "the twenty-first of May".
    return (
        rf"(?:{_NO_DIGIT_BEFORE}(?P<d{i}>{DIGIT}{{1,2}}|{_OCR_DAY}){_ORDINAL_SUFFIX}(?![0-9๐-๙])"
        rf"|(?:(?i:the)[^\S\n]+|(?<=[Tt]he[^\S\n]))(?P<dw{i}>{ORDINAL_DAY})(?![A-Za-z])"
        rf"{_AFTER_DAY_WORD})"
    )


def _month(i: str) -> str:
    # "๑๑ เดือนมิถุนายน": the word for month may stand before a Thai month's name.
    return rf"(?:(?P<men{i}>{MONTH_EN_WRAPPABLE})|(?:เดือน{_S})?(?P<mth{i}>{MONTH_TH}))"


# "Mar 3 '24": two digits after an apostrophe are a year of this century in any language.
_APOSTROPHE_YEAR = rf"['’‘]{DIGIT}{{2}}"


def _year(i: str) -> str:
    # Two-digit years only after a Thai month ("๒๒ ม.ค. ๖๙"): after an English month a two-digit
    # number is a count ("16 December 25 delegates"), not a year.
    return (
        rf"(?:{_S},?{_S}(?P<era{i}>{_ERA}){_S}|{_S},?{_S})"
        # After a Thai month, also a Buddhist-era year that OCR split in two ("๒๕ ๖๙").
        rf"(?P<y{i}>{DIGIT}{{4}}|{_APOSTROPHE_YEAR}|(?(mth{i})(?:(?:25|๒๕)[^\S\n]{DIGIT}{{2}}|{DIGIT}{{2}})|(?!)))"
        rf"{_NO_DIGIT_AFTER}"
    )


# "วันที่", "วันอังคารที่", "ระหว่างวันที่", "ตั้งแต่วันที่", with the OCR dash of the stamps ("วันที่ - 6").
_TH_LEAD = (
    rf"(?:(?:ระหว่าง|ตั้งแต่){_S})?"
    rf"(?:วัน(?P<wdth>{WEEKDAY_TH})?{_S}ที่[\s.]*(?:{_DASH}{_S})?)"
)
_EN_LEAD = rf"(?:(?P<wden>{WEEKDAY_EN}){_S},?{_S}(?:the{_S})?)"
_LEAD = rf"(?:{_TH_LEAD}|{_EN_LEAD})?"
# Before the second day of a range: "วันที่", or a weekday ("Wednesday 10 to Friday 12 June",
# "วันพุธที่ ๑๐ – วันศุกร์ที่ ๑๒ มิถุนายน").
_SECOND_LEAD = (
    rf"(?:วัน(?P<wdth2>{WEEKDAY_TH})?{_S}ที่{_S}"
    rf"|(?P<wden2>{WEEKDAY_EN}){_S},?{_S}(?:the{_S})?|(?i:the)[^\S\n]+)?"
)
_WEEKDAY_AFTER = (
    rf"(?:{_S},?{_S}\({_S}(?P<wda>{WEEKDAY}){_S}(?:{_DASH}{_S}(?P<wdb>{WEEKDAY}){_S})?\))?"
)
_RANGE_WORD = rf"(?:{_DASH}|(?i:to|until|till|through|thru)(?![A-Za-z])|ถึง)"
# Days listed before their month: "3, 4 and 5 December"; the days between the first and the last
# are read from the `mid` group (dates.py).
LISTED_DAY = rf"(?P<listed>{DIGIT}{{1,2}})(?i:st|nd|rd|th)?(?![0-9๐-๙])"
_SAME_MONTH_WORD = (
    rf"(?P<mid>(?:{_S},{_S}{LISTED_DAY})+{_S},?)?{_S}"
    rf"(?:(?P<and>(?i:and)(?![A-Za-z])|&)|(?(mid)(?!)|{_RANGE_WORD}))"
)
_OF = rf"(?:{_S}(?i:of)(?![A-Za-z]))?"

# A range of days, day first: "16 – 18 December 2025", "30 November – 2 December 2025",
# "ระหว่างวันที่ ๑๖-๑๘ ธันวาคม ๒๕๖๘", "๑๐ - ๑๑ มีนาคม ๒๕๖๙".
DAY_FIRST_RANGE = prefiltered(
    DATE_WORDS,
    rf"{_LEAD}{_day('1')}"
    rf"(?:{_OF}{_S}{_month('1')}(?:{_year('1')})?{_S}(?P<rw>{_RANGE_WORD})|{_SAME_MONTH_WORD})"
    rf"{_S}{_SECOND_LEAD}{_day('2')}{_OF}{_S}{_month('2')}(?:{_year('2')})?{_WEEKDAY_AFTER}",
    apart=DAY_DIGIT,
    before_apart="lI",
)
# One date, day first: "Tuesday, 30 September 2025", "4th December 2025", "๒๒ ม.ค. ๖๙",
# "วันอังคารที่ ๓๐ กันยายน ๒๕๖๘", and after a weekday a booking system's "Wednesday, 26. March".
DAY_FIRST = prefiltered(
    DATE_WORDS,
    rf"{_LEAD}{_day('2')}(?(wden)(?:\.(?=[^\S\n]))?){_OF}{_S}{_month('2')}(?:{_year('2')})?"
    rf"{_WEEKDAY_AFTER}",
    apart=DAY_DIGIT,
    before_apart="lI",
)
# Day, month and year joined by hyphens, as systems print them: "30-Sep-2025", "30-Sep-25".
DASHED = prefiltered(
    numbers(r"[0-9๐-๙]?-"),
    rf"{_NO_DIGIT_BEFORE}(?P<d2>{DIGIT}{{1,2}})-(?P<men2>{MONTH_EN})-"
    rf"(?P<y2>{DIGIT}{{4}}|{DIGIT}{{2}}){_NO_DIGIT_AFTER}",
)
# What every DASHED match holds: looked for first, the literal dash opening it, so that a text
# without one is not tried at every digit.
DASHED_PART = re.compile(rf"-{MONTH_EN}-")
# Month first: "September 30, 2025", "Mon, Sep 8, 2025", "March 10-11, 2026",
# "March 30 – April 2, 2026", and two days joined by "and": "On July 25 and 26, 2023" (dates.py
# reads them as a range when they follow each other).
MONTH_FIRST = prefiltered(
    DATE_WORDS,
    rf"{_EN_LEAD}?(?P<men1>{MONTH_EN}){_S}{_day('1')}"
    rf"(?:{_S}(?:{_RANGE_WORD}|(?P<and>(?i:and)(?![A-Za-z])|&)){_S}(?:(?P<men2>{MONTH_EN}){_S})?"
    rf"{_day('2')})?"
    rf"(?:{_S},?{_S}(?P<y2>{DIGIT}{{4}}|{_APOSTROPHE_YEAR}){_NO_DIGIT_AFTER})?"
    rf"{_WEEKDAY_AFTER}",
)
# Numbers only: "30/09/2025", "30.09.2568", "30/9/68", "2025-09-30", "2025.09.30", and a range of
# days before the month "1-3/12/2025".
NUMERIC = prefiltered(
    _LEADS,
    # "MOHR/ID/100-2/3/2026": after "digit-" the numbers are a reference's parts, not a date.
    rf"{_LEAD}{_NO_DIGIT_BEFORE}(?<![0-9๐-๙]-)(?:"
    rf"(?:(?P<a0>{DIGIT}{{1,2}})[^\S\n]?{_DASH}[^\S\n]?)?"
    rf"(?P<a>{DIGIT}{{1,2}})(?P<sep>[/.\-])(?P<b>{DIGIT}{{1,2}})(?P=sep)"
    rf"(?P<c>{DIGIT}{{4}}|{DIGIT}{{2}})"
    rf"|(?P<iy>{DIGIT}{{4}})(?P<isep>[\-/.])(?P<im>{DIGIT}{{1,2}})(?P=isep)(?P<id>{DIGIT}{{1,2}}))"
    rf"(?![0-9๐-๙]|[./\-:][0-9๐-๙])",
    apart=number(r"[0-9๐-๙]?[^\S\n]?[-–—~]|[0-9๐-๙]?[/.]|[0-9๐-๙]{3}[\-/.]"),
)
# What every NUMERIC match holds, "2/3/2" of "1-3/12/2025" or "5-09-3" of "2025-09-30": a text
# without it (most have none) is not tried at every digit and weekday.
NUMERIC_PART = re.compile(rf"{DIGIT}(?P<sep>[/.\-]){DIGIT}{DIGIT}?(?P=sep){DIGIT}")
# A month and year without a day: "December 2025", "ในเดือนมิถุนายน ๒๕๖๙". Thai abbreviations are
# left out: in the seeds they only occur in stamps, which always carry a day. A day written before
# the month means a date that failed to parse ("31 September"), not a month.
MONTH_YEAR = prefiltered(
    DATE_WORDS,
    rf"(?<![0-9๐-๙])(?<![0-9๐-๙][^\S\n])(?:เดือน{_S})?(?:(?P<men2>{MONTH_EN})|(?P<mth2>{MONTH_TH_FULL}))"
    rf"(?:{_S},?{_S}(?P<era2>{_ERA}))?{_S}(?P<y2>{DIGIT}{{4}}){_NO_DIGIT_AFTER}",
)
# A year the text marks as one: "พ.ศ. ๒๕๖๙", "ปี ค.ศ. 2026 - 2030", "ในปี ๒๕๖๙", and the Thai
# fiscal year "ปีงบประมาณ พ.ศ. ๒๕๖๙". Bare numbers like "2021-2025" are left alone: they are as
# often plan names and versions as years.
YEAR_ONLY = prefiltered(
    ["ปี", *_ERAS],
    rf"(?:(?P<fiscal>ปีงบ(?:ประมาณ)?){_S}(?P<era0>{_ERA})?|ปี{_S}(?P<era1>{_ERA})?|(?P<era2>{_ERA})){_S}"
    rf"{_NO_DIGIT_BEFORE}(?P<y1>{DIGIT}{{4}})"
    rf"(?:{_S}{_DASH}{_S}(?P<y2>{DIGIT}{{4}}))?{_NO_DIGIT_AFTER}",
)

# What every YEAR_ONLY match holds: "ปี" or an era's dotted letters, a literal first.
YEAR_ONLY_PART = re.compile(r"ปี|\.\s?[ศEeDd]\.")

# What follows a date that Outlook or Teams prints in US order: "When: Wed 12/3/2025 9:00 AM-10:30
# AM (UTC+08:00) Kuala Lumpur, Singapore" is 3 December. A 12-hour time right after the date and a
# "(UTC+hh:mm)" zone label later on the line mark such a generated line.
US_GENERATED_TAIL = re.compile(
    rf"[^\S\n]+{DIGIT}{{1,2}}:{DIGIT}{{2}}[^\S\n]?(?i:[ap]m)(?![A-Za-z])"
    rf"[^\n]*\((?:UTC|GMT)[+\-−]{DIGIT}{{2}}:{DIGIT}{{2}}\)"
)

# Days named from the day of writing: "registration closes tomorrow", "ภายในวันนี้". Not when a
# date follows that names the day itself ("today, 10 September 2026").
DEICTIC_DAY = prefiltered(
    [*words("today", "tomorrow", word_start=True), "วันนี้", "วันพรุ่งนี้", "พรุ่งนี้"],
    r"(?:(?<![A-Za-z])(?:(?i:today)|(?P<next_en>(?i:tomorrow)))(?![A-Za-z])"
    r"|วันนี้|(?:วัน)?(?P<next_th>พรุ่งนี้))"
    r"(?![^\S\n]*+[,(]?[^\S\n]*+(?:วันที่)?[^\S\n]*+[0-9๐-๙])",
)

# Against the reference too, and kept only as deadlines (find.py): "by Friday", "ภายในวันศุกร์นี้",
# "by the end of this month", "ภายในเดือนนี้". A weekday that a date follows is that date's.
_NO_DATE_AFTER = r"(?![^\S\n]*+[,(]?[^\S\n]*+(?:(?i:the)[^\S\n]+|วันที่)?[^\S\n]*+[0-9๐-๙])"
DEICTIC_WEEKDAY = prefiltered(
    # ("วัน" only before a weekday: a Thai text has "วันที่" everywhere)
    [*words("this", *NAMES_EN, word_start=True), f"วัน(?:{WEEKDAY_TH})"],
    rf"(?:(?<![A-Za-z])(?:(?i:this)[^\S\n]+)?(?P<wden>(?i:{'|'.join(NAMES_EN)}))(?![A-Za-z])"
    rf"|วัน(?P<wdth>{WEEKDAY_TH})(?:นี้)?(?!ที่)){_NO_DATE_AFTER}"
    # "Monday to Friday" names days of any week, not one day.
    rf"(?!{_S}{_RANGE_WORD}{_S}{WEEKDAY})",
)
WEEKDAY_SPAN_BEFORE = re.compile(rf"{WEEKDAY}{_S}{_RANGE_WORD}{_S}$")
DEICTIC_MONTH = prefiltered(
    [*words("this", "current", "next", word_start=True), "เดือน"],
    r"(?:(?<![A-Za-z])(?i:this|current|(?P<next_en>next))[^\S\n]+(?i:month)(?![A-Za-z])"
    r"|เดือน(?:นี้|(?P<next_th>หน้า)))",
)

# "the week of 14 September 2026", "the week commencing 8 December": the week holding that day.
WEEK_OF = prefiltered(
    words("the", "week"),
    r"(?i:(?:the\s+)?week\s+(?:of|commencing|starting|beginning)(?:\s+(?:on|from))?)[^\S\n]*+$",
)

_MERIDIEM = r"(?i:[ap]\.?\s?m\.?)(?![A-Za-z])"
# "quarter past two in the afternoon", "at 2 in the afternoon": read like a.m. and p.m.
_DAYPART = r"(?i:in\s+the\s+(?:morning|afternoon|evening))(?![A-Za-z])"
_CLOCK_UNIT = r"(?:น\.|นาฬิกา|(?i:hrs?\.?|hours)(?![A-Za-z])|[Hh](?![A-Za-z]))"


# "0900 - 1800 Local Time": four digits before the words that say a clock's zone (round
# twenty-one).
_LOCAL_TIME = r"[^\S\n]++(?i:local[^\S\n]++time)(?![A-Za-z])"
# "1400-1530 hrs", "from 1500 to 1700 hrs": the unit written once, after the second time.
_HHMM_RANGE_END = (
    rf"{_S}(?:{_DASH}|(?i:to|until|till)(?![A-Za-z])){_S}{DIGIT}{{4}}"
    rf"(?:[^\S\n]?{_CLOCK_UNIT}|{_LOCAL_TIME})"
)


# "1300CET", "2100 UTC", "1300" / "UTC" as a PDF wraps it: four digits before a zone's letters.
_HHMM_ZONE = r"(?:[^\S\n]*+\n)?[^\S\n]*+(?:UTC|GMT|[CE]ES?T|BST|ICT|SGT|[EP][SD]T)(?![A-Za-z])"
HHMM_ZONE = re.compile(_HHMM_ZONE)


# What makes a bare hour a clock: "9 am", "2 in the afternoon", and as the start of a range, the
# meridiem of its end ("9–10.30am").
_HOUR_ONLY_AFTER = rf"[^\S\n]?{_MERIDIEM}|[^\S\n]+{_DAYPART}"
# "10 – 12 noon": noon is the meridiem of the range's end, and must not take the "12" alone.
# "from 3 to 5 p.m." too, and a range of bare hours with its zone after it: "from 16-17 London
# time", "9-11 UTC".
_ZONE_NEXT = (
    r"[^\S\n]++(?:UTC|GMT|[A-Z][a-z]++(?:[ -][A-Z][a-z]++)?[^\S\n]++(?:local[^\S\n]++)?[Tt]ime)"
    r"(?![A-Za-z])"
)
_HOUR_ONLY_RANGE = (
    rf"{_S}(?:{_DASH}|(?i:to|until|till)(?![A-Za-z])){_S}"
    rf"(?:{DIGIT}{{1,2}}(?:[:.]{DIGIT}{{2}})?[^\S\n]?{_MERIDIEM}"
    rf"|12(?:[:.]00)?[^\S\n]*(?i:noon|midday)(?![A-Za-z]))"
    rf"|{_S}{_DASH}{_S}{DIGIT}{{1,2}}(?={_ZONE_NEXT})"
)


# A meridiem a PDF's line wrap put on the next line, "(9:00 am – 11:00\nam CET)": only where the
# clause ends or a zone follows it, so that a line opening "AM Session" after a 24-hour time is no
# meridiem of it.
_WRAPPED_MERIDIEM_END = r"(?=[^\S\n]*+(?:[).,;\n]|\Z|[A-Z]{2,4}(?![A-Za-z])))"


def _clock(i: str) -> str:
    hour_only_after = (
        f"{_HOUR_ONLY_AFTER}|{_ZONE_NEXT}" if i == "2" else f"{_HOUR_ONLY_AFTER}|{_HOUR_ONLY_RANGE}"
    )
    return (
        # "12 NN" is noon in Philippine government mail; "afternoon" holds no noon.
        rf"{_NO_DIGIT_BEFORE}(?:(?P<noon{i}>(?:12(?:[:.]00)?{_S})?(?<![A-Za-z])(?i:noon|midday)"
        rf"|12[^\S\n]?NN)(?![A-Za-z])"
        rf"|(?P<midnight{i}>(?:12(?:[:.]00)?{_S})?(?i:midnight))(?![A-Za-z])"
        rf"|(?<![A-Za-z])(?P<cob{i}>COB|(?i:close\s+of\s+business))(?![A-Za-z])"
        rf"|(?<![A-Za-z])(?P<eod{i}>EOD|(?i:end\s+of\s+(?:the\s+)?day))(?![A-Za-z])"
        # OCR puts a blank before the dot: "๐๙ .๓๐ น."
        rf"|(?P<h{i}>{DIGIT}{{1,2}})(?P<sep{i}>[^\S\n]?[:.]|[hH])(?P<mi{i}>{DIGIT}{{2}})"
        rf"(?::{DIGIT}{{2}})?"
        rf"|(?P<hm{i}>{DIGIT}{{4}})(?=[^\S\n]?{_CLOCK_UNIT}|{_HHMM_RANGE_END}|{_HHMM_ZONE}|{_LOCAL_TIME})"
        rf"|(?P<ho{i}>{DIGIT}{{1,2}})(?={hour_only_after}))(?![0-9๐-๙])"
        rf"(?:[^\S\n]*+(?P<wrap{i}>\n[^\S\n]*+)?(?P<mer{i}>{_MERIDIEM}|{_DAYPART})"
        rf"(?(wrap{i}){_WRAPPED_MERIDIEM_END})|[^\S\n]*+(?P<unit{i}>{_CLOCK_UNIT}))?"
    )


# Between the two ends of a range of clock times: "09.30 - 17.30", "9:00 to 12:00", and "start at
# 9:00 AM and end at 12:00 PM".
_ENDS = r"(?:end(?:s|ing)?|finish(?:es|ing)?|close[sd]?|closing|conclude[sd]?|concluding)"
_CLOCK_RANGE_WORD = (
    rf"(?:{_DASH}|(?i:to|until|till)(?![A-Za-z])|ถึง"
    rf"|,?{_S}(?i:and\s+(?:will\s+)?{_ENDS}\s+at)(?![A-Za-z]))"
)


# A clock time or a range of them: "09.30 - 17.30", "๐๙.๓๐ - ๑๗.๓๐ น.", "2:00 p.m. to 4:00 p.m.",
# "0930 hrs", "เวลา ๑๓.๓๐ น.", "at 11:40 PM", and the words "noon", "midnight", "COB", "EOD".
TIME = prefiltered(
    [
        "เวลา", "COB", "EOD",
        # "at" and "from" (inside "that" too) only before what can open a clock: a digit, noon,
        # midday, midnight, close or end of business, COB, EOD
        *words(r"at\s+(?=[0-9๐-๙nmce])", r"from\s+(?=[0-9๐-๙nmce])"),
        *words("noon", "midday", "midnight", r"close\s", r"end\s"),
    ],
    rf"(?P<lead>เวลา[\s.]*|(?i:at|from)\s+)?{_clock('1')}"
    rf"(?:{_S}{_CLOCK_RANGE_WORD}{_S}(?:เวลา{_S})?{_clock('2')})?",
    # A clock's digits: "9:30", "9h30", "0930 hrs", "9 am", "12 noon", "12noon". "9–10.30am":
    # an hour, then the range's dash. After a blank only what a clock goes on with ("9 am",
    # "9 .30", "2 in the afternoon", "9 to 11", "9 - 11", "12 noon"; "İ" and "ı" are read as "i"),
    # so that a day's digits ("5 May") are no place to try it.
    apart=number(
        r"[0-9๐-๙]?[:.hHaApPnNmM]|[0-9๐-๙]?\s+[:.aApPiIİıtTuU~\-–—]|(?<=[1๑])[2๒]\s+[nNmM]"
        r"|[0-9๐-๙]{3}[^\S\n]?[นhHUGCBEIPS]|[0-9๐-๙]{3}\s*[-–—~tu]|[0-9๐-๙]?[-–—~]"
    ),
)  # fmt: skip

# Clock times in words: "half past nine", "quarter to ten in the evening", "nine o'clock". Their
# openings are letters that any English text is full of, so the engine tries this pattern only on
# texts that CLOCK_WORDS_HINT finds something in (clocks.py).
# (o'clock, half past, quarter past or to, in any case: the first letter is a set the engine skips
# to, which it cannot do for a letter of a case-blind pattern.)
CLOCK_WORDS_HINT = re.compile(
    r"[HhOoQq](?:(?<=[Oo])['’](?i:clock)|(?<=[Hh])(?i:alf\s+past)|(?<=[Qq])(?i:uarter\s+(?:past|to)))"
)
CLOCK_WORDS = prefiltered(
    [
        *words(r"at\s", word_start=True),
        *words(r"half\s", r"quarter\s", *(rf"{h}[^\S\n]*+o['’]clock" for h in HOUR_WORDS)),
    ],
    rf"(?P<lead>(?<![A-Za-z])(?i:at)\s+)?"
    rf"(?<![A-Za-z])(?:(?P<part>(?i:half|quarter))\s+(?P<past>(?i:past|to))\s+)?"
    rf"{_NO_DIGIT_BEFORE}(?P<hour>{HOUR_WORD}|{DIGIT}{{1,2}})(?![A-Za-z0-9๐-๙])"
    rf"(?(part)|[^\S\n]*+(?i:o['’]clock)(?![A-Za-z]))"
    rf"(?:[^\S\n]*+(?P<mer>{_MERIDIEM}|{_DAYPART}))?",
    apart=number(r"[0-9๐-๙]?[^\S\n]*+o['’]clock"),
)

# A duration written after a time gives its end: "9:00 AM | 1 hour 30 minutes |", "14:00, 2 hrs".
# Not a period before or after something ("10:00, 2 hours before the reception").
CLOCK_DURATION = re.compile(
    rf"[^\S\n]*+[|,]?[^\S\n]*+(?P<open>\()?[^\S\n]*+(?:(?i:for)[^\S\n]+)?"
    rf"(?:(?P<hours>{DIGIT}{{1,2}})[^\S\n]*+(?i:hours?|hrs?|h)(?![A-Za-z])"
    rf"(?:[^\S\n]*+(?:(?i:and)[^\S\n]+)?(?P<minutes>{DIGIT}{{1,2}})[^\S\n]*+(?i:minutes?|mins?))?"
    rf"|(?P<only_minutes>{DIGIT}{{1,3}})[^\S\n]*+(?i:minutes?|mins?))(?![A-Za-z])"
    rf"(?(open)[^\S\n]*+\))"
    rf"(?![^\S\n]*+(?i:before|after|prior|ahead|earlier|later|in\s+advance|of)(?![A-Za-z]))"
)
# A clock word followed by the hour it stands for: "close of business (17:00 Singapore time)".
WRITTEN_HOUR_AFTER = re.compile(r"[^\S\n]*+\([^\S\n]*+")


# Words that make the date after them a deadline. The pattern is searched at the end of the text
# just before a date, so each cue must end where the date begins. "before" cues exclude the day
# they name; the others include it. "COB" and "EOD" are clock words (TIME), not part of the cue.
DEADLINE_CUE = prefiltered(
    [
        *words(
            *("before", "prior", "no", "not", "on", "by", "due", "deadline", "closing", "cut"),
            *("latest", "until", "close", "extended"),
        ),
        *("ก่อน", "ภายใน", "ไม่เกิน", "ด่วนภายใน", "กำหนดส่ง", "ส่งภายใน", "จนถึง", "หมดเขต", "ปิดรับ"),
    ],
    r"(?:(?P<before>(?i:(?<!or\s)(?<![A-Za-z])before|prior\s+to)|ก่อน)"
    r"|(?i:(?:no|not)\s+later\s+than|on\s+or\s+before|(?<![A-Za-z])by|due(?:\s+(?:date|on|by))?"
    r"|(?:deadline|closing\s+date|cut-?off\s+date)[^.\n\d]{0,40}?|latest\s+by|until"
    r"|closes?(?:\s+(?:on|at))?"
    # "has been extended from 4 September to 11 September 2026": the new due day.
    r"|extended(?:\s+from\s+[^\n]{1,40}?)?\s+(?:to|until))"
    r"|ภายใน|ไม่เกิน|ด่วนภายใน|กำหนดส่ง|ส่งภายใน|จนถึง|(?:หมดเขต|ปิดรับ)[^\d\n]{0,30}?)"
    # "by the end of June 2026", "due at the end of this month", "ภายในสิ้นเดือน…"; "by the" before
    # the clock words "end of the day".
    r"(?:(?P<end_of>(?i:\s+(?:at\s+)?(?:the\s+)?end\s+of(?:\s+the)?)|[^\S\n]*+สิ้น)|(?i:\s+the))?"
    r"[\s*:\-–]*$",
)


def will_meet(*verbs: str) -> str:
    """A meeting said to come: "will be held", "will formally convene", "will meet", and the
    reader's own `verbs` after "will" ("run", "resume"). Flags and the words around are the
    reader's (future_years.py, the date roles)."""
    more = "".join(f"|{verb}" for verb in verbs)
    return rf"will\s+(?:\w+ly\s+)?(?:be\s+held|take\s+place|meet|convene{more})"


# "postponed until 5 May", "proposed to adjourn the AGM until Saturday 30th June": the day a
# meeting moves to, not a day something is due by.
MOVED_UNTIL = re.compile(
    r"(?i:(?<![A-Za-z])(?:adjourn|postpon|defer|reschedul|put\s+off)[a-z]*+"
    r"(?:\s+[\w'-]+){0,4}?\s+until)\s*$"
)

# Words before "from <date> to <date>" that make the two dates the old and the new one of a
# change, not the ends of a range: "postponed from 30 September to 7 October 2025".
CHANGE_CUE = case_blind(
    r"(?:postponed|re-?scheduled|moved|changed|shifted|deferred|extended|brought\s+forward|advanced"
    r"|put\s+back)(?:\s+[A-Za-z]+){0,3}?\s+from\s*$"
)

# What may stand between two full dates that form one range: "from 15 December 2025 (check-in)
# to 18 December 2025", "15 December 2025 (Monday) – 18 December 2025", "…, 2022, through …".
RANGE_GAP = re.compile(
    rf"{_S}\**+(?:\([^()\n]{{1,30}}\){_S})?\**+{_S}(?:,{_S}(?=[A-Za-z]))?{_RANGE_WORD}{_S}\**+{_S}(?:วันที่{_S})?"
)

# A range said in two clauses: "opens on Monday, 4 May and closes on Friday, 12 June" is one
# period, the words before the first date opening it and those between the dates closing it.
OPENS_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?:opens?|opening|starts?|starting|begins?|beginning|commences?)"
    r"(?:\s+(?:on|from))?)[^\S\n]*$"
)
CLOSES_BETWEEN = re.compile(
    rf"{_S},?{_S}(?i:and)\s+(?:(?i:it|will)\s+)?(?i:closes?|ends?|finish(?:es)?|concludes?)"
    rf"(?:\s+(?i:on))?{_S}"
)
