"""Detaching a message and merging meetings through the real pipeline and store: the
record is rebuilt, delegates follow, and reprocessing does not undo it."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config.config_check import load_settings
from bot.meetings.repository import load_meeting
from bot.services.regroup import detach_message, merge_meetings
from bot.store.tables import MessageRow
from tests.servers.smtp import running_smtp_server
from tests.test_approval import invitation, write_config

OTHER_TITLE = b"2nd ASEAN Example Forum"


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def daemon(tmp_path, smtp_server):
    """Meeting 1 with a follow-up moving it to 10:00; meeting 2, another meeting."""
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "1.eml").write_bytes(invitation())
    (mail / "2.eml").write_bytes(
        invitation(
            message_id="r@asean.example.org",
            in_reply_to="invitation-1@asean.example.org",
            start="10:00",
        )
    )
    other = invitation(message_id="forum@asean.example.org").replace(
        b"5th Meeting of the ASEAN Example Working Group", OTHER_TITLE
    )
    (mail / "3.eml").write_bytes(other)
    app = App.open(load_settings(write_config(tmp_path, smtp_server)))
    asyncio.run(app.import_path(mail))
    yield app
    app.close()


def reprocess_all(app: App) -> None:
    with app.db.session() as session:
        pks = list(session.scalars(select(MessageRow.id)))
    asyncio.run(app.pipeline.reprocess(pks))


def start_hour(app: App, meeting_id: int) -> int:
    with app.db.session() as session:
        start = load_meeting(session, meeting_id).record.start
    assert start is not None
    return start.value.astimezone(start.value.tzinfo).hour


def test_a_detached_follow_up_no_longer_changes_its_meeting(daemon):
    assert start_hour(daemon, 1) == 10, "the follow-up moved the start"
    with daemon.db.session() as session:
        follow_up = session.scalar(
            select(MessageRow.id).where(MessageRow.message_id == "r@asean.example.org")
        )
    assert asyncio.run(detach_message(daemon, follow_up, by="officer")) == 1
    assert start_hour(daemon, 1) == 9, "the record is rebuilt without it"
    reprocess_all(daemon)
    assert start_hour(daemon, 1) == 9, "reprocessing does not link it again"
    with daemon.db.session() as session:
        assert session.get_one(MessageRow, follow_up).meeting_id != 1


def test_merging_two_meetings_moves_messages_and_delegates(daemon):
    asyncio.run(daemon.assign(2, ["malee"], by="test"))
    asyncio.run(merge_meetings(daemon, 1, 2, by="officer"))
    with daemon.db.session() as session:
        kept, merged = load_meeting(session, 1), load_meeting(session, 2)
        moved = session.scalars(select(MessageRow.meeting_id)).all()
    assert set(moved) == {1}
    assert kept.delegates == ("malee",)
    assert merged.status.value == "cancelled"
    reprocess_all(daemon)
    with daemon.db.session() as session:
        assert set(session.scalars(select(MessageRow.meeting_id))) == {1}
        assert load_meeting(session, 2).status.value == "cancelled"
    with pytest.raises(ValueError, match="itself"):
        asyncio.run(merge_meetings(daemon, 1, 1, by="officer"))
