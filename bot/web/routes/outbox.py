"""The outbox page, a mail's raw form, and retrying a failed one."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.services.outbox_view import outbox_rows, raw_mail, retry_mail
from bot.services.users import Role
from bot.web.auth import require
from bot.web.csrf import checked_form
from bot.web.render import render
from bot.web.routes.common import back_to, int_param, meetbot


async def outbox(request: Request) -> Response:
    await require(request)
    status = request.query_params.get("status") or None
    rows = await run_in_threadpool(outbox_rows, meetbot(request).db, status=status)
    return render(
        request,
        "outbox.html",
        rows=rows,
        status=status or "",
        notice=request.query_params.get("notice", ""),
    )


async def raw(request: Request) -> Response:
    await require(request)
    try:
        content = await run_in_threadpool(raw_mail, meetbot(request).db, int_param(request, "id"))
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    # text/plain with nosniff: the browser shows the mail, never renders its HTML.
    return Response(
        content,
        media_type="text/plain; charset=utf-8",
        headers={"X-Content-Type-Options": "nosniff"},
    )


async def retry(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    await checked_form(request)
    row_id = int_param(request, "id")
    try:
        state = await retry_mail(meetbot(request), row_id, by=user.name)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    return back_to("/outbox", f"#{row_id}: {state}")


routes = [
    Route("/outbox", outbox),
    Route("/outbox/{id:int}/raw", raw),
    Route("/outbox/{id:int}/retry", retry, methods=["POST"]),
]
