"""Detaching a message from the wrong meeting and merging two meetings; outputs follow."""

from __future__ import annotations

from bot.app import App
from bot.meetings import regroup
from bot.meetings.repository import load_meeting
from bot.services.corrections import follow_change
from bot.store.tables import MessageRow


async def detach_message(app: App, message_pk: int, *, by: str) -> int:
    """Unlink the message; its meeting is rebuilt without it. Returns the meeting's id."""
    with app.db.session() as session:
        message = session.get(MessageRow, message_pk)
        if message is None or message.meeting_id is None:
            raise LookupError(f"message {message_pk} is linked to no meeting")
        before = load_meeting(session, message.meeting_id)
        meeting_id = regroup.detach(session, message_pk, by=by, now=app.clock.now())
        app.plan_change(session, before)
    await follow_change(app, meeting_id)
    return meeting_id


async def merge_meetings(app: App, keep_id: int, other_id: int, *, by: str) -> None:
    """Fold `other_id` into `keep_id`; raises LookupError or ValueError in plain words."""
    with app.db.session() as session:
        before = [load_meeting(session, keep_id), load_meeting(session, other_id)]
        regroup.merge_meetings(session, keep_id, other_id, by=by, now=app.clock.now())
        for meeting in before:
            app.plan_change(session, meeting)
    await follow_change(app, keep_id)
