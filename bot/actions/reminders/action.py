"""Reminders as an action of the pipeline: re-plan on every change, announce arrivals
and changes that wait for a person's approval."""

from __future__ import annotations

from bot.actions.reminders.service import ReminderService
from bot.meetings.approval import shown_key
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import MeetingStatus


class ReminderAction:
    name = "reminders"

    def __init__(self, service: ReminderService) -> None:
        self._service = service

    async def handle(self, change: MeetingChange) -> None:
        meeting = change.meeting
        # A cancelled or postponed meeting plans nothing, so this also clears its jobs.
        self._service.replan(meeting)
        if change.previous is None and meeting.status is MeetingStatus.SCHEDULED:
            # Raises DeliveryError when nobody could be told; the pipeline retries the
            # action and the notice goes only to whom it did not reach.
            await self._service.notify_arrival(meeting)
        elif (
            change.previous is not None
            and not meeting.approved
            and (
                meeting.approval_reasons != change.previous.approval_reasons
                or shown_key(meeting) != shown_key(change.previous)
            )
        ):
            # A new meeting's arrival notice asks for approval itself; this is a later
            # change to a held meeting: its own notice, since the older one's button
            # approves only what that one showed.
            await self._service.notify_held(meeting)
