"""Reminders as an action of the pipeline: re-plan on every change, and tell the chat
what is new, what changed and what waits for approval."""

from __future__ import annotations

from bot.actions.reminders.service import ReminderService
from bot.meetings.change import MeetingChange


class ReminderAction:
    name = "reminders"

    def __init__(self, service: ReminderService) -> None:
        self._service = service

    async def handle(self, change: MeetingChange) -> None:
        # A cancelled or postponed meeting plans nothing, so this also clears its jobs.
        self._service.replan(change.meeting)
        # Raises DeliveryError when someone could not be told; the pipeline retries the
        # action and each notice goes only to whom it did not reach.
        await self._service.announce(change.meeting)
