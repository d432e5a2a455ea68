"""Reminders assembled and running: for `bot/app.py`, which owns the event loop.

    async with running_reminders(settings, db, directory) as reminders:
        actions.append(ReminderAction(reminders))
        ...  # the daemon runs

With a Telegram token, the Application is entered, started, and polls for commands
and button presses until the block ends; without one, reminders go to the console.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.actions.outbox import Outbox
from bot.actions.reminders.commands import register
from bot.actions.reminders.delivery import (
    CONSOLE,
    EMAIL,
    TELEGRAM,
    Channel,
    ConsoleChannel,
    Deliverer,
    EmailChannel,
)
from bot.actions.reminders.directory import MeetingDirectory
from bot.actions.reminders.scheduler import ReminderScheduler
from bot.actions.reminders.service import ReminderService
from bot.actions.reminders.telegram import (
    SendRetry,
    TelegramChannel,
    Timeouts,
    build_application,
)
from bot.config.settings import Settings
from bot.errors import ConfigError
from bot.store.database import Database
from bot.types import Clock, SystemClock

UPDATES = ["message", "callback_query"]  # the only updates the handlers use


@dataclass(frozen=True)
class Wiring:
    """How reminders reach the world; the defaults are production's."""

    clock: Clock = field(default_factory=SystemClock)
    outbox: Outbox | None = None  # without it, delegates without Telegram get no e-mail
    console: TextIO | None = None  # standard output when None
    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: SendRetry = field(default_factory=SendRetry)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


@asynccontextmanager
async def running_reminders(
    settings: Settings, db: Database, directory: MeetingDirectory, wiring: Wiring | None = None
) -> AsyncIterator[ReminderService]:
    wiring = wiring or Wiring()
    channels: dict[str, Channel] = {CONSOLE: ConsoleChannel(wiring.console)}
    if wiring.outbox is not None:
        channels[EMAIL] = EmailChannel(db, wiring.outbox)
    scheduler = ReminderScheduler(db, ZoneInfo(settings.timezone))

    def service(telegram: bool) -> ReminderService:
        deliverer = Deliverer(db, channels, wiring.clock)
        return ReminderService(
            settings, db, scheduler, deliverer, directory, wiring.clock, telegram=telegram
        )

    if settings.telegram.token is None:
        reminders = service(telegram=False)
        reminders.start()
        try:
            yield reminders
        finally:
            await reminders.stop()
        return

    application = build_application(settings.telegram, wiring.timeouts)
    channels[TELEGRAM] = TelegramChannel(application, wiring.retry, wiring.sleep)
    reminders = service(telegram=True)
    register(application, reminders)
    if application.updater is None:
        raise ConfigError(["the Telegram application was built without an updater"])
    async with application:
        await application.start()
        await application.updater.start_polling(allowed_updates=UPDATES)
        reminders.start()
        try:
            yield reminders
        finally:
            await reminders.stop()
            await application.updater.stop()
            await application.stop()
