"""The status page and the reprocess button for a failed message."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.services.status_view import reprocess_message, status
from bot.services.users import Role
from bot.web.auth import require
from bot.web.csrf import checked_form
from bot.web.render import render
from bot.web.routes.common import back_to, int_param, meetbot


async def status_page(request: Request) -> Response:
    await require(request)
    app = meetbot(request)
    found = await run_in_threadpool(status, app, app.clock.now())
    return render(request, "status.html", s=found, notice=request.query_params.get("notice", ""))


async def reprocess(request: Request) -> Response:
    await require(request, Role.OFFICER)
    await checked_form(request)
    pk = int_param(request, "message_pk")
    outcome = await reprocess_message(meetbot(request), pk)
    return back_to("/status", f"ข้อความ #{pk} / message #{pk}: {outcome}")


routes = [
    Route("/status", status_page),
    Route("/messages/{message_pk:int}/reprocess", reprocess, methods=["POST"]),
]
