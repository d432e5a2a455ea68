"""`review.before_invites` through the real pipeline, store and SMTP server: a delegate's
invitation waits in the outbox while a value of the meeting needs review, and goes when
a person has confirmed or corrected the last one."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config.config_check import load_settings
from bot.meetings.review import values_to_review
from bot.services.corrections import confirm_value, correct_field
from bot.store.tables import OutboxRow
from tests.servers.smtp import SmtpServer, running_smtp_server
from tests.test_approval import invitation, write_config


def doubtful_invitation(**changes: str) -> bytes:
    """The invitation with a weekday that does not fit its date: extraction doubts the
    start (and the end on the same day)."""
    day = dt.date.today() + dt.timedelta(days=60)
    wrong = (day + dt.timedelta(days=1)).strftime("%A")
    text = invitation(**changes).decode()
    dated = f"on {day.day} {day:%B %Y}"
    assert dated in text
    return text.replace(dated, f"on {wrong}, {day.day} {day:%B %Y}").encode()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        yield server


def open_assigned(tmp_path: Path, smtp: SmtpServer, mail: bytes, extra: str = "") -> App:
    (tmp_path / "invitation.eml").write_bytes(mail)
    app = App.open(load_settings(write_config(tmp_path, smtp, extra)))
    asyncio.run(app.import_path(tmp_path / "invitation.eml"))
    asyncio.run(app.assign(1, ["somchai"], by="test"))
    return app


def itip_states(app: App) -> set[tuple[str, str | None]]:
    """(status, held_for) of the live invitation rows."""
    with app.db.session() as session:
        rows = session.scalars(
            select(OutboxRow).where(OutboxRow.kind == "itip", OutboxRow.status != "superseded")
        ).all()
        return {(row.status, row.held_for) for row in rows}


def doubtful_fields(app: App) -> list[str]:
    with app.db.session() as session:
        return [v.field for v in values_to_review(session, 1, app.settings.review.threshold)]


def test_the_invitation_waits_until_the_last_doubtful_value_is_confirmed(tmp_path, smtp_server):
    app = open_assigned(tmp_path, smtp_server, doubtful_invitation())
    try:
        doubtful = doubtful_fields(app)
        assert "start" in doubtful
        assert itip_states(app) == {("held", "review")}
        assert smtp_server.received == []

        for field in doubtful:
            assert smtp_server.received == [], f"held while {field} is unchecked"
            asyncio.run(confirm_value(app, 1, field, by="officer"))

        assert doubtful_fields(app) == []
        assert itip_states(app) == {("sent", None)}
        assert {r for mail in smtp_server.received for r in mail.recipients} == {
            "somchai@example.org"
        }
    finally:
        app.close()


def test_a_correction_counts_as_review(tmp_path, smtp_server):
    app = open_assigned(tmp_path, smtp_server, doubtful_invitation())
    try:
        day = dt.date.today() + dt.timedelta(days=60)
        for field in doubtful_fields(app):
            if field in ("start", "end"):
                hour = "09:00" if field == "start" else "12:00"
                asyncio.run(correct_field(app, 1, field, f"{day} {hour}", by="officer"))
            else:
                asyncio.run(confirm_value(app, 1, field, by="officer"))
        assert ("sent", None) in itip_states(app)
        assert ("held", "review") not in itip_states(app)
        assert smtp_server.received
    finally:
        app.close()


def test_without_the_setting_the_invitation_goes_at_once(tmp_path, smtp_server):
    app = open_assigned(
        tmp_path, smtp_server, doubtful_invitation(), "[review]\nbefore_invites = false"
    )
    try:
        assert "start" in doubtful_fields(app), "the value is still doubtful"
        assert itip_states(app) == {("sent", None)}
        assert smtp_server.received
    finally:
        app.close()


def test_approval_leaves_the_invitation_held_for_review(tmp_path, smtp_server):
    untrusted = doubtful_invitation(sender="events@asean-example.net")
    app = open_assigned(tmp_path, smtp_server, untrusted)
    try:
        assert itip_states(app) == {("held", "approval")}
        _approval, released = asyncio.run(app.approve(1, by="approver"))

        assert released == 0
        assert itip_states(app) == {("held", "review")}
        assert smtp_server.received == []

        for field in doubtful_fields(app):
            asyncio.run(confirm_value(app, 1, field, by="officer"))
        assert itip_states(app) == {("sent", None)}
    finally:
        app.close()


def test_the_command_line_confirms_through_the_same_service(tmp_path, smtp_server):
    from typer.testing import CliRunner

    from bot.cli import _register, app

    opened = open_assigned(tmp_path, smtp_server, doubtful_invitation())
    doubtful = doubtful_fields(opened)
    opened.close()
    assert smtp_server.received == []
    _register()
    config = str(tmp_path / "meetbot.toml")
    for field in doubtful:
        done = CliRunner().invoke(app, ["correct", "1", field, "--confirm", "-c", config])
        assert done.exit_code == 0, done.output
        assert f"meeting 1: {field} confirmed" in done.output
    assert smtp_server.received, "the last confirmation let the invitation go"
