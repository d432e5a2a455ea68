"""Letting a meeting's held invitations go once nothing holds them any more.

Invitations wait in the outbox for the meeting's approval (untrusted mail) and, with
`review.before_invites`, for a person to confirm or correct every value of the meeting
that needs review. Approval comes first: once approved, what still waits for review
stays held for that, and goes when the last doubtful value is checked.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.actions.outbox import APPROVAL, REVIEW, Outbox
from bot.config.settings import ReviewSettings
from bot.meetings.meeting import MeetingStatus
from bot.meetings.review import values_to_review
from bot.store.database import Database
from bot.store.tables import MeetingRow


def release_held(db: Database, outbox: Outbox, review: ReviewSettings, meeting_id: int) -> int:
    """Release what the meeting's mail no longer waits for; how many messages may go now."""
    with db.session() as session:
        row = session.get(MeetingRow, meeting_id)
        if row is None or not row.approved:
            return 0
        unreviewed = row.status == MeetingStatus.SCHEDULED.value and waits_for_review(
            session, review, meeting_id
        )
    if unreviewed:
        outbox.release(meeting_id, APPROVAL, still_held_for=REVIEW)
        return 0
    return outbox.release(meeting_id, APPROVAL) + outbox.release(meeting_id, REVIEW)


def waits_for_review(session: Session, review: ReviewSettings, meeting_id: int) -> bool:
    """Whether the meeting's invitations wait for a person to check its doubtful values."""
    return review.before_invites and bool(values_to_review(session, meeting_id, review.threshold))
