"""The forms that change a meeting: correct, undo, not a meeting, delegates, approve, memo."""

from __future__ import annotations

import asyncio

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.actions.memo.kinds import MemoKind
from bot.meetings.corrections import CorrectionError
from bot.meetings.field_names import FIELD_NAMES
from bot.services.corrections import (
    confirm_value,
    correct_field,
    mark_not_a_meeting,
    undo_correction,
)
from bot.services.memos import redraw
from bot.services.people import approve_meeting, change_delegates
from bot.services.regroup import detach_message, merge_meetings
from bot.services.users import Role
from bot.web.auth import require
from bot.web.csrf import checked_form
from bot.web.routes.common import back_to, int_param, meetbot


async def correct(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    form = await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    field = str(form.get("field", ""))
    try:
        done = await correct_field(
            meetbot(request),
            meeting_id,
            field,
            str(form.get("value", "")),
            by=user.name,
            zone=str(form.get("zone") or "") or None,
            reason=str(form.get("reason") or "") or None,
        )
    except CorrectionError as exc:
        raise HTTPException(400, f"แก้ไขไม่ได้ / cannot correct: {exc}") from exc
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    thai, english = _named(field)
    return back_to(
        _page_after(form, meeting_id),
        f"แก้ไขช่อง “{thai}” แล้ว (ฉบับที่ {done.revision}) / "
        f"{english} corrected (revision {done.revision})",
    )


async def confirm(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    form = await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    field = str(form.get("field", ""))
    try:
        await confirm_value(meetbot(request), meeting_id, field, by=user.name)
    except CorrectionError as exc:
        raise HTTPException(400, str(exc)) from exc
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    thai, english = _named(field)
    return back_to(_page_after(form, meeting_id), f"ยืนยันช่อง “{thai}” แล้ว / {english} confirmed")


def _named(field: str) -> tuple[str, str]:
    """The field's Thai and English names for a notice; an unknown one keeps its own."""
    return FIELD_NAMES.get(field, (field, field))


def _page_after(form: FormData, meeting_id: int) -> str:
    """From the review queue, back to it; else the meeting (never a page the form names)."""
    return "/review" if form.get("back") == "/review" else f"/meetings/{meeting_id}"


async def undo(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    try:
        done = await undo_correction(
            meetbot(request), int_param(request, "correction_id"), by=user.name
        )
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    thai, english = _named(done.field)
    return back_to(
        f"/meetings/{meeting_id}",
        f"ยกเลิกการแก้ไขช่อง “{thai}” แล้ว / {english} undone",
    )


async def not_a_meeting(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    form = await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    try:
        await mark_not_a_meeting(
            meetbot(request), meeting_id, by=user.name, reason=str(form.get("reason") or "")
        )
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    return back_to(f"/meetings/{meeting_id}", "ไม่ใช่การประชุม / marked: not a meeting")


async def delegates(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    form = await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    keys = [str(key) for key in form.getlist("delegate") if key]
    try:
        change = await change_delegates(
            meetbot(request), meeting_id, keys, by=user.name, remove=form.get("remove") == "1"
        )
    except LookupError as exc:
        raise HTTPException(400, str(exc)) from exc
    changed = ", ".join(change.added or change.removed) or "-"
    return back_to(f"/meetings/{meeting_id}", f"ผู้แทน / delegates: {changed}")


async def approve(request: Request) -> Response:
    user = await require(request, Role.APPROVER)
    form = await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    try:
        approval, released = await approve_meeting(meetbot(request), meeting_id, by=user.name)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    notice = (
        f"อนุมัติแล้ว ปล่อยจดหมาย {released} ฉบับ / approved, {released} held mail released"
        if approval.changed
        else "ไม่ได้รออนุมัติ / was not held"
    )
    return back_to(_page_after(form, meeting_id), notice)


async def redraw_memo(request: Request) -> Response:
    await require(request, Role.OFFICER)
    form = await checked_form(request)
    meeting_id = int_param(request, "meeting_id")
    try:
        kind = MemoKind(str(form.get("kind", MemoKind.NOMINATION.value)))
    except ValueError as exc:
        raise HTTPException(400, "unknown memo kind") from exc
    result = await asyncio.to_thread(redraw, meetbot(request), meeting_id, kind)
    return back_to(f"/meetings/{meeting_id}", f"ร่างใหม่แล้ว / redrawn: {result.files[0].name}")


async def detach(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    await checked_form(request)
    try:
        meeting_id = await detach_message(
            meetbot(request), int_param(request, "message_pk"), by=user.name
        )
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    return back_to(f"/meetings/{meeting_id}", "แยกข้อความออกแล้ว / message detached")


async def merge(request: Request) -> Response:
    user = await require(request, Role.OFFICER)
    form = await checked_form(request)
    keep_id = int_param(request, "meeting_id")
    try:
        other_id = int(str(form.get("other", "")).lstrip("#"))
        await merge_meetings(meetbot(request), keep_id, other_id, by=user.name)
    except (LookupError, ValueError) as exc:
        raise HTTPException(400, f"รวมไม่ได้ / cannot merge: {exc}") from exc
    return back_to(f"/meetings/{keep_id}", f"รวม #{other_id} แล้ว / #{other_id} merged here")


routes = [
    Route("/messages/{message_pk:int}/detach", detach, methods=["POST"]),
    Route("/meetings/{meeting_id:int}/merge", merge, methods=["POST"]),
    Route("/meetings/{meeting_id:int}/correct", correct, methods=["POST"]),
    Route("/meetings/{meeting_id:int}/confirm", confirm, methods=["POST"]),
    Route(
        "/meetings/{meeting_id:int}/corrections/{correction_id:int}/undo", undo, methods=["POST"]
    ),
    Route("/meetings/{meeting_id:int}/not-a-meeting", not_a_meeting, methods=["POST"]),
    Route("/meetings/{meeting_id:int}/delegates", delegates, methods=["POST"]),
    Route("/meetings/{meeting_id:int}/approve", approve, methods=["POST"]),
    Route("/meetings/{meeting_id:int}/memos/redraw", redraw_memo, methods=["POST"]),
]
