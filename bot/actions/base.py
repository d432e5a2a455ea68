"""The one small interface every action implements.

The pipeline calls `handle` after a message changed a meeting (or a person assigned
delegates). An action that raises is recorded in `action_runs` and retried later;
it never stops the other actions or the watcher.
"""

from __future__ import annotations

from typing import Protocol

from bot.meetings.change import MeetingChange


class Action(Protocol):
    """An outgoing effect of a meeting change. `name` keys its rows in the store."""

    name: str

    async def handle(self, change: MeetingChange) -> None:
        """Do the work for this change; raise to have it recorded and retried."""
        ...
