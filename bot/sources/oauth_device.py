"""Signing in once with the device authorization grant (RFC 8628), for `meetbot auth`.

The office's IT person runs the command on the server, which has no browser: it prints a
short code and an address; they open the address on any computer, sign in with the
mailbox's account and type the code. Meanwhile the command polls the token endpoint at
the interval the provider asks for, and keeps the refresh token it finally receives as a
secret file (mode 0600). Google and Microsoft both offer this flow to installed apps.

authlib's OAuth2Session makes both requests and reads the token endpoint's errors; it
has no helper for the device authorization request itself (RFC 8628 section 3.1), a
plain form POST through the same client.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import requests
from authlib.integrations.requests_client import OAuth2Session, OAuthError

from bot.config.oauth_settings import OAuthSettings
from bot.errors import SourceError
from bot.sources.oauth import OAuthClient, oauth_client, store_refresh_token, token_session

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_SECONDS = 5  # RFC 8628 section 3.5: each slow_down adds this to the interval


@dataclass(frozen=True)
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    expires_in: float
    interval: float


def sign_in(
    account: str,
    oauth: OAuthSettings,
    tell: Callable[[str], None],
    *,
    sleep: Callable[[float], None] = time.sleep,
    timeout_seconds: float = 30.0,
) -> OAuthClient:
    """Run the device flow for `account` and store its refresh token; the client it is for."""
    client = oauth_client(account, oauth)
    _token_url, device_url, scope = oauth.endpoints()
    with token_session(client) as session:
        code = request_code(session, client, device_url, scope, timeout_seconds)
        tell(
            f"เปิด {code.verification_uri} แล้วใส่รหัส {code.user_code} เพื่ออนุญาตให้ meetbot "
            f"อ่านและส่งอีเมลของบัญชี {account}\n"
            f"Open {code.verification_uri} and enter the code {code.user_code} to let meetbot "
            f"read and send mail for {account}."
        )
        refresh_token = poll_for_refresh_token(
            session, client, code, sleep=sleep, timeout=timeout_seconds
        )
    store_refresh_token(client.refresh_token_file, refresh_token)
    return client


def request_code(
    session: OAuth2Session, client: OAuthClient, device_url: str, scope: str, timeout: float
) -> DeviceCode:
    form = {"client_id": client.client_id, "scope": scope}
    try:
        response = session.post(device_url, data=form, withhold_token=True, timeout=timeout)
        body = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise SourceError(f"{client.account}: {device_url} did not answer: {exc}") from exc
    # Google calls it verification_url, the RFC (and Microsoft) verification_uri.
    uri = body.get("verification_uri") or body.get("verification_url")
    if response.status_code != 200 or "device_code" not in body or not uri:
        raise SourceError(
            f"{client.account}: the device authorization endpoint refused: "
            f"HTTP {response.status_code} {body.get('error', '')}".rstrip()
        )
    return DeviceCode(
        device_code=str(body["device_code"]),
        user_code=str(body["user_code"]),
        verification_uri=str(uri),
        expires_in=float(str(body.get("expires_in", 1800))),
        interval=float(str(body.get("interval", 5))),
    )


def poll_for_refresh_token(
    session: OAuth2Session,
    client: OAuthClient,
    code: DeviceCode,
    *,
    sleep: Callable[[float], None],
    timeout: float,
) -> str:
    """Ask the token endpoint until the person has approved, declined, or the code expired."""
    interval, waited = code.interval, 0.0
    while waited <= code.expires_in:
        sleep(interval)
        waited += interval
        try:
            token = session.fetch_token(
                client.token_url,
                grant_type=DEVICE_GRANT,
                device_code=code.device_code,
                timeout=timeout,
            )
        except OAuthError as exc:
            if exc.error == "authorization_pending":
                continue
            if exc.error == "slow_down":
                interval += SLOW_DOWN_SECONDS
                continue
            if exc.error == "access_denied":
                raise SourceError(
                    f"{client.account}: the sign-in was declined; nothing was stored"
                ) from exc
            break  # expired_token, or an error the RFC does not let us wait out
        except requests.RequestException as exc:
            raise SourceError(
                f"{client.account}: {client.token_url} did not answer: {exc}"
            ) from exc
        if token.get("refresh_token"):
            return str(token["refresh_token"])
        raise SourceError(
            f"{client.account}: signed in, but {client.provider} gave no refresh token "
            "(ask for offline access in the scope)"
        )
    raise SourceError(
        f"{client.account}: the code expired before the sign-in was finished; run the "
        f"command again (`meetbot auth {client.provider} {client.account}`)"
    )
