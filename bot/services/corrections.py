"""Correcting a meeting's value, undoing it, "not a meeting": and every output follows."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from bot.actions.held_invitations import release_held
from bot.app import App
from bot.meetings import corrections
from bot.meetings.repository import load_meeting
from bot.services.memos import redraw_if_drafted
from bot.store.tables import CorrectionRow


@dataclass(frozen=True)
class CorrectionDone:
    correction_id: int
    meeting_id: int
    field: str
    before: Any
    after: Any
    revision: int  # the meeting's revision after it


async def correct_field(
    app: App,
    meeting_id: int,
    field: str,
    text: str,
    *,
    by: str,
    zone: str | None = None,
    reason: str | None = None,
) -> CorrectionDone:
    """Store a person's value for a field; calendar updates, reminders and memos follow.

    Raises CorrectionError for a bad field or value, LookupError for an unknown meeting.
    """
    now = app.clock.now()
    with app.db.session() as session:
        before = load_meeting(session, meeting_id)
        row = corrections.correct(
            session,
            meeting_id,
            field,
            text,
            by=by,
            now=now,
            zone=zone or app.settings.timezone,
            reason=reason,
        )
        done = _done(row, app.plan_change(session, before).revision)
    await follow_change(app, meeting_id)
    await _tell_office(app, done, by)
    return done


async def confirm_value(app: App, meeting_id: int, field: str, *, by: str) -> CorrectionDone:
    """Confirm an extracted value as right: it is now pinned, and once no value of the
    meeting needs review, the invitations held for that go."""
    with app.db.session() as session:
        row = corrections.confirm(session, meeting_id, field, by=by, now=app.clock.now())
        done = _done(row, load_meeting(session, meeting_id).revision)
    if release_held(app.db, app.outbox, app.settings.review, meeting_id):
        await app.outbox.flush()
    return done


async def mark_not_a_meeting(
    app: App, meeting_id: int, *, by: str, reason: str | None = None
) -> CorrectionDone:
    """Cancel a "meeting" that is none; delegates already invited get a cancellation."""
    with app.db.session() as session:
        before = load_meeting(session, meeting_id)
        row = corrections.not_a_meeting(
            session, meeting_id, by=by, now=app.clock.now(), reason=reason
        )
        done = _done(row, app.plan_change(session, before).revision)
    await follow_change(app, meeting_id)
    return done


async def undo_correction(app: App, correction_id: int, *, by: str) -> CorrectionDone:
    """Put back what a correction replaced; raises LookupError when it is not in force."""
    with app.db.session() as session:
        found = session.get(CorrectionRow, correction_id)
        if found is None:
            raise LookupError(f"no correction {correction_id} in force")
        before = load_meeting(session, found.meeting_id)
        row = corrections.undo(session, correction_id, by=by, now=app.clock.now())
        meeting = app.plan_change(session, before)
        done = CorrectionDone(
            row.id, row.meeting_id, row.field, row.value, row.before, meeting.revision
        )
    await follow_change(app, done.meeting_id)
    return done


async def follow_change(app: App, meeting_id: int) -> None:
    """The outputs a change reaches: calendar (iTIP REQUEST/CANCEL), outbox (with the
    invitations held for review, once no value needs it), memo drafts.

    Reminders are re-planned by the daemon, which runs the pending run recorded above.
    """
    await app.runner.run_due()
    release_held(app.db, app.outbox, app.settings.review, meeting_id)
    await app.outbox.flush()
    await asyncio.to_thread(redraw_if_drafted, app, meeting_id)


async def _tell_office(app: App, done: CorrectionDone, by: str) -> None:
    """The chat notice, old → new, when the daemon runs the office's chat (reminders)."""
    service = app.reminder_service
    if service is None:
        return
    with app.db.session() as session:
        meeting = load_meeting(session, done.meeting_id)
    await service.notify_correction(
        meeting, done.correction_id, done.field, done.before, done.after, by
    )


def _done(row: CorrectionRow, revision: int) -> CorrectionDone:
    return CorrectionDone(row.id, row.meeting_id, row.field, row.before, row.value, revision)
