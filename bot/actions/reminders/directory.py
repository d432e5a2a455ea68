"""The meetings reminders need to see, and the one change chat may make (assigning).

The store's meetings are loaded and assigned by the meetings and calendar parts of
meetbot; `bot/app.py` hands reminders an object with these three methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.meetings.meeting import Meeting


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
