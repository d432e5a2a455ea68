"""The facts a memo template writes, ready to print: Thai dates, Thai digits, names.

Only facts come from here, never wording: the templates say "ขอให้…พิจารณามอบหมาย
ผู้แทน" and decide what to write when a fact is missing. A missing fact is None, and
the templates print a visible blank for it, not a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from bot.actions.clock import english_when, over_at, people_when
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import Origin
from bot.actions.memo.places import PlaceNames
from bot.actions.memo.thai_forms import BLANK, thai_day_span
from bot.actions.memo.travel import stay_in, travel_days
from bot.actions.memo.urgency import urgency_mark
from bot.actions.thai import thai_date, thai_time
from bot.config.settings import OfficeSettings, Route, Settings
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.reading.thai_digits import to_thai_digits as thai_digits
from bot.understanding.browser_url import text_without_links
from bot.understanding.glossary import load_glossary
from bot.understanding.record import DeadlineKind, Extracted, MeetingRecord, Mode, When

# What a host may pay for, by words its notes use; the templates print the Thai.
_SPONSORED_ITEMS = (
    ("flight", re.compile(r"\b(flights?|air\s*fares?|air\s*tickets?|airfares?|travel)\b", re.I)),
    ("accommodation", re.compile(r"\b(accommodations?|hotels?|lodging|rooms?)\b", re.I)),
    ("meals", re.compile(r"\b(meals?|lunch(es)?|dinners?)\b", re.I)),
    ("allowance", re.compile(r"\b(DSA|allowances?|per\s+diem|subsistence)\b", re.I)),
)
_NOT_SPONSORED = re.compile(r"\b(non-?sponsored|self-?funded|own\s+expense)\b", re.I)


@dataclass(frozen=True)
class DelegateFacts:
    name: str  # Thai when configured, else English
    name_en: str
    position: str | None  # Thai when configured, else English
    position_en: str | None
    unit: str | None  # Thai (unit_th) when configured, else the department as configured
    email: str | None


@dataclass(frozen=True)
class MeetingFacts:
    id: int
    title_en: str | None
    title_th: str | None
    series: str | None
    ordinal: int | None
    mode: str | None  # "virtual", "in_person", "hybrid"
    cancelled: bool
    single_day: bool
    dates: str | None  # "๑๖-๑๘ ธันวาคม ๒๕๖๘"
    weekday_date: str | None  # one-day meetings: "วันอังคารที่ ๓๐ กันยายน ๒๕๖๘"
    dates_en: str | None  # "16-18 December 2025"
    times: str | None  # office time zone: "๐๘.๓๐ - ๑๖.๓๐ น."
    venue: str | None  # as the organiser wrote it
    city: str | None  # Thai when places_th.toml knows it, else as written
    country: str | None
    place_en: str | None  # "Hilton Kuala Lumpur, Kuala Lumpur, Malaysia"
    abroad: bool
    travel_dates: str | None  # abroad in person: "๑๕-๑๘ ธันวาคม ๒๕๖๘", travel days included
    stay_nights: int | None  # the nights the note states: "from … (check-in) to … (check-out)"
    stay_dates: str | None
    quota: int | None
    sponsorship: str | None  # the organiser's words
    sponsored: tuple[str, ...]  # "flight", "accommodation", "meals", "allowance"
    self_funded: bool
    registration_deadline: str | None  # "๒ ธันวาคม ๒๕๖๘" (+ " เวลา ๑๔.๐๐ น." when timed)
    registration_deadline_en: str | None
    registration_deadline_passed: bool
    registration_url: str | None
    # The day the organiser wants the delegates' names by, when the mail says so
    # ("kindly send the names ... no later than 6 February"; "แจ้งรายชื่อ ... ภายในวันที่").
    names_deadline: str | None
    organiser_name: str | None  # the first contact with a name
    organiser_emails: tuple[str, ...]


@dataclass(frozen=True)
class OriginFacts:
    by: str | None  # Thai name of the inviter
    sender: str | None  # as the mail gives it, a hint beside a blank
    sent: str | None  # Thai date of the invitation
    letter: bool
    letter_number: str | None  # "รง ๐๒๑๐.๓/ว ๒๘๗๒"
    letter_urgency: str | None
    letter_date: str | None
    via: str | None  # who passed the invitation on, in Thai


@dataclass(frozen=True)
class MemoContext:
    kind: MemoKind
    urgency: str | None
    reference: str  # the memo's own ที่: "รง ๐๓๐๘.๒/๒๗๓๐", the number blank when unknown
    today: str
    today_en: str
    office: OfficeSettings
    meeting: MeetingFacts
    delegates: tuple[DelegateFacts, ...]
    origin: OriginFacts
    through_ministry: bool  # ๓.๒ asks to sign the covering letter to ปลัดกระทรวงแรงงาน

    def as_template_vars(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def build_context(
    kind: MemoKind,
    meeting: Meeting,
    settings: Settings,
    *,
    today: dt.date,
    places: PlaceNames,
    origin: Origin | None = None,
    number: int | None = None,
    route: Route | None = None,
) -> MemoContext:
    """`route` is the choice for this meeting; None: the office's `memo.route`."""
    tz = ZoneInfo(settings.timezone)
    facts = _meeting_facts(meeting, tz, today, places, settings.memo.travel_days_abroad)
    origin_facts = _origin_facts(origin)
    deadline = meeting.record.registration_deadline
    # Only the nomination races a deadline; reports and circulars follow their own pace.
    urgency = (
        urgency_mark(
            _local_date(deadline.value, tz) if deadline else None,
            today,
            settings.memo.urgent_days,
            also=[origin_facts.letter_urgency],
        )
        if kind is MemoKind.NOMINATION and not facts.cancelled
        else None
    )
    circular = "ว " if kind is MemoKind.CIRCULATION else ""
    serial = thai_digits(number) if number is not None else BLANK
    return MemoContext(
        kind=kind,
        urgency=urgency,
        reference=f"{settings.office.reference_prefix_th}/{circular}{serial}",
        today=thai_date(today),
        today_en=_english_date(today),
        office=settings.office,
        meeting=facts,
        delegates=tuple(_delegate_facts(settings, key) for key in meeting.delegates),
        origin=origin_facts,
        through_ministry=_through_ministry(
            route or settings.memo.route, origin_facts, settings.office.ministry_th
        ),
    )


