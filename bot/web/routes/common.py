"""What the page modules share: the App behind the request, today, redirects."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse

from bot.app import App


def meetbot(request: Request) -> App:
    app: App = request.app.state.meetbot
    return app


def today(request: Request) -> dt.date:
    app = meetbot(request)
    return app.clock.now().astimezone(ZoneInfo(app.settings.timezone)).date()


def int_param(request: Request, name: str) -> int:
    try:
        return int(request.path_params[name])
    except (KeyError, ValueError) as exc:
        raise HTTPException(404) from exc


def back_to(path: str, notice: str = "") -> RedirectResponse:
    """After a form: to the page, with what happened (shown once, escaped)."""
    if notice:
        from urllib.parse import quote

        path += ("&" if "?" in path else "?") + "notice=" + quote(notice)
    return RedirectResponse(path, status_code=303)
