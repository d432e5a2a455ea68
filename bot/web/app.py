"""The Starlette application over a configured meetbot, and serving it with uvicorn."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.app import App
from bot.web.auth import LoginLimiter, LoginRequired
from bot.web.render import TEMPLATE_DIR, render
from bot.web.routes import changes, files, login, meetings, outbox, review, status

log = logging.getLogger(__name__)

SESSION_COOKIE = "meetbot_session"
SESSION_MAX_AGE = 12 * 3600  # one working day: a forgotten browser does not stay logged in
# No script runs but our own files; no page of ours may be framed by another site.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_web_app(app: App) -> Starlette:
    settings = app.settings.web
    routes = [
        *login.routes,
        *meetings.routes,
        *changes.routes,
        *review.routes,
        *outbox.routes,
        *status.routes,
        *files.routes,
        Mount("/static", StaticFiles(directory=TEMPLATE_DIR / "static"), name="static"),
    ]
    behind_https = (settings.base_url or "").startswith("https://")
    web = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=session_secret(app),
                session_cookie=SESSION_COOKIE,
                max_age=SESSION_MAX_AGE,
                same_site="lax",
                https_only=behind_https,
            ),
        ],
        exception_handlers={LoginRequired: _to_login, HTTPException: _error_page},
    )
    web.state.meetbot = app
    web.state.login_limiter = LoginLimiter(settings.login_attempts_per_minute)

    return web


class SecurityHeaders:
    """SECURITY_HEADERS on every response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


def session_secret(app: App) -> str:
    """The configured key, or one made once and kept private in data_dir."""
    configured = app.settings.web.secret_key
    if configured is not None:
        return configured.get_secret_value()
    path = Path(app.settings.data_dir) / "web-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside (mkstemp: mode 0600), then linked into place: a process starting at
        # the same moment (the daemon and `meetbot web`) finds no file or a whole one, never
        # one created and still empty, and a second link fails rather than replace the first.
        descriptor, aside = tempfile.mkstemp(dir=path.parent, prefix=".web-secret-")
        try:
            with os.fdopen(descriptor, "w") as out:
                out.write(secrets.token_urlsafe(48))
            with contextlib.suppress(FileExistsError):
                os.link(aside, path)
        finally:
            os.unlink(aside)
    return path.read_text().strip()


async def _to_login(request: Request, exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    from urllib.parse import quote

    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


async def _error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return render(request, "error.html", status_code=exc.status_code, detail=exc.detail)


class QuietServer(uvicorn.Server):
    """uvicorn inside the daemon: the daemon owns the signals and says when to stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def workspace_url(app: App) -> str:
    web = app.settings.web
    return (web.base_url or f"http://{web.host}:{web.port}").rstrip("/")


async def serve(app: App, stop: asyncio.Event) -> None:
    """Serve the workspace on [web] host:port until `stop` is set.

    A workspace that cannot start (the port is taken) is logged and given up; the
    daemon it runs in goes on handling mail.
    """
    config = uvicorn.Config(
        create_web_app(app),
        host=app.settings.web.host,
        port=app.settings.web.port,
        log_level="warning",
        proxy_headers=False,
        lifespan="off",
    )
    server = QuietServer(config)
    serving = asyncio.create_task(_serve_or_exit(server))
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
    server.should_exit = True
    started = await serving
    stopping.cancel()
    if not started:
        log.error("workspace not started: cannot listen on %s:%s", config.host, config.port)


async def _serve_or_exit(server: uvicorn.Server) -> bool:
    """Serve; False when uvicorn could not start (it exits the process on a bind error)."""
    try:
        await server.serve()
    except SystemExit:
        return False
    return server.started
