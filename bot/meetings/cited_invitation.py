"""The meeting whose invitation a Thai letter cites by its date.

A ministry letter forwarding an invitation names it under อ้างถึง, often with no number
("หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘"), and gives the meeting
only its Thai name, which no English title resembles. The invitation mail of that day,
if it belongs to exactly one meeting, is the one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.reading.document import MailDocument
from bot.store.tables import MessageRow
from bot.understanding.letter import letters_in
from bot.understanding.ocr_values import repair_ocr_dates
from bot.understanding.record import MessageKind

__all__ = ["cites_a_letter", "meeting_of_cited_invitation"]

_CITES = "อ้างถึง"
# The letter gives the day where it was written; the mail's Date header may be in any zone.
_EARLIEST_ZONE = dt.timezone(dt.timedelta(hours=14))
_LATEST_ZONE = dt.timezone(dt.timedelta(hours=-12))


def meeting_of_cited_invitation(session: Session, doc: MailDocument) -> tuple[int, str] | None:
    """The meeting of the one invitation sent on a day a letter in `doc` cites, and why."""
    if not cites_a_letter(doc):
        return None  # no letter cites anything: no need to parse one
    for letter in letters_in(repair_ocr_dates(doc)):
        for day in letter.cited_dates:
            meetings = {m for m in session.scalars(_invitations_sent_on(day)) if m is not None}
            if len(meetings) == 1:
                return meetings.pop(), (
                    f"a letter ({letter.where}) cites the invitation of {day.isoformat()}"
                )
    return None


def cites_a_letter(doc: MailDocument) -> bool:
    return _CITES in doc.all_text()


def _invitations_sent_on(day: dt.date) -> Select[int | None]:
    start = dt.datetime.combine(day, dt.time(), _EARLIEST_ZONE)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), _LATEST_ZONE)
    return (
        select(MessageRow.meeting_id)
        .where(
            MessageRow.kind == MessageKind.INVITATION.value,
            MessageRow.meeting_id.is_not(None),
            MessageRow.date >= start,
            MessageRow.date < end,
        )
        .distinct()
    )
