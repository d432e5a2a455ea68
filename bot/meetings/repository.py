"""Stored meetings: applying a message's extraction, loading and listing meetings.

`apply_extraction` records what the message said on its row, finds (or creates) the
meeting it belongs to, merges, keeps the history of every value with the message it came
from, and raises the revision when something a delegate sees has changed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config.settings import TrustSettings
from bot.errors import MeetingNotFound, StoreError
from bot.meetings.approval import hold, reasons_for
from bot.meetings.change import MeetingChange
from bot.meetings.cited_invitation import CitedInvitation
from bot.meetings.corrections import STATUS, pinned_fields
from bot.meetings.link import Links, find_meeting, subject_key
from bot.meetings.meeting import Meeting, MeetingStatus, has_begun
from bot.meetings.merge import MergeResult, changed_values, merge_records
from bot.meetings.pending import quarantine
from bot.meetings.regroup import merged_into, was_detached
from bot.meetings.series_names import with_series_name
from bot.reading.document import MailDocument
from bot.store.messages import raw_bytes
from bot.store.tables import (
    AssignmentRow,
    MeetingRow,
    MeetingValueRow,
    MessageRow,
    PendingChangeRow,
)
from bot.understanding.record import Extraction, MeetingRecord, MessageKind
from bot.understanding.trust import assess

logger = logging.getLogger(__name__)

# Kinds that may bring a meeting into being. A circular or a report only joins a meeting
# already known; a cancellation of a meeting never seen has nothing to cancel.
_CREATING_KINDS = frozenset({MessageKind.INVITATION, MessageKind.UPDATE, MessageKind.POSTPONEMENT})
# Kinds whose record is merged. A circular or report speaks of a meeting after the fact,
# often in another language and with the office's own rooms: it is linked, not merged.
_MERGING_KINDS = _CREATING_KINDS | {MessageKind.CANCELLATION}
# A report or circular of a meeting changes none of its facts: it says the meeting was held.
_REPORTING_KINDS = frozenset({MessageKind.REPORT, MessageKind.CIRCULAR})
HELD_FIELD = "held"


@dataclass(frozen=True)
class PendingChange:
    """A message merged into its meeting in the session, perhaps not yet flushed.

    A backfill merges a whole batch before one flush (a flush per message cost more than
    the merge); a new meeting has its id only after that flush, so the change is built
    by `change()`, called once the session has been flushed.
    """

    row: MeetingRow
    previous: Meeting | None  # None when the message created the meeting
    extraction: Extraction
    message_id: str
    held: bool  # this message put the meeting on hold
    quarantined: PendingChangeRow | None = None  # its change kept apart, not merged

    @property
    def kept_apart(self) -> bool:
        return self.quarantined is not None

    def change(self) -> MeetingChange:
        if self.row.id is None:
            raise RuntimeError("PendingChange.change() before the session was flushed")
        if self.quarantined is not None:
            logger.warning(
                "change %d to meeting %d kept apart for approval",
                self.quarantined.id,
                self.row.id,
                extra={
                    "message_id": self.message_id,
                    "fields": ", ".join(self.quarantined.diff),
                    "reasons": "; ".join(map(str, self.quarantined.reasons)),
                },
            )
        if self.held:
            logger.warning(
                "meeting %d held for approval",
                self.row.id,
                extra={
                    "message_id": self.message_id,
                    "reasons": "; ".join(map(str, self.row.approval_reasons)),
                },
            )
        # A merge changes no assignment: the delegates are those loaded before it; nobody
        # is assigned to a new meeting yet.
        delegates = self.previous.delegates if self.previous else ()
        return MeetingChange(
            _meeting(self.row, delegates), self.previous, self.extraction, self.message_id
        )


def apply_extraction(
    session: Session,
    *,
    message_pk: int,
    doc: MailDocument,
    extraction: Extraction,
    trust: TrustSettings | None = None,
) -> MeetingChange | None:
    """`merge_extraction`, flushed: the change, or None when the message concerns no
    meeting."""
    pending = merge_extraction(
        session, message_pk=message_pk, doc=doc, extraction=extraction, trust=trust
    )
    session.flush()
    return pending.change() if pending else None


@dataclass
class MeetingMerger:
    """The merges of one transaction (a `Merger` to bot.processing.pipeline): they share what they
    know about links, so a batch looks its links up once and finds what it linked itself."""

    session: Session
    # Trust is judged where the message's content enters the meeting, so the hold is
    # committed with the change and every action sees it.
    trust: TrustSettings | None = None
    links: Links = field(default_factory=Links)

    def prepare(self, documents: Sequence[MailDocument]) -> None:
        self.links.prefetch(self.session, documents)

    def merge(
        self, message_pk: int, document: MailDocument, extraction: Extraction
    ) -> PendingChange | None:
        return merge_extraction(
            self.session,
            message_pk=message_pk,
            doc=document,
            extraction=extraction,
            trust=self.trust,
            links=self.links,
        )


def merge_extraction(
    session: Session,
    *,
    message_pk: int,
    doc: MailDocument,
    extraction: Extraction,
    trust: TrustSettings | None = None,
    links: Links | None = None,
) -> PendingChange | None:
    """Store the extraction on its message and fold it into its meeting, without flushing.

    `links` carries what earlier merges of the same transaction linked (see `Links`).

    With `trust`, a meeting that an untrusted message created, or changed while it was
    held already, is held for a person's approval (see bot.meetings.approval), in the same
    flush as the change, so every action sees the hold. An untrusted message's change to
    an approved meeting is not merged at all: it waits apart (bot.meetings.pending) and
    the meeting stays as it was. Returns None when the message concerns no meeting.
    Applying the same extraction twice changes nothing the second time.
    """
    message = session.get(MessageRow, message_pk)
    if message is None:
        raise StoreError(f"no stored message with id {message_pk}")
    message.kind = extraction.kind.value
    message.extraction = extraction.to_json()
    message.subject = message.subject or doc.subject
    message.subject_key = subject_key(message.subject)
    message.sender = message.sender or (str(doc.sender) if doc.sender else "")
    message.date = message.date or doc.date
    message.review_note = None  # said again below if it still holds

    record = extraction.meeting
    if extraction.kind is MessageKind.OTHER or record.is_empty():
        return None
    links = links or Links()
    found = _meeting_of(session, message, doc, extraction, links)
    if found is None:
        return None
    meeting_row, created = found
    message.meeting = meeting_row
    previous = None if created else load_meeting(session, meeting_row.id)
    verdict = None if trust is None else assess(doc, record, trust, raw=_raw_for(message, trust))
    untrusted = verdict is not None and verdict.needs_approval
    merged_record = record if previous is None else previous.record
    if previous is not None and extraction.kind in _MERGING_KINDS:
        pinned = pinned_fields(session, meeting_row.id)
        merged = merge_records(previous.record, record, kind=extraction.kind, pinned=pinned)
        status = _status_after(previous, merged.record, extraction.kind, pinned)
        if verdict is not None and untrusted and previous.approved:
            kept_apart = None
            if merged.changed or status is not previous.status:
                kept_apart = quarantine(
                    session,
                    meeting_row,
                    old=previous.record,
                    new=merged.record,
                    changed=merged.changed,
                    status=status,
                    message_id=doc.message_id,
                    reasons=reasons_for(verdict),
                )
            links.note(message, previous.record)
            return PendingChange(
                meeting_row, previous, extraction, doc.message_id, False, kept_apart
            )
        _record_change(session, meeting_row, previous, merged, extraction, pinned)
        merged_record = merged.record
    elif previous is not None and extraction.kind in _REPORTING_KINDS:
        # Only mail the office trusts fills what a meeting lacks (names for the memos it
        # signs, a registration deadline for its reminders).
        gaps = () if untrusted else _gaps(previous.record, record, extraction.kind)
        # (the corrections are read only for a message that could fill a gap)
        pinned = pinned_fields(session, meeting_row.id) if gaps else frozenset()
        if learned := _filled(previous.record, record, [g for g in gaps if g not in pinned]):
            _record_change(session, meeting_row, previous, learned, extraction, pinned)
            merged_record = learned.record
        if _says_held(extraction.kind, doc, previous.record):
            _mark_held(session, meeting_row, extraction)
    brought = previous is None or meeting_row.revision != previous.revision
    held = verdict is not None and untrusted and brought and hold(meeting_row, verdict)
    links.note(message, merged_record)
    return PendingChange(meeting_row, previous, extraction, doc.message_id, held)


def _raw_for(message: MessageRow, trust: TrustSettings) -> bytes | None:
    """The raw bytes, only for our own DKIM check: reading them costs a decompression."""
    return raw_bytes(message) if trust.verify_dkim else None


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise MeetingNotFound(meeting_id)
    return _load(session, row)


def list_meetings(session: Session) -> list[Meeting]:
    """Every stored meeting, the soonest first; meetings without a date last."""
    meetings = [_load(session, row) for row in session.scalars(select(MeetingRow))]
    return sorted(meetings, key=lambda m: (m.record.start is None, _sort_key(m), m.id))


def meeting_uid(first_message_id: str) -> str:
    """A stable UID from the message that created the meeting: reprocessing the same mail
    gives the same UID, so calendars update the event instead of adding one."""
    digest = hashlib.sha256(first_message_id.encode("utf-8")).hexdigest()[:32]
    return f"{digest}@meetbot"


def _sort_key(meeting: Meeting) -> str:
    start = meeting.record.start
    return start.value.isoformat() if start else ""


def _load(session: Session, row: MeetingRow) -> Meeting:
    delegates = session.scalars(
        select(AssignmentRow.delegate_key)
        .where(AssignmentRow.meeting_id == row.id, AssignmentRow.removed_at.is_(None))
        .order_by(AssignmentRow.assigned_at, AssignmentRow.id)
    ).all()
    return _meeting(row, tuple(delegates))


def _meeting(row: MeetingRow, delegates: tuple[str, ...]) -> Meeting:
    return Meeting(
        id=row.id,
        uid=row.uid,
        status=MeetingStatus(row.status),
        record=MeetingRecord.from_json(row.record),
        revision=row.revision,
        delegates=delegates,
        approved=row.approved,
        approval_reasons=tuple(str(r) for r in row.approval_reasons or ()),
    )


def _meeting_of(
    session: Session, message: MessageRow, doc: MailDocument, extraction: Extraction, links: Links
) -> tuple[MeetingRow, bool] | None:
    """The meeting the message is already linked to, the one it belongs to, or a new one
    (then True)."""
    linked_id = message.meeting_id
    cited = CitedInvitation(doc)  # what its letters say, decided once for link and record
    if linked_id is None:
        link = find_meeting(
            session, doc, extraction.meeting, message_pk=message.id, links=links, cited=cited
        )
        # A person detached this message from that meeting: it stays detached.
        if link is not None and not was_detached(session, message.id, link.meeting_id):
            logger.info(
                "message %s joins meeting %s: %s", doc.message_id, link.meeting_id, link.reason
            )
            linked_id = link.meeting_id
    if linked_id is not None:
        # A follow-up to a meeting a person merged into another joins that one.
        linked_id = merged_into(session, linked_id) or linked_id
        row = session.get(MeetingRow, linked_id)
        return (row, False) if row is not None else None
    record = extraction.meeting
    names_a_meeting = record.title or record.title_th or record.series or record.start
    if extraction.kind not in _CREATING_KINDS or not names_a_meeting:
        # A letter that creates no meeting and is clearly no stored one's waits for a
        # person to join it to its meeting.
        message.review_note = cited.unlinked_reason(session)
        return None
    return _create(session, doc, extraction, cited), True


def _create(
    session: Session, doc: MailDocument, extraction: Extraction, cited: CitedInvitation
) -> MeetingRow:
    # A letter that could forward several meetings' invitations makes its own, for review.
    record = cited.noted(session, with_series_name(session, extraction.meeting))
    status = MeetingStatus.SCHEDULED
    if extraction.kind is MessageKind.POSTPONEMENT and record.start is None:
        status = MeetingStatus.POSTPONED
    as_json = record.to_json()
    row = MeetingRow(
        uid=meeting_uid(doc.message_id), status=status.value, record=as_json, revision=0
    )
    session.add(row)
    filled = {name: value for name, value in as_json.items() if _has_value(value)}
    _history(session, row, filled, doc.message_id)
    return row


def _record_change(
    session: Session,
    row: MeetingRow,
    previous: Meeting,
    merged: MergeResult,
    extraction: Extraction,
    pinned: frozenset[str],
) -> None:
    status = _status_after(previous, merged.record, extraction.kind, pinned)
    record = merged.record
    if merged.changed:
        row.record = record.to_json()
        _history(session, row, changed_values(record, merged.changed), extraction.message_id)
    if status is not previous.status:
        row.status = status.value
        _history(session, row, {"status": {"value": status.value}}, extraction.message_id)
    if merged.visible or status is not previous.status:
        row.revision = previous.revision + 1


def _says_held(kind: MessageKind, doc: MailDocument, known: MeetingRecord) -> bool:
    """A report says the meeting was held; a circular only when it was sent once the meeting
    had begun (before it, a circular forwards its formalities)."""
    return kind is MessageKind.REPORT or doc.date is None or has_begun(known, doc.date)


def _mark_held(session: Session, row: MeetingRow, extraction: Extraction) -> None:
    """A report or minutes of the meeting says it took place and the office took part:
    kept in its history ("held"), once, with the message that said so."""
    said = session.scalars(
        select(MeetingValueRow.id).where(
            MeetingValueRow.meeting_id == row.id, MeetingValueRow.field == HELD_FIELD
        )
    ).first()
    if said is None:
        held = {"value": True, "source": f"a {extraction.kind.value} of the meeting"}
        _history(session, row, {HELD_FIELD: held}, extraction.message_id)


# What a circular may add to a meeting that lacks it: a page of formalities forwarded "for
# information" (registration open until a day, at an address) is often the only mail that
# states them, and a deadline nobody is reminded of is the one the office misses.
_CIRCULAR_GAPS = ("registration_deadline", "registration_url")


def _gaps(known: MeetingRecord, said: MeetingRecord, kind: MessageKind) -> tuple[str, ...]:
    """What a report or circular of a known meeting may fill, though it changes none of its
    facts: the Thai name it gives (ชื่อการประชุม beside the English one, kept for every later
    memo) and, from a circular, the registration's deadline and address."""
    names = ("title_th", *(_CIRCULAR_GAPS if kind is MessageKind.CIRCULAR else ()))
    return tuple(n for n in names if getattr(known, n) is None and getattr(said, n) is not None)


def _filled(known: MeetingRecord, said: MeetingRecord, gaps: list[str]) -> MergeResult | None:
    if not gaps:
        return None
    return MergeResult(replace(known, **{n: getattr(said, n) for n in gaps}), tuple(gaps))


def _status_after(
    previous: Meeting, record: MeetingRecord, kind: MessageKind, pinned: frozenset[str]
) -> MeetingStatus:
    if STATUS in pinned:  # a person said "not a meeting": later mail does not revive it
        return previous.status
    if kind is MessageKind.CANCELLATION:
        return MeetingStatus.CANCELLED
    if kind is MessageKind.POSTPONEMENT:
        before = previous.record.start.value if previous.record.start else None
        moved = record.start is not None and record.start.value != before
        return MeetingStatus.SCHEDULED if moved else MeetingStatus.POSTPONED
    return previous.status


def _history(session: Session, row: MeetingRow, values: dict[str, Any], message_id: str) -> None:
    for name, value in values.items():
        stored = value if isinstance(value, dict) else {"items": value}
        session.add(MeetingValueRow(meeting=row, field=name, value=stored, message_id=message_id))


def _has_value(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value)
    return isinstance(value, dict) and value.get("value") is not None
