"""The database schema. Alembic migrations in bot/store/migrations follow these tables.

One row per fact that must survive a crash: a message is stored before anything is
done with it, a UID is recorded whatever came of it, an outgoing mail is in the
outbox before it is sent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy import Enum as EnumType
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from bot.store.statuses import MessageStatus
from bot.store.storable import StoredJSON, StoredString, StoredText


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which drops the zone) too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware one")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _status_column() -> EnumType:
    """The enum's values as plain text (String(20) in the schema), no CHECK constraint."""
    return EnumType(
        MessageStatus,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    type_annotation_map = {  # noqa: RUF012  (SQLAlchemy reads this class attribute)
        dt.datetime: UtcDateTime(),
        dict[str, Any]: StoredJSON(),
        list[Any]: StoredJSON(),
    }


class MessageRow(Base):
    """A message, stored once by Message-ID, with its raw bytes for reprocessing."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(StoredString(998), unique=True)
    sha256: Mapped[str] = mapped_column(StoredString(64), index=True)
    # The gzip of the RFC 5322 bytes, loaded only when asked for: most readers of a
    # message (the pipeline handed its bytes, every list) never need them.
    raw_gz: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(
        StoredString(200)
    )  # "maildir", "imap:ministry/INBOX", "file"
    subject: Mapped[str] = mapped_column(StoredText(), default="")
    # bot.meetings.link.subject_key(subject), set when the message is linked to meetings
    subject_key: Mapped[str | None] = mapped_column(StoredString(64), index=True)
    sender: Mapped[str] = mapped_column(StoredText(), default="")
    date: Mapped[dt.datetime | None]
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # stored -> extracted, or failed with `error`, or quarantined; never deleted
    status: Mapped[MessageStatus] = mapped_column(_status_column(), default=MessageStatus.STORED)
    error: Mapped[str | None] = mapped_column(StoredText())
    error_trace: Mapped[str | None] = mapped_column(StoredText())  # where `error` was raised
    # Processing runs begun since the message was last finished (understood or failed): a
    # count that grows while the daemon dies inside it, until the message is quarantined.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    kind: Mapped[str | None] = mapped_column(StoredString(20))
    extraction: Mapped[dict[str, Any] | None]
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    # Why a person should join this message to its meeting by hand (a Thai letter no
    # stored meeting is clearly the one of), while it is linked to none.
    review_note: Mapped[str | None] = mapped_column(StoredText())
    processed_at: Mapped[dt.datetime | None]
    # Linking a message to a meeting created in the same flush, before the meeting has an id.
    meeting: Mapped[MeetingRow | None] = relationship()


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(StoredString(200), unique=True)
    status: Mapped[str] = mapped_column(StoredString(20), default="scheduled")
    record: Mapped[dict[str, Any]]  # MeetingRecord.to_json() of the merged record
    # The record's start as ISO text, kept by _keep_start_key: lists order and filter on it
    # with an index instead of reading every record's JSON.
    start_key: Mapped[str | None] = mapped_column(StoredString(40), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    approved: Mapped[bool] = mapped_column(Boolean, default=True)
    approval_reasons: Mapped[list[Any]] = mapped_column(default=list)
    approved_by: Mapped[str | None] = mapped_column(StoredString(200))  # who lifted the last hold
    approved_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


@event.listens_for(MeetingRow.record, "set")
def _keep_start_key(target: MeetingRow, value: Any, _old: Any, _initiator: Any) -> None:
    target.start_key = start_key_of(value)


def start_key_of(record: Any) -> str | None:
    start = record.get("start") if isinstance(record, dict) else None
    value = start.get("value") if isinstance(start, dict) else None
    return str(value) if value is not None else None


class MeetingValueRow(Base):
    """The history of each field: which message said what, and when."""

    __tablename__ = "meeting_values"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    field: Mapped[str] = mapped_column(StoredString(50))
    value: Mapped[dict[str, Any]]  # the field's JSON form ({"value", "source", ...} or a list)
    message_id: Mapped[str] = mapped_column(StoredString(998))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    meeting: Mapped[MeetingRow] = relationship()


class PendingChangeRow(Base):
    """A change to an approved meeting from mail that is not trusted, kept apart until a
    person accepts or rejects it; the meeting stays as it was meanwhile."""

    __tablename__ = "pending_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    message_id: Mapped[str] = mapped_column(StoredString(998))  # the mail that asked for it
    # {field: {"old": json, "new": json}}, and "status" when the mail would change it
    diff: Mapped[dict[str, Any]]
    reasons: Mapped[list[Any]] = mapped_column(default=list)  # why the mail is not trusted
    state: Mapped[str] = mapped_column(StoredString(20), default="pending")  # accepted, rejected
    decided_by: Mapped[str | None] = mapped_column(StoredString(200))
    decided_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    meeting: Mapped[MeetingRow] = relationship()


class AssignmentRow(Base):
    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("meeting_id", "delegate_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    delegate_key: Mapped[str] = mapped_column(StoredString(100))
    assigned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[dt.datetime | None]


class MailboxCursorRow(Base):
    """Per source folder: UIDVALIDITY, the highest processed UID, and health."""

    __tablename__ = "mailbox_cursors"
    __table_args__ = (UniqueConstraint("source", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(StoredString(200))
    folder: Mapped[str] = mapped_column(StoredString(500))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)  # 32-bit unsigned
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_check_at: Mapped[dt.datetime | None]  # health: the last successful check
    last_message_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(StoredText())
    last_error_at: Mapped[dt.datetime | None]
    # The first failed attempt since the last successful check: how long the source has
    # been failing, not only when it last did.
    failing_since: Mapped[dt.datetime | None]
    # The server's UIDNEXT as last known: UIDNEXT - 1 - last_uid messages wait there.
    server_uidnext: Mapped[int | None] = mapped_column(BigInteger)


class SeenUidRow(Base):
    """Every UID seen, whatever came of it, so nothing is fetched twice."""

    __tablename__ = "seen_uids"
    __table_args__ = (UniqueConstraint("source", "folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(StoredString(200))
    folder: Mapped[str] = mapped_column(StoredString(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # 32-bit unsigned
    uid: Mapped[int] = mapped_column(BigInteger)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    outcome: Mapped[str] = mapped_column(StoredString(50))  # stored, duplicate, failed: ...
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class PendingDispositionRow(Base):
    """A seen UID whose flag or move (`on_processed`) the server has not confirmed yet.

    Written with the seen UID, deleted once the server answered: a daemon that dies
    in between flags or moves the message after its next connect. Nearly always empty.
    """

    __tablename__ = "pending_dispositions"
    __table_args__ = (UniqueConstraint("source", "folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(StoredString(200))
    folder: Mapped[str] = mapped_column(StoredString(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # 32-bit unsigned
    uid: Mapped[int] = mapped_column(BigInteger)


class ActionRunRow(Base):
    """One action of the pipeline for one meeting revision: done, or failed and retried."""

    __tablename__ = "action_runs"
    __table_args__ = (UniqueConstraint("action", "meeting_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(StoredString(50))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    # pending, running, done, failed, superseded (bot.processing.runner.RunStatus)
    status: Mapped[str] = mapped_column(StoredString(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(StoredText())
    next_attempt_at: Mapped[dt.datetime | None]
    # The intent, so that a replay does what the first run was to do: the message whose
    # extraction the run answers (None for a person's change), and the meeting as it
    # was before the change (None when the change created it).
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    previous: Mapped[dict[str, Any] | None]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class OutboxRow(Base):
    """Every outgoing mail, stored before sending; `dedupe_key` keeps it from going twice."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(StoredString(300), unique=True)
    kind: Mapped[str] = mapped_column(StoredString(30))  # itip, reminder, reply
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    recipients: Mapped[list[Any]]
    subject: Mapped[str] = mapped_column(StoredText())
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    # pending -> sent; held waits for a person (held_for); failed after the last retry
    status: Mapped[str] = mapped_column(StoredString(20), default="pending")
    held_for: Mapped[str | None] = mapped_column(StoredString(20))  # approval, review
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(StoredText())
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]


