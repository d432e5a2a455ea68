"""The ICS feed file (var/calendar.ics) that calendar programs subscribe to."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.actions.calendar.ical import feed_calendar
from bot.store.tables import CalendarEntryRow, MeetingRow


def feed_bytes(session: Session, *, name: str) -> bytes:
    """Every meeting and deadline that is not cancelled, oldest first.

    Meetings held for approval stay out: anyone may subscribe to the feed, delegates
    among them, and held mail may be forged.
    """
    events = session.scalars(
        select(CalendarEntryRow.event)
        .join(MeetingRow, MeetingRow.id == CalendarEntryRow.meeting_id)
        .where(CalendarEntryRow.cancelled.is_(False), MeetingRow.approved.is_(True))
        .order_by(CalendarEntryRow.ends_at, CalendarEntryRow.uid)
    )
    content: bytes = feed_calendar(events, name=name).to_ical()
    return content
