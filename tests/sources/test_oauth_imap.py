"""IMAP over XOAUTH2 with refreshed tokens, against a Dovecot that accepts only the access
tokens the local token endpoint issued and that have not expired yet.

Dovecot's XOAUTH2 mechanism hands the bearer token to its passdb like a password; a
checkpassword script compares it with the file of valid tokens, which the test rewrites
as its hand-driven clock moves. Time is simulated: three hours take a few seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

from bot import app as app_module
from bot.actions.reminders.runtime import Wiring
from bot.app import App
from bot.config.oauth_settings import OAuthSettings
from bot.errors import SourceError
from bot.health import health
from bot.sources.imap import ImapConnection
from bot.sources.oauth import TokenRefresher, TokenRevoked, oauth_client, store_refresh_token
from tests.servers.dovecot import Dovecot
from tests.servers.oauth_endpoint import TokenEndpoint, serve_token_endpoint
from tests.sources.helpers import (
    account,
    append,
    checks,
    message,
    settings_for,
    stored_count,
    wait_for,
)

pytestmark = pytest.mark.dovecot

POSTMAN = "postman-secret"  # the password the test delivers mail with
# Dovecot runs the script as its own user, which may not enter our virtualenv.
SYSTEM_PYTHON = "/usr/bin/python3"

CHECKPASSWORD = """#!{python}
import os, sys
fields = os.read(3, 4096).split(b"\\0")
valid = open({tokens!r}, "rb").read().split()
if fields[1] in valid:
    os.execv(sys.argv[1], sys.argv[1:])
with open({refused!r}, "ab") as refused:
    refused.write(fields[1] + b"\\n")
sys.exit(1)
"""


class HandClock:
    def __init__(self) -> None:
        self.current = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.current


class TokenDovecot:
    """Dovecot plus the file of the tokens it accepts."""

    def __init__(self, server: Dovecot, tokens: Path, refused: Path) -> None:
        self.server = server
        self._tokens = tokens
        self._refused = refused

    def refused(self) -> list[str]:
        """The tokens the server turned away since the last call."""
        seen = self._refused.read_text().split()
        self._refused.write_text("")
        return seen

    def accept(self, tokens: list[str]) -> None:
        partial = self._tokens.with_name("tokens.new")
        partial.write_text("\n".join([POSTMAN, *tokens]) + "\n")
        partial.replace(self._tokens)


@pytest.fixture
def token_dovecot() -> Iterator[TokenDovecot]:
    # One server per test: Dovecot delays logins from an address that was refused
    # (its auth penalty), which would slow the next test down to a timeout.
    folder = Path(tempfile.mkdtemp(prefix="meetbot-tokens-"))
    folder.chmod(0o755)
    tokens = folder / "tokens"
    refused = folder / "refused"
    refused.touch()
    refused.chmod(0o666)  # written by Dovecot's own user
    script = folder / "checkpassword"
    script.write_text(
        CHECKPASSWORD.format(python=SYSTEM_PYTHON, tokens=str(tokens), refused=str(refused))
    )
    script.chmod(0o755)
    server = Dovecot(checkpassword=script)
    handle = TokenDovecot(server, tokens, refused)
    handle.accept([])
    server.start()
    yield handle
    server.close()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def endpoint(clock: HandClock) -> Iterator[TokenEndpoint]:
    with serve_token_endpoint(TokenEndpoint(clock=clock.now)) as state:
        yield state


@pytest.fixture
def mailbox(token_dovecot, endpoint, clock, tmp_path, user):
    # The server accepts what the endpoint issued and has not expired, from the moment it
    # is issued.
    endpoint.on_issue = lambda: token_dovecot.accept(endpoint.valid_at(clock.current))
    oauth = OAuthSettings(
        provider="google",
        client_id="client-id",
        token_url=endpoint.url,
        refresh_token_file=tmp_path / "secrets" / f"{user.name}.refresh_token",
    )
    store_refresh_token(oauth.refresh_token_file, "refresh-1")
    acct = account(token_dovecot.server, user.name, None, oauth=oauth)
    tokens = TokenRefresher(oauth_client(acct.name, oauth), clock)
    return acct, tokens


def check(acct, tokens, last_uid: int) -> list[int]:
    """One check as the watcher makes it: log in, look for new mail, read it, log out."""
    connection = ImapConnection(acct, timeout=5, tokens=tokens)
    connection.connect()
    try:
        connection.select("INBOX")
        uids = connection.uids_after(last_uid)
        raw = connection.fetch_raw(uids)
        assert all(b"Message-ID" in body for body in raw.values())
        return uids
    finally:
        connection.close()


def test_three_hours_of_twenty_minute_tokens_keep_reading_mail(
    token_dovecot, endpoint, clock, mailbox, user
):
    acct, tokens = mailbox
    token_dovecot.refused()
    read: list[int] = []
    for _ in range(3 * 60 // 10):  # a check every 10 simulated minutes
        append(token_dovecot.server, user.name, POSTMAN, message())
        token_dovecot.accept(endpoint.valid_at(clock.current))
        read += check(acct, tokens, read[-1] if read else 0)
        clock.current += dt.timedelta(minutes=10)
    assert read == list(range(1, 19)), "every message read, in order"
    # Refreshed ahead of expiry, not after a refusal: 180 min / 20-min tokens used for 15-20.
    assert 9 <= len(endpoint.issued) <= 12
    assert endpoint.refresh_tokens_seen == ["refresh-1"] * len(endpoint.issued)
    assert token_dovecot.refused() == [], "no login ever offered an expired token"


def test_a_token_the_server_refuses_early_is_replaced_and_the_login_retried(
    token_dovecot, endpoint, clock, mailbox, user
):
    acct, tokens = mailbox
    token_dovecot.refused()
    append(token_dovecot.server, user.name, POSTMAN, message())
    tokens.access_token()  # access-1, then revoked by the server before its expiry
    endpoint.issued_at.clear()
    token_dovecot.accept([])
    assert check(acct, tokens, 0) == [1]
    assert endpoint.issued == ["access-1", "access-2"]
    assert token_dovecot.refused() == ["access-1"]


def test_a_revoked_refresh_token_says_which_command_signs_in_again(
    token_dovecot, endpoint, mailbox
):
    acct, tokens = mailbox
    endpoint.revoked = True
    connection = ImapConnection(acct, timeout=5, tokens=tokens)
    with pytest.raises(TokenRevoked) as caught:
        connection.connect()
    assert f"sign in again with `meetbot auth google {acct.name}`" in str(caught.value)


def test_refused_twice_is_a_login_error_not_a_loop(token_dovecot, endpoint, mailbox):
    acct, tokens = mailbox
    token_dovecot.refused()
    endpoint.on_issue = lambda: None
    token_dovecot.accept([])  # the server accepts no token at all
    connection = ImapConnection(acct, timeout=5, tokens=tokens)
    with pytest.raises(SourceError, match="XOAUTH2 login refused"):
        connection.connect()
    assert endpoint.issued == ["access-1", "access-2"]
    assert token_dovecot.refused() == ["access-1", "access-2"]


async def test_a_revoked_token_is_the_status_problem_and_one_notice_to_the_office(
    token_dovecot, endpoint, user, tmp_path, monkeypatch
):
    """The watcher keeps retrying (every 0.2 to 1 s here); the office's channel (the
    console, no chat being set up) is told once, Thai first, with the command to run, as
    soon as the revocation is recorded: no look of the daemon's comes during the test."""
    monkeypatch.setattr(app_module, "ACTION_RETRY_EVERY_SECONDS", 3600.0)
    endpoint.revoked = True
    oauth = OAuthSettings(provider="google", client_id="client-id", token_url=endpoint.url)
    acct = account(token_dovecot.server, user.name, None, oauth=oauth)
    settings = settings_for(tmp_path, acct)
    store_refresh_token(tmp_path / "data" / "secrets" / f"{user.name}.refresh_token", "refresh-1")
    console = io.StringIO()
    app = App.open(settings, reminders=Wiring(console=console))
    task = asyncio.create_task(app.run())
    try:
        await wait_for(lambda: any(row.last_error for row in checks(app)), "the error recorded")
        await wait_for(lambda: "sign-in-revoked:" in console.getvalue(), "the notice")
        await wait_for(lambda: len(endpoint.refresh_tokens_seen) >= 4, "three more refusals")
        await app.reminder_service.notices.tell_revoked_sign_ins()  # as the daemon's next look does
    finally:
        app.stop.set()
        await asyncio.wait_for(task, 30)
    with app.db.session() as session:
        problems = health(session, settings, dt.datetime.now(dt.UTC)).problems()
    app.close()
    command = f"meetbot auth google {user.name}"
    assert any(p.startswith(f"{user.name}: สิทธิ์เข้าสู่ระบบ google ถูกเพิกถอน") for p in problems)
    assert any(f"run `{command}`" in p for p in problems)
    told = console.getvalue()
    assert told.count("sign-in-revoked:") == 1, told
    notice = told[told.index("sign-in-revoked:") :]
    assert notice.index("ต้องเข้าสู่ระบบบัญชีอีเมลใหม่") < notice.index("must be signed in again")
    assert f"บัญชี {user.name}: Google ไม่ยอมรับสิทธิ์เข้าถึงของ meetbot แล้ว" in notice
    assert f"   {command}\n" in notice
    assert "เวลาประเทศไทย" in notice


