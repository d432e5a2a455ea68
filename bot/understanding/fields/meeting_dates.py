"""When the meeting is and in which zone, from the temporal engine's findings (the deadlines
are read in bot.understanding.fields.deadlines).

The engine finds every date; this module decides which one is the meeting's. Dates are
weighed by the words around them: "will be held on", a "Dates :" label, a heading, the
same days in the subject line count for a date; a dry run, an arrival day, a memo's own
date or a mail header stamp count against it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.understanding.fields.date_confidence import (
    features,
    fitted_confidence,
    hand_confidence,
)
from bot.understanding.fields.date_doubts import (
    DOUBTED_ROLE_CONFIDENCE,
    LISTED_REASON,
    PREPARED_REASON,
    ZONE_OF_ANOTHER_EVENT,
    listed_last_day,
    new_date_doubt,
    prepared_meeting_doubt,
)
from bot.understanding.fields.date_occasions import occasion_day
from bot.understanding.fields.date_periods import is_whole_month, is_whole_year, within_days
from bot.understanding.fields.date_range_rival import DAY_INSIDE_REASON, meeting_day_inside
from bot.understanding.fields.date_roles import MAX_REPEATS, DateSignal, weigh
from bot.understanding.fields.date_stamps import SPARED_STAMP_REASON, stamp_spared, wire_stamp
from bot.understanding.fields.date_windows import a_period, closing_window
from bot.understanding.fields.dates_record import MeetingDates, days_of
from bot.understanding.fields.day_hours import (
    JOINED_HOUR,
    ONLY_DAY_REASON,
    hour_apart,
    only_day_at_start_hour,
    row_end,
    said_to_start,
    zone_after_hour,
)
from bot.understanding.fields.day_schedule import schedule_start
from bot.understanding.fields.first_listed import from_first_listed
from bot.understanding.fields.link_hour import session_hour
from bot.understanding.fields.lone_hour import lone_dated_hour, lone_meeting
from bot.understanding.fields.meeting_length import COUNTED_END_CONFIDENCE, stated_last_day
from bot.understanding.fields.meeting_zone import meeting_in_zone, meeting_zone, zone_stated
from bot.understanding.fields.regional_hours import (
    REGIONAL_HOURS_CONFIDENCE,
    REGIONAL_HOURS_REASON,
    regional_equivalents,
)
from bot.understanding.fields.rival_hours import RIVAL_HOUR_CONFIDENCE, rival_hour
from bot.understanding.fields.schedule_words import (
    SCHEDULE_THAT_WAS,
    moved_from_earlier,
    said_to_come,
)
from bot.understanding.fields.session_rows import first_session_row
from bot.understanding.fields.subject_tomorrow import meeting_tomorrow
from bot.understanding.fields.text import CLAUSE_REACH, MessageText
from bot.understanding.fields.unweighed_dates import from_subject, told_long_after
from bot.understanding.record import Extracted
from bot.understanding.signals import Tally
from bot.understanding.temporal.types import (
    Temporal,
    TemporalKind,
    day_of,
)
from bot.understanding.temporal.zones import tzinfo_of, written_iana_zone

MAX_TITLE_SPANS = 50
# A date chosen by less than this over a date of other days is doubtful.
CLEAR_MARGIN = 2


def find_meeting_dates(
    text: MessageText,
    *,
    reference: dt.datetime,
    default_tz: str,
    city: str | None,
    country: str | None,
    title_spans: list[tuple[int, int]],
    subject_dates: Sequence[Temporal] = (),
    letterhead_city: bool = False,
) -> MeetingDates:
    """The meeting's dates among the text's; `subject_dates` are those of the subject line,
    which name the meeting's days when they name any; `letterhead_city` says the city was
    read from the sender's header lines (meeting_zone). A subject putting the meeting
    "tomorrow" over the story's own day moves it (subject_tomorrow)."""
    found = _weighed(
        text, reference, default_tz, city, country, title_spans, subject_dates, letterhead_city
    )
    today = reference.astimezone(tzinfo_of(default_tz)).date()
    return meeting_tomorrow(text.subject, found, text.temporals, today)


