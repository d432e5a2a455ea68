"""The notice step on every path: `meetbot import` of a follow-up is told as "updated",
old → new, when the daemon next runs, through the Bot API stand-in."""

from __future__ import annotations

import asyncio

import pytest

from bot.actions.reminders.runtime import Wiring
from bot.actions.reminders.telegram import RetryPolicy, Timeouts
from bot.app import App
from bot.settings import Settings
from bot.sources.maildir import ensure_maildir
from tests.servers.smtp import running_smtp_server
from tests.servers.telegram_api import TelegramApiStandIn
from tests.test_approval import GROUP, STAFF, invitation, meetbot, write_config


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


async def run_daemon_once(config) -> None:
    wiring = Wiring(timeouts=Timeouts(connect=2.0, read=2.0, poll_read=3.0), retry=RetryPolicy())
    daemon = App(Settings.load(config), reminders=wiring)
    try:
        await daemon.run(once=True)
    finally:
        daemon.close()


async def test_import_of_a_follow_up_sends_the_updated_notice(tmp_path, smtp_server):
    async with TelegramApiStandIn() as api:
        telegram = (
            f'[telegram]\ntoken = "{api.token}"\nbase_url = "{api.base_url}"\n'
            f"group_chat_ids = [{GROUP}]\nallowed_user_ids = [{STAFF}]\n"
            '[reminders]\ndigest_time = "23:59"\n'
        )
        config = write_config(tmp_path, smtp_server, telegram)
        ensure_maildir(tmp_path / "maildir")
        first = tmp_path / "invitation.eml"
        first.write_bytes(invitation())
        # The CLI runs its own event loop, as `meetbot import` does in a shell.
        await asyncio.to_thread(meetbot, "import", str(first), "--config", str(config))
        await run_daemon_once(config)
        [arrival] = api.calls("sendMessage")
        assert "หนังสือเชิญประชุมใหม่ (New invitation)" in arrival.params["text"]

        follow_up = tmp_path / "follow-up.eml"
        follow_up.write_bytes(
            invitation(
                message_id="follow-up-1@asean.example.org",
                in_reply_to="invitation-1@asean.example.org",
                start="10:00",
            )
        )
        await asyncio.to_thread(meetbot, "import", str(follow_up), "--config", str(config))
        await run_daemon_once(config)
        sent = api.calls("sendMessage")
        assert len(sent) == 2
        updated = sent[1].params["text"]
        assert int(sent[1].params["chat_id"]) == GROUP
        assert updated.startswith("🔄 ข้อมูลการประชุมเปลี่ยนแปลง (Updated)")
        assert "09.00 น." in updated.split(" → ")[0]
        assert "10.00 น." in updated.split(" → ")[1]

        # Running again tells nothing new.
        await run_daemon_once(config)
        assert len(api.calls("sendMessage")) == 2
