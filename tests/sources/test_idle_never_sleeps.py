"""Mail is noticed while another message is being processed, and when the server announced
it inside another command's response: no keepalive, renewal or later mail needed."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from bot.app import App
from bot.reading.document import MailDocument
from bot.sources.imap import ImapConnection
from tests.servers.dovecot import Dovecot
from tests.sources.conftest import User
from tests.sources.helpers import account, append, message, running, settings_for, stored_count
from tests.sources.helpers import wait_for as wait_until

pytestmark = pytest.mark.dovecot

# Stored within this long of the APPEND (Dovecot's own notification takes about 0.5 s);
# the renewal is 300 s and Dovecot's keepalive 2 minutes away.
STORED_WITHIN_SECONDS = 2.0
SLOW_SECONDS = 6.0


def slow_app(dovecot: Dovecot, user: User, tmp_path, reading: threading.Event) -> App:
    """An app whose reading of a message with "slow" in its subject takes SLOW_SECONDS."""
    settings = settings_for(tmp_path, account(dovecot, user.name, user.password))
    # Its slow stage is a closure over this process's Event: read here, not in a worker.
    in_process = settings.reading.model_copy(update={"message_seconds": 0})
    app = App.open(settings.model_copy(update={"reading": in_process}))
    read = app.pipeline.stages.read

    def slow_read(raw: bytes) -> MailDocument:
        if b"Subject: slow" in raw:
            reading.set()
            time.sleep(SLOW_SECONDS)
        return read(raw)

    app.pipeline.stages = dataclasses.replace(app.pipeline.stages, read=slow_read)
    return app


async def test_mail_appended_while_another_is_processed_is_stored_at_once(dovecot, user, tmp_path):
    reading = threading.Event()
    app = slow_app(dovecot, user, tmp_path, reading)
    async with running(app):
        append(dovecot, user.name, user.password, message("slow"))
        await wait_until(reading.is_set, "the slow message being read")
        append(dovecot, user.name, user.password, message("quick"))
        await wait_until(
            lambda: stored_count(app.db) == 2, "the second message", STORED_WITHIN_SECONDS
        )
        assert reading.is_set()
        await app.intake.processed()


async def test_mail_announced_inside_a_fetch_response_is_stored(
    dovecot, user, tmp_path, monkeypatch
):
    fetch_raw = ImapConnection.fetch_raw
    appended = threading.Event()

    def fetch_while_mail_arrives(connection: ImapConnection, uids: list[int]) -> dict[int, bytes]:
        if not appended.is_set():
            appended.set()
            append(dovecot, user.name, user.password, message("during the fetch"))
            time.sleep(0.5)  # Dovecot has seen it: its EXISTS comes with the FETCH's answer
        return fetch_raw(connection, uids)

    monkeypatch.setattr(ImapConnection, "fetch_raw", fetch_while_mail_arrives)
    app = App.open(settings_for(tmp_path, account(dovecot, user.name, user.password)))
    async with running(app):
        append(dovecot, user.name, user.password, message("first"))
        await wait_until(appended.is_set, "the first fetch")
        await wait_until(
            lambda: stored_count(app.db) == 2, "the message announced", STORED_WITHIN_SECONDS + 0.5
        )