class DeadlineStateRow(Base):
    """A deadline marked done (or snoozed) by a person: its reminders stop."""

    __tablename__ = "deadline_states"
    __table_args__ = (UniqueConstraint("meeting_id", "deadline_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    deadline_key: Mapped[str] = mapped_column(StoredString(100))  # e.g. "registration"
    done_at: Mapped[dt.datetime | None]
    done_by: Mapped[str | None] = mapped_column(StoredString(200))
    snoozed_until: Mapped[dt.datetime | None]


class ReminderSentRow(Base):
    """A reminder that went out; keeps restarts and catch-ups from sending it again."""

    __tablename__ = "reminders_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_key: Mapped[str] = mapped_column(StoredString(300), unique=True)
    # None for the daily digest, which is about many meetings
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    channel: Mapped[str] = mapped_column(StoredString(30))
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MeetingNoticeRow(Base):
    """What the chat was last told about a meeting, so a change is told as old → new."""

    __tablename__ = "meeting_notices"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), primary_key=True)
    facts: Mapped[dict[str, Any]]  # label → the value as people read it
    targets: Mapped[dict[str, Any]] = mapped_column(default=dict)  # reminder target key → date
    held_reasons: Mapped[list[Any]] = mapped_column(default=list)  # the hold last told
    told_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CounterRow(Base):
    """Named counters, e.g. the memo reference number."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(StoredString(100), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class CalendarEntryRow(Base):
    """One event of the office calendar as last built: the feed and CalDAV are made from these."""

    __tablename__ = "calendar_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(StoredString(300), unique=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    event: Mapped[str] = mapped_column(StoredText())  # the VEVENT, without ORGANIZER and ATTENDEE
    digest: Mapped[str] = mapped_column(StoredString(64))  # of the content, not of SEQUENCE/DTSTAMP
    sequence: Mapped[int] = mapped_column(Integer)
    ends_at: Mapped[dt.datetime]
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class InvitationRow(Base):
    """What one attendee was last sent for one event (REQUEST or CANCEL), as iTIP state."""

    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("uid", "attendee"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    uid: Mapped[str] = mapped_column(StoredString(300))
    attendee: Mapped[str] = mapped_column(StoredString(320))  # lower-case address
    method: Mapped[str] = mapped_column(StoredString(10))  # REQUEST, CANCEL
    digest: Mapped[str] = mapped_column(StoredString(64))
    sequence: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CorrectionRow(Base):
    """A person's value for one field of a meeting: it wins over every later extraction."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    field: Mapped[str] = mapped_column(StoredString(50))
    value: Mapped[dict[str, Any]]  # the field's JSON form, as MeetingRecord.to_json() has it
    before: Mapped[dict[str, Any]]  # the value it replaced, for undo and the audit
    by: Mapped[str] = mapped_column(StoredString(200))
    reason: Mapped[str | None] = mapped_column(StoredText)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str | None] = mapped_column(StoredString(200))


