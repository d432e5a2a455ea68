"""Log in and out."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.services.users import authenticate
from bot.web.auth import SESSION_USER
from bot.web.csrf import checked_form
from bot.web.render import render
from bot.web.routes.common import meetbot


def _next(value: object) -> str:
    # Only paths of this site: a login link must not send anyone elsewhere.
    text = str(value or "/meetings")
    return text if text.startswith("/") and not text.startswith("//") else "/meetings"


async def login_form(request: Request) -> Response:
    return render(request, "login.html", next=_next(request.query_params.get("next")))


async def login(request: Request) -> Response:
    form = await checked_form(request)
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    limiter = request.app.state.login_limiter
    address = request.client.host if request.client else "?"
    keys = (f"name:{name}", f"address:{address}")
    if limiter.blocked(*keys):
        return render(
            request,
            "login.html",
            status_code=429,
            error="ลองหลายครั้งเกินไป รอหนึ่งนาที / too many attempts: wait a minute",
            next=_next(form.get("next")),
        )
    user = await run_in_threadpool(authenticate, meetbot(request).db, name, password)
    if user is None:
        limiter.failed(*keys)
        return render(
            request,
            "login.html",
            status_code=401,
            error="ชื่อหรือรหัสผ่านไม่ถูกต้อง / wrong name or password",
            next=_next(form.get("next")),
        )
    request.session.clear()  # a new session on login: no fixation
    request.session[SESSION_USER] = user.name
    return RedirectResponse(_next(form.get("next")), status_code=303)


async def logout(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


routes = [
    Route("/login", login_form, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
]
