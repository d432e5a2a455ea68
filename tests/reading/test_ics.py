from __future__ import annotations

import datetime as dt

from bot.reading.ics import events_text, parse_calendar


def test_corpus_calendar(corpus_file):
    result = parse_calendar(corpus_file("agj-workshop.ics"))
    assert result.warnings == ()
    assert [e.uid for e in result.events] == [
        "agj-coe-workshop-2025@mohr.example.org",
        "agj-coe-welcome-dinner-2025@mohr.example.org",
    ]
    assert result.events[0].location.startswith("Ballroom A, Level 6, Hilton Kuala Lumpur")


def test_duration_gives_the_end():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Dry run\r\n"
        b"DTSTART:20250929T013000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data).events
    assert event.end == dt.datetime(2025, 9, 29, 2, 30, tzinfo=dt.UTC)
    assert events_text((event,)) == (
        "Event: Dry run\nStart: 2025-09-29T01:30:00+00:00\nEnd: 2025-09-29T02:30:00+00:00"
    )


def test_broken_calendars_warn():
    assert parse_calendar(b"garbage").warnings[0].startswith("unreadable iCalendar data")
    assert parse_calendar(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").warnings == (
        "iCalendar data holds no event",
    )
    bad_start = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2025zz\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    result = parse_calendar(bad_start)
    assert result.events[0].start is None
    assert result.warnings[0].startswith("iCalendar DTSTART:")
