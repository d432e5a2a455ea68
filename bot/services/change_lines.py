"""A change kept apart from a meeting, in the words the workspace uses: the field's Thai
name with the English beside, times in the Buddhist era with the Gregorian beside, in the
office's zone with the organiser's clock in brackets (`clock.page_when`)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.actions.clock import stored_page_when
from bot.app import App
from bot.meetings.pending import HeldChange, diff_lines
from bot.store.tables import MeetingRow


def change_lines(app: App, change: HeldChange) -> list[str]:
    """One line a field, old → new, as officers read it."""
    home = ZoneInfo(app.settings.timezone)
    with app.db.session() as session:
        row = session.get(MeetingRow, change.meeting_id)
        stated = (row.record.get("timezone") or {}) if row is not None else {}
    zone = stated.get("value") if isinstance(stated, dict) else None
    return diff_lines(change, lambda text: stored_page_when(text, home, zone))
