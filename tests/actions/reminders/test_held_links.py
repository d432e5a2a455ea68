"""What the office reads about a held meeting: every URL in it (the venue too, not only
the link fields) as inert text with the host a browser would visit, never as a link."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.actions.reminders.messages import venue_lines
from bot.actions.reminders.notice import arrival_notice
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.understanding.record import Extracted
from tests.actions.reminders.meetings import BKK, slom_record

VENUE = "Grand Hall, see https://portal.example\\@zoom.us/map"


def meeting(*, approved: bool) -> Meeting:
    record = replace(slom_record(), venue=Extracted(VENUE, "Venue: Grand Hall"))
    return Meeting(1, "m-1", MeetingStatus.SCHEDULED, record, 1, approved=approved)


def test_a_held_meetings_venue_url_is_text_with_its_real_host():
    [line] = venue_lines(meeting(approved=False))
    assert "https://" not in line
    assert "[host: portal.example]" in line
    notice = arrival_notice(meeting(approved=False), (), today=dt.date(2025, 9, 1), tz=BKK)
    assert "https://portal.example" not in notice.text
    assert "[host: portal.example]" in notice.text


def test_an_approved_meetings_venue_is_as_written():
    assert venue_lines(meeting(approved=True)) == [f"สถานที่ (Venue): {VENUE}"]
