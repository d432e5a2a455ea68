"""A local stand-in for the Telegram Bot API, served on 127.0.0.1.

python-telegram-bot is pointed at it through `base_url`. It records every request,
feeds queued updates (commands, button presses) to getUpdates, and answers the next
call of a method with a fault on demand: 429 with retry_after, a 5xx, or a delay
longer than the client's time-out.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import itertools
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qs

TOKEN = "123456:TEST-token-for-the-stand-in"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "meetbot", "username": "meetbot_test_bot"}
# getUpdates long-polls; the stand-in holds a poll at most this long so a test's
# shutdown does not wait for the client's full poll time-out.
MAX_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class ApiRequest:
    method: str
    params: dict[str, Any]

    def json(self, name: str) -> Any:
        """A parameter the client sent JSON-encoded (reply_markup, ...)."""
        value = self.params.get(name)
        return json.loads(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class Fault:
    status: int
    retry_after: int | None = None
    delay: float = 0.0  # seconds before answering (a time-out for a short client limit)


@dataclass
class TelegramApiStandIn:
    token: str = TOKEN
    requests: list[ApiRequest] = field(default_factory=list)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _faults: dict[str, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition | None = None
    _server: asyncio.Server | None = None
    _connections: set[asyncio.StreamWriter] = field(default_factory=set)
    _handlers: set[asyncio.Task[Any]] = field(default_factory=set)
    _closing: bool = False
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def __aenter__(self) -> TelegramApiStandIn:
        self._changed = asyncio.Condition()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        assert self._changed is not None
        self._server.close()
        async with self._changed:  # ends the long polls being held
            self._closing = True
            self._changed.notify_all()
        for writer in list(self._connections):
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
        # A handler still running when the loop closes would be cancelled, and asyncio
        # logs a cancelled connection handler as an error.
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    # -- what a test does -----------------------------------------------------------

    def fail_next(self, method: str, fault: Fault) -> None:
        self._faults[method].append(fault)

    async def push_command(self, text: str, *, chat_id: int, user_id: int) -> None:
        command = text.split()[0]
        message = self._message(chat_id, text, user_id=user_id)
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        await self._push({"message": message})

    async def push_button(self, data: str, *, chat_id: int, user_id: int, message_id: int) -> None:
        message = self._message(chat_id, "(reminder)", message_id=message_id)
        message["from"] = BOT_USER
        query = {
            "id": f"cq{next(self._ids)}",
            "from": _user(user_id),
            "chat_instance": f"ci{chat_id}",
            "data": data,
            "message": message,
        }
        await self._push({"callback_query": query})

    def calls(self, method: str) -> list[ApiRequest]:
        return [r for r in self.requests if r.method == method]

    async def wait_for(
        self, method: str, count: int = 1, timeout: float = 60.0
    ) -> list[ApiRequest]:
        """The first `count` calls of `method`, waiting for them to arrive. The limit only
        keeps a broken test from hanging: on a busy machine the daemon's first message (read,
        understood, drafted) can take well over ten seconds."""
        assert self._changed is not None
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.calls(method)) >= count), timeout
            )
        return self.calls(method)[:count]

    # -- the server ---------------------------------------------------------------

    async def _push(self, update: dict[str, Any]) -> None:
        assert self._changed is not None
        async with self._changed:
            self._updates.append({"update_id": next(self._ids), **update})
            self._changed.notify_all()

    def _message(
        self, chat_id: int, text: str, *, user_id: int | None = None, message_id: int | None = None
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id or next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group", "title": "t"},
            "text": text,
        }
        if user_id is not None:
            message["from"] = _user(user_id)
        return message

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections.add(writer)
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in header_lines if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                path = request_line.split()[1]
                method = path.rsplit("/", 1)[-1]
                params = _params(headers.get("content-type", ""), body)
                status, payload = await self._answer(method, params)
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        self._connections.discard(writer)
        self._handlers.discard(task)
        writer.close()

    async def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        assert self._changed is not None
        if method != "getUpdates":
            async with self._changed:
                self.requests.append(ApiRequest(method, params))
                self._changed.notify_all()
        faults = self._faults.get(method)
        if faults:
            fault = faults.popleft()
            await self._hold(fault.delay)
            if fault.status != 200:
                reply: dict[str, Any] = {"ok": False, "error_code": fault.status}
                if fault.retry_after is not None:
                    reply["description"] = f"Too Many Requests: retry after {fault.retry_after}"
                    reply["parameters"] = {"retry_after": fault.retry_after}
                else:
                    reply["description"] = "Bad Gateway"
                return fault.status, reply
        return 200, {"ok": True, "result": await self._result(method, params)}

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return await self._poll(
                int(params.get("offset") or 0), float(params.get("timeout") or 0)
            )
        if method in ("sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup"):
            message = self._message(int(params["chat_id"]), str(params.get("text", "")))
            message["from"] = BOT_USER
            if "message_id" in params:
                message["message_id"] = int(params["message_id"])
            return message
        return True

    async def _hold(self, seconds: float) -> None:
        """Wait `seconds` before answering, or until the stand-in closes: a client that gave up
        on a slow answer has no one to wait for it at the end of the test."""
        assert self._changed is not None
        async with self._changed:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(lambda: self._closing), seconds)

    async def _poll(self, offset: int, timeout: float) -> list[dict[str, Any]]:
        assert self._changed is not None

        def pending() -> list[dict[str, Any]]:
            return [u for u in self._updates if u["update_id"] >= offset]

        async with self._changed:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: bool(pending()) or self._closing),
                    min(timeout, MAX_POLL_SECONDS),
                )
            return pending()


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}


def _params(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        loaded: dict[str, Any] = json.loads(body)
        return loaded
    if content_type.startswith("multipart/form-data"):
        return _form_data(content_type, body)
    return {k: v[0] for k, v in parse_qs(body.decode()).items()}


@dataclass(frozen=True)
class Upload:
    """A file sent with sendDocument."""

    filename: str
    content: bytes


def _form_data(content_type: str, body: bytes) -> dict[str, Any]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    params: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        params[str(name)] = Upload(filename, payload) if filename else payload.decode()
    return params
