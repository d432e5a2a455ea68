"""SMTP over XOAUTH2 with a refreshed token (issue 18, item 1), against an aiosmtpd server
that accepts only the access token the local token endpoint issued last."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from aiosmtpd.smtp import AuthResult

from bot.actions.mailer import Mailer
from bot.config.oauth_settings import OAuthSettings
from bot.config.settings import Settings, SmtpSettings, TlsMode
from bot.errors import DeliveryError
from bot.health import health
from bot.sources.oauth import TokenRefresher, oauth_client, store_refresh_token
from bot.sources.sign_ins import SignInRecorder
from bot.store.database import open_database
from tests.servers.oauth_endpoint import TokenEndpoint, serve_token_endpoint
from tests.servers.smtp import AnyPortController

RAW = b"From: desk@example.org\r\nTo: a@example.org\r\nSubject: t\r\n\r\nbody\r\n"


@dataclass
class XOAuth2Handler:
    accepted: set[str] = field(default_factory=set)
    offered: list[str] = field(default_factory=list)
    delivered: int = 0

    async def auth_XOAUTH2(self, server: object, args: list[str]) -> AuthResult:
        decoded = base64.b64decode(args[1]).decode()
        token = decoded.split("auth=Bearer ", 1)[1].rstrip("\x01")
        self.offered.append(token)
        return AuthResult(success=token in self.accepted, handled=False)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.delivered += 1
        return "250 2.0.0 OK"


class HandClock:
    current = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.current


@pytest.fixture
def smtp() -> Iterator[tuple[XOAuth2Handler, int]]:
    handler = XOAuth2Handler()
    controller = AnyPortController(handler, auth_require_tls=False)
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


@pytest.fixture
def endpoint(smtp) -> Iterator[TokenEndpoint]:
    handler, _port = smtp
    with serve_token_endpoint() as state:

        def accept_newest_only() -> None:
            handler.accepted.clear()
            handler.accepted.add(state.issued[-1])

        state.on_issue = accept_newest_only
        yield state


@pytest.fixture
def mailer(smtp, endpoint, tmp_path) -> Mailer:
    _handler, port = smtp
    oauth = OAuthSettings(
        provider="microsoft",
        client_id="client-id",
        token_url=endpoint.url,
        refresh_token_file=tmp_path / "smtp.refresh_token",
    )
    store_refresh_token(tmp_path / "smtp.refresh_token", "refresh-1")
    settings = SmtpSettings(
        host="127.0.0.1", port=port, tls=TlsMode.NONE, username="desk@example.org", oauth=oauth
    )
    return Mailer(settings, tokens=TokenRefresher(oauth_client("smtp", oauth), HandClock()))


async def send(mailer: Mailer) -> None:
    async with mailer.connect() as connection:
        assert await connection.send(RAW, ["a@example.org"]) == []


async def test_mail_goes_out_with_a_fresh_token_reused_while_valid(smtp, endpoint, mailer):
    handler, _port = smtp
    await send(mailer)
    await send(mailer)
    assert handler.delivered == 2
    assert handler.offered == ["access-1", "access-1"]
    assert endpoint.issued == ["access-1"]


async def test_a_refused_token_is_refreshed_and_the_login_retried_once(smtp, endpoint, mailer):
    handler, _port = smtp
    await send(mailer)
    handler.accepted.clear()  # the provider revoked the access token early
    endpoint.on_issue = lambda: handler.accepted.add(endpoint.issued[-1])
    await send(mailer)
    assert handler.offered == ["access-1", "access-1", "access-2"]
    assert handler.delivered == 2


async def test_a_revoked_refresh_token_is_a_delivery_error_naming_the_command(endpoint, mailer):
    endpoint.revoked = True
    with pytest.raises(DeliveryError, match="sign in again with `meetbot auth microsoft smtp`"):
        await send(mailer)


async def test_a_revoked_smtp_sign_in_is_in_status_with_the_command(endpoint, mailer, tmp_path):
    store = {"url": f"sqlite:///{tmp_path}/m.db"}
    settings = Settings(data_dir=tmp_path / "data", store=store, smtp=mailer.settings)
    db = open_database(settings.store.database_url())
    clock = HandClock()
    mailer._tokens = TokenRefresher(  # the daemon's refresher: recorded in the store
        oauth_client("smtp", mailer.settings.oauth), clock, watch=SignInRecorder(db, clock)
    )
    endpoint.revoked = True
    with pytest.raises(DeliveryError):
        await send(mailer)
    password = settings.model_copy(update={"smtp": SmtpSettings(host="127.0.0.1")})
    try:
        with db.session() as session:
            report = health(session, settings, clock.now())
            after_switch = health(session, password, clock.now())
    finally:
        db.close()
    assert not report.healthy
    (revoked,) = report.revoked_sign_ins
    assert (revoked.account, revoked.command) == ("smtp", "meetbot auth microsoft smtp")
    assert report.problems()[0].startswith("smtp: สิทธิ์เข้าสู่ระบบ microsoft ถูกเพิกถอน")
    assert after_switch.revoked_sign_ins == (), "SMTP no longer signs in with OAuth"
