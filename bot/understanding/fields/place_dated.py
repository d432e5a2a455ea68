"""A place read from a sentence that dates other days than the meeting's: maybe another
event's, a meeting cited ("following the 12th SLOM, held in May 2016 in Vientiane") or one to
come ("… the Committee's next session in Jeju Island, Republic of Korea (4-9 December 2017)")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.understanding.fields.place import Place, doubted, held_in
from bot.understanding.fields.text import (
    SENTENCE_REACH,
    MessageText,
    sentence_end,
    sentence_start,
)
from bot.understanding.temporal.types import Temporal, TemporalKind, When, day_of

DATED_ELSEWHERE_CONFIDENCE = 0.7
_DATED = (TemporalKind.DATE, TemporalKind.DATETIME, TemporalKind.RANGE)


def doubt_dated_elsewhere(
    text: MessageText, place: Place, start: When | None, end: When | None
) -> Place:
    """The place, under review when the sentence it was read from dates none of the meeting's
    days (a labelled place stands on its own line)."""
    if place.span is None or place.labelled:
        return place
    if not (
        _dated_elsewhere(text, place.span, start, end) or _another_year(text, place, start, end)
    ):
        return place
    why = "the sentence it is read from dates other days than the meeting's"
    venue, city, country = (
        doubted(v, DATED_ELSEWHERE_CONFIDENCE, why)
        for v in (place.venue, place.city, place.country)
    )
    return replace(place, venue=venue, city=city, country=country)


def city_dated_elsewhere(
    text: MessageText,
    place: Place,
    start: When | None,
    end: When | None,
    sent: dt.date | None = None,
) -> Place | None:
    """The place without the city that only a sentence of holding named, when that city's own
    days follow it in brackets and are not the meeting's, or its own past day stands right
    before it ("the SOM on 22 May 2026 in Manila" cited in a call sent later); None when it
    stays."""
    if place.held_span is None or place.city is None or day_of(start) is None:
        return None
    aside = _DAYS_ASIDE.match(text.plain, place.held_span[1])
    cited = sent is not None and _past_day_before(text, place.held_span[0], (start, end), sent)
    if not cited and (aside is None or not _dated_elsewhere(text, aside.span(1), start, end)):
        return None
    # (the country the same sentence named goes with it)
    same = place.country is not None and place.country.source == place.city.source
    return replace(place, city=None, country=None if same else place.country, held_span=None)


def cited_past_place(
    text: MessageText, place: Place, start: When | None, end: When | None
) -> Place | None:
    """No place, when it was read from a sentence that says a meeting "was held in" it on
    other days than the meeting's ("the first meeting … was held in <City> from 15 to 17
    September 2015" in the call for the second); None when it stays (new, round twelve)."""
    if place.span is None or place.labelled or day_of(start) is None:
        return None
    to_come = _TO_COME.search(text.plain, max(0, place.span[0] - _TO_COME_REACH), place.span[0])
    if to_come is None and not _PAST_HELD.search(
        text.plain, max(0, place.span[0] - _PAST_REACH), place.span[0]
    ):
        return None
    if not _dated_elsewhere(text, place.span, start, end):
        return None
    nothing = Place(None, None, None, False)
    # (a body's meeting to come on other days is no statement of where this one is: a sentence
    # of holding elsewhere in the text may still say it)
    return held_in(text, nothing) if to_come else nothing


_PAST_HELD = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:held|convened|hosted|organi[sz]ed)\s+(?:in|at)\s+(?:the\s+)?\Z"
    r"|\btook\s+place\s+(?:in|at)\s+(?:the\s+)?\Z"
)
_PAST_REACH = 40
# (places-r22) "… submitted to the Board, which will meet during 22-27 January 2027, in Geneva":
# another body's meeting to come, on its own days, in a clause of its own.
_TO_COME = re.compile(
    r"\b(?:which|that)\s+will\s+(?:meet|convene|be\s+held)\b(?:[^.;\n]|\n(?!\s*\n)){0,60}?"
    r"(?:\s(?:in|at)\s+(?:the\s+)?)?\Z"
)
_TO_COME_REACH = 90


def _past_day_before(
    text: MessageText, held: int, days: tuple[When | None, When | None], sent: dt.date
) -> bool:
    """Whether "on <day>" right before "in <City>" is a day before the message was sent that is
    none of the meeting's: a meeting cited (round twenty-two, whole-change review)."""
    for t in text.temporals:
        first = day_of(t.start)
        if first is None or t.kind not in _DATED or not 0 <= held - t.span[1] <= 2:
            continue
        if not text.plain[t.span[1] : held].isspace() or first >= sent:
            continue
        if not any(d is not None and _covers(t, d) for d in map(day_of, days)):
            return True
    return False


# "… in Jeju Island, Republic of Korea (4-9 December 2017)": the city's own days in brackets,
# after its country at most.
_DAYS_ASIDE = re.compile(r"[^()\n.;]{0,40}?\(([^()\n]{4,40})\)")


def _dated_elsewhere(
    text: MessageText, span: tuple[int, int], start: When | None, end: When | None
) -> bool:
    first = sentence_start(text.plain, span[0])
    last = sentence_end(text.plain, span[1], span[1] + SENTENCE_REACH)
    dated = [
        t
        for t in text.temporals
        if first <= t.span[0] < last and t.kind in _DATED and t.start is not None
    ]
    days = [d for d in (day_of(start), day_of(end)) if d is not None]
    return bool(dated) and not any(_covers(t, d) for t in dated for d in days)


# A year written alone or after a month, right after the city ("in August, 2010"): no day is
# read from it. A year further on in the sentence is often another matter's ("to prepare for
# its chairmanship in 2014", a Thai line's programme name).
_YEAR_AFTER = re.compile(r"[^\n.;]{0,20}?(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def _another_year(text: MessageText, place: Place, start: When | None, end: When | None) -> bool:
    """Whether a year written right after the city, in the phrase it was read from, is none of
    the meeting's: "the 42nd meeting took place in <City> in August, 2010", read in the story of
    the 43rd (calib22: on all read parts and the blind starts, the one place at >= 0.8 so read,
    and wrong)."""
    years = {d.year for d in (day_of(start), day_of(end)) if d is not None}
    if place.span is None or place.city is None or not years:
        return False
    at = text.plain.find(place.city.value, *place.span)
    after = _YEAR_AFTER.match(text.plain, at + len(place.city.value)) if at >= 0 else None
    return after is not None and int(after.group(1)) not in years


def _covers(temporal: Temporal, day: dt.date) -> bool:
    first, last = day_of(temporal.start), day_of(temporal.end or temporal.start)
    return first is not None and last is not None and first <= day <= last
