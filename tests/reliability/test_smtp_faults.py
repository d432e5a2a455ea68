"""SMTP servers that refuse or drop the connection before any message is offered.

tests/actions/test_outbox.py covers a 554 per message, a hang-up at DATA and nothing
listening; here the server answers the connection itself with a 421 ("too busy") or
hangs up at once, and later a good server takes the port: every message goes once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from bot.actions.mailer import Mailer
from bot.actions.outbox import Outbox
from bot.config.settings import SmtpSettings, TlsMode
from bot.store.database import open_database
from bot.store.tables import OutboxRow
from tests.actions.conftest import ManualClock
from tests.servers.ports import free_port
from tests.servers.smtp import RecordingHandler


async def _busy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"421 4.3.2 too many connections, try later\r\n")
    await writer.drain()
    writer.close()


async def _hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.close()


def note(n: int) -> EmailMessage:
    message = EmailMessage()
    message["To"] = "somchai@example.org"
    message["Subject"] = f"Reminder {n}"
    message.set_content("การประชุมพรุ่งนี้")
    return message


@pytest.mark.parametrize(("server", "said"), [(_busy, "421"), (_hang_up, "SMTP 127.0.0.1")])
async def test_refused_connections_keep_the_mail_for_a_later_try(tmp_path, server, said):
    db = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    clock = ManualClock(dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC))
    port = free_port()
    settings = SmtpSettings(
        host="127.0.0.1", port=port, tls=TlsMode.NONE, from_address="meetbot@example.org",
        timeout_seconds=5,
    )  # fmt: skip
    outbox = Outbox(db, Mailer(settings), clock)
    with db.session() as session:
        for n in range(3):
            outbox.enqueue(session, dedupe_key=f"r:{n}", kind="reminder", meeting_id=None,
                           message=note(n))  # fmt: skip

    refusing = await asyncio.start_server(server, "127.0.0.1", port)
    async with refusing:
        refused = await outbox.flush()
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        too_early = await outbox.flush()
        clock.advance(minutes=2)
        later = await outbox.flush()
        again = await outbox.flush()
    finally:
        controller.stop()

    assert (refused.sent, refused.retrying, refused.failed) == (0, 3, 0)
    assert said in (refused.note or "")
    assert too_early.sent == 0, "the backoff is kept"
    assert (later.sent, again.sent) == (3, 0)
    assert sorted(r.message["Subject"] for r in handler.received) == [
        "Reminder 0", "Reminder 1", "Reminder 2",
    ]  # fmt: skip
    with db.session() as session:
        rows = list(session.scalars(select(OutboxRow)))
    assert [(r.status, r.attempts) for r in rows] == [("sent", 2)] * 3
    db.close()
