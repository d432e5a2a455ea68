"""The day of a meeting a news story names from its own date: "BANGKOK, 6 April 2017 –
... organised here yesterday a labour conference". The story's dateline (or, without one,
the message's date) is the day "yesterday", "today" and "tomorrow" count from; a story that
opens with a day and says what happened on it tells of that day (`opens_story`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.understanding import cues
from bot.understanding.fields.date_occasions import occasion_day
from bot.understanding.fields.dates_record import days_of
from bot.understanding.fields.schedule_words import SCHEDULE_THAT_WAS
from bot.understanding.fields.text import (
    MessageText,
    next_sentence_end,
    rest_of_sentence,
    sentence_end,
    sentence_start,
)
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

# The day word in the sentence that says a meeting happens: "opened today", "held yesterday".
_DAY_WORD = re.compile(
    r"\b(?:(?P<word>yesterday|today|tomorrow)|this[^\S\n]+(?P<part>morning|afternoon|evening)"
    # A weekday names a day when "on", "last" or "next" leads it, or right after the verb as
    # news writes it ("agreed Tuesday to coordinate"); a weekday alone may be a heading's or a
    # timetable's, and "Tuesday, 14 April" is a date.
    # (a copied PDF may break the line after the lead: "in Hanoi on\nFriday")
    # ("from Monday to Wednesday": the first of named days, round twenty-two; not "closed from
    # Monday", a window of something else, review)
    r"|(?:(?P<lead>on|last|this|next|from(?=[^\S\n]+\w+day[^\S\n]+(?:to|until|till|through)"
    r"[^\S\n]+(?:\w+day\b|\d)))(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
    r"|(?<=ed[^\S\n])|(?<=\bmet[^\S\n]))"
    # ("on Thursday" / "15 October 2020", a line broken inside the date, is a date too)
    r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b(?!,?[^\S\n]*+(?:\n[^\S\n]*+)?\d)"
    # "วันนี้ เวลา 13.40 น. ณ … เป็นประธาน…" opening its line, the day and hour of a story (round
    # sixteen); not "ตั้งแต่วันนี้ - 6 พ.ย." (a window) nor "ใน 1-2 วันนี้" (the coming days)
    r"|(?m:^)[^\S\n]*(?P<word_th>วันนี้|เมื่อวาน(?:นี้)?|พรุ่งนี้)(?=[^\S\n]*เวลา)",
    re.IGNORECASE,
)
_SHIFT = {
    "yesterday": -1, "today": 0, "tomorrow": 1,
    "เมื่อวาน": -1, "เมื่อวานนี้": -1, "วันนี้": 0, "พรุ่งนี้": 1,
}  # fmt: skip
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# Said of the future, "on Monday" is the next Monday; otherwise the last one, a story being
# written after the fact.
_FUTURE = re.compile(r"\b(?:will|to\s+be|is\s+to|are\s+to)\b", re.IGNORECASE)
# What a report says happened (bot.understanding.cues), and the words of a meeting's opening
# and closing that news uses: "kicked off here on Tuesday", "commenced today".
_HAPPENED = re.compile(
    rf"{cues.HAPPENED}|(?i:\b(?:kicked\s+off|began|begun|begins|commenced|started|concluded"
    r"|closed|got\s+under\s*way)\b)"
)
# Said of a day "yesterday", "today", "on Monday" name: also a meeting still to come.
# ("She will attend the summit on Monday and Tuesday": a delegate's part in it, round sixteen.)
# ("Example Land will host the summit from Monday to Wednesday", round twenty-two.)
_HAPPENS = re.compile(rf"{_HAPPENED.pattern}|(?i:\bscheduled\b|\bwill\s+(?:meet|attend|host)\b)")
# "<Council>, which opens today", said of the meeting; not "registration for the summit opens
# today", a window, nor "an exhibition opens today", a show that runs on (round nineteen).
_OPENS = re.compile(r"\bopens\b", re.IGNORECASE)
_WINDOW_OPENS = re.compile(
    r"\b(?:registration|application|nomination|submission|booking|call|portal|window"
    r"|accreditation|exhibition|exhibit|fair|show|festival|museum|gallery)s?\b"
    r"[^.!?\n]{0,60}\bopens\b",
    re.IGNORECASE,
)
# "opened this morning", "met this afternoon": a part of the day names the meeting's own day only
# right after the verb that says it happened.
_DONE_BEFORE = re.compile(rf"(?:{_HAPPENED.pattern})(?:[^\S\n]+\w+ly)?[^\S\n]+$")
# "…, the organisation said on Friday", "announced Tuesday": the day it was said, not the
# meeting's. (News adds "confirmed" and "added"; "told" needs its listener before the day,
# "told reporters Tuesday", as "told Tuesday" is no speech.)
# ("according to a statement issued on Monday": the day a paper came out, round twenty-two)
_SAID_WORDS = (
    *(*cues.SPEECH_VERBS, *cues.STATEMENT_VERBS, "confirmed", r"told\s+\w+", "added"),
    *("issued", "released", "published"),
)
_SAID = re.compile(rf"\b(?:{'|'.join(_SAID_WORDS)})[^\S\n]+$", re.IGNORECASE)
# How far before the day word the words of a schedule given up are looked for (round
# twenty-three), and the words of putting the meeting off in the same sentence.
_OLD_DAY_REACH = 60
_PUT_OFF = re.compile(r"(?i:\b(?:postpon|defer|re-?schedul|put\s+off|delay))")
_NOW = re.compile(r"(?i:\bnow\b)")
# Read from a word and a day the text itself dates loosely: a person should look.
NEWS_DAY_CONFIDENCE = 0.6


def news_day(
    text: MessageText, datelines: Iterable[Temporal], reference: dt.datetime
) -> tuple[dt.date, str, int] | None:
    """The day "yesterday" (or "today", "tomorrow") names in the sentence saying a meeting
    happens, counted from the story's dateline, the text it was read from and where the word
    naming the day ends."""
    filed = next((t for t in datelines if isinstance(t.start, dt.date)), None)
    after = filed.span[1] if filed else 0
    for m in _DAY_WORD.finditer(text.plain, after):
        if m["weekday"] and _SAID.search(text.plain, max(0, m.start() - 30), m.start()):
            continue
        sentence_before = text.plain[sentence_start(text.plain, m.start()) : m.start()]
        sentence = sentence_before + rest_of_sentence(text.plain, m.end())
        said = _HAPPENS.search(sentence) is not None
        if not said and not (_OPENS.search(sentence) and not _WINDOW_OPENS.search(sentence)):
            continue
        day = (day_of(filed.start) if filed else None) or reference.date()
        if (m["part"] or not said) and not _written(text, day):
            continue  # the newer forms count only from a day the page itself writes
        if m["part"] and not _DONE_BEFORE.search(sentence_before):
            continue  # "agreed this morning that the Council will meet": not the meeting's day
        if _given_up(sentence_before, sentence):
            continue
        counted = _counted(day, m, _FUTURE.search(sentence) is not None)
        return counted, text.snippet(*m.span()), m.end()
    return None


def _given_up(sentence_before: str, sentence: str) -> bool:
    """Whether a day word is the day a meeting put off was set for ("… meeting, originally set
    to take place on Friday, be postponed"): no day of the meeting (a cancellation's given-up
    day is the one called off). Not the new day said after the old schedule ("originally
    planned for this week, will now take place on Monday", review mend)."""
    window = sentence_before[-_OLD_DAY_REACH:]
    olds = [m.end() for m in SCHEDULE_THAT_WAS.finditer(window)]
    if not olds or not _PUT_OFF.search(sentence):
        return False
    after = window[olds[-1] :]
    return not (_PUT_OFF.search(after) or _NOW.search(after))


def _written(text: MessageText, day: dt.date) -> bool:
    """Whether the text writes the day a story counts from (its stamp "19/10/2024 12:10"): a
    sent day may be only an estimate of a page's."""
    return any(day_of(t.start) == day for t in text.temporals)


# "on Monday and Tuesday", "from Monday to Wednesday": the weekday the named days run to.
_TO_WEEKDAY = re.compile(
    r"[^\S\n]+(?i:and|to|through|until|-|–)[^\S\n]+(?P<weekday>(?i:mon|tues|wednes|thurs|fri|satur|sun))day\b"
)


def days_run_to(plain: str, first: dt.date, at: int) -> dt.date | None:
    """The last day of named weekdays ("on Monday and Tuesday") whose first, `first`, is named
    up to `at`; None when no second weekday follows."""
    if (m := _TO_WEEKDAY.match(plain, at)) is None:
        return None
    ahead = (_WEEKDAYS.index(m["weekday"].lower()) - first.weekday()) % 7
    return first + dt.timedelta(days=ahead) if ahead else None


def _counted(day: dt.date, m: re.Match[str], future: bool) -> dt.date:
    if m["part"]:  # "this morning"
        return day
    if word := m["word"] or m["word_th"]:
        return day + dt.timedelta(days=_SHIFT[word.lower()])
    weekday = _WEEKDAYS.index(m["weekday"].lower().removesuffix("day"))
    lead = (m["lead"] or "").lower()
    if lead == "next" or (future and lead != "last"):
        return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


# What may follow a date on a line that only dates a letter: a weekday, a time stamp.
DATE_LINE_TAIL = 24
# A news dateline dates the report (bot.understanding.cues): its place before the date.
DATELINE_PLACE = re.compile(rf"[^\S\n]*{cues.DATELINE_PLACE},[^\S\n]*")
# What may stand before the date that opens a story: nothing, "On", "เมื่อ", its dateline, or a
# dateline's place with its dash ("Vientiane – On 19 and 20 April, ... convened").
_STORY_OPENING = re.compile(
    rf"[^\S\n]*(?:{cues.DATELINE_PLACE}[^\S\n]*[–—-]{{1,2}}[^\S\n]*)?"
    # ("เมื่อช่วงบ่ายของวันที่ 13 …", on the afternoon of: a part of the day before it)
    rf"(?:{cues.THAI_GONE_BY}[^\S\n]*|(?i:on)[^\S\n]+)?"
)
# A day counted from the story's date says the meeting was another day than the dateline's
# ("on Tuesday" names the dateline's own day when that day is a Tuesday).
_OTHER_DAY_WORD = re.compile(
    r"(?i:\b(?:yesterday|tomorrow|last\s+week|on\s+(?P<weekday>\w+day)))\b|เมื่อวาน|พรุ่งนี้"
    r"|ที่ผ่านมา"
)
# "… ตามมติคณะรัฐมนตรี เมื่อวันที่ ๔ สิงหาคม": the day of a resolution the story cites, not the
# day it tells of.
_RESOLUTION_DAY = re.compile(r"มติ[^\n]{0,40}?เมื่อ[^\S\n]*+$")
# A period of more days than a month holds is no day of its own: a fiscal year, a plan's.
_PERIOD_DAYS = 27
_BLANK_LINES = re.compile(r"\s*")
# How far into its sentence the verb of a story's opening is looked for.
_STORY_REACH = 300


def opens_story(
    text: MessageText, line_before: str, item: Temporal, reference: dt.datetime
) -> bool:
    """ "เมื่อวันที่ ๑ พฤษภาคม ๒๕๖๓ รัฐมนตรี... หารือกับ...", "September 15, 2025, at 08.30 hours –
    Mr. X presided over the opening of ...", "Bangkok, Thailand, 15 August 2023 – IOM today
    hosted ...": a report's first words date what it tells, on or before the message."""
    day = day_of(item.start)
    if day is None or day > reference.date():
        return False
    if not (_STORY_OPENING.fullmatch(line_before) or DATELINE_PLACE.fullmatch(line_before)):
        return False
    end = item.span[1]
    timed_alone = (
        isinstance(item.start, dt.datetime) and not text.plain[end : text.line_at(end)[1]].strip()
    )
    if timed_alone:
        # "วันจันทร์ที่ 28 เมษายน 2568 / เวลา 09.00 น." above the story's paragraph: a letter is
        # dated without an hour, so the paragraph below tells of this day
        blank = _BLANK_LINES.match(text.plain, text.line_at(end)[1])
        end = blank.end() if blank else end
    stop = sentence_end(text.plain, end, end + _STORY_REACH)
    sentence = text.plain[end:stop]
    if _tells_another_day(text, end, stop):
        return False  # "BANDAR SERI BEGAWAN, 6 April 2017 – ... met on 4-5 April": that day
    if (
        not timed_alone
        and len(sentence.split("\n", 1)[0].strip()) <= DATE_LINE_TAIL
        and not text.wraps_at(text.line_at(end)[1])
    ):
        return False  # a date on a line of its own dates a letter
    if not _first_told(text, item):
        return False  # "On March 19, during the forum, ..." tells a day inside the story
    # "เมื่อวันที่ …" opening a line says it of the past itself: the verb may come after the
    # names of those who took part, past what a copy keeps.
    said_past = line_before.strip() == "เมื่อ" or _HAPPENED.search(sentence) is not None
    # ("เมื่อวันที่ 26 มกราคม 2566 ที่ผ่านมา": "past" right after the date is said of it)
    return said_past and not any(
        _names_another_day(m, day)
        for m in _OTHER_DAY_WORD.finditer(sentence)
        if sentence[: m.start()].strip()
    )


def _tells_another_day(text: MessageText, start: int, stop: int) -> bool:
    """Whether a day of its own (not a named day's, a resolution's or one in brackets) is
    written between `start` and `stop`."""
    return any(
        start <= other.span[0] < stop
        and _is_day(other)
        and not _in_brackets(text, other)
        and not occasion_day(text, other)
        and not _RESOLUTION_DAY.search(text.plain, max(0, other.span[0] - 60), other.span[0])
        for other in text.temporals
    )


# The dash after a dateline's date (bot.understanding.cues), or a wire's name in brackets
# before the story: "Kathmandu, Aug 28 (IANS) A meeting of ...".
_PLACED_DASH = re.compile(rf"{cues.DATELINE_END}(?:\s|$)|[^\S\n]*\([A-Z][^()\n]{{1,30}}\)[^\S\n]+")
# "23 May 2017 – The Secretary chaired the council on 22 May in …": a dateline without its
# place, a dash and the story's first sentence after the day (round twenty-two).
_BARE_DASH = re.compile(r"[^\S\n]*[–—][^\S\n]+(?=[A-Z])")
# "7 May – The board meets today at 14:00": the story's day is the meeting's own (review).
_TODAY = re.compile(r"\b(?:today|tonight|this[^\S\n]+(?:morning|afternoon|evening))\b", re.I)


def dateline_day(
    text: MessageText, line_before: str, item: Temporal, after: str, reference: dt.datetime
) -> bool:
    """Whether a date (`after` it the rest of its line) is a story's dateline, the day it was
    filed: after its place ("BANGKOK, 6 April 2017 –"), or opening its line on or before the
    message with no place, when the sentence after its dash tells another day, the meeting's
    (as a placed dateline's first sentence may, `opens_story`)."""
    if DATELINE_PLACE.fullmatch(line_before):
        return _PLACED_DASH.match(after) is not None
    first, last = days_of(item)
    if line_before.strip() or first is None or first != last or first > reference.date():
        return False
    if (dash := _BARE_DASH.match(text.plain, item.span[1])) is None or _dash_rows(text, item):
        return False
    # (two sentences: a name's initial, "Ma. Person", ends none)
    stop = next_sentence_end(text.plain, dash.end(), dash.end() + _STORY_REACH)
    if _TODAY.search(text.plain, dash.end(), stop):
        return False
    return _tells_another_day(text, dash.end(), stop)


def _dash_rows(text: MessageText, item: Temporal) -> bool:
    """Whether another line opens with a date and a dash too: a programme's rows ("3 May –
    Opening session. …" / "4 May – Closing session."), not a story's dateline (review)."""
    return any(
        other is not item
        and not text.plain[text.line_at(other.span[0])[0] : other.span[0]].strip()
        and _BARE_DASH.match(text.plain, other.span[1]) is not None
        for other in text.temporals
    )


def _in_brackets(text: MessageText, item: Temporal) -> bool:
    """ "on the occasion of International Labour Day (1 May)": the day of a name, not a day the
    story tells."""
    start, end = item.span
    return text.plain[start - 1 : start] == "(" and text.plain[end : end + 1] == ")"


def _is_day(item: Temporal) -> bool:
    """A day or a few days, not a relative span or a period such as a fiscal year."""
    if item.kind is TemporalKind.RELATIVE:
        return False
    first, last = day_of(item.start), day_of(item.end)
    return first is None or last is None or (last - first).days <= _PERIOD_DAYS


def _names_another_day(m: re.Match[str], day: dt.date) -> bool:
    weekday = m["weekday"]
    return weekday is None or weekday.lower()[:3] != _WEEKDAYS[day.weekday()][:3]


def _first_told(text: MessageText, item: Temporal) -> bool:
    """Whether no other day is told before this one: dates standing before it are only those a
    page or a letter is dated by, ending their lines (with a weekday or a stamp), or the same
    days in a heading."""
    first, last = days_of(item)
    for other in text.temporals:
        if other.span[0] >= item.span[0] or not _is_day(other):
            continue
        day = day_of(other.start)
        if first is not None and last is not None and day is not None and first <= day <= last:
            continue
        # a date ending its line ("Posted on: 29 April", a heading's "(25-26/7)") tells nothing
        told = text.plain[other.span[1] : text.line_at(other.span[1])[1]]
        if len(told.strip()) > DATE_LINE_TAIL:
            return False
    return True
