"""A news story whose subject puts the meeting "tomorrow" and whose text dates only what was done
on the story's own day: "The Speaker inspects the chamber for tomorrow's vote" above "on
Wednesday 18 March at 13.30 the Speaker inspected ...". The day written is the story's; the
meeting is the day after it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.record import Extracted
from bot.understanding.temporal.types import Temporal, day_of

_TOMORROW = re.compile(r"พรุ่งนี้|(?i:\btomorrow\b)")
# Read from the subject's word against a day the text writes for something else: a person
# should look.
TOMORROW_CONFIDENCE = 0.6
TOMORROW_REASON = "the subject puts the meeting tomorrow; the day the text writes is the story's"


def meeting_tomorrow(
    subject: str, dates: MeetingDates, temporals: tuple[Temporal, ...], today: dt.date
) -> MeetingDates:
    """The day after the story's when the subject says the meeting is tomorrow, the chosen day
    is the message's own and the text writes no day after it; `dates` otherwise."""
    start = dates.start
    if start is None or day_of(start.value) != today or _TOMORROW.search(subject) is None:
        return dates
    tomorrow = today + dt.timedelta(days=1)
    if any((day_of(t.end or t.start) or today) > today for t in temporals):
        return dates  # a later day written is more than the word says
    source = f"Subject: {subject}"
    moved = Extracted(
        tomorrow,
        source,
        min(start.confidence, TOMORROW_CONFIDENCE),
        (*start.reasons, TOMORROW_REASON),
    )
    return replace(dates, start=moved, end=None, chosen_span=None)
