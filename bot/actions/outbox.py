"""The outbox: every outgoing mail is stored before it is sent, and is sent once.

A row's life::

    held ──release(held_for)──► pending ──server accepted──► sent
                          │  ▲
              refused or  │  │ after a backoff (~1 min, 2, 4 ... at most 1 hour)
              unreachable ▼  │
                     pending, attempts+1 ──after MAX_ATTEMPTS──► failed

    pending or held ──a newer message for the same thing──► superseded

Sending is at least once, never silently lost: a row is marked sent in its own
transaction right after the server accepted it. A crash in between sends it again
after the restart, with the same Message-ID, which mail systems use to drop the copy.
Before sending, a row is claimed with a lease, so two processes (the daemon and a
`meetbot` command) never send the same row.

With no SMTP server configured (the embedded default) mail waits as pending, and
`flush` reports that instead of failing.

Callers (the calendar action, email reminders) use three calls::

    outbox.enqueue(session, dedupe_key=..., kind="reminder", meeting_id=..., message=msg)
    report = await outbox.flush()
    outbox.release(meeting_id, APPROVAL)  # a person approved the meeting

A held message waits for one thing (`held_for`): the meeting's APPROVAL (it came from
untrusted mail), or the REVIEW of its doubtful values (`review.before_invites`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, make_msgid

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.actions.channel_health import SMTP, record_failure, record_success
from bot.actions.mailer import Mailer, Refusal
from bot.backoff import retry_delay
from bot.errors import DeliveryError, NoRecipientsError
from bot.store.database import Database
from bot.store.tables import OutboxRow
from bot.types import Clock

log = logging.getLogger(__name__)

PENDING = "pending"
HELD = "held"
SENT = "sent"
FAILED = "failed"
SUPERSEDED = "superseded"

# What a held message waits for.
APPROVAL = "approval"
REVIEW = "review"

# Twelve attempts with doubling waits capped at an hour span about six hours: long
# enough to ride out a mail server's maintenance window, short enough that a
# message nobody can deliver is reported the same working day.
MAX_ATTEMPTS = 12
FIRST_RETRY_SECONDS = 60.0
LONGEST_RETRY_SECONDS = 3600.0
# A claimed row is left alone by other processes this long; a process that dies
# while sending gives the row back when the lease runs out.
CLAIM_LEASE = dt.timedelta(minutes=10)
# An outgoing mail still pending after this long is stuck, whatever the reason.
STALE_OUTBOX_AFTER = dt.timedelta(hours=1)


@dataclass(frozen=True)
class FlushReport:
    """What one `flush` did, and what is left in the outbox."""

    sent: int = 0
    retrying: int = 0  # failed this time; tried again after a backoff
    failed: int = 0  # gave up after the last attempt
    waiting: int = 0  # still pending: not due yet, or no SMTP server configured
    held: int = 0  # waiting for a person's approval
    note: str | None = None  # why nothing could be sent, in plain words


@dataclass(frozen=True)
class OutboxHealth:
    stale: int  # pending longer than STALE_OUTBOX_AFTER
    oldest_pending_at: dt.datetime | None
    failed: int  # given up after the last attempt

    @property
    def healthy(self) -> bool:
        return self.stale == 0


def outbox_health(session: Session, now: dt.datetime) -> OutboxHealth:
    oldest = session.scalar(
        select(func.min(OutboxRow.created_at)).where(OutboxRow.status == PENDING)
    )
    stale = session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.status == PENDING, OutboxRow.created_at < now - STALE_OUTBOX_AFTER)
    )
    failed = session.scalar(
        select(func.count()).select_from(OutboxRow).where(OutboxRow.status == FAILED)
    )
    return OutboxHealth(int(stale or 0), oldest, int(failed or 0))


class Outbox:
    def __init__(self, db: Database, mailer: Mailer, clock: Clock) -> None:
        self.db = db
        self.mailer = mailer
        self.clock = clock

    def enqueue(
        self,
        session: Session,
        *,
        dedupe_key: str,
        kind: str,
        meeting_id: int | None,
        message: EmailMessage,
        held_for: str | None = None,
        supersedes: str | None = None,
    ) -> bool:
        """Store `message` for sending, in the caller's transaction; False if already stored.

        `dedupe_key` names what the message is (e.g. one invitation revision for one
        attendee): a second message with the same key is not stored. Envelope
        recipients are taken from To, Cc and Bcc (Bcc is not stored). From, Date and
        Message-ID are filled in when missing. `held_for` (APPROVAL or REVIEW) keeps
        the message until `release` for that. `supersedes` is a key prefix: unsent
        messages whose keys start with it are outdated by this one and will not be sent.
        """
        exists = session.scalar(select(OutboxRow.id).where(OutboxRow.dedupe_key == dedupe_key))
        if exists is not None:
            return False
        recipients = [
            address
            for _name, address in getaddresses(
                message.get_all("To", []) + message.get_all("Cc", [])
            )
            + getaddresses(message.get_all("Bcc", []))
            if address
        ]
        if not recipients:
            raise NoRecipientsError(f"outgoing message {dedupe_key!r} has no recipients")
        del message["Bcc"]
        self._fill_headers(message)
        if supersedes is not None:
            session.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.dedupe_key.startswith(supersedes, autoescape=True),
                    OutboxRow.status.in_((PENDING, HELD)),
                )
                .values(status=SUPERSEDED)
            )
        row = OutboxRow(
            dedupe_key=dedupe_key,
            kind=kind,
            meeting_id=meeting_id,
            recipients=recipients,
            subject=str(message["Subject"] or ""),
            raw=message.as_bytes(policy=policy.SMTP),
            status=PENDING if held_for is None else HELD,
            held_for=held_for,
            created_at=self.clock.now(),
        )
        try:
            # A savepoint, so losing a race with another process only loses this row.
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            return False
        return True

    def release(self, meeting_id: int, held_for: str, *, still_held_for: str | None = None) -> int:
        """Let a meeting's messages held for `held_for` go; how many were released.

        With `still_held_for` they stay held, now for that (approved, but not reviewed).
        """
        status, reason = (PENDING, None) if still_held_for is None else (HELD, still_held_for)
        with self.db.session() as session:
            result = session.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.meeting_id == meeting_id,
                    OutboxRow.status == HELD,
                    OutboxRow.held_for == held_for,
                )
                .values(status=status, held_for=reason, next_attempt_at=None)
            )
        count: int = result.rowcount  # type: ignore[attr-defined]
        return count

    async def flush(self) -> FlushReport:
        """Send every pending message that is due, over one connection."""
        now = self.clock.now()
        if not self.mailer.configured:
            waiting, held = self._counts()
            note = (
                f"smtp.host is not set: {waiting} message(s) wait in the outbox"
                if waiting
                else None
            )
            return FlushReport(waiting=waiting, held=held, note=note)
        due = self._due_ids(now)
        sent = retrying = failed = 0
        note = None
        attempted: set[int] = set()
        connected = False
        if due:
            try:
                async with self.mailer.connect() as connection:
                    connected = True
                    for row_id in due:
                        message = self._claim(row_id, now)
                        if message is None:
                            continue
                        raw, recipients = message
                        attempted.add(row_id)
                        try:
                            refusals = await connection.send(raw, recipients)
                        except DeliveryError as exc:
                            gave_up = self._record_failure(row_id, exc)
                            failed += gave_up
                            retrying += not gave_up
                            if not connection.alive:
                                note = f"the server hung up: {exc}"
                                break
                            continue
                        self._record_sent(row_id, refusals)
                        sent += 1
            except DeliveryError as exc:
                # Could not connect or log in: every due message was attempted and failed.
                note = str(exc)
                for row_id in due:
                    if row_id in attempted:
                        continue
                    gave_up = self._record_failure(row_id, exc)
                    failed += gave_up
                    retrying += not gave_up
        self._record_channel(connected=connected, note=note)
        waiting, held = self._counts()
        if sent or failed or retrying:
            log.info(
                "outbox: %d sent, %d to retry, %d failed, %d waiting",
                sent,
                retrying,
                failed,
                waiting,
            )
        return FlushReport(sent, retrying, failed, waiting, held, note)

    def _record_channel(self, *, connected: bool, note: str | None) -> None:
        """SMTP works when a connection sent without hanging up; a refused recipient is
        that recipient's problem, not the server's."""
        if not connected and note is None:
            return  # nothing was due: nothing learnt
        with self.db.session() as session:
            if note is not None:
                record_failure(session, SMTP, self.clock.now(), note)
            else:
                record_success(session, SMTP, self.clock.now())

    def _fill_headers(self, message: EmailMessage) -> None:
        settings = self.mailer.settings
        if message["From"] is None:
            message["From"] = formataddr((settings.from_name, settings.from_address))
        if message["Date"] is None:
            message["Date"] = format_datetime(self.clock.now())
        if message["Message-ID"] is None:
            # Fixed at enqueue time: a copy resent after a crash carries the same id.
            domain = settings.from_address.rpartition("@")[2] or "meetbot.invalid"
            message["Message-ID"] = make_msgid("meetbot", domain=domain)

    def _counts(self) -> tuple[int, int]:
        with self.db.session() as session:
            rows = session.execute(
                select(OutboxRow.status, func.count())
                .where(OutboxRow.status.in_((PENDING, HELD)))
                .group_by(OutboxRow.status)
            ).all()
        counts = {status: count for status, count in rows}
        return counts.get(PENDING, 0), counts.get(HELD, 0)

    def _due_ids(self, now: dt.datetime) -> list[int]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(OutboxRow.id)
                    .where(OutboxRow.status == PENDING, _due(now))
                    .order_by(OutboxRow.id)
                )
            )

    def _claim(self, row_id: int, now: dt.datetime) -> tuple[bytes, list[str]] | None:
        """Take the row for sending, unless another process took it or it went away."""
        with self.db.session() as session:
            result = session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == row_id, OutboxRow.status == PENDING, _due(now))
                .values(next_attempt_at=now + CLAIM_LEASE)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                return None
            row = session.get_one(OutboxRow, row_id)
            return row.raw, [str(r) for r in row.recipients]

    def _record_sent(self, row_id: int, refusals: list[Refusal]) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            row = session.get_one(OutboxRow, row_id)
            row.status = SENT
            row.sent_at = now
            row.attempts += 1
            row.next_attempt_at = None
            row.last_error = (
                "; ".join(f"{r.recipient} refused: {r.code} {r.message}" for r in refusals)
                if refusals
                else None
            )
        if refusals:
            log.warning("outbox #%d sent, but %d recipient(s) refused", row_id, len(refusals))

    def _record_failure(self, row_id: int, error: DeliveryError) -> bool:
        """Count a failed attempt; True when this was the last one."""
        now = self.clock.now()
        with self.db.session() as session:
            row = session.get_one(OutboxRow, row_id)
            row.attempts += 1
            row.last_error = str(error)
            if row.attempts >= MAX_ATTEMPTS:
                row.status = FAILED
                row.next_attempt_at = None
                log.error(
                    "outbox #%d failed for good after %d attempts: %s", row_id, row.attempts, error
                )
                return True
            delay = retry_delay(
                row.attempts, initial=FIRST_RETRY_SECONDS, maximum=LONGEST_RETRY_SECONDS
            )
            row.next_attempt_at = now + dt.timedelta(seconds=delay)
            log.warning("outbox #%d not sent (attempt %d): %s", row_id, row.attempts, error)
            return False


def _due(now: dt.datetime) -> ColumnElement[bool]:
    return or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now)
