"""Holding a meeting for a person's approval, and that approval.

A meeting is held (``approved`` false) when a message that is not trusted (see
`bot.understanding.trust`) created it or changed what its delegates would get. While
it is held, the actions keep their outgoing work back: invitations wait in the
outbox as ``held``, delegates get no reminders and links are withheld. Only a
person lifts the hold (`approve`): a later message from a trusted sender does not,
since it cannot vouch for what the earlier one brought.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import MeetingNotFound
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.meetings.merge import VISIBLE_FIELDS
from bot.store.tables import MeetingRow
from bot.understanding.browser_url import as_text
from bot.understanding.record import MeetingRecord
from bot.understanding.trust import TrustVerdict

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Approval:
    meeting_id: int
    changed: bool  # False when the meeting was not held
    revision: int  # after the approval: the actions run again for it
    reasons: tuple[str, ...]  # why it had been held


def hold(row: MeetingRow, verdict: TrustVerdict) -> bool:
    """Hold the meeting when the message that created it, or changed what its delegates see,
    is not trusted (`verdict`); True when it is held. The caller flushes and says so in the
    log.
    """
    if not verdict.needs_approval:
        return False
    row.approved = False
    known = [str(r) for r in row.approval_reasons or ()]
    row.approval_reasons = list(dict.fromkeys([*known, *reasons_for(verdict)]))
    return True


def reasons_for(verdict: TrustVerdict) -> list[str]:
    """The verdict in words for the notice, each flagged link with the host it really
    goes to (a look-alike shows in its xn-- form, user-info and shorteners are seen
    through only as far as the URL itself says), the URL itself as inert text."""
    link_reasons = {f"{link.url}: {problem}" for link in verdict.links for problem in link.problems}
    reasons = [r for r in verdict.reasons if r not in link_reasons]
    for link in verdict.links:
        problems = "; ".join(link.problems)
        reasons.append(f"link to {link.host or '(no host)'}: {problems} ({as_text(link.url)})")
    return reasons


class ChangedSinceShown(ValueError):
    """The meeting is no longer what the approver was shown: a later mail changed it."""


def shown_key(meeting: Meeting) -> str:
    """A short key of what a held meeting tells its delegates (the fields they see, and its
    status), for an Approve button: pressed after a later mail changed any of it, it
    approves nothing unseen. A change to memo-only fields, which no delegate receives and
    which raises no revision (so sends no new notice), leaves the button valid."""
    record = meeting.record.to_json()
    seen = {name: record[name] for name in sorted(VISIBLE_FIELDS)}
    content = json.dumps([meeting.status.value, seen], sort_keys=True)
    return hashlib.sha256(content.encode()).hexdigest()[:12]


def approve(
    session: Session, meeting_id: int, *, by: str, now: dt.datetime, shown: str | None = None
) -> Approval:
    """Lift the hold on a meeting; raises LookupError for an unknown meeting, and
    ChangedSinceShown when `shown` (a `shown_key`) is not what the meeting says now.

    The revision rises, so the actions run again and do what they kept back.
    """
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise MeetingNotFound(meeting_id)
    if shown is not None and not row.approved:
        current = Meeting(
            id=row.id,
            uid=row.uid,
            status=MeetingStatus(row.status),
            record=MeetingRecord.from_json(row.record),
            revision=row.revision,
        )
        if shown_key(current) != shown:
            raise ChangedSinceShown(
                f"meeting {meeting_id} changed after the notice was sent; approve it from "
                "the newer notice"
            )
    reasons = tuple(str(r) for r in row.approval_reasons or ())
    if row.approved:
        return Approval(meeting_id, False, row.revision, reasons)
    row.approved = True
    row.approval_reasons = []
    row.approved_by = by
    row.approved_at = now
    row.revision += 1
    session.flush()
    log.info("meeting %d approved by %s", meeting_id, by, extra={"reasons": "; ".join(reasons)})
    return Approval(meeting_id, True, row.revision, reasons)


def waiting(session: Session) -> list[MeetingRow]:
    """Meetings held for approval, oldest first."""
    query = select(MeetingRow).where(MeetingRow.approved.is_(False)).order_by(MeetingRow.id)
    return list(session.scalars(query))
