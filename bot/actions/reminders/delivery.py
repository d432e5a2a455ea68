"""Who gets a reminder, and through which channel, each delivery recorded once.

Staff read the office's Telegram and LINE groups (or the console when neither is set
up); assigned delegates get theirs in a private chat, or by e-mail when they have
no Telegram. Delegates of a meeting still waiting for approval get nothing: its
mail may be forged.
"""

from __future__ import annotations

import logging
import mimetypes
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol, TextIO

from bot.actions.channel_health import record_failure, record_success
from bot.actions.outbox import Outbox
from bot.actions.reminders import state
from bot.actions.reminders.messages import Outgoing
from bot.config.settings import Settings
from bot.errors import DeliveryError
from bot.meetings.meeting import Meeting
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)

_BINARY = "application/octet-stream"
TELEGRAM = "telegram"
LINE = "line"
EMAIL = "email"
CONSOLE = "console"
# Channels whose health `meetbot status` shows; e-mail's is the outbox's (SMTP).
WATCHED_CHANNELS = frozenset({TELEGRAM, "line"})


@dataclass(frozen=True)
class Recipient:
    channel: str  # TELEGRAM, LINE, EMAIL or CONSOLE
    address: str  # a chat id, an e-mail address, "stdout"

    @property
    def label(self) -> str:
        return f"{self.channel}:{self.address}"


@dataclass(frozen=True)
class Delivery:
    key: str  # the reminder's key, "notice:<meeting id>" or "digest:<date>"
    meeting_id: int | None  # None for the digest, which speaks of many
    message: Outgoing


class Channel(Protocol):
    async def send(self, address: str, delivery: Delivery) -> None:
        """Deliver or raise DeliveryError; retrying is the channel's own business."""
        ...


class ConsoleChannel:
    """Reminders as lines on standard output, for an office without Telegram yet."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    async def send(self, address: str, delivery: Delivery) -> None:
        stream = self._stream or sys.stdout
        stream.write(f"[reminder {delivery.key}] {delivery.message.text}\n")
        for document in delivery.message.documents:
            stream.write(f"  📎 {document}\n")
        stream.write("\n")
        stream.flush()


class EmailChannel:
    """Plain-text mail through the outbox, which sends and retries it with the rest."""

    def __init__(self, db: Database, outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    async def send(self, address: str, delivery: Delivery) -> None:
        message = EmailMessage()
        message["To"] = address
        message["Subject"] = delivery.message.subject
        message.set_content(delivery.message.text)
        for document in delivery.message.documents:
            kind, _, subtype = (mimetypes.guess_type(document.name)[0] or _BINARY).partition("/")
            message.add_attachment(
                document.read_bytes(), maintype=kind, subtype=subtype, filename=document.name
            )
        with self._db.session() as session:
            self._outbox.enqueue(
                session,
                dedupe_key=f"reminder:{state.delivery_key(delivery.key, address)}",
                kind="reminder",
                meeting_id=delivery.meeting_id,
                message=message,
            )


def staff(settings: Settings, *, telegram: bool) -> list[Recipient]:
    """The office's group chats: Telegram's and LINE's; the console when neither is set up."""
    found = [Recipient(LINE, group) for group in settings.line.group_ids if _line_on(settings)]
    if telegram:
        found += [Recipient(TELEGRAM, str(chat)) for chat in settings.telegram.group_chat_ids]
    return found or [Recipient(CONSOLE, "stdout")]


def recipients_for(meeting: Meeting, settings: Settings, *, telegram: bool) -> list[Recipient]:
    found = staff(settings, telegram=telegram)
    if not meeting.approved:
        return found
    for key in meeting.delegates:
        delegate = settings.delegate(key)
        if delegate is None:
            log.warning("meeting %s: delegate %r is not in the configuration", meeting.id, key)
            continue
        personal = []
        if telegram and delegate.telegram_chat_id is not None:
            personal.append(Recipient(TELEGRAM, str(delegate.telegram_chat_id)))
        if _line_on(settings) and delegate.line_user_id is not None:
            personal.append(Recipient(LINE, delegate.line_user_id))
        if not personal and delegate.email:
            personal.append(Recipient(EMAIL, delegate.email))
        found.extend(personal)
    return list(dict.fromkeys(found))


def _line_on(settings: Settings) -> bool:
    return settings.line.channel_access_token is not None


class Deliverer:
    """Sends a message to each recipient not yet reached, recording each success."""

    def __init__(self, db: Database, channels: Mapping[str, Channel], clock: Clock) -> None:
        self._db = db
        self._channels = channels
        self._clock = clock

    async def deliver(self, delivery: Delivery, recipients: Sequence[Recipient]) -> None:
        """Raise DeliveryError, after trying everyone, when someone was not reached."""
        failures: list[str] = []
        for recipient in recipients:
            key = state.delivery_key(delivery.key, recipient.label)
            with self._db.session() as session:
                if state.delivered(session, key):
                    continue
            channel = self._channels.get(recipient.channel)
            if channel is None:
                log.warning("no %s channel configured; %s not sent", recipient.channel, key)
                continue
            try:
                await channel.send(recipient.address, delivery)
            except DeliveryError as exc:
                failures.append(f"{recipient.label}: {exc}")
                if recipient.channel in WATCHED_CHANNELS:
                    with self._db.session() as session:
                        record_failure(session, recipient.channel, self._clock.now(), str(exc))
                continue
            with self._db.session() as session:
                if recipient.channel in WATCHED_CHANNELS:
                    record_success(session, recipient.channel, self._clock.now())
                state.record_delivery(
                    session,
                    key,
                    meeting_id=delivery.meeting_id,
                    channel=recipient.channel,
                    at=self._clock.now(),
                )
        if failures:
            raise DeliveryError(f"{delivery.key} not delivered to " + "; ".join(failures))
