"""`meetbot user add` and `meetbot feed rotate`, the workspace's commands, on a fresh store."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.config.roles import Role
from bot.services.feeds import OFFICE, feed_tokens
from bot.services.users import authenticate
from bot.store.database import open_database
from tests.config_env import isolate


@pytest.fixture
def store_url(tmp_path, monkeypatch) -> str:
    isolate(monkeypatch, tmp_path)
    url = f"sqlite:///{tmp_path}/var/meetbot.db"
    monkeypatch.setenv("MEETBOT_STORE__URL", url)
    monkeypatch.setenv("MEETBOT_DATA_DIR", str(tmp_path / "var"))
    _register()
    return url


def test_user_add_stores_a_hashed_password_and_the_role(store_url, monkeypatch):
    monkeypatch.setenv("MEETBOT_USER_PASSWORD", "a long enough secret")
    result = CliRunner().invoke(app, ["user", "add", "malee", "--role", "approver"])
    assert result.exit_code == 0, result.output
    assert "user malee: approver" in result.output
    with open_database(store_url) as db:
        user = authenticate(db, "malee", "a long enough secret")
        assert user is not None
        assert user.role is Role.APPROVER
        assert authenticate(db, "malee", "wrong") is None


def test_feed_rotate_prints_a_new_secret_url_each_time(store_url):
    first = CliRunner().invoke(app, ["feed", "rotate"])
    second = CliRunner().invoke(app, ["feed", "rotate"])
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    with open_database(store_url) as db:
        token = feed_tokens(db)[OFFICE]
    assert second.output.strip().endswith(f"/feed/{token}.ics")
    assert token not in first.output, "the first URL stopped working"
    assert "unknown delegate" in CliRunner().invoke(app, ["feed", "rotate", "nobody"]).output
