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

import logging
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses, make_msgid

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.actions.channel_health import SMTP, record_failure, record_success
from bot.actions.mailer import Mailer
from bot.actions.outbox_rows import (
    HELD,
    PENDING,
    SUPERSEDED,
    claim,
    due_ids,
    record_attempt_failed,
    record_sent,
    waiting_and_held,
)
from bot.errors import DeliveryError, NoRecipientsError
from bot.store.database import Database
from bot.store.tables import OutboxRow
from bot.types import Clock

log = logging.getLogger(__name__)

# What a held message waits for.
APPROVAL = "approval"
REVIEW = "review"


@dataclass(frozen=True)
class FlushReport:
    """What one `flush` did, and what is left in the outbox."""

    sent: int = 0
    retrying: int = 0  # failed this time; tried again after a backoff
    failed: int = 0  # gave up after the last attempt
    waiting: int = 0  # still pending: not due yet, or no SMTP server configured
    held: int = 0  # waiting for a person's approval
    note: str | None = None  # why nothing could be sent, in plain words


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
            waiting, held = waiting_and_held(self.db)
            note = (
                f"smtp.host is not set: {waiting} message(s) wait in the outbox"
                if waiting
                else None
            )
            return FlushReport(waiting=waiting, held=held, note=note)
        due = due_ids(self.db, now)
        sent = retrying = failed = 0
        note = None
        attempted: set[int] = set()
        connected = False
        if due:
            try:
                async with self.mailer.connect() as connection:
                    connected = True
                    for row_id in due:
                        message = claim(self.db, row_id, now)
                        if message is None:
                            continue
                        raw, recipients = message
                        attempted.add(row_id)
                        try:
                            refusals = await connection.send(raw, recipients)
                        except DeliveryError as exc:
                            gave_up = record_attempt_failed(self.db, self.clock, row_id, exc)
                            failed += gave_up
                            retrying += not gave_up
                            if not connection.alive:
                                note = f"the server hung up: {exc}"
                                break
                            continue
                        record_sent(self.db, self.clock, row_id, refusals)
                        sent += 1
            except DeliveryError as exc:
                # Could not connect or log in: every due message was attempted and failed.
                note = str(exc)
                for row_id in due:
                    if row_id in attempted:
                        continue
                    gave_up = record_attempt_failed(self.db, self.clock, row_id, exc)
                    failed += gave_up
                    retrying += not gave_up
        self._record_channel(connected=connected, note=note)
        waiting, held = waiting_and_held(self.db)
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
