import asyncio
import datetime as dt
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from bot.actions.mailer import Mailer
from bot.actions.outbox import APPROVAL, REVIEW, Outbox
from bot.actions.outbox_rows import FIRST_RETRY_SECONDS, MAX_ATTEMPTS
from bot.config.settings import SmtpSettings, TlsMode
from bot.store.tables import OutboxRow
from tests.actions.conftest import add_meeting_row
from tests.servers.ports import free_port


def smtp_settings(server=None, **extra) -> SmtpSettings:
    if server is None:
        return SmtpSettings(from_address="meetbot@example.org", **extra)
    return SmtpSettings(
        host=server.host,
        port=server.port,
        tls=TlsMode.NONE,
        from_address="meetbot@example.org",
        timeout_seconds=5,
        **extra,
    )


def note(to: str = "somchai@example.org", subject: str = "Reminder") -> EmailMessage:
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = subject
    message.set_content("การประชุมพรุ่งนี้ / the meeting is tomorrow")
    return message


def enqueue(outbox, key, message=None, **options) -> bool:
    with outbox.db.session() as session:
        return outbox.enqueue(
            session,
            dedupe_key=key,
            kind="reminder",
            meeting_id=options.pop("meeting_id", None),
            message=message or note(),
            **options,
        )


def rows(db) -> list[OutboxRow]:
    with db.session() as session:
        return list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))


async def test_stored_then_sent_once(db, clock, smtp_server):
    outbox = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    assert enqueue(outbox, "r:1")
    assert not enqueue(outbox, "r:1"), "the same key is never stored twice"

    report = await outbox.flush()
    again = await outbox.flush()

    assert (report.sent, again.sent) == (1, 0)
    [received] = smtp_server.received
    assert received.sender == "meetbot@example.org"
    assert received.recipients == ["somchai@example.org"]
    message = received.message
    assert message["From"] == "meetbot <meetbot@example.org>"
    assert message["Message-ID"].endswith("@example.org>")
    assert "การประชุมพรุ่งนี้" in message.get_content()
    [row] = rows(db)
    assert (row.status, row.attempts, row.sent_at) == ("sent", 1, clock.now())


async def test_nothing_is_sent_again_after_a_restart(db, clock, smtp_server):
    first = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    enqueue(first, "r:1")
    await first.flush()

    restarted = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    assert not enqueue(restarted, "r:1")
    report = await restarted.flush()

    assert report.sent == 0
    assert len(smtp_server.received) == 1


async def test_refused_mail_is_retried_with_backoff(db, clock, smtp_server):
    outbox = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    enqueue(outbox, "r:1")
    smtp_server.set_mode("refuse")

    refused = await outbox.flush()
    [after_refusal] = rows(db)
    smtp_server.set_mode("accept")
    too_early = await outbox.flush()
    clock.advance(seconds=FIRST_RETRY_SECONDS)
    later = await outbox.flush()

    assert (refused.sent, refused.retrying) == (0, 1)
    assert (too_early.sent, too_early.waiting) == (0, 1)
    assert later.sent == 1
    assert len(smtp_server.received) == 1
    assert "554" in (after_refusal.last_error or "")
    assert after_refusal.next_attempt_at <= clock.now()
    [row] = rows(db)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)


async def test_a_dropped_connection_leaves_the_rest_for_later(db, clock, smtp_server):
    outbox = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    enqueue(outbox, "r:1")
    enqueue(outbox, "r:2", note(subject="second"))
    smtp_server.set_mode("drop")

    dropped = await outbox.flush()
    smtp_server.set_mode("accept")
    clock.advance(minutes=1)
    recovered = await outbox.flush()

    assert dropped.sent == 0
    assert "hung up" in (dropped.note or "")
    assert recovered.sent == 2
    assert [r.message["Subject"] for r in smtp_server.received] == ["Reminder", "second"]
    assert [r.attempts for r in rows(db)] == [2, 1], "only the message in flight was attempted"


