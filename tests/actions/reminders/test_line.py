"""LINE as a second channel, against a local stand-in of the Messaging API and the
daemon's own webhook: Flex messages with postback buttons, signed postbacks and text
commands acted on by role (as on Telegram), a forged signature refused, a memo as its
workspace link."""

import base64
import datetime as dt
import hashlib
import hmac
import json
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import time_machine
from sqlalchemy import select

from bot.actions.reminders.access import LINKS_WITHHELD, NOT_AN_OFFICER, REFUSAL
from bot.actions.reminders.delivery import Delivery
from bot.actions.reminders.messages import Button, Outgoing
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.config.settings import Delegate, Settings
from bot.store.tables import DeadlineStateRow
from tests.actions.reminders.conftest import JobWatcher
from tests.actions.reminders.meetings import BKK, slom_record
from tests.servers.line_api import SECRET, TOKEN, LineApiStandIn
from tests.servers.ports import free_port

GROUP = "C0123456789abcdef0123456789abcdef"
OTHER_GROUP = "Cffffffffffffffffffffffffffffffff"
OFFICER = "U00000000000000000000000000000001"
MEMBER = "U00000000000000000000000000000002"
ANAN = "U00000000000000000000000000000042"


@pytest.fixture
def flex() -> ModuleType:
    """LINE's Flex layout, loaded by the tests that use it, as the daemon loads LINE only
    where LINE is configured: LINE's SDK takes most of a second to import, and a worker of
    `make test-fast` that runs none of these tests has no need of it."""
    from bot.actions.reminders import line_flex

    return line_flex


@pytest.fixture
async def api():
    async with LineApiStandIn() as server:
        yield server


def line_settings(api: LineApiStandIn, port: int) -> Settings:
    return Settings(
        delegates=[Delegate(key="anan", name="Anan Example", line_user_id=ANAN)],
        line={
            "channel_access_token": TOKEN,
            "channel_secret": SECRET,
            "api_base_url": api.base_url,
            "group_ids": [GROUP],
            "allowed_user_ids": [OFFICER],
            "webhook_port": port,
        },
        reminders={"digest_time": None},
    )


def webhook_event(kind: str, *, user: str, group: str | None, token: str, **content) -> dict:
    """One event as LINE sends it, from a group or from a one-to-one chat."""
    source = (
        {"type": "group", "groupId": group, "userId": user}
        if group
        else {"type": "user", "userId": user}
    )
    return {
        "type": kind,
        "mode": "active",
        "timestamp": 1_757_000_000_000,
        "webhookEventId": f"01J{token:0>23}"[:26],
        "deliveryContext": {"isRedelivery": False},
        "replyToken": token,
        "source": source,
        **content,
    }


def events_body(*events: dict) -> bytes:
    return json.dumps({"destination": "Ubot", "events": list(events)}).encode()


def postback(data: str, *, user: str, group: str | None = GROUP) -> bytes:
    event = webhook_event(
        "postback", user=user, group=group, token=f"reply-{user}", postback={"data": data}
    )
    return events_body(event)


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return {"X-Line-Signature": base64.b64encode(digest).decode()}


