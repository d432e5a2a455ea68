"""A local stand-in for Google's and Microsoft's OAuth endpoints: the refresh grant
(RFC 6749 section 6) and the device authorization grant (RFC 8628).

Tokens are numbered (`access-1`, `access-2`, ...) and each is recorded with the time of
`clock` when it was issued, so a test driving time by hand knows which are still valid.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.servers.threaded_http import serving

Answer = tuple[int, dict[str, object]]  # HTTP status, JSON body
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class HandClock:
    """Time for the refresher and the stand-in, moved by hand: hours pass in a moment."""

    def __init__(self) -> None:
        self.current = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.current


@dataclass
class TokenEndpoint:
    url: str = ""  # the token endpoint
    device_url: str = ""  # the device authorization endpoint
    lifetime_seconds: int = 1200  # 20 minutes
    revoked: bool = False
    gateway_down: bool = False  # a proxy's HTML error page instead of the endpoint's JSON
    rotate: bool = False
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
    issued: list[str] = field(default_factory=list)
    issued_at: dict[str, dt.datetime] = field(default_factory=dict)
    refresh_tokens_seen: list[str] = field(default_factory=list)
    on_issue: Callable[[], None] = lambda: None  # told after each token, e.g. by a server
    # Device flow: how many polls answer authorization_pending before the person "approves";
    # None: the person declines.
    pending_polls: int | None = 2
    device_polls: int = 0
    device_forms: list[dict[str, str]] = field(default_factory=list)

    def valid_at(self, now: dt.datetime) -> list[str]:
        lifetime = dt.timedelta(seconds=self.lifetime_seconds)
        return [t for t, at in self.issued_at.items() if now < at + lifetime]

    def issue(self) -> dict[str, object]:
        token = f"access-{len(self.issued) + 1}"
        self.issued.append(token)
        self.issued_at[token] = self.clock()
        self.on_issue()
        return {"access_token": token, "expires_in": self.lifetime_seconds}


def _answer_refresh(state: TokenEndpoint, form: dict[str, str]) -> Answer:
    state.refresh_tokens_seen.append(form.get("refresh_token", ""))
    if state.revoked or form.get("grant_type") != "refresh_token":
        return 400, {"error": "invalid_grant", "error_description": "revoked"}
    body = state.issue()
    if state.rotate:
        body["refresh_token"] = f"refresh-{len(state.issued) + 1}"
    return 200, body


def _answer_device_poll(state: TokenEndpoint, form: dict[str, str]) -> Answer:
    if form.get("device_code") != "device-code-1":
        return 400, {"error": "invalid_grant"}
    state.device_polls += 1
    if state.pending_polls is None:
        return 400, {"error": "access_denied"}
    if state.device_polls <= state.pending_polls:
        return 400, {"error": "authorization_pending"}
    return 200, {**state.issue(), "refresh_token": "refresh-from-device"}


@contextmanager
def serve_token_endpoint(state: TokenEndpoint | None = None) -> Iterator[TokenEndpoint]:
    state = state or TokenEndpoint()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            pairs = urllib.parse.parse_qsl(self.rfile.read(length).decode())
            form = dict(pairs)
            if state.gateway_down:
                page = b"<html><body>502 Bad Gateway</body></html>"
                self.send_response(502)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
            elif self.path == "/device":
                state.device_forms.append(form)
                self._answer(200, {
                    "device_code": "device-code-1",
                    "user_code": "WDJB-MJHT",
                    "verification_uri": "https://example.org/device",
                    "expires_in": 1800,
                    "interval": 0,
                })  # fmt: skip
            elif form.get("grant_type") == DEVICE_GRANT:
                self._answer(*_answer_device_poll(state, form))
            else:
                self._answer(*_answer_refresh(state, form))

        def _answer(self, code: int, body: dict[str, object]) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    with serving(Handler) as server:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        state.url, state.device_url = f"{base}/token", f"{base}/device"
        yield state
