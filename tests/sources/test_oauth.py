"""Access tokens refreshed before expiry and on a refusal, against a local stand-in for
the providers' token endpoint (RFC 6749 refresh grant); time is driven by hand."""

import datetime as dt
import stat
from collections.abc import Iterator

import pytest

from bot.errors import SourceError
from bot.sources.oauth import (
    AuthenticationRefused,
    OAuthClient,
    TokenRefresher,
    TokenRevoked,
    shared_refresher,
    store_refresh_token,
    watch_sign_ins,
)
from tests.servers.oauth_endpoint import TokenEndpoint, serve_token_endpoint


class Clock:
    def __init__(self) -> None:
        self.current = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.current


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    with serve_token_endpoint() as state:
        yield state


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


class Watch:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def refreshed(self, client: OAuthClient) -> None:
        self.seen.append(f"refreshed {client.account}")

    def revoked(self, client: OAuthClient, error: TokenRevoked) -> None:
        self.seen.append(f"revoked {client.account}")


def test_a_gateway_error_page_is_a_passing_failure_not_a_revocation(endpoint, refresher):
    tokens, clock = refresher
    watch = Watch()
    tokens = TokenRefresher(tokens.client, clock, watch=watch)
    endpoint.gateway_down = True
    with pytest.raises(SourceError, match=r"the token endpoint did not answer: .*502") as caught:
        tokens.access_token()
    assert not isinstance(caught.value, TokenRevoked)
    endpoint.gateway_down = False
    assert tokens.access_token() == "access-1"
    endpoint.revoked = True
    tokens.forget()
    with pytest.raises(TokenRevoked):
        tokens.access_token()
    assert watch.seen == ["refreshed ministry", "revoked ministry"]


def test_a_shared_refresher_tells_the_watch_set_when_it_refreshes(endpoint, tmp_path):
    """The process's refreshers ask its one watch at each refresh: one made before the
    daemon set its watch reports to it, and to none once the daemon unset it."""
    secret = tmp_path / "secrets" / "shared.refresh_token"
    store_refresh_token(secret, "refresh-1")
    client = OAuthClient("shared", "google", endpoint.url, "client-id", "client-secret", secret)
    tokens = shared_refresher(client)
    watch = Watch()
    watch_sign_ins(watch)
    try:
        tokens.access_token()
        assert shared_refresher(client) is tokens
        endpoint.revoked = True
        tokens.forget()
        with pytest.raises(TokenRevoked):
            tokens.access_token()
    finally:
        watch_sign_ins(None)
    with pytest.raises(TokenRevoked):
        tokens.access_token()
    assert watch.seen == ["refreshed shared", "revoked shared"]
