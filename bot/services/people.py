"""Approving a held meeting and changing its delegates, with the audit line for each."""

from __future__ import annotations

from collections.abc import Sequence

from bot.app import App
from bot.meetings.approval import Approval
from bot.meetings.assignments import AssignmentChange
from bot.meetings.audit import record_audit
from bot.meetings.pending import HeldChange


async def approve_meeting(app: App, meeting_id: int, *, by: str) -> tuple[Approval, int]:
    """Lift the hold; its held mail goes out. Raises LookupError for an unknown meeting."""
    approval, released = await app.approve(meeting_id, by=by)
    if approval.changed:
        with app.db.session() as session:
            record_audit(
                session,
                actor=by,
                action="approve",
                meeting_id=meeting_id,
                before={"held because": list(approval.reasons)},
                after={"approved": True, "mail released": released},
                now=app.clock.now(),
            )
    return approval, released


async def decide_change(app: App, change_id: int, *, accept: bool, by: str) -> HeldChange:
    """Accept (only the values it showed) or reject a change that untrusted mail brought
    to an approved meeting. Raises LookupError or ValueError in plain words."""
    if accept:
        decided = await app.accept_change(change_id, by=by)
    else:
        decided = await app.reject_change(change_id, by=by)
    with app.db.session() as session:
        record_audit(
            session,
            actor=by,
            action="accept change" if accept else "reject change",
            meeting_id=decided.meeting_id,
            subject=f"pending change {change_id}",
            after={"fields": [field.name for field in decided.fields]},
            now=app.clock.now(),
        )
    return decided


async def change_delegates(
    app: App, meeting_id: int, keys: Sequence[str], *, by: str, remove: bool = False
) -> AssignmentChange:
    """Assign (or remove) delegates; invitations or cancellations follow and are sent.

    Raises LookupError for an unknown meeting or delegate.
    """
    change = await app.assign(meeting_id, keys, by=by, remove=remove)
    if change.changed:
        with app.db.session() as session:
            record_audit(
                session,
                actor=by,
                action="unassign" if remove else "assign",
                meeting_id=meeting_id,
                subject=", ".join(change.removed or change.added),
                after={"added": list(change.added), "removed": list(change.removed)},
                now=app.clock.now(),
            )
        await app.outbox.flush()
    return change
