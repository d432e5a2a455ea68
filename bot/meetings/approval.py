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
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import MeetingNotFound
from bot.meetings.record import MeetingRecord
from bot.reading.document import MailDocument
from bot.settings import TrustSettings
from bot.store.tables import MeetingRow
from bot.understanding.trust import TrustVerdict, assess

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Approval:
    meeting_id: int
    changed: bool  # False when the meeting was not held
    revision: int  # after the approval: the actions run again for it
    reasons: tuple[str, ...]  # why it had been held


def hold(row: MeetingRow, doc: MailDocument, record: MeetingRecord, trust: TrustSettings) -> bool:
    """Hold the meeting when the message that created it, or changed what its delegates see,
    is not trusted; True when it is held. The caller flushes and says so in the log.
    """
    verdict = assess(doc, record, trust)
    if not verdict.needs_approval:
        return False
    row.approved = False
    known = [str(r) for r in row.approval_reasons or ()]
    row.approval_reasons = list(dict.fromkeys([*known, *reasons_for(verdict)]))
    return True


def reasons_for(verdict: TrustVerdict) -> list[str]:
    """The verdict in words for the notice, each flagged link with the host it really
    goes to (a look-alike shows in its xn-- form, user-info and shorteners are seen
    through only as far as the URL itself says)."""
    link_reasons = {f"{link.url}: {problem}" for link in verdict.links for problem in link.problems}
    reasons = [r for r in verdict.reasons if r not in link_reasons]
    for link in verdict.links:
        problems = "; ".join(link.problems)
        reasons.append(f"link to {link.host or '(no host)'}: {problems} ({link.url})")
    return reasons


def approve(session: Session, meeting_id: int, *, by: str, now: dt.datetime) -> Approval:
    """Lift the hold on a meeting; raises LookupError for an unknown meeting.

    The revision rises, so the actions run again and do what they kept back.
    """
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise MeetingNotFound(meeting_id)
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
