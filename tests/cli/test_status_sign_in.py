"""A revoked refresh token is a clear error in `meetbot status` (and `--json`, the Docker
health check's command) naming the account and the command that signs it in again;
`meetbot auth` ends it. Against the local stand-in token endpoint (issue 18, item 1)."""

import contextlib
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.config.settings import Settings
from bot.sources.oauth import TokenRefresher, TokenRevoked, oauth_client, store_refresh_token
from bot.sources.sign_ins import SignInRecorder
from bot.store.database import open_database
from bot.store.tables import SignInRow
from tests.cli.test_auth_cmd import config, endpoint
from tests.servers.oauth_endpoint import HandClock

__all__ = ["config", "endpoint"]  # test_auth_cmd's fixtures, used here too


@pytest.fixture
def signed_in_config(config, tmp_path):
    """test_auth_cmd's configuration, with the refresh token `meetbot auth` would keep."""
    _register()
    store_refresh_token(tmp_path / "data" / "secrets" / "ministry.refresh_token", "refresh-1")
    return config


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def daemon_refreshes(config, clock: HandClock, times: int) -> None:
    """The daemon's refresher for `ministry`, recorded as the daemon records it, asked for a
    token `times` times ten minutes apart (the watcher's reconnects)."""
    settings = Settings.load(config, secret_dirs=[])
    (imap,) = settings.sources.imap
    assert imap.oauth is not None
    db = open_database(settings.store.database_url())
    try:
        tokens = TokenRefresher(
            oauth_client(imap.name, imap.oauth), clock, watch=SignInRecorder(db, clock)
        )
        for _ in range(times):
            with contextlib.suppress(TokenRevoked):
                tokens.access_token()
            tokens.forget()
            clock.current += dt.timedelta(minutes=10)
    finally:
        db.close()


def sign_ins(config) -> list[SignInRow]:
    db = open_database(Settings.load(config, secret_dirs=[]).store.database_url())
    try:
        with db.session() as session:
            return list(session.query(SignInRow))
    finally:
        db.close()


def test_a_revoked_token_is_named_in_status_and_json_until_signed_in_again(
    signed_in_config, endpoint
):
    config = signed_in_config
    clock = HandClock()
    daemon_refreshes(config, clock, 1)
    assert invoke("status", "--config", str(config)).exit_code == 0, "a working token is fine"

    endpoint.revoked = True
    revoked_at = clock.current
    daemon_refreshes(config, clock, 3)  # three refusals: one revocation, from the first
    (row,) = sign_ins(config)
    assert row.revoked_at == revoked_at
    assert len(endpoint.refresh_tokens_seen) == 4

    text = invoke("status", "--config", str(config))
    assert text.exit_code == 1, text.output
    problem = next(line for line in text.output.splitlines() if line.startswith("unhealthy:"))
    assert problem.startswith("unhealthy: ministry: สิทธิ์เข้าสู่ระบบ google ถูกเพิกถอน")
    assert "ให้รัน `meetbot auth google ministry`" in problem
    assert "the google sign-in was revoked; run `meetbot auth google ministry`" in problem

    as_json = invoke("status", "--json", "--config", str(config))
    assert as_json.exit_code == 1
    report = json.loads(as_json.output)
    assert report["state"] == "unhealthy"
    (revoked,) = report["revoked_sign_ins"]
    assert revoked["account"] == "ministry"
    assert revoked["command"] == "meetbot auth google ministry"
    assert revoked["since"] == revoked_at.isoformat()
    assert "no longer accepts the stored refresh token" in revoked["error"]

    endpoint.revoked = False
    signed_in = invoke("auth", "google", "ministry", "--config", str(config))
    assert signed_in.exit_code == 0, signed_in.output
    after = invoke("status", "--json", "--config", str(config))
    assert after.exit_code == 0, after.output
    assert json.loads(after.output)["revoked_sign_ins"] == []
