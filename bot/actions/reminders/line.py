"""The LINE side, through the official line-bot-sdk (v3): pushing notices and reminders
as Flex messages, and the webhook that receives the postback buttons.

The webhook is a small Starlette app the daemon serves with uvicorn on
`[line] webhook_host:webhook_port` at `webhook_path`; LINE calls it over HTTPS, so a
TLS proxy sits in front in production. Every call's `X-Line-Signature` (an HMAC of
the body with the channel secret) is checked before anything is read from it.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import uvicorn
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    PushMessageRequest,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhooks import GroupSource, PostbackEvent, RoomSource, UserSource
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from bot.actions.reminders.access import LINE, REFUSAL, ChatAccess, Person
from bot.actions.reminders.buttons import ButtonPresses
from bot.actions.reminders.delivery import Delivery
from bot.actions.reminders.line_flex import flex_message
from bot.config.settings import LineSettings
from bot.errors import ConfigError, DeliveryError

log = logging.getLogger(__name__)

DEFAULT_HOST = "https://api.line.me"


@asynccontextmanager
async def line_api(settings: LineSettings) -> AsyncIterator[AsyncMessagingApi]:
    if settings.channel_access_token is None:
        raise ConfigError(["line.channel_access_token is not set"])
    configuration = Configuration(
        access_token=settings.channel_access_token.get_secret_value(),
        host=settings.api_base_url or DEFAULT_HOST,
    )
    async with AsyncApiClient(configuration) as client:
        yield AsyncMessagingApi(client)


class LineChannel:
    """Pushes Flex messages; a failure is a DeliveryError, retried by the service later."""

    def __init__(self, api: AsyncMessagingApi) -> None:
        self._api = api

    async def send(self, address: str, delivery: Delivery) -> None:
        what = f"{delivery.key} to LINE {address}"
        # The same retry key for the same message and recipient: LINE accepts a
        # repeated push (our retry after a lost answer) only once.
        retry_key = str(uuid.uuid5(uuid.NAMESPACE_URL, f"meetbot:{delivery.key}>{address}"))
        request = PushMessageRequest(to=address, messages=[flex_message(delivery.message)])
        try:
            await self._api.push_message(request, x_line_retry_key=retry_key)
        except ApiException as exc:
            if exc.status == 409:  # accepted before under this retry key
                return
            raise DeliveryError(f"{what}: {exc.status} {exc.reason}", exc.status) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(f"{what}: {exc}") from exc


def webhook_app(
    settings: LineSettings, api: AsyncMessagingApi, presses: ButtonPresses, access: ChatAccess
) -> Starlette:
    if settings.channel_secret is None:
        raise ConfigError(["line.channel_secret is not set: the webhook cannot check calls"])
    parser = WebhookParser(settings.channel_secret.get_secret_value())

    async def receive(request: Request) -> PlainTextResponse:
        body = (await request.body()).decode("utf-8", errors="replace")
        try:
            events = parser.parse(body, request.headers.get("X-Line-Signature", ""))
        except InvalidSignatureError:
            log.warning("LINE webhook call refused: bad signature from %s", request.client)
            return PlainTextResponse("invalid signature", status_code=403)
        for event in events:
            if isinstance(event, PostbackEvent):
                await _postback(event, api, presses, access)
        return PlainTextResponse("ok")

    return Starlette(routes=[Route(settings.webhook_path, receive, methods=["POST"])])


async def _postback(
    event: PostbackEvent, api: AsyncMessagingApi, presses: ButtonPresses, access: ChatAccess
) -> None:
    source = event.source
    user_id = getattr(source, "user_id", None)
    person = None if user_id is None else Person(LINE, user_id)
    if isinstance(source, GroupSource):
        chat: str | None = source.group_id
    elif isinstance(source, RoomSource):
        chat = source.room_id
    else:
        chat = user_id if isinstance(source, UserSource) else None
    if access.chat_allowed(LINE, chat, person):
        pressed = await presses.press(event.postback.data, person, f"LINE {user_id}")
        text = pressed.text
    else:
        log.warning("refused LINE postback from user %s in %s", user_id, chat)
        text = REFUSAL
    reply = ReplyMessageRequest(reply_token=event.reply_token, messages=[TextMessage(text=text)])
    try:
        await api.reply_message(reply)
    except (ApiException, aiohttp.ClientError) as exc:  # the press itself is recorded
        log.warning("LINE reply not sent: %s", exc)


@asynccontextmanager
async def serving_webhook(settings: LineSettings, app: Starlette) -> AsyncIterator[None]:
    config = uvicorn.Config(
        app,
        host=settings.webhook_host,
        port=settings.webhook_port,
        log_level="warning",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(), name="LINE webhook")
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if task.done():
        task.result()  # raises: the port was taken, ...
        raise ConfigError([f"LINE webhook did not start on port {settings.webhook_port}"])
    try:
        yield
    finally:
        server.should_exit = True
        await task
