"""A postponement's dates: the schedule it gives up, or the day to come that news names."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.fields.news_day import NEWS_DAY_CONFIDENCE, news_day
from bot.understanding.fields.schedule_words import (
    NEW_DATE,
    NO_NEW_DATE,
    OLD_SCHEDULE,
    POSTPONED_SCHEDULE,
)
from bot.understanding.fields.text import MessageText, clause_before
from bot.understanding.record import Extracted, When


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


def day_to_come(text: MessageText, reference: dt.datetime) -> Extracted[When] | None:
    """A postponement's new day that news names from its own date: "the summit will be held
    online on Friday", after the message; None when it names none."""
    found = news_day(text, (), reference)
    if found is None or found[0] <= reference.date():
        return None
    why = ("a day named from the story's date, not written", "a postponement's day to come")
    return Extracted(found[0], found[1], NEWS_DAY_CONFIDENCE, why)
