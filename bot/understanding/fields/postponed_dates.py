"""A postponement's dates: the schedule it gives up, or the day to come that news names; and a
cancellation's: not the next meeting's day."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.fields.news_day import NEWS_DAY_CONFIDENCE, news_day
from bot.understanding.fields.schedule_words import (
    NEW_DATE,
    NO_NEW_DATE,
    OLD_SCHEDULE,
    POSTPONED_SCHEDULE,
)
from bot.understanding.fields.text import (
    MessageText,
    clause_before,
    rest_of_sentence,
    sentence_start,
)
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.record import Extracted, When
from bot.understanding.temporal.types import day_of


def only_old_schedule(text: MessageText, dates: MeetingDates) -> bool:
    """Whether a postponement's dates are the schedule given up, with no new one yet: asked
    only of a message whose kind is a postponement."""
    if dates.chosen_is_new:
        return False
    if dates.chosen_span is None:
        # a day named from the story's ("yesterday") or the subject's: none is new either
        return NO_NEW_DATE.search(text.plain) is not None
    at = dates.chosen_span[0]
    # "originally scheduled for 8-9 October, has been postponed to 3-4 December": the clause
    # names the old schedule, but the date chosen is the new one.
    clause = clause_before(text, at)
    return (
        (OLD_SCHEDULE.search(clause) is not None and NEW_DATE.search(clause) is None)
        or POSTPONED_SCHEDULE.search(text.unwrapped(max(0, at - 200), at)) is not None
        # "postponed until further notice", "เลื่อนออกไปก่อนจนกว่าสถานการณ์จะคลี่คลาย": the
        # dates written are the old ones, whatever words stand before them.
        or NO_NEW_DATE.search(text.plain) is not None
        # In a postponement, a date no words call the new one is the schedule given up.
        or not dates.new_date_written
    )


# One taking part in a meeting still to come: "the Premier will attend the leaders' meeting via
# video link on <day>" (round nineteen).
# Not the attendees' plan ("members who will attend on <day>", "if you will attend"), nor a
# sentence that puts the meeting off: those name the old day.
_WILL_ATTEND = re.compile(r"(?i:(?<!\bwho\s)(?<!\bif\syou\s)\bwill\s+(?:\w+ly\s+)?attend\b)")
_PUT_OFF = re.compile(r"(?i:\bpostpon|\bput\s+off\b|\bdeferred\b)")
ATTENDED_TO_COME = "a day after the message that someone will attend: the meeting's to come"


def attended_to_come(text: MessageText, dates: MeetingDates, reference: dt.datetime) -> bool:
    """Whether the chosen day, after the message, is one its sentence says someone will attend
    (a newer reading than the new dates' words: under review)."""
    if dates.chosen_is_new or dates.chosen_span is None or "attend" not in text.lower:
        return False
    day = day_of(dates.start.value) if dates.start else None
    at = dates.chosen_span[0]
    sentence = text.plain[sentence_start(text.plain, at) : at]
    whole = sentence + rest_of_sentence(text.plain, at)
    return (
        day is not None
        and day > reference.date()
        and _WILL_ATTEND.search(sentence) is not None
        and OLD_SCHEDULE.search(whole) is None
        and _PUT_OFF.search(whole) is None
    )


def day_to_come(text: MessageText, reference: dt.datetime) -> Extracted[When] | None:
    """A postponement's new day that news names from its own date: "the summit will be held
    online on Friday", after the message; None when it names none."""
    found = news_day(text, (), reference)
    if found is None or found[0] <= reference.date():
        return None
    why = ("a day named from the story's date, not written", "a postponement's day to come")
    return Extracted(found[0], found[1], NEWS_DAY_CONFIDENCE, why)


# The next meeting named as the subject of the chosen day's clause: "The council's next regular
# meeting is on", "การประชุมครั้งต่อไปจะจัดขึ้นใน" (round seventeen).
_NEXT_MEETING = re.compile(
    rf"(?i:\bnext\s+(?:[\w'’-]+\s+){{0,3}}?(?:{MEETING_NOUNS})\s+(?:is|will\s+be)"
    r"(?:\s+(?:held|scheduled|set))?(?:\s+(?:on|for))?\s*)$"
    r"|(?:ประชุม|สัมมนา)ครั้งต่อไป[^\S\n]*(?:จะ)?[^\S\n]*(?:จัดขึ้น|มีขึ้น|กำหนด)?[^\S\n]*(?:ใน)?[^\S\n]*$"
)
NEXT_MEETING_ONLY = (
    "a cancellation: the only day chosen is the next meeting's, not the one called off"
)


def next_meeting_only(text: MessageText, dates: MeetingDates) -> bool:
    """Whether a cancellation's chosen day is the next meeting's, said so in its clause: asked
    only of a message whose kind is a cancellation."""
    if dates.chosen_span is None or ("next" not in text.lower and "ต่อไป" not in text.plain):
        return False
    return _NEXT_MEETING.search(clause_before(text, dates.chosen_span[0])) is not None
