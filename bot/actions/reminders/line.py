"""The LINE side, through the official line-bot-sdk (v3): pushing notices and reminders
as Flex messages, and serving the webhook (bot/actions/reminders/line_webhook.py) that
receives the postback buttons and the text commands.

The webhook is a small Starlette app the daemon serves with uvicorn on
`[line] webhook_host:webhook_port` at `webhook_path`; LINE calls it over HTTPS, so a
TLS proxy sits in front in production.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import uvicorn
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    PushMessageRequest,
)
from starlette.applications import Starlette

from bot.actions.reminders.delivery import Delivery
from bot.actions.reminders.line_flex import flex_message
from bot.actions.reminders.messages import memo_url
from bot.config.settings import LineSettings, Settings
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

    def __init__(self, api: AsyncMessagingApi, settings: Settings) -> None:
        self._api = api
        self._settings = settings

    async def send(self, address: str, delivery: Delivery) -> None:
        what = f"{delivery.key} to LINE {address}"
        # The same retry key for the same message and recipient: LINE accepts a
        # repeated push (our retry after a lost answer) only once.
        retry_key = str(uuid.uuid5(uuid.NAMESPACE_URL, f"meetbot:{delivery.key}>{address}"))
        links = memo_links(self._settings, delivery.meeting_id, delivery.message.documents)
        request = PushMessageRequest(to=address, messages=[flex_message(delivery.message, links)])
        try:
            await self._api.push_message(request, x_line_retry_key=retry_key)
        except ApiException as exc:
            if exc.status == 409:  # accepted before under this retry key
                return
            raise DeliveryError(f"{what}: {exc.status} {exc.reason}", exc.status) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(f"{what}: {exc}") from exc


def memo_links(
    settings: Settings, meeting_id: int | None, documents: Sequence[Path]
) -> dict[str, str]:
    """The workspace URL of each memo file, by name; none without `[web] base_url`."""
    links = {}
    for document in documents:
        url = None if meeting_id is None else memo_url(settings, meeting_id, document.name)
        if url is not None:
            links[document.name] = url
    return links


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
