"""A local stand-in for the LINE Messaging API, served on 127.0.0.1.

line-bot-sdk is pointed at it through `Configuration(host=...)` ([line] api_base_url).
It records every push and reply with its JSON body and headers, and answers the next
push with a fault on demand.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "line-test-channel-access-token"
SECRET = "line-test-channel-secret"


@dataclass(frozen=True)
class LineRequest:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class LineApiStandIn:
    requests: list[LineRequest] = field(default_factory=list)
    faults: deque[int] = field(default_factory=deque)
    _changed: asyncio.Condition | None = None
    _runner: web.AppRunner | None = None
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> LineApiStandIn:
        self._changed = asyncio.Condition()
        app = web.Application()
        app.router.add_post("/v2/bot/message/push", self._answer)
        app.router.add_post("/v2/bot/message/reply", self._answer)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    def calls(self, path: str) -> list[LineRequest]:
        return [r for r in self.requests if r.path.endswith(path)]

    async def wait_for(self, path: str, count: int = 1, timeout: float = 60.0) -> list[LineRequest]:
        """The first `count` calls of `path`; the limit as in TelegramApiStandIn.wait_for."""
        assert self._changed is not None
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: len(self.calls(path)) >= count), timeout
            )
        return self.calls(path)[:count]

    async def _answer(self, request: web.Request) -> web.Response:
        assert self._changed is not None
        body = await request.json()
        async with self._changed:
            self.requests.append(LineRequest(request.path, body, dict(request.headers)))
            self._changed.notify_all()
        if request.path.endswith("/push") and self.faults:
            status = self.faults.popleft()
            return web.json_response({"message": "stand-in fault"}, status=status)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.json_response({"message": "Authentication failed"}, status=401)
        return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})
