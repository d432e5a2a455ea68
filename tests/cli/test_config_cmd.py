import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from tests.config_env import isolate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config" / "meetbot.example.toml"

SECRETS = {
    "MEETBOT_SMTP__PASSWORD": "smtp-Secret-1",
    "MEETBOT_TELEGRAM__TOKEN": "123456:Telegram-Secret-2",
    "MEETBOT_SOURCES__IMAP__0__PASSWORD": "imap-Secret-3",
    "MEETBOT_CALENDAR__CALDAV_PASSWORD": "dav-Secret-4",
    "MEETBOT_STORE__URL": "postgresql+psycopg://meetbot:db-Secret-5@db.example.org/meetbot",
}

ACCOUNT = """
[smtp]
host = "smtp.example.org"
username = "meetbot@example.org"

[[sources.imap]]
name = "ministry"
host = "imap.example.org"
username = "international@example.org"
"""


@pytest.fixture
def runner(tmp_path, monkeypatch):
    isolate(monkeypatch, tmp_path)
    _register()
    return CliRunner()


def test_check_passes_on_the_example_and_summarises_it(runner):
    result = runner.invoke(app, ["config", "check", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert f"{EXAMPLE}: OK" in result.output
    assert "delegates     2" in result.output


def test_check_fails_with_plain_words_and_exit_code_1(runner, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[smtp]\nport = 'abc'\n")
    result = runner.invoke(app, ["config", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}, line 2: smtp.port: expected a whole number, got 'abc'" in result.output
    assert "Traceback" not in result.output


def test_secrets_never_appear_in_check_output_repr_or_logs(tmp_path):
    """Issue 9: secrets come from the environment or secret files and are never shown."""
    config = tmp_path / "meetbot.toml"
    config.write_text(ACCOUNT)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEETBOT_")}
    env |= SECRETS | {"PYTHONPATH": str(ROOT), "MEETBOT_LOG_LEVEL": "DEBUG"}
    values = ["smtp-Secret-1", "Telegram-Secret-2", "imap-Secret-3", "dav-Secret-4", "db-Secret-5"]
    # One process loads the settings, prints their repr and logs them the way a
    # careless caller would; another runs `meetbot config check`.
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from bot.logs import setup_logging\n"
        "from bot.config.settings import Settings\n"
        "s = Settings.load(Path(sys.argv[1]), secret_dirs=[])\n"
        "print(repr(s)); print(s)\n"
        "setup_logging(s.log_level, json=False, secrets=s.secret_values())\n"
        "log = logging.getLogger('bot')\n"
        "log.debug('settings %s', s)\n"
        "log.info('connecting %s', s.store.database_url())\n"
        "log.info('token %s', s.telegram.token.get_secret_value())\n"
        "setup_logging(s.log_level, json=True, secrets=s.secret_values())\n"
        "log.info('password', extra={'pw': s.smtp.password.get_secret_value()})\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script, str(config)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    checked = subprocess.run(
        [sys.executable, "-m", "bot", "config", "check", str(config)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "password set" in checked.stdout
    assert "token set" in checked.stdout
    assert loaded.stderr.count("\n") >= 4  # the log lines were written
    for output in (loaded.stdout, loaded.stderr, checked.stdout, checked.stderr):
        for value in values:
            assert value not in output
