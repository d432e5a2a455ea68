"""The Telegram side: the Application pointed at the configured Bot API, and a channel
that sends reminders with their buttons and keeps trying through flood control,
server errors and time-outs.

`bot/app.py` owns the event loop: it enters the application, starts it and starts
polling (commands and button presses come in by getUpdates); nothing here calls
`run_polling`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationBuilder

from bot.actions.reminders.delivery import Delivery
from bot.actions.reminders.messages import Outgoing
from bot.actions.reminders.telegram_wiring import SendRetry, Timeouts
from bot.config.settings import TelegramSettings
from bot.errors import ConfigError, DeliveryError

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
# The most a message may hold, in UTF-16 units (Bot API sendMessage).
MESSAGE_LIMIT = 4096
PTB_TIMEDELTA = "PTB_TIMEDELTA"

# The default context and bot types; the handlers use ContextTypes.DEFAULT_TYPE.
BotApplication = Application[Any, Any, Any, Any, Any, Any]


def file_url(base_url: str) -> str:
    """The Bot API serves files under /file/bot<token>/ next to /bot<token>/."""
    head, sep, _ = base_url.rpartition("/bot")
    if not sep:
        raise ConfigError([f"telegram.base_url {base_url!r} should end in /bot"])
    return f"{head}/file/bot"


def build_application(
    settings: TelegramSettings, timeouts: Timeouts | None = None
) -> BotApplication:
    if settings.token is None:
        raise ConfigError(["telegram.token is not set"])
    # PTB 22 warns on every time period given as int seconds (RetryAfter.retry_after
    # among them) unless the process opts in to the timedelta form of PTB 23.
    os.environ.setdefault(PTB_TIMEDELTA, "true")
    timeouts = timeouts or Timeouts()
    base_url = settings.base_url or DEFAULT_BASE_URL
    return (
        ApplicationBuilder()
        .token(settings.token.get_secret_value())
        .base_url(base_url)
        .base_file_url(file_url(base_url))
        .connect_timeout(timeouts.connect)
        .read_timeout(timeouts.read)
        .get_updates_read_timeout(timeouts.poll_read)
        .job_queue(None)  # APScheduler (bot.actions.reminders.scheduler) schedules
        .build()
    )


def keyboard(message: Outgoing) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data)] for b in message.buttons]
    )


class TelegramChannel:
    """Sends with retries; raises DeliveryError only when the policy is exhausted."""

    def __init__(
        self,
        application: BotApplication,
        policy: SendRetry | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._bot = application.bot
        self._policy = policy or SendRetry()
        self._sleep = sleep

    async def send(self, address: str, delivery: Delivery) -> None:
        """The text in parts under Telegram's limit, the buttons under the last part, where
        a reader who has read it all finds them; then the documents (memos)."""
        parts = split_text(delivery.message.text)
        for number, part in enumerate(parts, start=1):
            markup = keyboard(delivery.message) if number == len(parts) else None
            send = partial(self._bot.send_message, chat_id=int(address), reply_markup=markup)
            await self.call(
                partial(send, text=part),
                what=f"{delivery.key} to chat {address}"
                + (f" (part {number} of {len(parts)})" if len(parts) > 1 else ""),
            )
        for document in delivery.message.documents:
            await self.call(
                partial(
                    self._bot.send_document,
                    chat_id=int(address),
                    document=document.read_bytes(),
                    filename=document.name,
                ),
                what=f"{delivery.key}: {document.name} to chat {address}",
            )

    async def call(self, request: Callable[[], Awaitable[object]], *, what: str) -> None:
        delay = self._policy.first_delay
        for attempt in range(1, self._policy.attempts + 1):
            try:
                await request()
                return
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                if wait > self._policy.max_retry_after:
                    raise DeliveryError(f"{what}: flood control for {wait:.0f} s", 429) from exc
                log.warning("%s: flood control, retrying in %.0f s", what, wait)
                await self._sleep(wait)
            except BadRequest as exc:  # our fault, not the network's: retrying cannot help
                raise DeliveryError(f"{what}: {exc.message}", 400) from exc
            except NetworkError as exc:  # 5xx, connection errors and TimedOut
                if attempt == self._policy.attempts:
                    raise DeliveryError(f"{what}: {exc.message}") from exc
                log.warning("%s: %s (attempt %d), retrying in %.0f s", what, exc, attempt, delay)
                await self._sleep(delay)
                delay *= 2
            except TelegramError as exc:  # Forbidden (bot removed from the chat), ...
                raise DeliveryError(f"{what}: {exc.message}") from exc
        raise DeliveryError(f"{what}: still refused after {self._policy.attempts} attempts", 429)


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """`text` in parts of at most `limit` UTF-16 units (as Telegram counts), each cut at
    its last line break, else its last blank, else where the limit falls."""
    parts: list[str] = []
    while (fitting := _fitting(text, limit)) < len(text):
        head = text[:fitting]
        cut = next((at for at in (head.rfind("\n"), head.rfind(" ")) if at > 0), fitting)
        parts.append(text[:cut])
        text = text[cut + 1 :] if cut < fitting else text[cut:]  # the break itself dropped
    return [*parts, text]


def _fitting(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def retry_after_seconds(exc: RetryAfter) -> float:
    value = exc.retry_after  # a timedelta with PTB_TIMEDELTA, else int seconds
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
