"""iCalendar for meetbot's entries: the stored event, iTIP messages and whole calendars.

An entry is stored as one VEVENT without ORGANIZER and ATTENDEE. The feed and the
CalDAV copy use it as it is (a subscribed calendar, or a CalDAV server that does its
own scheduling, then invites no one); iTIP messages add the organiser and attendees
and wrap it with METHOD (RFC 5546). Times carry a TZID with its VTIMEZONE, or UTC.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress
from icalendar.enums import STATUS, TRANSP

from bot.actions.calendar.entries import Entry, EntryKind

PRODID = "-//meetbot//meeting calendar//EN"


class Method(StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


class Person(NamedTuple):
    name: str | None
    email: str


def stored_event(
    entry: Entry, *, sequence: int, stamp: dt.datetime, alarm_minutes: Sequence[int]
) -> str:
    """The entry as the VEVENT the store, the feed and CalDAV keep."""
    event = Event.new(
        uid=entry.uid,
        summary=entry.summary,
        start=entry.start,
        end=entry.end,
        location=entry.location,
        url=entry.url,
        description=entry.description,
        sequence=sequence,
        stamp=stamp.astimezone(dt.UTC),
        status=STATUS.CONFIRMED,
        # A deadline does not make anyone busy; a session does.
        transparency=TRANSP.OPAQUE if entry.kind is EntryKind.SESSION else TRANSP.TRANSPARENT,
    )
    for minutes in sorted(set(alarm_minutes), reverse=True):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", dt.timedelta(minutes=-minutes))
        event.add_component(alarm)
    ical: bytes = event.to_ical()
    return ical.decode()


def itip_calendar(
    stored: str,
    *,
    method: Method,
    sequence: int,
    stamp: dt.datetime,
    organizer: Person,
    attendees: Sequence[Person],
) -> Calendar:
    """An iTIP REQUEST or CANCEL for one event, as a mail carries it."""
    event = parse_event(stored)
    event.sequence = sequence
    event.DTSTAMP = stamp.astimezone(dt.UTC)
    event.add("organizer", _address(organizer))
    for person in attendees:
        attendee = _address(person)
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["PARTSTAT"] = "NEEDS-ACTION"
        attendee.params["RSVP"] = "TRUE"
        event.add("attendee", attendee)
    if method is Method.CANCEL:
        event.status = STATUS.CANCELLED
        # A cancelled event should not ring.
        for alarm in list(event.subcomponents):
            event.subcomponents.remove(alarm)
    return _calendar([event], method=method)


def feed_calendar(stored: Iterable[str], *, name: str) -> Calendar:
    """A calendar to subscribe to: every stored event, no METHOD."""
    calendar = _calendar([parse_event(text) for text in stored])
    calendar.add("x-wr-calname", name)
    return calendar


def resource_calendar(stored: str) -> Calendar:
    """One calendar object resource for a CalDAV server (RFC 4791: one UID each)."""
    return _calendar([parse_event(stored)])


def parse_event(stored: str) -> Event:
    event = Event.from_ical(stored)
    if not isinstance(event, Event):
        raise ValueError("stored calendar entry is not a VEVENT")
    return event


def _calendar(events: list[Event], *, method: Method | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method is not None:
        calendar.add("method", method.value)
    for event in events:
        calendar.add_component(event)
    # VTIMEZONEs first, as Outlook and Gmail write them.
    for tzid in sorted(calendar.get_missing_tzids(), reverse=True):
        calendar.subcomponents.insert(0, _vtimezone(tzid))
    return calendar


@functools.cache
def _vtimezone(tzid: str) -> Timezone:
    # Deriving a VTIMEZONE from zoneinfo walks decades of offsets; a zone's rules do
    # not change while the process runs, so each is derived once.
    return Timezone.from_tzid(tzid)


def _address(person: Person) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    if person.name:
        address.params["CN"] = person.name
    return address
