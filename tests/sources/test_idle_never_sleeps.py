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

# Stored within this long of the APPEND: Dovecot's own notification takes about 0.5 s, a busy
# machine adds seconds; what the tests tell apart, the renewal (300 s) and Dovecot's keepalive
# (2 minutes), is further away.
STORED_WITHIN_SECONDS = 30.0
# The slow message is read until the test has seen the other one stored, or this long.
SLOW_SECONDS = 60.0


def slow_app(
    dovecot: Dovecot, user: User, tmp_path, reading: threading.Event, release: threading.Event
) -> App:
    """An app whose reading of a message with "slow" in its subject lasts until `release`
    (SLOW_SECONDS at most)."""
    settings = settings_for(tmp_path, account(dovecot, user.name, user.password))
    # Its slow stage is a closure over this process's Event: read here, not in a worker.
    in_process = settings.reading.model_copy(update={"message_seconds": 0})
    app = App.open(settings.model_copy(update={"reading": in_process}))
    read = app.pipeline.stages.read

    def slow_read(raw: bytes) -> MailDocument:
        if b"Subject: slow" in raw:
            reading.set()
            release.wait(SLOW_SECONDS)
        return read(raw)

    app.pipeline.stages = dataclasses.replace(app.pipeline.stages, read=slow_read)
    return app


async def test_mail_appended_while_another_is_processed_is_stored_at_once(dovecot, user, tmp_path):
    reading, release = threading.Event(), threading.Event()
    app = slow_app(dovecot, user, tmp_path, reading, release)
    async with running(app):
        append(dovecot, user.name, user.password, message("slow"))
        await wait_until(reading.is_set, "the slow message being read")
        append(dovecot, user.name, user.password, message("quick"))
        try:
            # Within STORED_WITHIN_SECONDS, so while the slow message is still being read.
            await wait_until(
                lambda: stored_count(app.db) == 2, "the second message", STORED_WITHIN_SECONDS
            )
        finally:
            release.set()
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
            lambda: stored_count(app.db) == 2, "the message announced", STORED_WITHIN_SECONDS
        )
