"""The workspace served by uvicorn on 127.0.0.1, in a thread, for tests and screenshots."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.app import App
from bot.web.app import QuietServer, create_web_app


@contextlib.contextmanager
def running_workspace(app: App) -> Iterator[str]:
    """uvicorn serving the app in a thread of its own; the base URL."""
    with running_server(create_web_app(app)) as base:
        yield base


class WorkspaceSlot:
    """An ASGI app that forwards each request to the workspace put in it: one server serves
    each test's workspace in turn. Stopping a server costs uvicorn's tick and a fixed pause
    of its shutdown (0.15 s), which a server per test paid each time."""

    def __init__(self) -> None:
        self.app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.app is None:
            raise RuntimeError("no workspace is being served")
        await self.app(scope, receive, send)


@contextlib.contextmanager
def running_server(asgi: ASGIApp) -> Iterator[str]:
    """uvicorn serving `asgi` in a thread of its own; the base URL.

    On a socket bound here to a port the kernel picks: a port probed free and given to
    uvicorn to bind later can be taken in between."""
    listening = socket.create_server(("127.0.0.1", 0))
    port = int(listening.getsockname()[1])
    server = QuietServer(
        uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(
        target=lambda: asyncio.run(server.serve(sockets=[listening])), daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 60  # only keeps a broken start from hanging the test
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the workspace did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        listening.close()
