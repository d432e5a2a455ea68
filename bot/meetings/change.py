"""What a message (or a person) did to a meeting, as the actions receive it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.meetings.meeting import Meeting
from bot.understanding.record import Extraction


@dataclass(frozen=True)
class MeetingChange:
    meeting: Meeting  # as it is now, after the merge
    previous: Meeting | None  # as it was before; None when the meeting is new
    extraction: Extraction | None  # the message's extraction; None for assign, chat
    message_id: str | None = None