def _through_ministry(route: Route, origin: OriginFacts, ministry_th: str) -> bool:
    # "auto": back the way the invitation came; the ministry's letter, or a forward from
    # the Permanent Secretary's office, is answered through the ministry.
    if route == "auto":
        return origin.letter or origin.via == f"สำนักงานปลัด{ministry_th}"
    return route == "ministry"


def _meeting_facts(
    meeting: Meeting, tz: ZoneInfo, today: dt.date, places: PlaceNames, days_around: int
) -> MeetingFacts:
    # A meeting held for approval may carry a phishing link: every URL its values hold
    # is printed as inert text with its real host, as in every other channel.
    record = meeting.record if meeting.approved else _links_as_text(meeting.record)
    start = _local_date(record.start.value, tz) if record.start else None
    end = _local_date(record.end.value, tz) if record.end else None
    single_day = start is not None and (end is None or end == start)
    deadline = record.registration_deadline
    deadline_day = _local_date(deadline.value, tz) if deadline else None
    sponsorship = _text(record.sponsorship)
    country_en = _text(record.country)
    abroad = country_en is not None and places.country(country_en) != places.country("Thailand")
    stay = stay_in(sponsorship)
    in_person = record.mode is not None and record.mode.value is not Mode.VIRTUAL
    return MeetingFacts(
        id=meeting.id,
        title_en=_text(record.title),
        # The meeting's own Thai name, else the series' from the glossary with the ordinal.
        title_th=_text(record.title_th)
        or load_glossary().meeting_name(
            _text(record.series), record.ordinal.value if record.ordinal else None
        ),
        series=_text(record.series),
        ordinal=record.ordinal.value if record.ordinal else None,
        mode=record.mode.value.value if record.mode else None,
        cancelled=meeting.status is MeetingStatus.CANCELLED,
        single_day=single_day,
        dates=thai_day_span(start, end) if start else None,
        weekday_date=thai_date(start, weekday=True) if start and single_day else None,
        dates_en=_english_span(start, end) if start else None,
        times=_times(record, tz),
        venue=_text(record.venue),
        city=places.city(record.city.value) if record.city else None,
        country=places.country(country_en) if country_en else None,
        place_en=", ".join(
            part for part in (_text(record.venue), _text(record.city), country_en) if part
        )
        or None,
        abroad=abroad,
        travel_dates=thai_day_span(*travel_days(start, end, stay, days_around))
        if abroad and in_person and start
        else None,
        stay_nights=stay.nights if stay else None,
        stay_dates=thai_day_span(stay.arrive, stay.leave) if stay else None,
        quota=record.delegates_requested.value if record.delegates_requested else None,
        sponsorship=sponsorship,
        sponsored=_sponsored_items(sponsorship),
        # "Non-sponsored" with nothing named as covered: the office pays for all.
        self_funded=bool(
            sponsorship and _NOT_SPONSORED.search(sponsorship) and not _sponsored_items(sponsorship)
        ),
        registration_deadline=people_when(_due(deadline.value, tz), tz, digits=True, weekday=False)
        if deadline
        else None,
        registration_deadline_en=english_when(_due(deadline.value, tz), tz) if deadline else None,
        registration_deadline_passed=deadline_day is not None and deadline_day < today,
        registration_url=_text(record.registration_url),
        names_deadline=_names_deadline(record, tz),
        organiser_name=next((c.name for c in record.organiser_contacts if c.name), None),
        organiser_emails=tuple(
            dict.fromkeys(c.email for c in record.organiser_contacts if c.email)
        ),
    )