async def test_an_unreachable_server_counts_an_attempt_for_every_due_message(db, clock):
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), tls=TlsMode.NONE, timeout_seconds=2)
    outbox = Outbox(db, Mailer(settings), clock)
    enqueue(outbox, "r:1")
    enqueue(outbox, "r:2")

    report = await outbox.flush()

    assert report.retrying == 2
    assert "127.0.0.1" in (report.note or "")
    first_retry = dt.timedelta(seconds=FIRST_RETRY_SECONDS)
    for row in rows(db):
        assert clock.now() + first_retry / 2 <= row.next_attempt_at <= clock.now() + first_retry


async def test_gives_up_after_the_last_attempt(db, clock, smtp_server):
    outbox = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    enqueue(outbox, "r:1")
    smtp_server.set_mode("refuse")
    reports = []
    for _ in range(MAX_ATTEMPTS):
        reports.append(await outbox.flush())
        clock.advance(hours=2)

    assert sum(r.failed for r in reports) == 1
    assert reports[-1].failed == 1
    assert smtp_server.handler.refused == MAX_ATTEMPTS
    [row] = rows(db)
    assert (row.status, row.attempts) == ("failed", MAX_ATTEMPTS)
    assert (await outbox.flush()).sent == 0


async def test_without_an_smtp_host_mail_waits_and_is_reported(db, clock):
    outbox = Outbox(db, Mailer(smtp_settings()), clock)
    enqueue(outbox, "r:1")

    report = await outbox.flush()

    assert (report.sent, report.waiting) == (0, 1)
    assert report.note == "smtp.host is not set: 1 message(s) wait in the outbox"
    assert rows(db)[0].status == "pending"


async def test_held_mail_goes_only_after_release(db, clock, smtp_server):
    add_meeting_row(db, 7, "m7")
    outbox = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    enqueue(outbox, "r:1", meeting_id=7, held_for=APPROVAL)

    held = await outbox.flush()
    not_this = outbox.release(7, REVIEW)
    released = outbox.release(7, APPROVAL)
    sent = await outbox.flush()

    assert (held.sent, held.held) == (0, 1)
    assert (not_this, released) == (0, 1), "only a release for what it waits for lets it go"
    assert (sent.sent, sent.held) == (1, 0)


async def test_approved_mail_can_stay_held_for_review(db, clock, smtp_server):
    add_meeting_row(db, 7, "m7")
    outbox = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    enqueue(outbox, "r:1", meeting_id=7, held_for=APPROVAL)

    outbox.release(7, APPROVAL, still_held_for=REVIEW)
    still = await outbox.flush()
    outbox.release(7, REVIEW)
    sent = await outbox.flush()

    assert (still.sent, still.held) == (0, 1)
    assert [row.held_for for row in rows(db)] == [None]
    assert (sent.sent, sent.held) == (1, 0)


async def test_a_newer_message_supersedes_an_unsent_one(db, clock, smtp_server):
    outbox = Outbox(db, Mailer(smtp_settings()), clock)  # no server yet: both wait
    enqueue(outbox, "itip:uid-1:a_b@example.org:1:REQUEST", note(subject="first"))
    enqueue(outbox, "itip:uid-1:axb@example.org:1:REQUEST", note(subject="other attendee"))
    enqueue(
        outbox,
        "itip:uid-1:a_b@example.org:2:REQUEST",
        note(subject="second"),
        supersedes="itip:uid-1:a_b@example.org:",
    )
    outbox.mailer = Mailer(smtp_settings(smtp_server))

    await outbox.flush()

    assert sorted(r.message["Subject"] for r in smtp_server.received) == [
        "other attendee",
        "second",
    ]
    assert [r.status for r in rows(db)] == ["superseded", "sent", "sent"]


async def test_two_processes_flushing_together_send_each_message_once(db, clock, smtp_server):
    for number in range(5):
        enqueue(Outbox(db, Mailer(smtp_settings()), clock), f"r:{number}")
    daemon = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)
    command = Outbox(db, Mailer(smtp_settings(smtp_server)), clock)

    first, second = await asyncio.gather(daemon.flush(), command.flush())

    assert first.sent + second.sent == 5
    assert len(smtp_server.received) == 5


def test_message_without_recipients_is_refused(db, clock):
    outbox = Outbox(db, Mailer(smtp_settings()), clock)
    message = EmailMessage()
    message["Subject"] = "nobody"
    with pytest.raises(ValueError, match="no recipients"):
        enqueue(outbox, "r:1", message)
