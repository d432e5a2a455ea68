"""Reminders assembled and running: for `bot/app.py`, which owns the event loop.

    async with running_reminders(settings, db, directory) as reminders:
        actions.append(ReminderAction(reminders))
        ...  # the daemon runs

With a Telegram token, the Application is entered, started, and polls for commands
and button presses until the block ends. With a LINE channel, messages are pushed
through the Messaging API and the webhook for its buttons is served. With neither,
reminders go to the console.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from bot.actions.outbox import Outbox
from bot.actions.reminders.delivery import (
    CONSOLE,
    EMAIL,
    LINE,
    TELEGRAM,
    Channel,
    ConsoleChannel,
    Deliverer,
    EmailChannel,
)
from bot.actions.reminders.directory import MeetingDirectory
from bot.actions.reminders.scheduler import ReminderScheduler
from bot.actions.reminders.service import ReminderService
from bot.actions.reminders.telegram_wiring import SendRetry, Timeouts
from bot.config.settings import Settings
from bot.errors import ConfigError, DeliveryError
from bot.store.database import Database
from bot.types import Clock, SystemClock

if TYPE_CHECKING:
    from bot.actions.reminders.telegram import BotApplication

log = logging.getLogger(__name__)

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
    # False: plan and store the reminders but fire none (`meetbot demo --as-of`, whose
    # clock is not the scheduler's).
    fire: bool = True


@asynccontextmanager
async def running_reminders(
    settings: Settings, db: Database, directory: MeetingDirectory, wiring: Wiring | None = None
) -> AsyncIterator[ReminderService]:
    wiring = wiring or Wiring()
    channels: dict[str, Channel] = {CONSOLE: ConsoleChannel(wiring.console)}
    if wiring.outbox is not None:
        channels[EMAIL] = EmailChannel(db, wiring.outbox)
    scheduler = ReminderScheduler(db, ZoneInfo(settings.timezone))
    telegram = settings.telegram.token is not None
    async with AsyncExitStack() as stack:
        line = None
        if settings.line.channel_access_token is not None:
            # LINE's SDK (hundreds of pydantic models) loads only where LINE is configured.
            from bot.actions.reminders.line import LineChannel, line_api, serving_webhook
            from bot.actions.reminders.line_webhook import webhook_app

            line = await stack.enter_async_context(line_api(settings.line))
            channels[LINE] = LineChannel(line, settings)
        application = None
        if telegram:
            # python-telegram-bot loads only where a Telegram token is configured.
            from bot.actions.reminders.telegram import TelegramChannel, build_application

            application = build_application(settings.telegram, wiring.timeouts)
            channels[TELEGRAM] = TelegramChannel(application, wiring.retry, wiring.sleep)
        deliverer = Deliverer(db, channels, wiring.clock)
        reminders = ReminderService(
            settings, db, scheduler, deliverer, directory, wiring.clock, telegram=telegram
        )
        if application is not None:
            from bot.actions.reminders.commands import register

            register(application, reminders)
            await stack.enter_async_context(_polling(application))
        if line is not None and settings.line.channel_secret is not None:
            app = webhook_app(reminders, line)
            await stack.enter_async_context(serving_webhook(settings.line, app))
        reminders.start(fire=wiring.fire)
        await _catch_up(reminders)
        try:
            yield reminders
        finally:
            await reminders.stop()


@asynccontextmanager
async def _polling(application: BotApplication) -> AsyncIterator[None]:
    """Commands and button presses come in by getUpdates while the block runs."""
    if application.updater is None:
        raise ConfigError(["the Telegram application was built without an updater"])
    async with application:
        await application.start()
        await application.updater.start_polling(allowed_updates=UPDATES)
        try:
            yield
        finally:
            await application.updater.stop()
            await application.stop()


async def _catch_up(reminders: ReminderService) -> None:
    try:
        await reminders.catch_up()
    except DeliveryError as exc:  # the daily digest still lists what is open
        log.warning("catch-up message not delivered: %s", exc)