async def call_webhook(port: int, body: bytes, headers: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.post(
            f"http://127.0.0.1:{port}/line/webhook", content=body, headers=headers
        )


async def test_a_reminder_is_a_flex_message_with_postback_buttons(api, db, directory):
    meeting = directory.add(slom_record(), delegates=("anan",))
    port = free_port()
    with time_machine.travel(dt.datetime(2025, 9, 8, 8, 0, tzinfo=BKK), tick=False) as clock:
        async with running_reminders(line_settings(api, port), db, directory, Wiring()) as service:
            watcher = JobWatcher(service)
            clock.move_to(dt.datetime(2025, 9, 8, 8, 30, tzinfo=BKK))
            await watcher.run_due()
    pushes = api.calls("/push")
    assert {p.body["to"] for p in pushes} == {GROUP, ANAN}
    [flex] = pushes[0].body["messages"]
    assert flex["type"] == "flex"
    bubble = flex["contents"]
    assert "ลงทะเบียน (registration)" in bubble["header"]["contents"][0]["text"]
    body_text = [c["text"] for c in bubble["body"]["contents"]]
    assert "18th SLOM-WG Meeting" in body_text
    actions = [b["action"] for b in bubble["footer"]["contents"]]
    assert actions[0] == {
        "type": "postback",
        "label": "✅ ลงทะเบียนแล้ว (Registered)",
        "data": f"d:{meeting.id}:registration",
        "displayText": "✅ ลงทะเบียนแล้ว (Registered)",
    }
    assert [a["data"] for a in actions[1:]] == [
        f"s:{meeting.id}:registration:{how}" for how in ("1h", "am", "2w")
    ]
    assert pushes[0].headers["X-Line-Retry-Key"] != pushes[1].headers["X-Line-Retry-Key"]


async def test_signed_postbacks_act_by_role_and_a_forged_one_is_refused(api, db, directory):
    meeting = directory.add(slom_record())
    port = free_port()
    done = f"d:{meeting.id}:registration"
    with time_machine.travel(dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK), tick=False):
        async with running_reminders(line_settings(api, port), db, directory, Wiring()):
            forged = postback(done, user=OFFICER)
            response = await call_webhook(port, forged, signed(forged, "not-the-secret"))
            assert response.status_code == 403
            assert (await call_webhook(port, forged, {})).status_code == 403  # unsigned
            with db.session() as session:
                assert session.scalar(select(DeadlineStateRow)) is None

            elsewhere = postback(done, user=OFFICER, group=OTHER_GROUP)
            member = postback(done, user=MEMBER)
            officer = postback(done, user=OFFICER)
            for body in (elsewhere, member, officer):
                assert (await call_webhook(port, body, signed(body))).status_code == 200
            replies = await api.wait_for("/reply", 3)
    assert len(api.calls("/reply")) == 3  # nothing answered to the forged calls
    texts = [r.body["messages"][0]["text"] for r in replies]
    assert texts[0] == REFUSAL
    assert texts[1] == NOT_AN_OFFICER
    assert "เสร็จแล้ว โดย LINE " + OFFICER in texts[2]
    assert [r.body["replyToken"] for r in replies] == [
        f"reply-{OFFICER}",
        f"reply-{MEMBER}",
        f"reply-{OFFICER}",
    ]
    with db.session() as session:
        row = session.scalar(select(DeadlineStateRow))
        assert row.deadline_key == "registration"
        assert OFFICER in row.done_by


def text_event(text: str, *, user: str, group: str | None = GROUP, token: str) -> dict:
    message = {"type": "text", "id": "1", "quoteToken": "q", "text": text}
    return webhook_event("message", user=user, group=group, token=token, message=message)


def with_workspace(settings: Settings, memos: Path) -> Settings:
    return settings.model_copy(
        update={
            "web": settings.web.model_copy(update={"base_url": "https://meetbot.example.org/"}),
            "memo": settings.memo.model_copy(update={"output_dir": memos, "pdf": False}),
        }
    )


