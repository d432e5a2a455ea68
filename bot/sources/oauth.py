"""OAuth2 access tokens for XOAUTH2 (Gmail, Microsoft 365), refreshed before they expire.

Providers hand out access tokens that last about an hour and a long-lived refresh
token; the refresh token is a secret kept in a file (mode 0600, under
``data_dir/secrets`` unless the configuration points elsewhere). An access token is
refreshed `margin` before its expiry, and once more when the server refuses it
anyway (a token revoked early, a clock that drifted): `with_token` retries the call
exactly once. A refresh token the provider no longer accepts (revoked, expired,
password changed) is `TokenRevoked`, whose message says what to run; the daemon's
`SignInWatch` keeps it for `meetbot status` and tells the office once.

The token requests are authlib's OAuth2Session (one code path for Google and Microsoft:
only the token endpoint and the client differ); the expiry is counted on our own
clock, so tests can drive time by hand.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from bot.config.data_paths import DEFAULT_DATA_DIR
from bot.config.oauth_settings import OAuthSettings, default_refresh_token_file
from bot.errors import SourceError
from bot.files import write_whole
from bot.types import Clock, SystemClock

if TYPE_CHECKING:
    from authlib.integrations.requests_client import OAuth2Session

T = TypeVar("T")

DEFAULT_MARGIN = dt.timedelta(minutes=5)


class TokenRevoked(SourceError):
    """The provider no longer accepts the refresh token: a person must sign in again."""


class AuthenticationRefused(SourceError):
    """The server refused the access token (raised by the caller's `call`)."""


@dataclass(frozen=True)
class OAuthClient:
    account: str  # the account's name in the configuration, for messages
    provider: str  # "google" or "microsoft", for the command that signs in again
    token_url: str
    client_id: str
    client_secret: str | None
    refresh_token_file: Path


class SignInWatch(Protocol):
    """Told how each refresh went: the daemon records it for `meetbot status`."""

    def refreshed(self, client: OAuthClient) -> None: ...

    def revoked(self, client: OAuthClient, error: TokenRevoked) -> None: ...


@dataclass(frozen=True)
class AccessToken:
    value: str
    expires_at: dt.datetime


class TokenRefresher:
    def __init__(
        self,
        client: OAuthClient,
        clock: Clock,
        *,
        margin: dt.timedelta = DEFAULT_MARGIN,
        timeout_seconds: float = 30.0,
        watch: SignInWatch | None = None,
    ) -> None:
        self.client = client
        self._watch = watch
        self._clock = clock
        self._margin = margin
        self._timeout = timeout_seconds
        self._token: AccessToken | None = None
        self._lock = threading.Lock()  # the watcher threads of one account share a token

    def access_token(self) -> str:
        """A token valid for at least `margin` more, refreshed when it is not."""
        with self._lock:
            token = self._token
            if token is None or self._clock.now() >= token.expires_at - self._margin:
                token = self._refresh()
            return token.value

    def with_token(self, call: Callable[[str], T]) -> T:
        """`call(token)`; when it raises AuthenticationRefused, refresh and retry once."""
        try:
            return call(self.access_token())
        except AuthenticationRefused:
            self.forget()
            return call(self.access_token())

    def forget(self) -> None:
        """Drop the access token the server refused, so the next one is fresh."""
        with self._lock:
            self._token = None

    def _refresh(self) -> AccessToken:
        try:
            token = self._request_token()
        except TokenRevoked as exc:
            if self._watch is not None:
                self._watch.revoked(self.client, exc)
            raise
        if self._watch is not None:
            self._watch.refreshed(self.client)
        return token

    def _request_token(self) -> AccessToken:
        # requests and authlib hold ~20 MB: a daemon signing in with a password never needs them.
        import requests
        from authlib.integrations.requests_client import OAuthError

        client = self.client
        refresh_token = self._stored_refresh_token()
        try:
            with token_session(client) as session:
                answer = session.refresh_token(
                    client.token_url, refresh_token=refresh_token, timeout=self._timeout
                )
        except OAuthError as exc:
            if exc.error == "invalid_grant":
                raise TokenRevoked(
                    f"{client.account}: {client.provider} no longer accepts the stored refresh "
                    f"token (revoked or expired: {exc.description or exc.error}); "
                    f"sign in again with `meetbot auth {client.provider} {client.account}`"
                ) from exc
            why = f"{exc.error} {exc.description or ''}".rstrip()
            raise SourceError(f"{client.account}: token refresh failed: {why}") from exc
        except requests.RequestException as exc:  # no answer, or a gateway's error page
            raise SourceError(
                f"{client.account}: the token endpoint did not answer: {exc}"
            ) from exc
        if "access_token" not in answer:
            raise SourceError(f"{client.account}: token refresh answered without a token")
        if answer.get("refresh_token", refresh_token) != refresh_token:
            store_refresh_token(client.refresh_token_file, str(answer["refresh_token"]))
        lifetime = dt.timedelta(seconds=float(str(answer.get("expires_in", 3600))))
        self._token = AccessToken(str(answer["access_token"]), self._clock.now() + lifetime)
        return self._token

    def _stored_refresh_token(self) -> str:
        try:
            return self.client.refresh_token_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError as exc:
            raise TokenRevoked(
                f"{self.client.account}: no refresh token at {self.client.refresh_token_file}; "
                f"sign in with `meetbot auth {self.client.provider} {self.client.account}`"
            ) from exc


def oauth_client(account: str, oauth: OAuthSettings) -> OAuthClient:
    """The client for an account's `oauth` table (the settings fill in the token file)."""
    token_url, _device_url, _scope = oauth.endpoints()
    secret = oauth.client_secret.get_secret_value() if oauth.client_secret else None
    token_file = oauth.refresh_token_file or default_refresh_token_file(DEFAULT_DATA_DIR, account)
    return OAuthClient(account, oauth.provider, token_url, oauth.client_id, secret, token_file)


def token_session(client: OAuthClient) -> OAuth2Session:
    """authlib's client for the token endpoint: a public client (Microsoft's, the device
    flow's) names itself in the form, a confidential one (Google's installed app) adds its
    secret there too, as both providers accept."""
    from authlib.integrations.requests_client import OAuth2Session

    method = "client_secret_post" if client.client_secret else "none"
    return OAuth2Session(
        client_id=client.client_id,
        client_secret=client.client_secret,
        token_endpoint_auth_method=method,
    )


class ProcessSignIns:
    """The one owner of the process's `SignInWatch`: every shared refresher tells it, and
    it passes each refresh on to the watch set at that moment (the daemon's while it runs,
    none in a command), so a refresher made before the daemon set it reports too."""

    def __init__(self) -> None:
        self.watch: SignInWatch | None = None

    def refreshed(self, client: OAuthClient) -> None:
        if (watch := self.watch) is not None:
            watch.refreshed(client)

    def revoked(self, client: OAuthClient, error: TokenRevoked) -> None:
        if (watch := self.watch) is not None:
            watch.revoked(client, error)


_shared: dict[OAuthClient, TokenRefresher] = {}
_shared_lock = threading.Lock()
_sign_ins = ProcessSignIns()


def shared_refresher(client: OAuthClient) -> TokenRefresher:
    """One refresher per account for the whole process: a reconnect, or a second folder's
    watcher, reuses the access token instead of asking for another."""
    with _shared_lock:
        if client not in _shared:
            _shared[client] = TokenRefresher(client, SystemClock(), watch=_sign_ins)
        return _shared[client]


def watch_sign_ins(watch: SignInWatch | None) -> None:
    """Tell `watch` about every refresh of this process's accounts from now on."""
    _sign_ins.watch = watch


def store_refresh_token(path: Path, token: str) -> None:
    """Write the secret readable by its owner only, replacing the old one atomically."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_whole(path, token, mode=0o600)
