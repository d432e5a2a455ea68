"""The meeting a Thai letter forwards the invitation of: by the date it cites, else by its
Thai title.

A ministry letter forwarding an invitation names it under อ้างถึง, often with no number
("หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘"), and gives the meeting
only its Thai name. The invitation mail of that day, if it belongs to exactly one
meeting, is the one. When two meetings' invitations came that day, or the letter cites
no day (or one OCR misread), the meetings whose invitations came on the cited day or in
the months before the letter are compared with the letter's Thai title (thai_title):
the letter joins the one clearly most like it, and no other. Otherwise it stays apart:
the Thai title of the meeting it makes carries a review note saying why (`noted`), and a
letter of a kind that makes no meeting waits in the review queue to be joined by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bot.meetings.thai_title import thai_title_likeness
from bot.reading.document import MailDocument
from bot.store.tables import MeetingRow, MessageRow
from bot.understanding.letter import Letter, letters_in
from bot.understanding.ocr_values import repair_ocr_dates
from bot.understanding.record import MeetingRecord, MessageKind

__all__ = ["CitedInvitation", "Decision"]

# Before parsing: a letter citing a letter (อ้างถึง), or a letter's number line (ที่ รง …)
# with a subject (เรื่อง). A subject line alone is any Thai mail's.
_CITES = re.compile(r"^[ \t]*อ้?างถึง[ \t]", re.MULTILINE)
_NUMBER_LINE = re.compile(r"^[ \t]*ที่?[ \t]+[ก-ฮ]{2}[ \t]*[๐-๙0-9]", re.MULTILINE)
_SUBJECT_LINE = re.compile(r"^[ \t]*เรื่?อง[ \t]", re.MULTILINE)
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


@dataclass(frozen=True)
class Decision:
    meeting_id: int | None  # None: no meeting is clearly the letter's
    reason: str


@dataclass
class CitedInvitation:
    """What the letters of one message say of the invitation they forward: read from the
    text once, decided against the store once, whoever asks (the link, then the new
    meeting's record)."""

    doc: MailDocument
    _letters: tuple[Letter, ...] | None = None
    _decision: Decision | None = None
    _decided: bool = False

    @property
    def letters(self) -> tuple[Letter, ...]:
        """The letters that cite a day or name their meeting as a letter does (a subject
        beside a number or a date): what a decision rests on."""
        if self._letters is None:
            self._letters = _naming_letters(self.doc)
        return self._letters

    def decision(self, session: Session) -> Decision | None:
        """None when no letter cites a day or names a meeting another one could have."""
        if not self._decided:
            self._decision = _decide(session, self.doc, self.letters) if self.letters else None
            self._decided = True
        return self._decision

    def meeting(self, session: Session) -> tuple[int, str] | None:
        """The meeting whose invitation a letter forwards, and why."""
        decision = self.decision(session)
        if decision is None or decision.meeting_id is None:
            return None
        return decision.meeting_id, decision.reason

    def unlinked_reason(self, session: Session) -> str | None:
        """Why a person should join the message to its meeting by hand: its letter could
        forward the invitation of several stored meetings, or of none clearly."""
        decision = self.decision(session)
        if decision is None or decision.meeting_id is not None:
            return None
        return decision.reason

    def noted(self, session: Session, record: MeetingRecord) -> MeetingRecord:
        """`record` (of a meeting the message makes) with its Thai title put to review, the
        reason beside it, when the letter is not clearly any stored meeting's."""
        reason = self.unlinked_reason(session)
        if reason is None or record.title_th is None:
            return record
        return replace(record, title_th=replace(record.title_th, review=reason))


def _naming_letters(doc: MailDocument) -> tuple[Letter, ...]:
    text = doc.all_text()
    cites = _CITES.search(text) is not None
    if not cites and not (_SUBJECT_LINE.search(text) and _NUMBER_LINE.search(text)):
        return ()  # no letter: no need to parse one
    return tuple(
        letter
        for letter in letters_in(repair_ocr_dates(doc))
        if letter.cited_dates or (letter.title_th and (letter.number or letter.date))
    )


def _decide(session: Session, doc: MailDocument, letters: tuple[Letter, ...]) -> Decision | None:
    invited = {
        day: _meetings_invited(session, day, day)
        for letter in letters
        for day in letter.cited_dates
    }
    for letter in letters:
        for day in letter.cited_dates:
            if len(meetings := set(invited[day])) == 1:
                return Decision(
                    meetings.pop(),
                    f"a letter ({letter.where}) cites the invitation of {day.isoformat()}",
                )
    for letter in letters:
        if letter.title_th is not None:
            ids = [m for day in letter.cited_dates for m in invited[day]]
            return _by_title(session, doc, letter, letter.title_th.value, ids)
    return None


def _by_title(
    session: Session,
    doc: MailDocument,
    letter: Letter,
    title: str,
    invited_on_cited_days: list[int],
) -> Decision | None:
    """The meeting the letter's Thai `title` names, of those invited on the days it cites
    (two or more), else of those invited in the months before it."""
    ids = invited_on_cited_days
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
        return Decision(
            best_id,
            f"a letter ({letter.where}) names the meeting “{title}”, "
            f"most like meeting {best_id}'s ({best:.0%}, next {second:.0%})",
        )
    if not by_cited_day and best < _LEAST_LIKENESS:
        return None  # about none of the meetings invited to lately: nothing to doubt
    alike = "; ".join(
        f"{id_} {_title_of(records[id_])} ({likeness:.0%})" for likeness, id_ in ranked[:3]
    )
    return Decision(
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
    """The meetings of the invitation mails sent on the days first to last, the one
    invited to last first, at most _MOST_CANDIDATES of them."""
    return [m for m in session.scalars(_invitations_sent(first, last)) if m is not None]


def _invitations_sent(first: dt.date, last: dt.date) -> Select[int | None]:
    start = dt.datetime.combine(first, dt.time(), _EARLIEST_ZONE)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), _LATEST_ZONE)
    # GROUP BY, not DISTINCT ON: the same query on SQLite and PostgreSQL.
    return (
        select(MessageRow.meeting_id)
        .where(
            MessageRow.kind == MessageKind.INVITATION.value,
            MessageRow.meeting_id.is_not(None),
            MessageRow.date >= start,
            MessageRow.date < end,
        )
        .group_by(MessageRow.meeting_id)
        .order_by(func.max(MessageRow.date).desc(), MessageRow.meeting_id.desc())
        .limit(_MOST_CANDIDATES)
    )
