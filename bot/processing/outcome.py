"""What became of a message, written on its row and told to the caller and the log."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from operator import attrgetter

from sqlalchemy.orm import Session

from bot.logs import TRACEBACK_FIELD
from bot.meetings.change import MeetingChange
from bot.processing.workers import NotUnderstood, Understanding
from bot.reading.document import MailDocument
from bot.sources.incoming import Incoming
from bot.store.attempts import begin_attempt, finish_attempt
from bot.store.messages import StoredMessage, store_raw_messages
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow
from bot.understanding.record import Extraction

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000


class OutcomeStatus(StrEnum):
    """What became of one message given to the pipeline."""

    EXTRACTED = MessageStatus.EXTRACTED.value
    FAILED = MessageStatus.FAILED.value
    QUARANTINED = MessageStatus.QUARANTINED.value
    DUPLICATE = "duplicate"  # stored before: not processed again


@dataclass(frozen=True)
class Outcome:
    message_pk: int
    message_id: str
    status: OutcomeStatus
    kind: str | None = None
    meeting_id: int | None = None
    error: str | None = None
    kept_apart: bool = False  # its change to an approved meeting waits for a person


def store_incoming(session: Session, incomings: Sequence[Incoming]) -> list[StoredMessage]:
    """Store the raw messages, each with its source's own record of it (`on_stored`)."""
    stored: list[StoredMessage] = []
    for source, group in groupby(incomings, key=attrgetter("source")):
        same_source = list(group)
        raws = [incoming.raw for incoming in same_source]
        for incoming, one in zip(
            same_source, store_raw_messages(session, raws, source=source), strict=True
        ):
            if incoming.on_stored is not None:
                incoming.on_stored(session, one)
            stored.append(one)
    # Each new message is processed next: that run is counted with the message.
    for one in stored:
        if one.created:
            begin_attempt(session.get_one(MessageRow, one.pk))
    return stored


def understood(
    row: MessageRow, understanding: Understanding
) -> tuple[MailDocument, Extraction] | Outcome:
    """Write what reading and extraction gave on the message's row; a failed Outcome
    when they failed."""
    # A message that cannot be read or understood is kept with the reason
    # and must never stop the next one, whatever the bug.
    document = understanding.document
    if document is not None:  # what could be read is kept, even when extraction failed
        row.subject = document.subject
        row.sender = str(document.sender) if document.sender else ""
        row.date = document.date
        row.warnings = list(document.warnings)
    if isinstance(understanding, NotUnderstood):
        return failed(row, "reading or extraction", understanding.error, understanding.traceback)
    document, extraction = understanding.document, understanding.extraction
    row.kind = extraction.kind.value
    row.extraction = extraction.to_json()
    # Set before the merge, so the message is written once, in the merge's flush; a
    # failed merge sets it to failed.
    row.status = MessageStatus.EXTRACTED
    row.error = None
    row.error_trace = None
    finish_attempt(row)
    return document, extraction


def finished(row: MessageRow, change: MeetingChange | None, *, kept_apart: bool) -> Outcome:
    if change is not None:
        row.meeting_id = change.meeting.id
    log.info(
        "message processed",
        extra={"message_id": row.message_id, "kind": row.kind, "meeting_id": row.meeting_id},
    )
    return Outcome(
        row.id,
        row.message_id,
        OutcomeStatus.EXTRACTED,
        row.kind,
        row.meeting_id,
        kept_apart=kept_apart,
    )


def as_it_was(row: MessageRow) -> Outcome:
    """The Outcome of a message understood before (by another path)."""
    status = OutcomeStatus(row.status)
    return Outcome(row.id, row.message_id, status, row.kind, row.meeting_id, row.error)


def failed(row: MessageRow, stage: str, error: str, trace: str) -> Outcome:
    reason = f"{stage} failed: {error}"[:MAX_ERROR_CHARS]
    log.error(
        "message failed",
        extra={"message_id": row.message_id, "reason": reason, TRACEBACK_FIELD: trace},
    )
    row.status = MessageStatus.FAILED
    row.error = reason
    row.error_trace = trace
    finish_attempt(row)
    return Outcome(row.id, row.message_id, OutcomeStatus.FAILED, error=reason)


def described(exc: Exception) -> tuple[str, str]:
    """The error in words, and its traceback, as a failed message records them."""
    return f"{type(exc).__name__}: {exc}", "".join(traceback.format_exception(exc))
