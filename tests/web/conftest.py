"""The workspace served by uvicorn on 127.0.0.1 over a real meetbot: store, pipeline,
SMTP server; an invitation with a delegate, a forged one held for approval."""

from __future__ import annotations

import asyncio
import re
import shutil
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher

from bot.app import App
from bot.config.config_check import load_settings
from bot.services import users
from bot.services.users import Role, add_user
from bot.web.app import create_web_app
from tests.servers.smtp import running_smtp_server
from tests.test_approval import invitation, write_config
from tests.web.served import WorkspaceSlot, running_server

PASSWORD = "correct horse battery"
# The workspace is served over plain HTTP here, so no client checks a certificate: one TLS
# context made once spares each new client loading the CA bundle (some 25 ms, ~60 times).
CLIENT_TLS = ssl.create_default_context()
HOSTILE_SUBJECT = "<script>alert('x')</script> Invitation"


# argon2's defaults (64 MiB, three passes) cost a tenth of a second per hash and per log-in,
# several of each in every test here; these tests check who gets in, not how hard a hash is
# to break.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024)


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch):
    monkeypatch.setattr(users, "_hasher", CHEAP_HASHER)


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


def forged_invitation() -> bytes:
    raw = invitation(
        sender="events@asean-secretariat.example.net",
        message_id="forged-1@asean-secretariat.example.net",
        link="https://us06web.zoom.us.join-now.example/j/81234567890",
    )
    raw = raw.replace(b"5th Meeting of the ASEAN Example Working Group", b"2nd ASEAN Example Forum")
    return raw.replace(b"Subject: Invitation to the", f"Subject: {HOSTILE_SUBJECT}:".encode())


@pytest.fixture(scope="module")
def built_data(tmp_path_factory) -> Path:
    """The data folder of a meetbot that imported the two invitations, assigned somchai to
    both and added a user of each role: made once per module (reading, merging, drafting
    memos and calendar mail were most of each test's set-up), then copied for each test."""
    folder = tmp_path_factory.mktemp("built")
    (folder / "mail").mkdir()
    (folder / "mail" / "1-invitation.eml").write_bytes(invitation())
    (folder / "mail" / "2-forged.eml").write_bytes(forged_invitation())
    with running_smtp_server() as smtp, pytest.MonkeyPatch.context() as patch:
        patch.setattr(users, "_hasher", CHEAP_HASHER)
        app = App.open(load_settings(write_config(folder, smtp)))
        try:
            asyncio.run(app.import_path(folder / "mail"))
            asyncio.run(app.assign(1, ["somchai"], by="setup"))
            asyncio.run(app.assign(2, ["somchai"], by="setup"))
            now = app.clock.now()
            for role in Role:
                add_user(app.db, role.value, role, PASSWORD, now=now)
        finally:
            app.close()
    return folder / "var"


@pytest.fixture
def meetbot_app(tmp_path, smtp_server, built_data):
    """Meeting 1: trusted, delegate somchai assigned. Meeting 2: forged, held, somchai too.

    A copy of the module's built data with an SMTP server of its own: what a test changes
    stays in its test; the mail the set-up sent went to the module's server, so a test
    counts what reaches its own from the moment it starts."""
    shutil.copytree(built_data, tmp_path / "var")
    app = App.open(load_settings(write_config(tmp_path, smtp_server)))
    yield app
    app.close()


@pytest.fixture(scope="module")
def workspace_server() -> Iterator[tuple[str, WorkspaceSlot]]:
    """One uvicorn for the module's tests (the base URL), each test's workspace put in it."""
    slot = WorkspaceSlot()
    with running_server(slot) as base:
        yield base, slot


@pytest.fixture
def workspace(meetbot_app, workspace_server) -> Iterator[str]:
    base, slot = workspace_server
    slot.app = create_web_app(meetbot_app)
    yield base
    slot.app = None


@pytest.fixture
def browser_client(workspace):
    """New HTTP clients of the workspace, each with its own cookies; closed at the end."""
    made: list[httpx.Client] = []

    def new() -> httpx.Client:
        made.append(
            httpx.Client(base_url=workspace, follow_redirects=False, timeout=30, verify=CLIENT_TLS)
        )
        return made[-1]

    yield new
    for client in made:
        client.close()


@pytest.fixture
def logged_in(browser_client):
    def log_in(name: str) -> httpx.Client:
        return log_in_with(browser_client(), name)

    return log_in


def log_in_with(client: httpx.Client, name: str) -> httpx.Client:
    form = client.get("/login")
    token = csrf_of(form.text)
    answer = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token})
    assert answer.status_code == 303, answer.text
    return client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has a form with a CSRF token"
    return found.group(1)