def _names_deadline(record: MeetingRecord, tz: ZoneInfo) -> str | None:
    """The organiser's own nomination deadline, the latest when a follow-up moved it; one
    meetbot derived is the office's."""
    stated = [
        d.due
        for d in record.deadlines
        if d.kind is DeadlineKind.NOMINATION and d.due is not None and not d.derived
    ]
    if not stated:
        return None
    latest = max(stated, key=lambda due: over_at(due, tz))
    return people_when(_due(latest, tz), tz, digits=True, weekday=False)


def _due(when: When, tz: ZoneInfo) -> When:
    """A day due by its last minute is that day: a memo asks "ภายในวันที่ ๑๒ กันยายน", never
    "เวลา ๒๓.๕๙ น." (meetbot itself makes a day written alone due at 23:59)."""
    if isinstance(when, dt.datetime) and when.astimezone(tz).time() == dt.time(23, 59):
        return when.astimezone(tz).date()
    return when


def _delegate_facts(settings: Settings, key: str) -> DelegateFacts:
    delegate = settings.delegate(key)
    if delegate is None:
        # An assignment outlived its delegate's entry in the configuration: print the
        # key as the name so the officer sees who was meant.
        return DelegateFacts(key, key, None, None, None, None)
    return DelegateFacts(
        name=delegate.name_th or delegate.name,
        name_en=delegate.name,
        position=delegate.position_th or delegate.position,
        position_en=delegate.position,
        unit=delegate.unit_th or delegate.department,
        email=delegate.email,
    )


def _origin_facts(origin: Origin | None) -> OriginFacts:
    if origin is None:
        return OriginFacts(None, None, None, False, None, None, None, None)
    letter = origin.letter
    return OriginFacts(
        by=origin.sender_th,
        sender=origin.sender,
        sent=thai_date(origin.sent) if origin.sent else None,
        letter=letter is not None,
        letter_number=letter.number if letter else None,
        letter_urgency=letter.urgency if letter else None,
        letter_date=thai_date(letter.date) if letter and letter.date else None,
        via=origin.via_th,
    )


def _links_as_text(record: MeetingRecord) -> MeetingRecord:
    def inert(value: Extracted[str] | None) -> Extracted[str] | None:
        return None if value is None else replace(value, value=text_without_links(value.value))

    return replace(
        record,
        venue=inert(record.venue),
        sponsorship=inert(record.sponsorship),
        registration_url=inert(record.registration_url),
        documents_url=inert(record.documents_url),
    )


def _text(value: Extracted[str] | None) -> str | None:
    return value.value.strip() or None if value else None


def _local_date(value: When, tz: ZoneInfo) -> dt.date:
    return value.astimezone(tz).date() if isinstance(value, dt.datetime) else value


def _times(record: MeetingRecord, tz: ZoneInfo) -> str | None:
    start = record.start.value if record.start else None
    end = record.end.value if record.end else None
    if not isinstance(start, dt.datetime):
        return None
    first = thai_time(start.astimezone(tz))
    # A range prints one น.: "๐๘.๓๐ - ๑๖.๓๐ น."
    if isinstance(end, dt.datetime) and end.astimezone(tz).date() == start.astimezone(tz).date():
        return f"{first.removesuffix(' น.')} - {thai_time(end.astimezone(tz))}"
    return first


def _sponsored_items(sponsorship: str | None) -> tuple[str, ...]:
    if not sponsorship:
        return ()
    return tuple(item for item, words in _SPONSORED_ITEMS if words.search(sponsorship))


def _english_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _english_span(start: dt.date, end: dt.date | None) -> str:
    if end is None or end == start:
        return _english_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{_english_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%B} - {_english_date(end)}"
    return f"{_english_date(start)} - {_english_date(end)}"
