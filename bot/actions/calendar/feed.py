"""The ICS feed file (var/calendar.ics) that calendar programs subscribe to."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def write_atomically(path: Path, content: bytes) -> None:
    """Replace `path` in one step: a subscriber never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    ) as temporary:
        try:
            temporary.write(content)
            temporary.flush()
            os.fsync(temporary.fileno())
        except BaseException:
            os.unlink(temporary.name)
            raise
    # NamedTemporaryFile makes the file private; a feed is there to be read, as a plain
    # open() would have left it.
    os.chmod(temporary.name, 0o644)
    os.replace(temporary.name, path)
