"""Understand one message: the meeting record it describes, and what kind of message it is.

`extract_message` is pure (no I/O, no clock): whatever the message holds, it returns an
`Extraction`, at worst of kind other with the reason. An exception is a bug of ours and
is not hidden here: the worker boundary (bot.processing.workers.understand) records the message as
failed with the trace.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.reading.document import IcsEvent, MailDocument
from bot.understanding.calibration import held_under_review
from bot.understanding.fields.contacts import find_contacts
from bot.understanding.fields.date_doubts import (
    DOUBTED_ROLE_CONFIDENCE,
    MOVED_FAR_REASON,
    NEW_DATE_ELSEWHERE_REASON,
)
from bot.understanding.fields.date_last_day_row import last_day_row
from bot.understanding.fields.date_unset import (
    OWN_DATE_LINE,
    UNSET_CONFIDENCE,
    UNSET_REASON,
    day_not_set,
    own_date_line,
)
from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.fields.deadlines import find_deadlines, registration_deadline
from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.links import find_documents_url, find_registration_url
from bot.understanding.fields.meeting_dates import find_meeting_dates
from bot.understanding.fields.mode import doubt_not_held, find_mode
from bot.understanding.fields.mode_put_off import unfixed_way
from bot.understanding.fields.online import find_online_meetings
from bot.understanding.fields.place import Place, find_place, postponed_place
from bot.understanding.fields.place_dated import (
    cited_past_place,
    city_dated_elsewhere,
    doubt_dated_elsewhere,
)
from bot.understanding.fields.place_head import head_place
from bot.understanding.fields.postponed_dates import (
    ATTENDED_TO_COME,
    NEXT_MEETING_ONLY,
    attended_to_come,
    day_to_come,
    next_meeting_only,
    only_old_schedule,
)
from bot.understanding.fields.report_dated import report_dated
from bot.understanding.fields.schedule_words import given_up_before
from bot.understanding.fields.series_rows import next_series_row
from bot.understanding.fields.sponsorship import find_sponsorship
from bot.understanding.fields.text import MessageText, written_spans
from bot.understanding.fields.thai_host import thai_host
from bot.understanding.fields.title import find_titles
from bot.understanding.fields.venue_name import unnamed_building
from bot.understanding.kind_news import NewsOfChange
from bot.understanding.letter import fill_from_letters, letters_in
from bot.understanding.ocr_values import doubt_ocr_values, repair_ocr_dates
from bot.understanding.prefilter import LineStart
from bot.understanding.record import (
    Extracted,
    Extraction,
    MeetingRecord,
    MessageKind,
    Mode,
    OnlineMeeting,
)
from bot.understanding.rules import rule_of
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import When, day_of
from bot.understanding.triage import triage

# Where quoted mail starts inside a body: what follows is someone else's earlier message.
_QUOTE_START = LineStart(
    r"^-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|^On .{5,200} wrote:\s*$"
    r"|^From:\s.+\n(?:Sent|Date):\s",
    re.IGNORECASE,
)
# An invitation, its notes and agenda fit in far less; the rest of a long report adds
# nothing about when and where, and reading it all would only cost time.
MAX_TEXT_CHARS = 100_000
# A city read from the sender's header lines (fields.place_readers): the seat, not the venue.
LETTERHEAD_CITY_RULE = "city.header_line"
_FORWARD_SUBJECT = re.compile(r"^\s*(?:\[[^\]]*\]\s*)*(?:fwd?|fw)\s*:", re.IGNORECASE)
# A forwarder's own words up to this length are a cover note ("please see below"):
# the forwarded message is then what the mail is about.
COVER_NOTE_CHARS = 500
_YEAR = re.compile(r"(?<!\d)(19[0-9]{2}|20[0-9]{2}|25[5-9][0-9])(?!\d)")


def extract_message(doc: MailDocument, *, default_tz: str = "Asia/Bangkok") -> Extraction:
    return extract_with_dates(doc, default_tz=default_tz)[0]


def extract_with_dates(
    doc: MailDocument, *, default_tz: str = "Asia/Bangkok"
) -> tuple[Extraction, MeetingDates]:
    """The extraction, and the meeting's dates as they were chosen (with the inputs of their
    confidence, which benchmarks/fit_signals.py fits on)."""
    doc = repair_ocr_dates(doc)
    raw = doc.all_text()
    reference, reference_reasons = _reference(doc, raw)
    if len(raw) > MAX_TEXT_CHARS:
        raw = raw[:MAX_TEXT_CHARS]
        reference_reasons += (f"only the first {MAX_TEXT_CHARS} characters were read",)
    text = MessageText.of(raw, subject=doc.subject, body_end=_body_end(doc))
    temporals = find_temporal(text.plain, reference=reference, default_tz=default_tz)
    text = replace(text, temporals=tuple(temporals))
    subject_dates = find_temporal(text.subject, reference=reference, default_tz=default_tz)

    titles = find_titles(text)
    online = find_online_meetings(text)
    place = find_place(text)
    # (a kind of building without its name, "at a Bangkok hotel", is no venue, but a room)
    building = place.span is not None and unnamed_building(text.unwrapped(*place.span))
    has_venue = place.labelled or place.venue is not None or building
    mode = find_mode(text, has_venue=has_venue, has_online_meeting=bool(online))
    if mode is not None and mode.value is Mode.VIRTUAL and not place.labelled:
        place = Place(None, None, None, False)  # a host city named beside a virtual meeting
    else:
        # (after the mode: a page's head line weighs nothing against the words of its way)
        place = thai_host(text, head_place(text, place))
    title_spans = _spans_of(text, titles.title, titles.series)

    def dates_in(place: Place) -> MeetingDates:
        found = find_meeting_dates(
            text,
            reference=reference,
            default_tz=default_tz,
            city=place.city.value if place.city else None,
            country=place.country.value if place.country else None,
            title_spans=title_spans,
            subject_dates=subject_dates,
            letterhead_city=place.city is not None
            and rule_of(place.city.reasons) == LETTERHEAD_CITY_RULE,
        )
        if series := next_series_row(text, reference, default_tz, found):
            found = series
        elif found.start is None and (dated := report_dated(text, reference)):
            found = dated
        elif conference_days := last_day_row(text, found):
            found = conference_days
        return _calendar_dates(doc, found)

    dates = dates_in(place)
    first_day = dates.start.value if dates.start else None
    last_day = dates.end.value if dates.end else None
    if (
        without := city_dated_elsewhere(text, place, first_day, last_day, reference.date())
        or cited_past_place(text, place, first_day, last_day)
    ) is not None:
        # another meeting's city, whose zone the days were read in: read them again
        place = without
        dates = dates_in(place)
    place = doubt_dated_elsewhere(
        text,
        place,
        dates.start.value if dates.start else None,
        dates.end.value if dates.end else None,
    )
    online = _sessions_own_dates(online, dates)
    deadlines = find_deadlines(
        text,
        start=dates.start.value if dates.start else None,
        end=dates.end.value if dates.end else None,
        zone=dates.timezone.value if dates.timezone else None,
    )
    record = MeetingRecord(
        title=titles.title or _calendar_title(doc),
        title_th=titles.title_th,
        series=titles.series,
        ordinal=titles.ordinal,
        start=dates.start,
        end=dates.end,
        timezone=dates.timezone,
        mode=mode,
        venue=place.venue,
        city=place.city,
        country=place.country,
        online_meetings=online,
        registration_url=find_registration_url(text),
        registration_deadline=registration_deadline(text, deadlines),
        delegates_requested=find_delegates_requested(text),
        sponsorship=find_sponsorship(text),
        organiser_contacts=find_contacts(text),
        documents_url=find_documents_url(text),
        deadlines=deadlines,
    )
    record = fill_from_letters(record, letters_in(doc))
    kind, reasons = triage(doc, text, record)
    # (news of a change to a meeting, held by video after it was put off or a headline's meeting
    # ahead put off by a source's word, names its day as a postponement's news does: since round
    # seventeen, the headline's since round twenty-one)
    put_off = kind is MessageKind.POSTPONEMENT or (
        kind is MessageKind.UPDATE and isinstance(reasons[0], NewsOfChange)
    )
    if put_off and attended_to_come(text, dates, reference):
        record = _days_doubted(record, ATTENDED_TO_COME, DOUBTED_ROLE_CONFIDENCE)
    elif put_off and only_old_schedule(text, dates):
        # "will be held online on Friday": the new day, named from the story's date
        record = replace(record, start=day_to_come(text, reference), end=None)
        reasons = (*reasons, "the only dates given are the old ones: no new date yet")
    elif (
        kind is MessageKind.POSTPONEMENT
        and not dates.new_date_written
        and record.start is not None
        and given_up_before(text.plain, day_of(record.start.value), text.temporals)
    ):
        # "The AGM planned for <D> was postponed": the later day is new by inference only
        record = replace(
            record, start=_doubted(record.start, GIVEN_UP_BEFORE, GIVEN_UP_BEFORE_CONFIDENCE)
        )
    elif dates.old_day_chosen and kind is not MessageKind.CANCELLATION:
        # a new date is written and the old day chosen: which day holds, a person should look
        # (a cancellation's day is the one called off, whatever the next meeting's is)
        record = _days_doubted(record, NEW_DATE_ELSEWHERE_REASON, DOUBTED_ROLE_CONFIDENCE)
    if (
        kind is not MessageKind.CANCELLATION
        and record.start is not None
        and not dates.chosen_is_new
        and day_not_set(text)
    ):
        # "it is not possible to give a specific date for the AGM": no date is the meeting's by
        # the text's own words, and the line of the message's own day is the notice's date
        if own_date_line(text, dates, record.start.value, reference):
            record = replace(record, start=None, end=None)
            reasons = (*reasons, OWN_DATE_LINE)
        else:
            record = _days_doubted(record, UNSET_REASON, UNSET_CONFIDENCE)
    if kind is MessageKind.POSTPONEMENT and (
        # new days read only under review (far after the verb) fix the place no more than none
        record.start is None or MOVED_FAR_REASON in record.start.reasons
    ):
        record = postponed_place(replace(record, mode=unfixed_way(record.mode)))
    record = replace(
        record,
        mode=doubt_not_held(record.mode, text, cancelled=kind is MessageKind.CANCELLATION),
    )
    if kind is MessageKind.CANCELLATION and next_meeting_only(text, dates):
        # "<Body>'s next meeting is on <day>": another meeting's day, not the one called off
        record = replace(record, start=None, end=None)
        reasons = (*reasons, NEXT_MEETING_ONLY)
    elif dates.chosen_is_new and (why := _NEW_DAY_NOT_PUT_OFF.get(kind)):
        record = _days_doubted(record, why, CANCELLED_NEW_DAY_CONFIDENCE)
    # Last, once every rule has spoken: the classes unseen mail showed unreliable at >= 0.8
    # are held by the confidence their rule gave, then a scan's doubt lowers what it read (a
    # count read from a scan is no surer than the same count typed).
    record = doubt_ocr_values(held_under_review(record), doc)
    return Extraction(doc.message_id, kind, (*reasons, *reference_reasons), record), dates


# A cancellation's day that its words call new: a person should look.
CANCELLED_NEW_DAY_CONFIDENCE = 0.6
CANCELLED_NEW_DAY = "a cancellation: the day its words call new may be another meeting's"
NOTHING_PUT_OFF = "no meeting is put off: the day its words call new may be a deadline's"
# Where a day the words call new is not this meeting's new day: a cancellation's is another
# meeting's ("moved to the Feb. 13 council meeting"); on a page of dates (since round twenty) a
# deadline's or another item's ("Deadline for proposals: postponed to <day>").
_NEW_DAY_NOT_PUT_OFF = {
    MessageKind.CANCELLATION: CANCELLED_NEW_DAY,
    MessageKind.OTHER: NOTHING_PUT_OFF,
}
# A postponement's day new only because an earlier one is said given up: a person should look.
GIVEN_UP_BEFORE_CONFIDENCE = 0.75
GIVEN_UP_BEFORE = "a postponement: the day is new because an earlier one is said given up"


def _days_doubted(record: MeetingRecord, why: str, confidence: float) -> MeetingRecord:
    return replace(
        record,
        start=_doubted(record.start, why, confidence),
        end=_doubted(record.end, why, confidence),
    )


def _doubted(value: Extracted[When] | None, why: str, confidence: float) -> Extracted[When] | None:
    if value is None:
        return None
    return replace(
        value, confidence=min(value.confidence, confidence), reasons=(*value.reasons, why)
    )


def _reference(doc: MailDocument, raw: str) -> tuple[dt.datetime, tuple[str, ...]]:
    """When the message was written: its Date, else the newest forwarded date, else a guess."""
    if doc.date is not None:
        return doc.date, ()
    forwarded = [f.date for f in doc.forwarded if f.date is not None]
    if forwarded:
        return max(forwarded), ("message has no date: the newest forwarded date was used",)
    years = [int(y) - 543 if int(y) > 2400 else int(y) for y in _YEAR.findall(raw)]
    if years:
        guess = dt.datetime(max(years), 1, 1, tzinfo=dt.UTC)
        return guess, (f"message has no date: dates without a year were read as {guess.year}",)
    return dt.datetime(2000, 1, 1, tzinfo=dt.UTC), ("message has no date and the text no year",)


def _body_end(doc: MailDocument) -> int:
    """Where the sender's own words end: at the first quoted or forwarded message.

    A forward whose own words are only a cover note speaks through the message it
    forwards: that message counts as the body, the older ones it quotes do not.
    """
    ends = [len(doc.text)]
    match = _QUOTE_START.search(doc.text)
    if match:
        ends.append(match.start())
    forwarded_spans: list[tuple[int, int]] = []
    for forwarded in doc.forwarded:
        head = forwarded.text[:80]
        position = doc.text.find(head) if head else -1
        if position >= 0:
            ends.append(position)
            forwarded_spans.append((position, position + len(forwarded.text)))
    own_end = min(ends)
    is_cover_note = len(doc.text[:own_end].strip()) <= COVER_NOTE_CHARS
    if _FORWARD_SUBJECT.match(doc.subject) and own_end < len(doc.text) and is_cover_note:
        following = [span for span in sorted(forwarded_spans) if span[0] >= own_end]
        if following:
            return following[0][1]
        later = _QUOTE_START.search(doc.text, own_end + 1)
        return later.start() if later else len(doc.text)
    return own_end


def _spans_of(text: MessageText, *values: Extracted[str] | None) -> list[tuple[int, int]]:
    """Where the title or series is written in the text, to find the dates beside it: its
    first words (a name written a little differently still counts), and the whole name."""
    spans: list[tuple[int, int]] = []
    for value in values:
        if value is None or len(value.value) < 3 or value.generic:
            continue
        words = value.value.split()
        for part in {tuple(words[:6]), tuple(words)}:
            spans.extend(written_spans(text, part))
    return spans


def _sessions_own_dates(
    sessions: tuple[OnlineMeeting, ...], dates: MeetingDates
) -> tuple[OnlineMeeting, ...]:
    """A session keeps only dates of its own (a dry run the day before): the meeting's
    dates restated beside its link are the meeting's, and null already says so."""
    start = dates.start.value if dates.start else None
    end = dates.end.value if dates.end else None

    def restates(session: OnlineMeeting) -> bool:
        if session.start is None or session.start != start:
            return False
        return session.end is None or session.end == end or session.end == start

    return tuple(replace(s, start=None, end=None) if restates(s) else s for s in sessions)


