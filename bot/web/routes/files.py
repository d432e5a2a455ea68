"""Memo downloads and calendar feeds: the files the workspace hands out."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from bot.services.feeds import OFFICE, feed_for, feed_tokens, rotate_token
from bot.services.memos import memo_download
from bot.services.users import Role
from bot.web.auth import require
from bot.web.csrf import checked_form
from bot.web.render import render
from bot.web.routes.common import back_to, int_param, meetbot

# The memo preview is our own HTML with inline styles; nothing in it may run or load.
MEMO_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_MEDIA = {
    "DOCX": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "PDF": "application/pdf",
    "HTML": "text/html; charset=utf-8",
    "EML": "message/rfc822",
}


async def memo(request: Request) -> Response:
    await require(request)
    meeting_id = int_param(request, "meeting_id")
    name = request.path_params["name"]
    # Only a name a draft of this meeting may have: a name from the URL never becomes a path.
    found = await run_in_threadpool(memo_download, meetbot(request), meeting_id, name)
    if found is None:
        raise HTTPException(404, "no such memo")
    path, label = found
    inline = label in ("HTML", "PDF")
    return FileResponse(
        path,
        media_type=_MEDIA[label],
        filename=path.name,
        content_disposition_type="inline" if inline else "attachment",
        headers={"Content-Security-Policy": MEMO_CSP},
    )


async def feed(request: Request) -> Response:
    """A calendar feed: no login, the token is the credential."""
    app = meetbot(request)
    token = request.path_params["token"]
    found = await run_in_threadpool(feed_for, app.db, token, name=app.settings.office.department_en)
    if found is None:
        raise HTTPException(404, "no such feed")
    headers = {"ETag": found.etag, "Cache-Control": "private, max-age=300"}
    if found.etag in _etags(request.headers.get("if-none-match", "")):
        return Response(status_code=304, headers=headers)
    return Response(found.content, media_type="text/calendar; charset=utf-8", headers=headers)


async def feeds_page(request: Request) -> Response:
    user = await require(request)
    app = meetbot(request)
    tokens = await run_in_threadpool(feed_tokens, app.db)
    return render(
        request,
        "feeds.html",
        tokens=tokens,
        office=OFFICE,
        delegates=app.settings.delegates,
        base=_base_url(request),
        can_rotate=user.role.allows(Role.ADMIN),
        notice=request.query_params.get("notice", ""),
    )


async def rotate(request: Request) -> Response:
    await require(request, Role.ADMIN)
    form = await checked_form(request)
    app = meetbot(request)
    key = str(form.get("delegate", OFFICE))
    if key != OFFICE and app.settings.delegate(key) is None:
        raise HTTPException(400, f"unknown delegate {key}")
    await run_in_threadpool(lambda: rotate_token(app.db, key, now=app.clock.now()))
    return back_to("/feeds", f"ออก URL ใหม่แล้ว / new feed URL: {key or 'office'}")


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def _base_url(request: Request) -> str:
    configured = meetbot(request).settings.web.base_url
    return (configured or str(request.base_url)).rstrip("/")


routes = [
    Route("/meetings/{meeting_id:int}/memos/{name}", memo),
    Route("/feed/{token}.ics", feed),
    Route("/feeds", feeds_page),
    Route("/feeds/rotate", rotate, methods=["POST"]),
]
