"""The meetings list, a meeting's page, and a message as the bot read it."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.meetings.corrections import CORRECTABLE_FIELDS
from bot.meetings.typed_text import typed_text
from bot.services.meeting_detail import highlighted, meeting_detail, read_stored, record_sources
from bot.services.meetings_query import State, When, list_meetings
from bot.services.memos import memo_files
from bot.services.users import Role
from bot.web.auth import require
from bot.web.render import render
from bot.web.routes.common import int_param, meetbot, today


async def home(request: Request) -> Response:
    return RedirectResponse("/meetings", status_code=303)


async def meetings(request: Request) -> Response:
    await require(request)
    params = request.query_params
    try:
        when = When(params.get("when", When.UPCOMING.value))
        state = State(params["state"]) if params.get("state") else None
        page_number = int(params.get("page", "1"))
    except ValueError as exc:
        raise HTTPException(400, "ตัวกรองไม่ถูกต้อง / unknown filter") from exc
    search = params.get("q", "")
    page = await run_in_threadpool(
        list_meetings,
        meetbot(request).db,
        now=meetbot(request).clock.now(),
        today=today(request),
        threshold=meetbot(request).settings.review.threshold,
        when=when,
        state=state,
        search=search,
        page=page_number,
    )
    return render(
        request,
        "meetings.html",
        page=page,
        when=when.value,
        state=state.value if state else "",
        q=search,
        states=list(State),
    )


async def meeting(request: Request) -> Response:
    await require(request)
    meeting_id = int_param(request, "meeting_id")
    app = meetbot(request)
    try:
        detail = await run_in_threadpool(
            meeting_detail,
            app.db,
            meeting_id,
            now=app.clock.now(),
            today=today(request),
            threshold=app.settings.review.threshold,
        )
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    memos = await run_in_threadpool(memo_files, app, meeting_id)
    # "Correct" beside a value opens the form with that value in it, in the form's zone.
    correcting = request.query_params.get("correct", "")
    zone = (detail.row.record.get("timezone") or {}).get("value") or app.settings.timezone
    if correcting not in CORRECTABLE_FIELDS:
        correcting = ""
    return render(
        request,
        "meeting.html",
        correcting=correcting,
        correcting_text=typed_text(correcting, detail.row.record.get(correcting), zone)
        if correcting
        else "",
        d=detail,
        memos=memos,
        delegates=app.settings.delegates,
        correctable=CORRECTABLE_FIELDS,
        can_change=request.state.user.role.allows(Role.OFFICER),
        can_approve=request.state.user.role.allows(Role.APPROVER),
        notice=request.query_params.get("notice", ""),
        zone=app.settings.timezone,
    )


async def message(request: Request) -> Response:
    await require(request)
    pk = int_param(request, "message_pk")
    try:
        row, document = await run_in_threadpool(read_stored, meetbot(request).db, pk)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    sources = record_sources({}, row.extraction)
    return render(
        request,
        "message.html",
        row=row,
        document=document,
        # The subject line too: extraction reads it, and titles come from it.
        text=highlighted(f"Subject: {document.subject}\n\n{document.all_text()}", sources),
    )


routes = [
    Route("/", home),
    Route("/meetings", meetings),
    Route("/meetings/{meeting_id:int}", meeting),
    Route("/messages/{message_pk:int}", message),
]
