"""The review queue: meetings held for approval, with the reasons and each link's host,
the values extraction doubted, to confirm or correct, and the letters no meeting could be
found for, to join to theirs by hand."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.meetings.approval import waiting
from bot.meetings.pending import HeldChange, list_pending
from bot.meetings.review import (
    MeetingToReview,
    MessageToLink,
    meetings_to_review,
    messages_to_link,
)
from bot.services.people import decide_change
from bot.services.users import Role
from bot.understanding.record import MeetingRecord
from bot.web.auth import require
from bot.web.csrf import checked_form
from bot.web.render import render
from bot.web.routes.common import back_to, int_param, meetbot, today


def _pending(request: Request) -> list[HeldChange]:
    with meetbot(request).db.session() as session:
        return list(list_pending(session))


def _held(request: Request) -> list[tuple[int, MeetingRecord, list[str]]]:
    with meetbot(request).db.session() as session:
        return [
            (row.id, MeetingRecord.from_json(row.record), [str(r) for r in row.approval_reasons])
            for row in waiting(session)
        ]


def _doubtful(request: Request) -> list[MeetingToReview]:
    app = meetbot(request)
    with app.db.session() as session:
        return meetings_to_review(session, app.settings.review.threshold, today=today(request))


def _to_link(request: Request) -> list[MessageToLink]:
    with meetbot(request).db.session() as session:
        return messages_to_link(session)


async def review(request: Request) -> Response:
    user = await require(request)
    held = await run_in_threadpool(_held, request)
    pending = await run_in_threadpool(_pending, request)
    doubtful = await run_in_threadpool(_doubtful, request)
    to_link = await run_in_threadpool(_to_link, request)
    return render(
        request,
        "review.html",
        held=held,
        pending=pending,
        doubtful=doubtful,
        to_link=to_link,
        invitations_wait=meetbot(request).settings.review.before_invites,
        can_approve=user.role.allows(Role.APPROVER),
        can_change=user.role.allows(Role.OFFICER),
        notice=request.query_params.get("notice", ""),
    )


async def decide(request: Request) -> Response:
    user = await require(request, Role.APPROVER)
    form = await checked_form(request)
    change_id = int_param(request, "change_id")
    accept = form.get("decision") == "accept"
    try:
        await decide_change(meetbot(request), change_id, accept=accept, by=user.name)
    except (LookupError, ValueError) as exc:
        raise HTTPException(400, str(exc)) from exc
    word = "รับ / accepted" if accept else "ไม่รับ / rejected"
    return back_to("/review", f"การเปลี่ยนแปลง #{change_id}: {word}")


routes = [
    Route("/review", review),
    Route("/changes/{change_id:int}/decide", decide, methods=["POST"]),
]
