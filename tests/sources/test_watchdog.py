"""A server that stops answering without closing the connection, behind a relay.

Two ways to hang: silent (a frozen server process, a NAT that forgot the session),
which the socket timeout of one command notices; and alive-looking (keepalive lines
keep coming, the command never finishes), which no socket timeout can notice and the
watchdog must: health is the time of the last successful check, not "connected".
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.app import App
from bot.health import health
from tests.servers.dovecot import Dovecot
from tests.servers.relay import Relay
from tests.sources.helpers import (
    account,
    append,
    checks,
    message,
    running,
    seen_outcomes,
    settings_for,
    stored_count,
    wait_for,
)

pytestmark = pytest.mark.dovecot

# Short, so that a stall is noticed in seconds: with IDLE renewed every 0.3 s, the
# watchdog restarts a session after 0.3 + 4 x 1 s without a successful check.
RENEW_SECONDS = 0.3
TIMEOUT_SECONDS = 1.0


def last_check(app: App) -> dt.datetime | None:
    return next((row.last_check_at for row in checks(app)), None)


def error_since(app: App, moment: dt.datetime) -> bool:
    """Whether the store holds an error of the source recorded after `moment`."""
    at = next((row.last_error_at for row in checks(app)), None)
    return at is not None and at > moment


async def more_checks(app: App, count: int) -> None:
    """Wait until the watcher has made `count` more successful checks."""
    for _ in range(count):
        before = last_check(app)
        assert before is not None
        await wait_for(lambda b=before: (last_check(app) or b) > b, "one more check")


async def stall_append_resume(
    app: App, relay: Relay, dovecot: Dovecot, user, caplog, *, keepalive: bytes | None, noticed: str
) -> None:
    """Stall the relay, append a message straight to Dovecot, wait until the watcher
    logs `noticed`, resume, and wait for the message."""
    connections_before = relay.connections
    caplog.clear()
    # Keepalives come only from a server that has said "+ idling": the stall begins then.
    relay.stall(keepalive=keepalive, in_idle=keepalive is not None)
    assert await asyncio.to_thread(relay.stalled.wait, 20), "the watcher never went into IDLE"
    stalled_at = dt.datetime.now(dt.UTC)
    append(dovecot, user.name, user.password, message("during the stall"))
    await wait_for(lambda: noticed in caplog.text, f"the watcher to log {noticed!r}")
    # The log line is written before the error is stored: wait for the state asserted.
    await wait_for(lambda: error_since(app, stalled_at), "the error recorded in the store")

    with app.db.session() as s:
        [source] = health(s, app.settings, dt.datetime.now(dt.UTC)).sources
    # What `meetbot status` shows: the last successful check is from before the stall,
    # the error from after it.
    assert source.last_check_at is not None
    assert source.last_check_at <= stalled_at
    assert source.last_error_at is not None
    assert source.last_error_at > stalled_at
    assert stored_count(app.db) == 0

    relay.resume()
    await wait_for(lambda: stored_count(app.db) == 1, "the message appended during the stall")
    await wait_for(lambda: last_check(app) > stalled_at, "a check after the stall")
    assert relay.connections > connections_before  # the session was restarted


async def test_a_server_that_looks_alive_but_never_answers_is_restarted_by_the_watchdog(
    dovecot, user, tmp_path, caplog
):
    with Relay(dovecot.host, dovecot.port) as relay:
        acct = account(
            dovecot,
            user.name,
            user.password,
            port=relay.port,
            idle_renew_seconds=RENEW_SECONDS,
            timeout_seconds=TIMEOUT_SECONDS,
        )
        app = App.open(settings_for(tmp_path, acct))
        async with running(app):
            await stall_append_resume(
                app,
                relay,
                dovecot,
                user,
                caplog,
                keepalive=b"* OK Still here\r\n",
                noticed="watcher stalled",
            )
            await more_checks(app, 3)  # nothing comes twice
    assert [outcome for _, _, outcome in seen_outcomes(app.db)] == ["stored"]


async def test_a_silent_server_is_noticed_by_the_command_timeout(dovecot, user, tmp_path, caplog):
    with Relay(dovecot.host, dovecot.port) as relay:
        acct = account(
            dovecot,
            user.name,
            user.password,
            port=relay.port,
            idle_renew_seconds=RENEW_SECONDS,
            timeout_seconds=TIMEOUT_SECONDS,
        )
        app = App.open(settings_for(tmp_path, acct))
        async with running(app):
            await stall_append_resume(
                app, relay, dovecot, user, caplog, keepalive=None, noticed="timed out"
            )
            await more_checks(app, 3)
    assert [outcome for _, _, outcome in seen_outcomes(app.db)] == ["stored"]


async def test_a_stop_is_not_held_up_by_a_server_that_never_answers(dovecot, user, tmp_path):
    # IDLE renewed rarely: the watchdog would wait minutes; the stop must not.
    with Relay(dovecot.host, dovecot.port) as relay:
        acct = account(
            dovecot, user.name, user.password, port=relay.port, timeout_seconds=TIMEOUT_SECONDS
        )
        app = App.open(settings_for(tmp_path, acct))
        task = asyncio.create_task(app.run())
        try:
            await wait_for(lambda: last_check(app) is not None, "the first check")
            relay.stall(keepalive=b"* OK Still here\r\n")
            app.stop.set()
            await wait_for(task.done, "the daemon to stop")
            task.result()
        finally:
            app.stop.set()
            await asyncio.wait_for(task, 30)
            app.close()
