"""The meeting's dates when no date of the text weighs as its own (fields/meeting_dates.py
weighs them): the subject line's, a day a news story counts from its own ("yesterday"), or the
one day of another year the text tells a meeting of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from bot.understanding.fields.date_roles import WEIGHTS, DateSignal
from bot.understanding.fields.dates_record import MeetingDates, days_of
from bot.understanding.fields.meeting_length import stated_last_day
from bot.understanding.fields.meeting_zone import meeting_in_zone, meeting_zone
from bot.understanding.fields.news_day import NEWS_DAY_CONFIDENCE, days_run_to, news_day
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.signals import Tally
from bot.understanding.temporal.types import Temporal


def from_subject(
    text: MessageText,
    subject_dates: Sequence[Temporal],
    default_tz: str,
    city: str | None,
    country: str | None,
    reference: dt.datetime,
    filed: Sequence[Temporal],
) -> MeetingDates:
    """The dates of the subject line, when the text gives none it could weigh: "Invitation -
    ASEAN-Australia Dialogue, 28 April 2027, Canberra" above a body that only says "in
    Canberra". Several different dates in the subject say nothing sure."""
    if len({days_of(t) for t in subject_dates}) != 1:
        # a news story's "yesterday" may still name the day
        return _from_news_day(text, filed, reference)
    item = subject_dates[0]
    zone, zone_confidence = meeting_zone(text, item, default_tz, city, country, in_body=False)
    source = f"Subject: {text.subject}"
    confidence = min(item.confidence, SUBJECT_CONFIDENCE)
    start, end = meeting_in_zone(item.start, zone, item), meeting_in_zone(item.end, zone, item)
    return MeetingDates(
        start=Extracted(start, source, confidence, item.reasons) if start is not None else None,
        end=Extracted(end, source, confidence, item.reasons) if end is not None else None,
        timezone=Extracted(zone, source, zone_confidence) if zone else None,
    )


def _from_news_day(
    text: MessageText, filed: Sequence[Temporal], reference: dt.datetime
) -> MeetingDates:
    """ "organised here yesterday a labour conference": the day counted from the story's."""
    found = news_day(text, filed, reference)
    if found is None:
        return MeetingDates(None, None, None)
    day, source, at = found
    why = ("a day named from the story's date, not written",)
    start = Extracted(day, source, NEWS_DAY_CONFIDENCE, why)
    if (last_day := days_run_to(text.plain, day, at)) is not None:
        return MeetingDates(start, Extracted(last_day, source, NEWS_DAY_CONFIDENCE, why), None)
    if (last := stated_last_day(text, day, at)) is None:
        return MeetingDates(start, None, None)
    end = Extracted(last.day, last.told(source), NEWS_DAY_CONFIDENCE, (*why, last.why))
    return MeetingDates(start, end, None)


def told_long_after(
    text: MessageText, candidates: Sequence[Temporal], tallies: Mapping[int, Tally]
) -> MeetingDates:
    """ "The Special Briefing had been conducted on 28 September 2018", on a page of 2020 whose
    only other date is its own: the one day of another year said with a meeting's words is the
    meeting the page tells of (under review: it may be one cited)."""
    told = [
        t
        for t in candidates
        if tallies[id(t)].holds(DateSignal.OTHER_YEAR)
        and tallies[id(t)].holds(DateSignal.MEETING_WORDS)
        and tallies[id(t)].total - WEIGHTS[DateSignal.OTHER_YEAR] >= 1
    ]
    item = told[0] if len({days_of(t) for t in told}) == 1 else None
    if item is None or item.start is None:
        return MeetingDates(None, None, None)
    why = (*item.reasons, *tallies[id(item)].reasons(), "the only meeting's day the text tells")
    source = text.snippet(*item.span)
    start = Extracted(item.start, source, TOLD_LONG_AFTER_CONFIDENCE, why)
    end = Extracted(item.end, source, TOLD_LONG_AFTER_CONFIDENCE, why) if item.end else None
    return MeetingDates(start, end, None)


# A date read from the subject alone, with nothing in the text to confirm it.
SUBJECT_CONFIDENCE = 0.7

# A day of another year told alone: a person should look.
TOLD_LONG_AFTER_CONFIDENCE = 0.5
