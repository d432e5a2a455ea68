"""`on_processed = "flag"` or `"move"` survives a daemon that dies between storing a
message and flagging or moving it: the next connect does what is still owed.

A relay between the daemon and Dovecot holds back the STORE or MOVE command, so the
daemon is caught exactly after its commit and before the server heard of the flag.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import signal

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from bot.app import App
from bot.config.settings import Settings
from bot.errors import SourceError
from bot.health import health
from bot.store.tables import PendingDispositionRow
from tests.servers.dovecot import Dovecot
from tests.servers.relay import Relay
from tests.sources.helpers import (
    account,
    append,
    message,
    seen_outcomes,
    settings_for,
    stored_count,
)
from tests.sources.test_daemon_process import start, write_config

pytestmark = pytest.mark.dovecot

DONE = "Done"
# What imapclient sends for a flag and for a move: the commands the relay holds back.
COMMANDS = {"flag": b" STORE ", "move": b" MOVE "}


def pending(app: App) -> list[tuple[int, int]]:
    with app.db.session() as s:
        rows = s.execute(select(PendingDispositionRow.uidvalidity, PendingDispositionRow.uid))
        return [(validity, uid) for validity, uid in rows]


def mailbox(dovecot: Dovecot, user, folder: str = "INBOX") -> tuple[list[int], list[int]]:
    """(every UID, the \\Seen ones) in `folder`, as the server has them."""
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
        c.login(user.name, user.password)
        c.select_folder(folder, readonly=True)
        return sorted(c.search(["ALL"])), sorted(c.search(["SEEN"]))


def create_folder(dovecot: Dovecot, user, folder: str) -> None:
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
        c.login(user.name, user.password)
        c.create_folder(folder)


@pytest.mark.parametrize("on_processed", ["flag", "move"])
async def test_a_kill_between_store_and_disposition_is_made_good_at_the_next_start(
    dovecot, user, tmp_path, on_processed
):
    create_folder(dovecot, user, DONE)
    with Relay(dovecot.host, dovecot.port) as relay:
        config = write_config(tmp_path, relay, user)
        config.write_text(
            config.read_text() + f'on_processed = "{on_processed}"\nmove_to = "{DONE}"\n'
        )
        settings = Settings.load(config)
        first = App.open(settings)
        await first.run(once=True)  # the cursor starts here
        first.close()
        append(dovecot, user.name, user.password, message())

        relay.hold_on(COMMANDS[on_processed])
        daemon = start(config)
        try:
            assert await asyncio.to_thread(relay.held.wait, 30), "the daemon never disposed"
        finally:
            daemon.send_signal(signal.SIGKILL)
            daemon.communicate(timeout=10)
        relay.resume()

        killed = App.open(settings)
        assert stored_count(killed.db) == 1
        assert len(pending(killed)) == 1  # stored and seen, the flag or move still owed
        assert owed(killed) == 1, "meetbot status shows it"
        assert mailbox(dovecot, user) == ([1], [])
        await killed.run(once=True)

    assert pending(killed) == []
    assert owed(killed) == 0
    assert stored_count(killed.db) == 1
    assert [outcome for _, _, outcome in seen_outcomes(killed.db)] == ["stored"]
    if on_processed == "flag":
        assert mailbox(dovecot, user) == ([1], [1])
    else:
        assert mailbox(dovecot, user) == ([], [])
        assert len(mailbox(dovecot, user, DONE)[0]) == 1
    killed.close()


async def interrupted_flag(app: App, relay: Relay, dovecot: Dovecot, user, folder: str) -> None:
    """Store one message in `folder` and lose the connection before the server flags it."""
    await app.run(once=True)  # the cursor starts here
    append(dovecot, user.name, user.password, message(), folder)
    relay.hold_on(COMMANDS["flag"])
    with pytest.raises(SourceError, match="flagging"):
        await app.run(once=True)
    relay.resume()
    assert len(pending(app)) == 1


async def test_a_message_expunged_before_its_flag_is_dropped_not_retried(
    dovecot, user, tmp_path, caplog
):
    caplog.set_level(logging.INFO, logger="bot.sources.watcher")
    with Relay(dovecot.host, dovecot.port) as relay:
        acct = account(
            dovecot,
            user.name,
            user.password,
            port=relay.port,
            timeout_seconds=1,
            on_processed="flag",
        )
        app = App.open(settings_for(tmp_path, acct))
        await interrupted_flag(app, relay, dovecot, user, "INBOX")
        with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
            c.login(user.name, user.password)
            c.select_folder("INBOX")
            c.delete_messages([1])  # a person deletes it meanwhile
            c.expunge()

        await app.run(once=True)
        await app.run(once=True)
    assert pending(app) == []
    assert caplog.text.count("no longer in the folder: not flagged or moved") == 1
    assert stored_count(app.db) == 1
    app.close()


async def test_flags_owed_under_an_old_uidvalidity_are_dropped(dovecot, user, tmp_path, caplog):
    folder = "Meetings"
    create_folder(dovecot, user, folder)
    with Relay(dovecot.host, dovecot.port) as relay:
        acct = account(
            dovecot,
            user.name,
            user.password,
            port=relay.port,
            timeout_seconds=1,
            on_processed="flag",
            folders=[folder],
        )
        app = App.open(settings_for(tmp_path, acct))
        await interrupted_flag(app, relay, dovecot, user, folder)
        [(old_validity, _)] = pending(app)
        with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
            c.login(user.name, user.password)
            c.delete_folder(folder)
            c.create_folder(folder)  # a new UIDVALIDITY: UID 1 may be any message now
        append(dovecot, user.name, user.password, message("after the change"), folder)

        await app.run(once=True)
    assert pending(app) == []
    assert "UIDVALIDITY changed: pending flags or moves dropped" in caplog.text
    assert mailbox(dovecot, user, folder) == ([1], [1])  # the new mail, flagged as usual
    validities = {validity for validity, _, _ in seen_outcomes(app.db)}
    assert len(validities - {old_validity}) == 1
    app.close()


def owed(app: App) -> int:
    with app.db.session() as session:
        [source] = health(session, app.settings, dt.datetime.now(dt.UTC)).sources
    return source.owed