def _weighed(
    text: MessageText,
    reference: dt.datetime,
    default_tz: str,
    city: str | None,
    country: str | None,
    title_spans: list[tuple[int, int]],
    subject_dates: Sequence[Temporal],
    letterhead_city: bool,
) -> MeetingDates:
    """The date the words around the text's dates weigh highest; where none weighs as the
    meeting's, the days unweighed_dates reads."""
    candidates = [t for t in text.temporals if t.kind in EVENT_KINDS]
    # (a month or a year in the subject is a report's or a plan's, as it is in the text)
    in_subject = [
        t
        for t in subject_dates
        if t.kind in EVENT_KINDS and not is_whole_year(t) and not is_whole_month(t)
    ]
    if not candidates:
        found = from_subject(text, in_subject, default_tz, city, country, reference, ())
        if found.start is None and (scheduled := schedule_start(text, reference, default_tz)):
            return MeetingDates(scheduled, None, None)
        return found
    spans = title_spans[:MAX_TITLE_SPANS]
    tallies = {id(t): weigh(text, t, reference, spans) for t in candidates}
    # A story's dateline, a page's date or a deadline written again ("BANGKOK, 6 April – ...
    # on 6 April") says nothing more of the meeting.
    repeats = Counter(
        days_of(t)
        for t in candidates
        if not any(tallies[id(t)].holds(s) for s in _NOT_WRITTEN_AS_EVENT)
    )
    subject_days = {days_of(t) for t in in_subject}
    # "briefings, 7-8 September" over "8 September, 10 am - 12 pm": the subject's, under review
    in_run = {
        id(t)
        for t in candidates
        if isinstance(t.start, dt.datetime)
        and days_of(t) not in subject_days
        and within_days(days_of(t), subject_days)
    }
    for t in candidates:
        tallies[id(t)].add(DateSignal.REPEATED, max(0, min(MAX_REPEATS, repeats[days_of(t)] - 1)))
        if days_of(t) in subject_days or id(t) in in_run:
            tallies[id(t)].add(DateSignal.IN_SUBJECT)
    scores = {key: tally.total for key, tally in tallies.items()}
    # A month without a day, a whole year or a budget year is never the meeting's days.
    choosable = [t for t in candidates if not a_period(t, tallies[id(t)])]
    # Of dates that score alike, one not said of another event: "September 17 | Deadline for
    # sending invitations to the Assembly" ties with "Assembly: December 17" and is not it.
    best = max(
        choosable or candidates,
        key=lambda t: (
            scores[id(t)],
            not any(tallies[id(t)].holds(s) for s in _NOT_WRITTEN_AS_EVENT),
            text.in_body(t.span[0]),
            -t.span[0],
        ),
    )
    best_score = scores[id(best)]
    hour_source, hour_why = None, ""
    if (best_score < 1 or not choosable) and (
        only := only_day_at_start_hour(text, candidates, default_tz)
    ):
        on_the_day, best, start_clock = only
        tallies[id(best)] = tallies[id(on_the_day)]  # its signals are the written date's
        hour_source, hour_why = text.snippet(*start_clock.span), ONLY_DAY_REASON
    elif best_score < 1 or not choosable:
        # the story's own date, which "yesterday" and "on Monday" count from
        filed = [t for t in candidates if tallies[id(t)].holds(DateSignal.PUBLICATION)]
        # "NGO Pre-Registration Ends January 23" over "… will run … to 23 January": a subject's
        # day the text writes as another event's is not the meeting's
        elsewhere = {
            days_of(t) for t in candidates if any(tallies[id(t)].holds(s) for s in _ANOTHER_EVENTS)
        } | {  # (and the day a window closes: "registration (closes 6 April)" in the subject)
            (last, last)
            for t in candidates
            if closing_window(t, tallies[id(t)]) and (last := day_of(t.end)) is not None
        }
        own = [t for t in in_subject if days_of(t) not in elsewhere]
        found = from_subject(text, own, default_tz, city, country, reference, filed)
        if found.start is not None:
            return found
        fair = [t for t in choosable if tallies[id(t)].total >= 0 and zone_stated(t)]
        if linked := session_hour(text, fair):
            return MeetingDates(*linked)
        if lone := lone_dated_hour(choosable, tallies, _NOT_WRITTEN_AS_EVENT):
            return MeetingDates(*lone_meeting(text, lone, default_tz, city, country))
        return told_long_after(text, choosable, tallies)
    # "the Example Board meeting on 24 May" over "The audit runs from 20 to 30 May": the day's
    inside = meeting_day_inside(text, best, candidates, tallies, _NOT_WRITTEN_AS_EVENT)
    best, best_score = (inside, scores[id(inside)]) if inside else (best, best_score)
    # A range written elsewhere from the same first day says more: "13/9/2022" in a sentence,
    # "September 13 to 14, 2022" under the title; "Time: 1-9 July" over "regional events on 1-2
    # July, and global events on 7-9 July" holds all the summit's days.
    best_first, best_last = days_of(best)
    longer = [
        t
        for t in candidates
        if t.kind is TemporalKind.RANGE
        and not isinstance(best.start, dt.datetime)
        and days_of(t)[0] == best_first
        and (days_of(t)[1] or dt.date.min) > (best_last or dt.date.max)
        and scores[id(t)] >= best_score - CLEAR_MARGIN
        and not any(tallies[id(t)].holds(s) for s in _NOT_WRITTEN_AS_EVENT)
    ]
    if longer:
        best = max(longer, key=lambda t: scores[id(t)])
        best_score = scores[id(best)]
    # The same day written elsewhere with its hours says more ("Date: 22 August" above "On 22
    # August at 03:00 UTC, ... held a webinar"), unless those hours are another event's.
    precise = [
        t
        for t in candidates
        if isinstance(t.start, dt.datetime)
        and day_of(t.start) == day_of(best.start)
        and (best.end is None or day_of(t.end or t.start) == day_of(best.end))
        and scores[id(t)] >= 1
        and not any(tallies[id(t)].holds(s) for s in _NOT_WRITTEN_AS_EVENT)
    ]
    if not isinstance(best.start, dt.datetime) and precise:
        best = max(precise, key=lambda t: scores[id(t)])
    best_key = id(best)  # the tallies' key, kept when the hour is joined below
    if wire_stamp(text, best) and (stamp_day := day_of(best.start)) is not None:
        # "Thursday April 8, 2027 15:05 — Example News Agency": the story's day, the wire's minute
        best = replace(best, kind=TemporalKind.DATE, start=stamp_day, tz=None, zone_assumed=False)
    if (series := from_first_listed(best, candidates)) is not None:
        best = series
    elif (first_row := first_session_row(text, best, candidates)) is not None:
        best = first_row
    today = reference.astimezone(tzinfo_of(default_tz)).date()
    opening = (
        None if isinstance(best.start, dt.datetime) else _opening_hour(best, candidates, tallies)
    )
    # (the hour said as the meeting's start goes before a dated hour of the first day not said
    # so: "On Tuesday, December 1 at 1:30 p.m., public comment …" / "START TIME: 9:00 a.m.")
    said = opening is not None and said_to_start(text.plain, opening.span)
    joined = None if said else hour_apart(text, best, today)
    if opening is not None and (said or joined is None):
        # "held from 9 to 13 October" and "will commence at 10:30 on Monday, 9 October": the
        # range's first day has its hour in another sentence
        hour_source = text.snippet(*opening.span)
        hour_why = "the first day's hour from another sentence"
        best = replace(
            best, start=opening.start, tz=opening.tz, reasons=opening.reasons,
            zone_assumed=opening.zone_assumed,
        )  # fmt: skip
    elif joined:
        day, clock, hour_why = joined
        hour_source, (zone, doubts) = text.snippet(*clock.span), zone_after_hour(text, clock, day)
        at = dt.datetime.combine(day, clock.start, tzinfo=tzinfo_of(zone or default_tz))
        best = replace(
            best, start=at, end=row_end(text.plain, day, clock, hour_why, at.tzinfo) or best.end,
            tz=zone, confidence=min(best.confidence, JOINED_HOUR), reasons=(*best.reasons, *doubts),
        )  # fmt: skip
    zone, zone_confidence = meeting_zone(
        text, best, default_tz, city, country, letterhead=letterhead_city
    )
    regional = (
        isinstance(best.start, dt.datetime)
        and not zone_stated(best)
        and regional_equivalents(text.plain, best.span[1])
    )
    if regional:
        zone = None  # a place named elsewhere is no more the hour's than the default zone
    if zone is None and (written := written_iana_zone(text.plain)) is not None:
        # "2-5 March 2021 / Chiang Mai, Thailand (ONLINE) / Asia/Bangkok timezone"
        zone, zone_confidence = written, WRITTEN_ZONE_CONFIDENCE
    zone_reasons: tuple[str, ...] = ()
    if zone and hour_source is None and any(tallies[best_key].holds(s) for s in _ANOTHER_EVENTS):
        # "registration open until 3 March, 6 p.m., New York time": the deadline's zone (not
        # the zone of a start hour said apart from a registration day)
        zone_confidence = min(zone_confidence, DOUBTED_ROLE_CONFIDENCE)
        zone_reasons = (ZONE_OF_ANOTHER_EVENT,)
    start, end = meeting_in_zone(best.start, zone, best), meeting_in_zone(best.end, zone, best)
    source = text.snippet(*best.span)
    reasons = (*best.reasons, *tallies[best_key].reasons())
    if hour_source is not None and hour_source != source:
        source = f"{source} … {hour_source}"
        reasons = (*reasons, hour_why)
    first_day = day_of(best.start)
    last_day = (
        None
        if end is not None or first_day is None
        else (stated_last_day(text, first_day, best.span[1]))
    )
    rival = max(
        (scores[id(t)] for t in candidates if days_of(t) != days_of(best)), default=float("-inf")
    )
    close_rival = best_score - rival < CLEAR_MARGIN
    if nested := _nested_range(best, candidates, scores, best_score):
        # "the SOM series, May 10-24" around "the working group, May 14-17": whose days are
        # the meeting's is a question of which meeting, which the signals cannot settle.
        close_rival = True
        reasons = (*reasons, f"the range holds another meeting's days: {nested.text}")
    if close_rival:
        # The signals do not set this date clearly apart from another: a person should look.
        reasons = (*reasons, f"another date scores {rival:g} against its {best_score:g}")
    if other_hour := rival_hour(best, precise, scores, tallies[best_key].total - CLEAR_MARGIN):
        reasons = (*reasons, f"another hour of the day scores near it: {other_hour.text}")
    signals = [signal for signal, _ in tallies[best_key].contributions]
    inputs = features(
        signals, score=best_score, close_rival=close_rival, engine_doubt=best.confidence < 0.9
    )
    # The hand weights' verdict, lowered where the model fitted on real mail is less sure.
    hand = hand_confidence(best_score, close_rival=close_rival)
    confidence = min(best.confidence, hand, fitted_confidence(inputs))
    if other_hour is not None:
        confidence = min(confidence, RIVAL_HOUR_CONFIDENCE)
    if tallies[best_key].holds(DateSignal.TOMORROW) or best_key in in_run:
        confidence = min(confidence, INFERRED_DAY_CONFIDENCE)
    if any(
        t is not best and tallies[id(t)].holds(DateSignal.RECURRING) and occasion_day(text, t)
        for t in candidates
    ):
        # chosen over an occasion's day (round fifteen): a newer reading, a person should look
        confidence = min(confidence, OCCASION_RIVAL_CONFIDENCE)
        reasons = (*reasons, OCCASION_RIVAL_REASON)
    if regional:
        confidence = min(confidence, REGIONAL_HOURS_CONFIDENCE)
        reasons = (*reasons, REGIONAL_HOURS_REASON)
    if isinstance(best.start, dt.datetime) and stamp_spared(text, best):
        # a dated hour of a mail stamp's shape, said of the meeting (round sixteen): under review
        confidence = min(confidence, JOINED_HOUR)
        reasons = (*reasons, SPARED_STAMP_REASON)
    if _said_of_old_schedule(text, best, tallies[best_key]):
        # "which was scheduled to be held … on April 24 will be postponed": the days given up
        confidence = min(confidence, OLD_SCHEDULE_CONFIDENCE)
        reasons = (*reasons, "said of a schedule that was, not of one to come")
    is_new = (
        tallies[best_key].holds(DateSignal.NEW_DATE)
        or said_to_come(text.plain, best, reference)
        or moved_from_earlier(text.plain, day_of(best.start), candidates)
    )
    if tallies[best_key].holds(DateSignal.NEW_DATE) and (doubt := new_date_doubt(text, best)):
        confidence = min(confidence, DOUBTED_ROLE_CONFIDENCE)
        reasons = (*reasons, doubt)
    if inside is not None:
        confidence = min(confidence, DOUBTED_ROLE_CONFIDENCE)
        reasons = (*reasons, DAY_INSIDE_REASON)
    if prepared_meeting_doubt(text, best, candidates):
        confidence = min(confidence, DOUBTED_ROLE_CONFIDENCE)
        reasons = (*reasons, PREPARED_REASON)
    end_value = Extracted(end, source, confidence, reasons) if end is not None else None
    if end is not None and (listed := listed_last_day(best, candidates, text.plain)):
        end_value = Extracted(
            listed, source, min(confidence, DOUBTED_ROLE_CONFIDENCE), (*reasons, LISTED_REASON)
        )
    if last_day is not None:
        end_value = Extracted(
            last_day.day,
            last_day.told(source),
            min(confidence, COUNTED_END_CONFIDENCE),
            (*reasons, last_day.why),
        )
    return MeetingDates(
        start=Extracted(start, source, confidence, reasons) if start is not None else None,
        end=end_value,
        timezone=Extracted(zone, source, zone_confidence, zone_reasons) if zone else None,
        chosen_span=best.span,
        chosen_is_new=is_new,
        # "postponed until 14 December" written, the old day chosen (extract holds it)
        old_day_chosen=not is_new
        and any(
            tallies[id(t)].holds(DateSignal.NEW_DATE) and days_of(t) != days_of(best)
            for t in candidates
        ),
        new_date_written=any(tally.holds(DateSignal.NEW_DATE) for tally in tallies.values()),
        confidence_inputs=inputs,
    )


