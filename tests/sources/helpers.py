"""Shared by the source tests: settings for a test mailbox, messages, waiting, counting."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from imapclient import IMAPClient
from sqlalchemy import func, select

from bot.app import App
from bot.config.settings import ImapAccount, MaildirSource, Settings, SourcesSettings, TlsMode
from bot.store.database import Database
from bot.store.tables import MailboxCursorRow, MessageRow, SeenUidRow
from tests.servers.dovecot import Dovecot

_counter = itertools.count(1)


def message(subject: str = "Invitation", *, message_id: str | None = None) -> bytes:
    n = next(_counter)
    message_id = message_id or f"test-{n}-{time.time_ns()}@example.org"
    return (
        f"Message-ID: <{message_id}>\r\n"
        f"Subject: {subject} {n}\r\n"
        "From: Secretariat <secretariat@example.org>\r\n"
        "To: Desk <desk@example.org>\r\n"
        "Date: Mon, 01 Dec 2025 10:00:00 +0700\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Dear colleagues,\r\n\r\nYou are invited to the meeting on 16 December 2025.\r\n"
        "\r\nBest regards,\r\nThe Secretariat\r\n"
    ).encode()


def account(dovecot: Dovecot, user: str, password: str | None, **changes: object) -> ImapAccount:
    values: dict[str, object] = {
        "name": user,
        "host": dovecot.host,
        "port": dovecot.port,
        "tls": TlsMode.NONE,
        "username": user,
        "password": password,
        "idle_renew_seconds": 300,
        "timeout_seconds": 5,
        "reconnect_initial_seconds": 0.2,
        "reconnect_max_seconds": 1,
    }
    values.update(changes)
    return ImapAccount.model_validate(values)


def settings_for(tmp_path: Path, *accounts: ImapAccount) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        store={"url": f"sqlite:///{tmp_path}/meetbot.db"},
        calendar={"feed_path": tmp_path / "calendar.ics"},
        # Memos as DOCX only: LibreOffice's seconds per meeting are not what is tested here.
        memo={"output_dir": tmp_path / "memos", "pdf": False},
        sources=SourcesSettings(
            maildir=MaildirSource(enabled=False, path=tmp_path / "maildir"),
            imap=list(accounts),
        ),
    )


def append(dovecot: Dovecot, user: str, password: str, raw: bytes, folder: str = "INBOX") -> None:
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as client:
        client.login(user, password)
        client.append(folder, raw)


def stored_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(MessageRow)) or 0)


def seen_outcomes(db: Database) -> list[tuple[int, int, str]]:
    with db.session() as s:
        rows = s.execute(
            select(SeenUidRow.uidvalidity, SeenUidRow.uid, SeenUidRow.outcome).order_by(
                SeenUidRow.id
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


async def wait_for(condition: Callable[[], bool], what: str, seconds: float = 60) -> None:
    """Wait for `condition`; the limit only keeps a broken test from hanging."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


def checks(app: App) -> list[MailboxCursorRow]:
    with app.db.session() as s:
        return list(s.scalars(select(MailboxCursorRow)))


def checked(app: App) -> bool:
    return any(row.last_check_at is not None for row in checks(app))


@contextlib.asynccontextmanager
async def running(app: App) -> AsyncIterator[asyncio.Task[None]]:
    """`app.run()` in a task, from its first successful check until the block ends."""
    task = asyncio.create_task(app.run())
    try:
        await wait_for(lambda: checked(app) or task.done(), "the first check")
        if task.done():
            task.result()
        yield task
    finally:
        app.stop.set()
        await asyncio.wait_for(task, 30)
        app.close()
