"""The webhook LINE calls: postback buttons (done, snooze, approve) and the text
commands (`/meeting 12`, `/memo 12`, ...), with the same roles as on Telegram.

Every call's `X-Line-Signature` (an HMAC of the body with the channel secret) is
checked before anything is read from it. The call is answered at once and its events
handled after, as LINE asks of a webhook: drafting a memo takes seconds. Each event
is answered through its reply token; only the office's chats and the one-to-one chats
of staff and delegates get more than a refusal, and ordinary talk in a group (no
command) gets nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import aiohttp
from linebot.v3 import WebhookParser
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.messaging import (
    ApiException,
    AsyncMessagingApi,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhooks import (
    Event,
    GroupSource,
    MessageEvent,
    PostbackEvent,
    RoomSource,
    Source,
    TextMessageContent,
    UserSource,
)
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from bot.actions.reminders.access import LINE, REFUSAL, ChatAccess, Person
from bot.actions.reminders.buttons import ButtonPresses
from bot.actions.reminders.chat_replies import Asker, ChatReplies, Reply, parse_command
from bot.actions.reminders.line import memo_links
from bot.actions.reminders.line_flex import document_lines
from bot.actions.reminders.service import ReminderService
from bot.errors import ConfigError

log = logging.getLogger(__name__)

MAX_TEXT = 5000  # LINE's limit on a text message


def webhook_app(service: ReminderService, api: AsyncMessagingApi) -> Starlette:
    settings = service.settings.line
    if settings.channel_secret is None:
        raise ConfigError(["line.channel_secret is not set: the webhook cannot check calls"])
    parser = WebhookParser(settings.channel_secret.get_secret_value())
    events_of = LineEvents(service, api)

    async def receive(request: Request) -> PlainTextResponse:
        body = (await request.body()).decode("utf-8", errors="replace")
        try:
            events = parser.parse(body, request.headers.get("X-Line-Signature", ""))
        except InvalidSignatureError:
            log.warning("LINE webhook call refused: bad signature from %s", request.client)
            return PlainTextResponse("invalid signature", status_code=403)
        return PlainTextResponse("ok", background=BackgroundTask(events_of.handle, events))

    return Starlette(routes=[Route(settings.webhook_path, receive, methods=["POST"])])


class LineEvents:
    def __init__(self, service: ReminderService, api: AsyncMessagingApi) -> None:
        self._service = service
        self._api = api
        self._access = ChatAccess(service.settings)
        self._presses = ButtonPresses(service, self._access)
        self._replies = ChatReplies(service, self._access)

    async def handle(self, events: Sequence[Event]) -> None:
        for event in events:
            if isinstance(event, PostbackEvent):
                await self._postback(event)
            elif isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                await self._command(event, event.message.text)

    async def _postback(self, event: PostbackEvent) -> None:
        person, chat = _asked_where(event.source)
        if self._access.chat_allowed(LINE, chat, person):
            pressed = await self._presses.press(event.postback.data, person, _who(person))
            text = pressed.text
        else:
            log.warning("refused LINE postback from %s in %s", person, chat)
            text = REFUSAL
        await self._reply(event.reply_token, text)

    async def _command(self, event: MessageEvent, text: str) -> None:
        parsed = parse_command(text)
        if parsed is None:
            return  # talk in the group, not meant for the bot
        person, chat = _asked_where(event.source)
        if not self._access.chat_allowed(LINE, chat, person):
            log.warning("refused LINE command %r from %s in %s", text[:40], person, chat)
            await self._reply(event.reply_token, REFUSAL)
            return
        name, args = parsed
        reply = await self._replies.answer(name, args, Asker(person, _who(person)))
        await self._reply(event.reply_token, self._text(reply))

    def _text(self, reply: Reply) -> str:
        """LINE cannot carry a DOCX: a memo is its link in the workspace."""
        links = memo_links(self._service.settings, reply.meeting_id, reply.documents)
        return "\n".join([reply.text, *document_lines(reply.documents, links)])[:MAX_TEXT]

    async def _reply(self, token: str | None, text: str) -> None:
        if token is None:
            return
        reply = ReplyMessageRequest(reply_token=token, messages=[TextMessage(text=text)])
        try:
            await self._api.reply_message(reply)
        except (ApiException, aiohttp.ClientError) as exc:  # what was done is recorded
            log.warning("LINE reply not sent: %s", exc)


def _asked_where(source: Source | None) -> tuple[Person | None, str | None]:
    """Who asked, and in which chat: a group's or room's id, or the user's own."""
    user_id = getattr(source, "user_id", None)
    person = None if user_id is None else Person(LINE, user_id)
    if isinstance(source, GroupSource):
        return person, source.group_id
    if isinstance(source, RoomSource):
        return person, source.room_id
    return person, user_id if isinstance(source, UserSource) else None


def _who(person: Person | None) -> str:
    return "unknown" if person is None else f"LINE {person.user_id}"