def _said_of_old_schedule(text: MessageText, item: Temporal, tally: Tally) -> bool:
    """Whether the clause before a date (read across the lines a PDF wraps it into) says it
    was scheduled, and no words call it new."""
    if tally.holds(DateSignal.NEW_DATE):
        return False
    at = item.span[0]
    clause = _CLAUSE_END.split(text.unwrapped(max(0, at - CLAUSE_REACH), at))[-1]
    return SCHEDULE_THAT_WAS.search(clause[-OLD_SCHEDULE_REACH:]) is not None


def _opening_hour(
    best: Temporal, candidates: Sequence[Temporal], tallies: Mapping[int, Tally]
) -> Temporal | None:
    """The hour a range of days begins, written apart from it on its first day."""
    first, last = days_of(best)
    if best.kind is not TemporalKind.RANGE or first is None or first == last:
        return None
    hours = [
        t
        for t in candidates
        if t.kind is TemporalKind.DATETIME
        and days_of(t) == (first, first)
        and tallies[id(t)].total >= 1
        and not any(tallies[id(t)].holds(s) for s in _NOT_WRITTEN_AS_EVENT)
    ]
    return min(hours, key=lambda t: t.span[0]) if hours else None


# A schedule said in the past ("was scheduled for"): kept or given up, a person should look.
OLD_SCHEDULE_CONFIDENCE = 0.7
OLD_SCHEDULE_REACH = 100
_CLAUSE_END = re.compile(r"[.;:]\s")


