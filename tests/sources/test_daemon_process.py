"""`meetbot run` as a real process: killed with SIGKILL mid-work, stopped with SIGTERM,
and a second daemon on the same mailbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config.settings import Settings
from bot.store.tables import MessageRow
from tests.sources.helpers import append, message, seen_outcomes

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parents[2]


def write_config(tmp_path: Path, dovecot, user) -> Path:
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f"""
data_dir = "{tmp_path}/data"
log_level = "DEBUG"

[store]
url = "sqlite:///{tmp_path}/meetbot.db"

[sources.maildir]
enabled = false

[[sources.imap]]
name = "{user.name}"
host = "{dovecot.host}"
port = {dovecot.port}
tls = "none"
username = "{user.name}"
password = "{user.password}"
timeout_seconds = 5
reconnect_initial_seconds = 0.2
reconnect_max_seconds = 1
"""
    )
    return config


def start(config: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", str(config), *args],
        cwd=config.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen[str], needle: str, seconds: float = 30) -> str:
    assert process.stderr is not None
    deadline = time.monotonic() + seconds
    for line in process.stderr:
        if needle in line:
            return line
        if time.monotonic() > deadline:
            break
    process.kill()
    raise AssertionError(f"the daemon never logged {needle!r}")


async def test_sigkill_between_fetch_and_commit_loses_and_repeats_nothing(dovecot, user, tmp_path):
    config = write_config(tmp_path, dovecot, user)
    settings = Settings.load(config)
    first = App.open(settings)
    await first.run(once=True)  # the cursor starts here
    first.close()

    sent = [message("crash test") for _ in range(12)]
    for raw in sent:
        append(dovecot, user.name, user.password, raw)
    kills = 0
    for _ in range(3):
        daemon = start(config)
        wait_for_line(daemon, "fetched")  # bodies are in memory, not yet committed
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(10)
        daemon.stderr.close()
        daemon.stdout.close()
        kills += 1
    last = App.open(settings)
    await last.run(once=True)
    db = last.db
    with db.session() as s:
        rows = list(s.scalars(select(MessageRow)))
    assert kills == 3
    assert len(rows) == len(sent)
    assert {r.status for r in rows} == {"extracted"}  # interrupted work was resumed
    outcomes = seen_outcomes(db)
    assert sorted(uid for _, uid, _ in outcomes) == list(range(1, len(sent) + 1))
    assert {o for _, _, o in outcomes} == {"stored"}  # no UID was fetched and stored twice
    last.close()


def test_second_daemon_refuses_and_sigterm_stops_cleanly(dovecot, user, tmp_path):
    config = write_config(tmp_path, dovecot, user)
    daemon = start(config)
    try:
        wait_for_line(daemon, "first start on folder")
        second = start(config, "--once")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert "already watched" in out + err
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(30) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
        daemon.communicate()
