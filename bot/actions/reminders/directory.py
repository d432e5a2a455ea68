"""The meetings reminders need to see, and the changes chat may make (assigning,
approving a meeting held for approval).

The store's meetings are loaded and assigned by the meetings and calendar parts of
meetbot; `bot/app.py` hands reminders an object with these three methods.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

from bot.meetings.meeting import Meeting
from bot.meetings.pending import HeldChange, list_pending
from bot.meetings.repository import list_meetings, load_meeting
from bot.store.database import Database

# (meeting id, delegate keys, who): the meeting as assigned; LookupError for unknown keys
Assign = Callable[[int, Sequence[str], str], Awaitable[Meeting]]
# (meeting id, who, the shown_key of the notice): the meeting after approval; LookupError
# for unknown ids, ChangedSinceShown when a later mail changed it
Approve = Callable[[int, str, str | None], Awaitable[Meeting]]
# (change id, accept?, who): the change decided; LookupError / ValueError as pending's
Decide = Callable[[int, bool, str], Awaitable[HeldChange]]


class MeetingDirectory(Protocol):
    def get(self, meeting_id: int) -> Meeting | None:
        """The meeting as it is now, or None when there is no such meeting."""
        ...

    def current(self) -> Sequence[Meeting]:
        """Meetings not yet over (or with dates still to come), any status."""
        ...

    async def assign(self, meeting_id: int, delegate_keys: Sequence[str], *, by: str) -> Meeting:
        """Assign delegates (keys of Settings.delegates); raise LookupError for unknown ones."""
        ...

    async def approve(self, meeting_id: int, *, by: str, shown: str | None = None) -> Meeting:
        """Lift the meeting's hold and let its outgoing actions go; LookupError if unknown."""
        ...

    def pending_changes(self) -> Sequence[HeldChange]:
        """Changes from untrusted mail kept apart from approved meetings, oldest first."""
        ...

    async def decide(self, change_id: int, *, accept: bool, by: str) -> HeldChange:
        """Accept or reject one pending change, by its id."""
        ...


class StoredMeetings:
    """The directory over the store; assigning and approving go through `assign` and
    `approve` when given."""

    def __init__(
        self,
        db: Database,
        assign: Assign | None = None,
        approve: Approve | None = None,
        decide: Decide | None = None,
    ) -> None:
        self._db = db
        self._assign = assign
        self._approve = approve
        self._decide = decide

    def get(self, meeting_id: int) -> Meeting | None:
        with self._db.session() as session:
            try:
                return load_meeting(session, meeting_id)
            except LookupError:
                return None

    def current(self) -> Sequence[Meeting]:
        # Past meetings still have a report deadline; their plans end by themselves.
        with self._db.session() as session:
            return list_meetings(session)

    async def assign(self, meeting_id: int, delegate_keys: Sequence[str], *, by: str) -> Meeting:
        if self._assign is None:
            raise LookupError("assigning from chat is not set up here; use `meetbot assign`")
        return await self._assign(meeting_id, delegate_keys, by)

    async def approve(self, meeting_id: int, *, by: str, shown: str | None = None) -> Meeting:
        if self._approve is None:
            raise LookupError("approving from chat is not set up here; use `meetbot approve`")
        return await self._approve(meeting_id, by, shown)

    def pending_changes(self) -> Sequence[HeldChange]:
        with self._db.session() as session:
            return list_pending(session)

    async def decide(self, change_id: int, *, accept: bool, by: str) -> HeldChange:
        if self._decide is None:
            raise LookupError("deciding from chat is not set up here; use `meetbot approve`")
        return await self._decide(change_id, accept, by)