def _nested_range(
    best: Temporal, candidates: Sequence[Temporal], scores: dict[int, float], best_score: float
) -> Temporal | None:
    """A range of other days inside the chosen range, scored near it, or None."""
    first, last = days_of(best)
    if best.kind is not TemporalKind.RANGE or first is None or last is None:
        return None
    for other in candidates:
        days = days_of(other)
        if (
            other.kind is TemporalKind.RANGE
            and days != (first, last)
            and days[0] is not None
            and days[1] is not None
            and first <= days[0]
            and days[1] <= last
            and scores[id(other)] >= best_score - CLEAR_MARGIN
        ):
            return other
    return None


_ANOTHER_EVENTS = (DateSignal.OTHER_EVENT, DateSignal.IMPORTANT_DATES_ROW)
_NOT_WRITTEN_AS_EVENT = (
    DateSignal.DOCUMENT_DATE, DateSignal.PUBLICATION, DateSignal.OTHER_EVENT,
    DateSignal.IMPORTANT_DATES_ROW,
)  # fmt: skip
EVENT_KINDS = (TemporalKind.DATE, TemporalKind.DATETIME, TemporalKind.RANGE)


# A zone the text names once, apart from any time.
WRITTEN_ZONE_CONFIDENCE = 0.8
OCCASION_RIVAL_CONFIDENCE = 0.75
OCCASION_RIVAL_REASON = "another date is the day of the occasion the event marks"
# A date chosen beside "tomorrow", or a session inside the subject's days: a person should look.
INFERRED_DAY_CONFIDENCE = 0.75
