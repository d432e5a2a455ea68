"""`meetbot status` sees the way out: SMTP, chat, a stuck outbox (issue 18, item 5)."""

import asyncio
import datetime as dt
import json
from email.message import EmailMessage

from sqlalchemy import update
from typer.testing import CliRunner

from bot.app import App
from bot.cli import _register, app
from bot.config.settings import Settings
from bot.store.tables import OutboxRow
from tests.config_env import isolate
from tests.servers.smtp import running_smtp_server


def write_config(tmp_path, port):
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f'data_dir = "{tmp_path}/data"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n'
        'from_address = "meetbot@example.org"\n'
    )
    return config


def send_one(config, key):
    daemon = App.open(Settings.load(config, secret_dirs=[]))
    try:
        message = EmailMessage()
        message["To"] = "somjai@example.org"
        message["Subject"] = "test"
        message.set_content("hello")
        with daemon.db.session() as session:
            daemon.outbox.enqueue(
                session, dedupe_key=key, kind="reply", meeting_id=None, message=message
            )
        return asyncio.run(daemon.outbox.flush())
    finally:
        daemon.close()


def check_sources_once(config):
    daemon = App.open(Settings.load(config, secret_dirs=[]))
    try:
        asyncio.run(daemon.run(once=True))
    finally:
        daemon.close()


def status(config, *extra):
    return CliRunner().invoke(app, ["status", "--config", str(config), *extra])


def test_starting_then_ok_then_smtp_down_is_unhealthy_and_says_why(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    _register()
    with running_smtp_server() as server:
        config = write_config(tmp_path, server.port)
        fresh = status(config)
        assert fresh.exit_code == 0, fresh.output
        assert "starting" in fresh.output
        assert "unhealthy" not in fresh.output

        assert send_one(config, "first").sent == 1
        check_sources_once(config)
        up = status(config)
        assert up.exit_code == 0, up.output
        assert "state: ปกติ / ok" in up.output
    # The server is stopped: the next mail cannot go.
    report = send_one(config, "second")
    assert report.sent == 0
    assert report.retrying == 1
    down = status(config)
    assert down.exit_code == 1
    assert "state: ผิดปกติ / unhealthy" in down.output
    assert "unhealthy: smtp: failing: " in down.output
    assert str(server.port) in down.output.split("unhealthy: smtp")[1]

    machine = status(config, "--json")
    assert machine.exit_code == 1
    values = json.loads(machine.output)
    assert values["state"] == "unhealthy"
    smtp = next(c for c in values["channels"] if c["channel"] == "smtp")
    assert smtp["state"] == "failing"
    assert smtp["last_success_at"] < smtp["last_failure_at"]
    assert values["outbox"]["stale"] == 0


def test_mail_stuck_in_the_outbox_is_unhealthy(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    _register()
    with running_smtp_server() as server:
        config = write_config(tmp_path, server.port)
        server.set_mode("refuse")  # the server answers, but this mail never goes
        send_one(config, "refused")
        check_sources_once(config)
        assert status(config).exit_code == 0, "one refused mail is not yet stuck"
        daemon = App.open(Settings.load(config, secret_dirs=[]))
        with daemon.db.session() as session:
            two_hours_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
            session.execute(update(OutboxRow).values(created_at=two_hours_ago))
        daemon.close()
        stuck = status(config)
    assert stuck.exit_code == 1
    assert "unhealthy: outbox: 1 message(s) waiting longer than 60 min" in stuck.output


def test_no_smtp_server_set_is_not_unhealthy(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    _register()
    config = tmp_path / "meetbot.toml"
    config.write_text(f'data_dir = "{tmp_path}/data"\n')
    check_sources_once(config)
    result = status(config, "--json")
    assert result.exit_code == 0, result.output
    values = json.loads(result.output)
    assert values["state"] == "ok"
    assert {c["channel"]: c["state"] for c in values["channels"]} == {
        "smtp": "not configured",
        "telegram": "not configured",
    }
