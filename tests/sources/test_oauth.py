"""Access tokens refreshed before expiry and on a refusal, against a local stand-in for
the providers' token endpoint (RFC 6749 refresh grant); time is driven by hand."""

import datetime as dt
import json
import stat
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.sources.oauth import (
    AuthenticationRefused,
    OAuthClient,
    TokenRefresher,
    TokenRevoked,
    store_refresh_token,
)


@dataclass
class TokenEndpoint:
    url: str = ""
    lifetime_seconds: int = 1200  # 20 minutes
    revoked: bool = False
    rotate: bool = False
    issued: list[str] = field(default_factory=list)
    refresh_tokens_seen: list[str] = field(default_factory=list)


class Clock:
    def __init__(self) -> None:
        self.current = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.current


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    state = TokenEndpoint()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            form = urllib.parse.parse_qs(self.rfile.read(length).decode())
            state.refresh_tokens_seen.append(form["refresh_token"][0])
            if state.revoked or form["grant_type"] != ["refresh_token"]:
                self._answer(400, {"error": "invalid_grant", "error_description": "revoked"})
                return
            token = f"access-{len(state.issued) + 1}"
            state.issued.append(token)
            body = {"access_token": token, "expires_in": state.lifetime_seconds}
            if state.rotate:
                body["refresh_token"] = f"refresh-{len(state.issued) + 1}"
            self._answer(200, body)

        def _answer(self, code: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/token"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def refresher(endpoint, tmp_path):
    secret = tmp_path / "secrets" / "ministry.refresh_token"
    store_refresh_token(secret, "refresh-1")
    client = OAuthClient("ministry", "google", endpoint.url, "client-id", "client-secret", secret)
    clock = Clock()
    return TokenRefresher(client, clock), clock


def test_a_token_is_reused_until_shortly_before_it_expires(endpoint, refresher):
    tokens, clock = refresher
    assert tokens.access_token() == "access-1"
    clock.current += dt.timedelta(minutes=14)
    assert tokens.access_token() == "access-1"
    clock.current += dt.timedelta(minutes=2)  # 4 minutes left: under the 5-minute margin
    assert tokens.access_token() == "access-2"
    assert endpoint.refresh_tokens_seen == ["refresh-1", "refresh-1"]


def test_three_hours_of_twenty_minute_tokens_never_hand_out_an_expired_one(endpoint, refresher):
    tokens, clock = refresher
    issued_at: dict[str, dt.datetime] = {}
    for _ in range(3 * 60):  # one use a minute
        token = tokens.access_token()
        issued_at.setdefault(token, clock.current)
        assert clock.current < issued_at[token] + dt.timedelta(minutes=20)
        clock.current += dt.timedelta(minutes=1)
    assert 9 <= len(endpoint.issued) <= 12


def test_a_refused_token_is_refreshed_and_the_call_retried_once(endpoint, refresher):
    tokens, _clock = refresher
    seen = []

    def login(token: str) -> str:
        seen.append(token)
        if token == "access-1":
            raise AuthenticationRefused("AUTHENTICATE failed")
        return f"logged in with {token}"

    assert tokens.with_token(login) == "logged in with access-2"
    assert seen == ["access-1", "access-2"]

    def always_refused(token: str) -> str:
        seen.append(token)
        raise AuthenticationRefused("AUTHENTICATE failed")

    with pytest.raises(AuthenticationRefused):
        tokens.with_token(always_refused)
    assert seen[2:] == ["access-2", "access-3"], "one retry, not a loop"


def test_a_revoked_refresh_token_is_a_clear_error(endpoint, refresher):
    tokens, _clock = refresher
    endpoint.revoked = True
    with pytest.raises(TokenRevoked) as caught:
        tokens.access_token()
    message = str(caught.value)
    assert "ministry: google no longer accepts the stored refresh token" in message
    assert "meetbot auth google ministry" in message


def test_a_rotated_refresh_token_is_kept_readable_by_its_owner_only(endpoint, refresher):
    tokens, clock = refresher
    endpoint.rotate = True
    tokens.access_token()
    secret = tokens.client.refresh_token_file
    assert secret.read_text() == "refresh-2"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    clock.current += dt.timedelta(hours=1)
    tokens.access_token()
    assert endpoint.refresh_tokens_seen == ["refresh-1", "refresh-2"]
