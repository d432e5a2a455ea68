"""What people change through `App` (the command line, chat and the workspace): delegates
assigned, meetings approved, held changes accepted or rejected; each runs the actions
that follow at once."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy.orm import Session

from bot.actions.held_invitations import release_held
from bot.actions.outbox import Outbox
from bot.config.settings import Settings
from bot.meetings.approval import Approval, approve
from bot.meetings.assignments import AssignmentChange, assign, unassign
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting
from bot.meetings.pending import HeldChange, accept_change, get_change, reject_change
from bot.meetings.repository import load_meeting
from bot.processing.runner import ActionRunner
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)


class PeopleChanges:
    """The part of `App` for people's changes; `App` sets these attributes."""

    settings: Settings
    clock: Clock
    db: Database
    outbox: Outbox
    runner: ActionRunner

    async def assign(
        self, meeting_id: int, keys: Sequence[str], *, by: str, remove: bool = False
    ) -> AssignmentChange:
        """Assign delegates to a meeting (or remove them) and run the actions for it.

        Raises LookupError for an unknown meeting or delegate.
        """
        now = self.clock.now()
        with self.db.session() as session:
            try:
                before: Meeting | None = load_meeting(session, meeting_id)
            except LookupError:
                before = None  # assign says what is wrong (a delegate or the meeting)
            if remove:
                change = unassign(session, meeting_id, keys, now=now)
            else:
                directory = self.settings.delegates
                change = assign(session, meeting_id, keys, directory=directory, now=now)
            if change.changed and before is not None:
                # Recorded with the assignment: a daemon retries them if this run fails.
                self.plan_change(session, before)
        if change.changed:
            log.info(
                "meeting %d: delegates changed by %s",
                meeting_id,
                by,
                extra={"added": list(change.added), "removed": list(change.removed)},
            )
            await self.runner.run_due()
        return change

    async def approve(
        self, meeting_id: int, *, by: str, shown: str | None = None
    ) -> tuple[Approval, int]:
        """Lift a meeting's hold, let its held mail go and run the actions again; returns
        the approval and how many held messages were released.

        Approving an approved meeting changes nothing, but still releases mail a crash
        may have left held. Raises LookupError for an unknown meeting.
        """
        with self.db.session() as session:
            before = load_meeting(session, meeting_id)
            approval = approve(session, meeting_id, by=by, now=self.clock.now(), shown=shown)
            if approval.changed:
                self.plan_change(session, before)
        released = release_held(self.db, self.outbox, self.settings.review, meeting_id)
        if approval.changed:
            await self.runner.run_due()
        await self.outbox.flush()
        return approval, released

    async def accept_change(self, change_id: int, *, by: str) -> HeldChange:
        """Apply a pending change to its meeting (only the values it showed) and run the
        actions for the new revision. LookupError / ValueError as `accept_change`."""
        with self.db.session() as session:
            before = load_meeting(session, get_change(session, change_id).meeting_id)
            change = accept_change(session, change_id, by, now=self.clock.now())
            self.plan_change(session, before)
        await self.runner.run_due()
        await self.outbox.flush()
        return change

    async def reject_change(self, change_id: int, *, by: str) -> HeldChange:
        """Drop a pending change; its meeting stays as it is."""
        with self.db.session() as session:
            return reject_change(session, change_id, by, now=self.clock.now())

    def plan_change(self, session: Session, before: Meeting) -> Meeting:
        """Record the actions' runs for a person's change of a meeting (`before` it, as
        loaded before the change), in the change's transaction; the meeting after it."""
        after = load_meeting(session, before.id)
        self.runner.plan(session, MeetingChange(after, before, None))
        return after

    async def _assign_from_chat(self, meeting_id: int, keys: Sequence[str], by: str) -> Meeting:
        await self.assign(meeting_id, keys, by=by)
        with self.db.session() as session:
            return load_meeting(session, meeting_id)

    async def _approve_from_chat(self, meeting_id: int, by: str, shown: str | None) -> Meeting:
        await self.approve(meeting_id, by=by, shown=shown)
        with self.db.session() as session:
            return load_meeting(session, meeting_id)

    async def _decide_from_chat(self, change_id: int, accept: bool, by: str) -> HeldChange:
        if accept:
            return await self.accept_change(change_id, by=by)
        return await self.reject_change(change_id, by=by)