def _events(doc: MailDocument) -> list[IcsEvent]:
    return [e for a in doc.attachments for e in a.events if e.start is not None]


def _calendar_dates(doc: MailDocument, dates: MeetingDates) -> MeetingDates:
    """An attached calendar entry states the time exactly; the text may only give the day."""
    events = _events(doc)
    if not events:
        return dates
    event = events[0]
    source = f"calendar entry: {event.summary or ''}".strip()
    start = Extracted(event.start, source, 0.95) if event.start is not None else dates.start
    last = event.end
    if type(last) is dt.date and type(event.start) is dt.date:
        # An all-day DTEND is the day after the event (RFC 5545): the last day is the one before.
        last = last - dt.timedelta(days=1)
        last = last if last > event.start else None
    end = Extracted(last, source, 0.95) if last is not None else dates.end
    zone = dates.timezone
    if isinstance(event.start, dt.datetime) and event.start.tzinfo is not None:
        key = getattr(event.start.tzinfo, "key", None)
        if key:
            zone = Extracted(str(key), source, 0.95)
    return MeetingDates(start, end, zone)


def _calendar_title(doc: MailDocument) -> Extracted[str] | None:
    for event in _events(doc):
        if event.summary:
            return Extracted(event.summary, f"calendar entry: {event.summary}", 0.8)
    return None
