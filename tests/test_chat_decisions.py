"""Decisions from Telegram, against the Bot API stand-in and the real daemon: a change kept
apart is shown with its diff and buttons bound to that change; an Approve button pressed
after a later mail changed a held meeting approves nothing unseen."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.actions.reminders.access import NOT_AN_APPROVER
from bot.actions.reminders.buttons import CHANGED_SINCE
from bot.actions.reminders.runtime import Wiring
from bot.actions.reminders.telegram_wiring import SendRetry, Timeouts
from bot.app import App
from bot.config.settings import Settings
from bot.sources.maildir import deliver, ensure_maildir
from bot.store.tables import MeetingRow, PendingChangeRow
from tests.servers.smtp import running_smtp_server
from tests.servers.telegram_api import TelegramApiStandIn
from tests.test_approval import GROUP, STAFF, STRANGER, invitation, write_config
from tests.test_spoofed_followups import EVIL_ZOOM, ORIGINAL, spoof

OUTSIDER = "events@asean-secretariat.example.net"


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


@pytest.fixture(autouse=True)
def quick_looks(monkeypatch):
    monkeypatch.setattr("bot.app.ACTION_RETRY_EVERY_SECONDS", 0.2)


def daemon_for(tmp_path: Path, smtp_server, api: TelegramApiStandIn) -> App:
    telegram = (
        f'[telegram]\ntoken = "{api.token}"\nbase_url = "{api.base_url}"\n'
        f"group_chat_ids = [{GROUP}]\nallowed_user_ids = [{STAFF}]\n"
        '[reminders]\ndigest_time = "23:59"\n'
        f'[chat.roles]\n"telegram:{STAFF}" = "approver"\n'
    )
    settings = Settings.load(write_config(tmp_path, smtp_server, telegram))
    ensure_maildir(tmp_path / "maildir")
    wiring = Wiring(
        timeouts=Timeouts(connect=2.0, read=10.0, poll_read=3.0), retry=SendRetry(attempts=2)
    )
    return App.open(settings, reminders=wiring)


def buttons(request) -> list[str]:
    return [
        b["callback_data"] for row in request.json("reply_markup")["inline_keyboard"] for b in row
    ]


async def test_a_pending_change_is_shown_as_a_diff_and_rejected_from_chat(tmp_path, smtp_server):
    async with TelegramApiStandIn() as api:
        daemon = daemon_for(tmp_path, smtp_server, api)
        # Delivered as a mail server does (written aside, then moved into new/): the
        # watcher polls new/ and must never read a message still being written.
        maildir = tmp_path / "maildir"
        running = asyncio.create_task(daemon.run())
        try:
            deliver(maildir, "1.eml", invitation(message_id=ORIGINAL))
            [arrival] = await api.wait_for("sendMessage")
            assert "reply_markup" not in arrival.params, "a trusted meeting asks nothing"
            with daemon.db.session() as session:
                record = session.get_one(MeetingRow, 1).record

            deliver(maildir, "2.eml", spoof(authentication=None))
            notice = (await api.wait_for("sendMessage", 2))[1]
            text = notice.params["text"]
            assert "hxxps://us06web[.]zoom[.]us/j/99999999999" in text
            assert EVIL_ZOOM not in text, "never as a link"
            assert "meetbot reject 1 --change 1" in text
            assert buttons(notice) == ["c:1:y", "c:1:n"]

            await api.push_button("c:1:y", chat_id=GROUP, user_id=STRANGER, message_id=7)
            [refusal] = await api.wait_for("answerCallbackQuery")
            assert refusal.params["text"] == NOT_AN_APPROVER
            await api.push_button("c:1:n", chat_id=GROUP, user_id=STAFF, message_id=8)
            answers = await api.wait_for("answerCallbackQuery", 2)
            assert "rejected" in answers[1].params["text"]
            with daemon.db.session() as session:
                assert session.get_one(MeetingRow, 1).record == record
                [change] = session.scalars(select(PendingChangeRow))
                assert change.state == "rejected"
                assert f"telegram {STAFF}" in (change.decided_by or "")
            await api.push_button("c:1:y", chat_id=GROUP, user_id=STAFF, message_id=8)
            answers = await api.wait_for("answerCallbackQuery", 3)
            assert "expired" in answers[2].params["text"], "a decided change stays decided"
        finally:
            daemon.stop.set()
            await running
            daemon.close()


async def test_an_old_approve_button_approves_nothing_a_later_mail_changed(tmp_path, smtp_server):
    async with TelegramApiStandIn() as api:
        daemon = daemon_for(tmp_path, smtp_server, api)
        # Delivered as a mail server does (written aside, then moved into new/): the
        # watcher polls new/ and must never read a message still being written.
        maildir = tmp_path / "maildir"
        running = asyncio.create_task(daemon.run())
        try:
            forged = invitation(sender=OUTSIDER, message_id=ORIGINAL)
            deliver(maildir, "1.eml", forged)
            [first] = await api.wait_for("sendMessage")
            [old] = buttons(first)
            deliver(maildir, "2.eml", spoof(sender=OUTSIDER))
            second = (await api.wait_for("sendMessage", 2))[1]
            [new] = buttons(second)
            assert new != old

            await api.push_button(old, chat_id=GROUP, user_id=STAFF, message_id=5)
            [answer] = await api.wait_for("answerCallbackQuery")
            assert answer.params["text"] == CHANGED_SINCE
            with daemon.db.session() as session:
                assert session.get_one(MeetingRow, 1).approved is False

            await api.push_button(new, chat_id=GROUP, user_id=STAFF, message_id=6)
            answers = await api.wait_for("answerCallbackQuery", 2)
            assert "อนุมัติแล้ว (approved)" in answers[1].params["text"]
            with daemon.db.session() as session:
                assert session.get_one(MeetingRow, 1).approved is True
        finally:
            daemon.stop.set()
            await running
            daemon.close()
