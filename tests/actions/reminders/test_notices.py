"""The notice step on every path, through the Bot API stand-in: `meetbot import` of a
follow-up is told as "updated", old → new, when the daemon next runs, an untrusted one
as a change waiting with its buttons; the new invitation's notice carries the
nomination memo; /memo sends any memo."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
import time_machine

from bot import app as app_module
from bot.actions.reminders.access import NOT_AN_OFFICER
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.actions.reminders.telegram_wiring import SendRetry, Timeouts
from bot.app import App
from bot.config.settings import Settings
from bot.sources.maildir import deliver, ensure_maildir
from tests.actions.reminders.conftest import DELEGATES
from tests.actions.reminders.meetings import BKK, slom_record
from tests.servers.smtp import running_smtp_server
from tests.servers.telegram_api import TelegramApiStandIn
from tests.test_approval import GROUP, STAFF, invitation, meetbot, write_config

MEMBER = 77  # in the office's group, not on any list


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


async def run_daemon_once(config) -> None:
    wiring = Wiring(timeouts=Timeouts(connect=2.0, read=2.0, poll_read=3.0), retry=SendRetry())
    daemon = App.open(Settings.load(config), reminders=wiring)
    try:
        await daemon.run(once=True)
    finally:
        daemon.close()


async def import_the_invitation_and_run(tmp_path, smtp_server, api, extra: str = "") -> Path:
    """`meetbot import` of an invitation, then the daemon once; returns the config."""
    telegram = (
        f'[telegram]\ntoken = "{api.token}"\nbase_url = "{api.base_url}"\n'
        f"group_chat_ids = [{GROUP}]\nallowed_user_ids = [{STAFF}]\n"
        '[reminders]\ndigest_time = "23:59"\n' + extra
    )
    config = write_config(tmp_path, smtp_server, telegram)
    ensure_maildir(tmp_path / "maildir")
    first = tmp_path / "invitation.eml"
    first.write_bytes(invitation())
    # The CLI runs its own event loop, as `meetbot import` does in a shell.
    await asyncio.to_thread(meetbot, "import", str(first), "--config", str(config))
    await run_daemon_once(config)
    return config


async def test_import_of_a_follow_up_sends_the_updated_notice(tmp_path, smtp_server):
    async with TelegramApiStandIn() as api:
        config = await import_the_invitation_and_run(tmp_path, smtp_server, api)
        [arrival] = api.calls("sendMessage")
        assert "หนังสือเชิญประชุมใหม่ (New invitation)" in arrival.params["text"]
        assert "รูปแบบ (Mode): ประชุมออนไลน์ (online)\n" in arrival.params["text"]

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
        assert "• การประชุม (Meeting):\n" in updated
        assert "[meeting]" not in updated, "a key of the reminders' own, not for people"

        # Running again tells nothing new.
        await run_daemon_once(config)
        assert len(api.calls("sendMessage")) == 2


async def test_a_cancellation_is_told_in_thai_first(tmp_path, smtp_server):
    """The meeting's new state reads as the rest of the notice does: Thai, English beside."""
    async with TelegramApiStandIn() as api:
        config = await import_the_invitation_and_run(tmp_path, smtp_server, api)
        headers, _ = invitation(
            message_id="cancel-1@asean.example.org", in_reply_to="invitation-1@asean.example.org"
        ).split(b"\r\n\r\n", 1)
        body = (
            "Dear Focal Points,\r\n\r\nWe regret to inform you that the 5th Meeting of the "
            "ASEAN Example Working Group has been cancelled.\r\n\r\nASEAN Secretariat\r\n"
        )
        cancellation = tmp_path / "cancellation.eml"
        cancellation.write_bytes(headers + b"\r\n\r\n" + body.encode())
        await asyncio.to_thread(meetbot, "import", str(cancellation), "--config", str(config))
        await run_daemon_once(config)
        updated = api.calls("sendMessage")[-1].params["text"]
        assert updated.startswith("🔄 ข้อมูลการประชุมเปลี่ยนแปลง (Updated)")
        status = updated[updated.index("สถานะ (Status):") :].splitlines()[1]
        assert status.strip() == "กำหนดแล้ว (scheduled) → ยกเลิก (cancelled)"
        assert "(ไม่มี; none)" not in updated, "no 'meeting date → none' for each reminder"
        assert "ไม่มีการแจ้งเตือนของการประชุมนี้อีก (no more reminders for this meeting)" in updated