class AuditRow(Base):
    """Every change a person made: who, what, before → after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    actor: Mapped[str] = mapped_column(StoredString(200))
    action: Mapped[str] = mapped_column(StoredString(50))  # correct, undo, approve, assign, ...
    subject: Mapped[str] = mapped_column(
        StoredString(200), default=""
    )  # a field, a delegate, a user
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class UserRow(Base):
    """A person who may use the workspace; `password_hash` is argon2."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(StoredString(100), unique=True)
    role: Mapped[str] = mapped_column(StoredString(20))  # viewer, officer, approver, admin
    password_hash: Mapped[str] = mapped_column(StoredText)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    disabled_at: Mapped[dt.datetime | None]


class FeedTokenRow(Base):
    """The secret in a calendar feed's URL: the office feed (no delegate) or one delegate's."""

    __tablename__ = "feed_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(StoredString(100), unique=True)
    delegate_key: Mapped[str | None] = mapped_column(StoredString(100))  # None: the office feed
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[dt.datetime | None]


class ChannelStateRow(Base):
    """The way out, per channel (smtp, telegram, line): when it last worked and last failed."""

    __tablename__ = "channel_states"

    channel: Mapped[str] = mapped_column(StoredString(30), primary_key=True)
    last_success_at: Mapped[dt.datetime | None]
    last_failure_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(StoredText())


class SignInRow(Base):
    """An OAuth account's sign-in: its last refresh, and since when the provider refuses it."""

    __tablename__ = "sign_ins"

    account: Mapped[str] = mapped_column(StoredString(100), primary_key=True)
    provider: Mapped[str] = mapped_column(StoredString(20))
    last_refresh_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]  # None: the refresh token works
    revoked_error: Mapped[str | None] = mapped_column(StoredText())
