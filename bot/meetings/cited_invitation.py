"""The meeting a Thai letter forwards the invitation of: by the date it cites, else by its
Thai title.

A ministry letter forwarding an invitation names it under อ้างถึง, often with no number
("หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘"), and gives the meeting
only its Thai name. The invitation mail of that day, if it belongs to exactly one
meeting, is the one. When two meetings' invitations came that day, or the letter cites
no day (or one OCR misread), the meetings whose invitations came on the cited day or in
the months before the letter are compared with the letter's Thai title (thai_title):
the letter joins the one clearly most like it, and no other. Otherwise it stays apart,
and the meeting it makes says so where a person reviews values (`noted_unlinked`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bot.meetings.thai_title import thai_title_likeness
from bot.reading.document import MailDocument
from bot.store.tables import MeetingRow, MessageRow
from bot.understanding.letter import Letter, letters_in
from bot.understanding.ocr_values import repair_ocr_dates
from bot.understanding.record import MeetingRecord, MessageKind

__all__ = ["may_name_an_invitation", "meeting_of_cited_invitation", "noted_unlinked"]

# A letter citing an invitation, or giving a meeting's name in its subject.
_LETTER_CUES = re.compile(r"อ้างถึง|^[ \t]*เรื่อง[ \t]", re.MULTILINE)
# The letter gives the day where it was written; the mail's Date header may be in any zone.
_EARLIEST_ZONE = dt.timezone(dt.timedelta(hours=14))
_LATEST_ZONE = dt.timezone(dt.timedelta(hours=-12))
# A letter citing no day forwards an invitation of the last months.
_LOOK_BACK = dt.timedelta(days=120)
_MOST_CANDIDATES = 200
# The most alike meeting is the letter's only when its Thai name is this alike and the
# next one's is this much less: a near tie is left to a person.
_LEAST_LIKENESS = 0.75
_LEAD = 0.15
# Under the review threshold, so that the meeting the letter makes is in the review queue.
_UNLINKED_CONFIDENCE = 0.3


@dataclass(frozen=True)
class _Decision:
    meeting_id: int | None  # None: no meeting is clearly the letter's
    reason: str


def meeting_of_cited_invitation(session: Session, doc: MailDocument) -> tuple[int, str] | None:
    """The meeting whose invitation a letter in `doc` forwards, and why."""
    decision = _decide(session, doc)
    if decision is None or decision.meeting_id is None:
        return None
    return decision.meeting_id, decision.reason


def noted_unlinked(session: Session, doc: MailDocument, record: MeetingRecord) -> MeetingRecord:
    """`record` (of a meeting `doc` makes) with its Thai title marked for review when a
    letter in `doc` could forward the invitation of several stored meetings."""
    decision = _decide(session, doc)
    if decision is None or decision.meeting_id is not None or record.title_th is None:
        return record
    title = record.title_th
    doubted = replace(
        title,
        confidence=min(title.confidence, _UNLINKED_CONFIDENCE),
        reasons=(*title.reasons, decision.reason),
    )
    return replace(record, title_th=doubted)


def may_name_an_invitation(doc: MailDocument) -> bool:
    """Whether `doc` may hold a letter that cites an invitation or names its meeting."""
    return bool(_LETTER_CUES.search(doc.all_text()))


def _decide(session: Session, doc: MailDocument) -> _Decision | None:
    """None when no letter in `doc` cites a day or names a meeting another one could have."""
    if not may_name_an_invitation(doc):
        return None  # no letter: no need to parse one
    letters = letters_in(repair_ocr_dates(doc))
    for letter in letters:
        for day in letter.cited_dates:
            meetings = set(_meetings_invited(session, day, day))
            if len(meetings) == 1:
                return _Decision(
                    meetings.pop(),
                    f"a letter ({letter.where}) cites the invitation of {day.isoformat()}",
                )
    for letter in letters:
        if letter.title_th is not None:
            return _by_title(session, doc, letter, letter.title_th.value)
    return None


def _by_title(session: Session, doc: MailDocument, letter: Letter, title: str) -> _Decision | None:
    """The meeting the letter's Thai `title` names, of those invited on the days it cites
    (two or more), else of those invited in the months before it."""
    ids = [m for day in letter.cited_dates for m in _meetings_invited(session, day, day)]
    by_cited_day = bool(ids)
    if not ids and doc.date is not None:
        written = doc.date.date()
        ids = _meetings_invited(session, written - _LOOK_BACK, written)
    ids = list(dict.fromkeys(ids))[:_MOST_CANDIDATES]
    if not ids:
        return None
    rows = session.execute(select(MeetingRow.id, MeetingRow.record).where(MeetingRow.id.in_(ids)))
    records = {id_: MeetingRecord.from_json(data) for id_, data in rows}
    ranked = sorted(
        ((thai_title_likeness(title, record), id_) for id_, record in records.items()),
        reverse=True,
    )
    best, best_id = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if best >= _LEAST_LIKENESS and best - second >= _LEAD:
        return _Decision(
            best_id,
            f"a letter ({letter.where}) names the meeting “{title}”, "
            f"most like meeting {best_id}'s ({best:.0%}, next {second:.0%})",
        )
    if not by_cited_day and best < _LEAST_LIKENESS:
        return None  # about none of the meetings invited to lately: nothing to doubt
    alike = "; ".join(
        f"{id_} {_title_of(records[id_])} ({likeness:.0%})" for likeness, id_ in ranked[:3]
    )
    return _Decision(
        None,
        f"หนังสือ ({letter.where}) ยังไม่ได้เชื่อมกับการประชุมใด: ชื่อเรื่อง “{title}” "
        f"ไม่ตรงกับการประชุมใดอย่างชัดเจน โปรดเชื่อมเอง / not linked: no meeting whose "
        f"invitation it may forward is clearly the one its Thai title names ({alike}); "
        f"join it to its meeting by hand",
    )


def _title_of(record: MeetingRecord) -> str:
    named = record.title or record.title_th
    return f"“{named.value}”" if named else "(untitled)"


def _meetings_invited(session: Session, first: dt.date, last: dt.date) -> list[int]:
    """The meetings of the invitation mails sent on the days first to last."""
    return [m for m in session.scalars(_invitations_sent(first, last)) if m is not None]


def _invitations_sent(first: dt.date, last: dt.date) -> Select[int | None]:
    start = dt.datetime.combine(first, dt.time(), _EARLIEST_ZONE)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), _LATEST_ZONE)
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