async def test_the_new_invitation_notice_carries_the_drafted_nomination_memo(tmp_path, smtp_server):
    async with TelegramApiStandIn() as api:
        web = '[web]\nbase_url = "https://meetbot.example.org/"\n'
        await import_the_invitation_and_run(tmp_path, smtp_server, api, web)
        [notice] = api.calls("sendMessage")
        [memo] = api.calls("sendDocument")
    assert (
        "ดูในระบบ (in the workspace): https://meetbot.example.org/meetings/1"
        in (notice.params["text"])
    )
    assert int(memo.params["chat_id"]) == GROUP
    upload = memo.params["document"]
    assert upload.filename == "meeting-1-nomination.docx"
    assert upload.content == (tmp_path / "var/memos/meeting-1-nomination.docx").read_bytes()


async def test_memo_command_drafts_and_sends_the_memo_to_staff_only(tmp_path, db, directory):
    meeting = directory.add(slom_record())
    async with TelegramApiStandIn() as api:
        settings = Settings(
            delegates=DELEGATES,
            telegram={
                "token": api.token,
                "base_url": api.base_url,
                "group_chat_ids": [GROUP],
                "allowed_user_ids": [STAFF],
            },
            memo={"output_dir": tmp_path / "memos", "pdf": False},
            reminders={"digest_time": None},
        )
        wiring = Wiring(timeouts=Timeouts(connect=2.0, read=5.0, poll_read=3.0))
        with time_machine.travel(dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK), tick=False):
            async with running_reminders(settings, db, directory, wiring):
                await api.push_command(f"/memo {meeting.id}", chat_id=GROUP, user_id=MEMBER)
                [refused] = await api.wait_for("sendMessage")
                await api.push_command(f"/memo {meeting.id}", chat_id=GROUP, user_id=STAFF)
                [document] = await api.wait_for("sendDocument", timeout=60)
    assert refused.params["text"] == NOT_AN_OFFICER
    assert document.params["document"].filename == f"meeting-{meeting.id}-nomination.docx"
    assert document.params["document"].content[:2] == b"PK"  # a DOCX is a zip


async def test_import_of_an_untrusted_follow_up_sends_the_change_notice_with_its_buttons(
    tmp_path, smtp_server
):
    async with TelegramApiStandIn() as api:
        config = await import_the_invitation_and_run(tmp_path, smtp_server, api)
        follow_up = tmp_path / "follow-up.eml"
        follow_up.write_bytes(
            invitation(
                sender="events@asean-secretariat.example.net",
                message_id="follow-up-2@asean-secretariat.example.net",
                in_reply_to="invitation-1@asean.example.org",
                start="10:00",
            )
        )
        await asyncio.to_thread(meetbot, "import", str(follow_up), "--config", str(config))
        await run_daemon_once(config)
        sent = api.calls("sendMessage")
    # The meeting stays as it was; the change waits apart with its own buttons, and no
    # "updated" notice tells of a change that was not made.
    held = [r for r in sent if r.params["text"].startswith("✋")]
    assert len(held) == 1
    assert "asean-secretariat.example.net" in held[0].params["text"]
    keyboard = held[0].json("reply_markup")["inline_keyboard"]
    assert [row[0]["callback_data"] for row in keyboard] == ["c:1:y", "c:1:n"]
    assert not [r for r in sent if r.params["text"].startswith("🔄")]


async def test_a_change_kept_apart_while_the_daemon_runs_is_shown_without_waiting_for_a_look(
    tmp_path, smtp_server, monkeypatch
):
    # No look of the daemon's comes during the test: only the change being recorded can
    # bring its notice.
    monkeypatch.setattr(app_module, "ACTION_RETRY_EVERY_SECONDS", 3600.0)
    async with TelegramApiStandIn() as api:
        config = await import_the_invitation_and_run(tmp_path, smtp_server, api)
        told_before = len(api.calls("sendMessage"))
        wiring = Wiring(timeouts=Timeouts(connect=2.0, read=2.0, poll_read=3.0), retry=SendRetry())
        daemon = App.open(Settings.load(config), reminders=wiring)
        running = asyncio.create_task(daemon.run())
        try:
            follow_up = invitation(
                sender="events@asean-secretariat.example.net",
                message_id="follow-up-2@asean-secretariat.example.net",
                in_reply_to="invitation-1@asean.example.org",
                start="10:00",
            )
            deliver(tmp_path / "maildir", "2000.follow-up", follow_up)
            sent = await api.wait_for("sendMessage", count=told_before + 1, timeout=60)
        finally:
            daemon.stop.set()
            await running
            daemon.close()
    [held] = sent[told_before:]
    assert held.params["text"].startswith("✋")
    keyboard = held.json("reply_markup")["inline_keyboard"]
    assert [row[0]["callback_data"] for row in keyboard] == ["c:1:y", "c:1:n"]