async def test_the_daemon_reads_mail_through_three_hours_of_twenty_minute_tokens(
    token_dovecot, endpoint, user, tmp_path
):
    """The whole daemon (`meetbot run --once` every 10 simulated minutes), its clock and
    the token endpoint's moved by time-machine; the refresher is the daemon's own."""
    oauth = OAuthSettings(provider="google", client_id="client-id", token_url=endpoint.url)
    acct = account(token_dovecot.server, user.name, None, oauth=oauth)
    store_refresh_token(tmp_path / "data" / "secrets" / f"{user.name}.refresh_token", "refresh-1")
    # The stand-in's threads are told the time by hand: time-machine's travel is not
    # seen by a thread that was already running.
    clock = HandClock()
    endpoint.clock = clock.now
    endpoint.on_issue = lambda: token_dovecot.accept(endpoint.valid_at(clock.current))
    token_dovecot.refused()
    app = App.open(settings_for(tmp_path, acct))
    start = clock.current
    try:
        with time_machine.travel(start, tick=False):
            await app.run(once=True)  # the first connect: mail from here on is new
        for step in range(1, 3 * 60 // 10 + 1):
            clock.current = start + dt.timedelta(minutes=10 * step)
            with time_machine.travel(clock.current, tick=False):
                append(token_dovecot.server, user.name, POSTMAN, message(f"step {step}"))
                token_dovecot.accept(endpoint.valid_at(clock.current))
                await app.run(once=True)
                assert stored_count(app.db) == step, f"mail read at minute {10 * step}"
    finally:
        app.close()
    assert 9 <= len(endpoint.issued) <= 12
    assert token_dovecot.refused() == [], "no login ever offered an expired token"
