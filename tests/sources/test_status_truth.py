"""`meetbot status` against a real Dovecot that goes away in the middle of a catch-up: the
source is unhealthy once its attempts have failed for one timeout plus one backoff, with
the error, and the mail left on the server is counted."""

from __future__ import annotations

import asyncio
import shutil
import time

import pytest
from typer.testing import CliRunner

from bot.app import App
from bot.cli import _register
from bot.cli import app as cli
from bot.config.settings import Settings
from bot.sources.imap import ImapConnection
from tests.servers.dovecot import Dovecot
from tests.sources.helpers import append, message, running

pytestmark = pytest.mark.dovecot

UNHEALTHY_WITHIN_SECONDS = 90


def config_for(tmp_path, server: Dovecot, user: str):
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f'data_dir = "{tmp_path}/data"\n'
        f'[store]\nurl = "sqlite:///{tmp_path}/meetbot.db"\n'
        f'[memo]\noutput_dir = "{tmp_path}/memos"\npdf = false\n'
        f'[calendar]\nfeed_path = "{tmp_path}/calendar.ics"\n'
        f'[[sources.imap]]\nname = "{user}"\nhost = "{server.host}"\nport = {server.port}\n'
        f'tls = "none"\nusername = "{user}"\npassword = "{server.PASSWORD}"\n'
        "timeout_seconds = 3\nreconnect_initial_seconds = 1\nreconnect_max_seconds = 3\n"
    )
    return config


async def test_status_fails_soon_after_the_server_goes_away_and_counts_waiting_mail(
    tmp_path, monkeypatch
):
    server = Dovecot()
    server.start()
    try:
        config = config_for(tmp_path, server, "goes-away")
        fetch_raw = ImapConnection.fetch_raw

        def server_gone_before_the_fetch(connection, uids):
            server.stop()
            return fetch_raw(connection, uids)

        monkeypatch.setattr(ImapConnection, "fetch_raw", server_gone_before_the_fetch)
        monkeypatch.chdir(tmp_path)
        _register()
        runner = CliRunner()
        app = App.open(Settings.load(config))
        async with running(app):
            healthy = runner.invoke(cli, ["status", "--config", str(config)])
            assert healthy.exit_code == 0, healthy.output
            for _ in range(2):
                append(server, "goes-away", server.PASSWORD, message())
            gone_at = time.monotonic()
            while time.monotonic() - gone_at < UNHEALTHY_WITHIN_SECONDS:
                status = await asyncio.to_thread(
                    runner.invoke, cli, ["status", "--config", str(config)]
                )
                if status.exit_code != 0:
                    break
                await asyncio.sleep(1)
        assert status.exit_code == 1, status.output
        assert "connection failing for" in status.output
        assert "last error:" in status.output
        assert "2 message(s) waiting on the server" in status.output
    finally:
        server.close()
        shutil.rmtree(server.root, ignore_errors=True)