async def test_text_commands_answer_as_on_telegram_by_role(api, db, directory, tmp_path):
    meeting = directory.add(slom_record())
    port = free_port()
    settings = with_workspace(line_settings(api, port), tmp_path / "memos")
    calls = [
        text_event("สวัสดีครับ /meeting ไว้ดูทีหลัง", user=MEMBER, token="talk"),
        text_event(f"/meeting {meeting.id}", user=MEMBER, token="member-reads"),
        text_event(f"/assign {meeting.id} anan", user=MEMBER, token="member-assigns"),
        text_event(f"/memo {meeting.id}", user=MEMBER, token="member-memo"),
        text_event("/upcoming", user=OFFICER, group=OTHER_GROUP, token="elsewhere"),
        text_event(f"/meeting {meeting.id}", user=OFFICER, token="officer-reads"),
        text_event(f"/assign {meeting.id} anan", user=OFFICER, token="officer-assigns"),
        text_event(f"/memo {meeting.id}", user=OFFICER, token="officer-memo"),
        text_event("/upcoming", user=ANAN, group=None, token="delegate-private"),
    ]
    body = events_body(*calls)
    with time_machine.travel(dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK), tick=False):
        async with running_reminders(settings, db, directory, Wiring()):
            assert (await call_webhook(port, body, signed(body))).status_code == 200
            replies = await api.wait_for("/reply", len(calls) - 1)
    said = {r.body["replyToken"]: r.body["messages"][0]["text"] for r in replies}
    assert "talk" not in said  # talk in the group is not a command
    assert "Passcode" not in said["member-reads"]
    assert LINKS_WITHHELD in said["member-reads"]
    assert said["member-assigns"] == NOT_AN_OFFICER
    assert said["member-memo"] == NOT_AN_OFFICER
    assert said["elsewhere"] == REFUSAL
    assert "Passcode: 123456" in said["officer-reads"]
    assert said["officer-assigns"].startswith("มอบหมายแล้ว (assigned): anan")
    assert directory.get(meeting.id).delegates == ("anan",)
    memo_link = (
        f"https://meetbot.example.org/meetings/{meeting.id}/memos/"
        f"meeting-{meeting.id}-nomination.docx"
    )
    assert memo_link in said["officer-memo"]
    assert (tmp_path / "memos" / f"meeting-{meeting.id}-nomination.docx").exists()
    assert "18th SLOM-WG Meeting" in said["delegate-private"]


async def test_a_memo_on_line_is_a_button_to_the_workspace_not_a_file(api, tmp_path, flex):
    from bot.actions.reminders.line import LineChannel, line_api

    memo = tmp_path / "meeting-7-nomination.docx"
    message = Outgoing("หนังสือเชิญ", "📩 หนังสือเชิญประชุมใหม่ (New invitation)\nSLOM-WG", (), (memo,))
    delivery = Delivery("notice:7", 7, message)
    plain = line_settings(api, free_port())
    async with line_api(plain.line) as client:
        await LineChannel(client, with_workspace(plain, tmp_path)).send(GROUP, delivery)
        await LineChannel(client, plain).send(GROUP, delivery)
    linked, unlinked = (p.body["messages"][0]["contents"] for p in api.calls("/push"))
    [button] = linked["footer"]["contents"]
    assert button["action"] == {
        "type": "uri",
        "label": "📄 meeting-7-nomination.docx",
        "uri": "https://meetbot.example.org/meetings/7/memos/meeting-7-nomination.docx",
    }
    assert "footer" not in unlinked
    assert f"📎 meeting-7-nomination.docx: {flex.NOT_ON_LINE}" in [
        c["text"] for c in unlinked["body"]["contents"]
    ]


def test_a_notice_longer_than_a_bubble_takes_is_cut_with_its_buttons_kept(flex):
    buttons = tuple(Button(f"ปุ่ม {n} (button {n})", f"c:{n}:y") for n in range(3))
    lines = [f"บรรทัด {n} " + "ก" * 60 for n in range(400)]
    message = Outgoing("s", "\n".join(["✋ หัวเรื่อง (header)", *lines]), buttons)

    bubble = flex.flex_bubble(message)

    assert len(json.dumps(bubble)) <= flex.MAX_BUBBLE_BYTES
    shown = [c["text"] for c in bubble["body"]["contents"]]
    assert shown[-1] == flex.CUT
    assert 10 < len(shown) - 1 < len(lines)
    assert shown[:-1] == lines[: len(shown) - 1], "the first lines, in order"
    kept = [b["action"]["data"] for b in bubble["footer"]["contents"]]
    assert kept == ["c:0:y", "c:1:y", "c:2:y"]
    assert flex.flex_message(message).alt_text.startswith("✋ หัวเรื่อง")


def test_a_notice_that_fits_is_shown_whole(flex):
    message = Outgoing("s", "หัว (head)\nบรรทัดหนึ่ง (one)\n\nบรรทัดสอง (two)", ())
    bubble = flex.flex_bubble(message)
    assert [c["text"] for c in bubble["body"]["contents"]] == ["บรรทัดหนึ่ง (one)", "บรรทัดสอง (two)"]
