"""The review queue: meetings held for approval, with the reasons and each link's host."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.meetings.approval import waiting
from bot.services.users import Role
from bot.understanding.record import MeetingRecord
from bot.web.auth import require
from bot.web.render import render
from bot.web.routes.common import meetbot


def _held(request: Request) -> list[tuple[int, MeetingRecord, list[str]]]:
    with meetbot(request).db.session() as session:
        return [
            (row.id, MeetingRecord.from_json(row.record), [str(r) for r in row.approval_reasons])
            for row in waiting(session)
        ]


async def review(request: Request) -> Response:
    user = await require(request)
    held = await run_in_threadpool(_held, request)
    # Hook: values marked needs_review (the `understanding` work) and pending changes from
    # untrusted follow-ups (bot.meetings.pending, the `trust` work) join this queue.
    return render(
        request,
        "review.html",
        held=held,
        can_approve=user.role.allows(Role.APPROVER),
        notice=request.query_params.get("notice", ""),
    )


routes = [Route("/review", review)]
