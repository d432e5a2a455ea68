"""How hard the Telegram channel tries: plain settings, apart from bot.actions.reminders.telegram
so that a daemon without a Telegram token never loads python-telegram-bot (~20 MB)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Timeouts:
    """Per request, in seconds. Reading allows for a slow Bot API under load."""

    connect: float = 10.0
    read: float = 20.0
    poll_read: float = 30.0  # getUpdates holds the connection open while it long-polls


@dataclass(frozen=True)
class SendRetry:
    """How long to keep at a message before leaving it to the next scheduled retry."""

    attempts: int = 6
    first_delay: float = 2.0  # doubled after each server error or time-out: 2, 4, 8, 16, 32
    max_retry_after: float = 300.0  # flood control longer than this: give up for now
