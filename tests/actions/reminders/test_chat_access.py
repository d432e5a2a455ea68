"""Who may do what in Telegram, against the Bot API stand-in: each refusal on its own."""

import datetime as dt

import pytest
import time_machine
from sqlalchemy import select

from bot.actions.reminders.access import LINKS_WITHHELD, NOT_AN_APPROVER, NOT_AN_OFFICER, REFUSAL
from bot.actions.reminders.messages import approve_button
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.actions.reminders.telegram_wiring import SendRetry, Timeouts
from bot.config.settings import Settings
from bot.store.tables import DeadlineStateRow
from tests.actions.reminders.conftest import DELEGATES
from tests.actions.reminders.meetings import BKK, slom_record
from tests.servers.telegram_api import TelegramApiStandIn

GROUP = -100123
OTHER_GROUP = -100999  # a group the office did not configure
OFFICER = 42
APPROVER = 43
MEMBER = 77  # in the office's group, not on any list
ANAN = 4242  # a delegate's private chat
SEPT_1 = dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK)


@pytest.fixture
async def api():
    async with TelegramApiStandIn() as server:
        yield server


def running(api, db, directory):
    settings = Settings(
        delegates=DELEGATES,
        telegram={
            "token": api.token,
            "base_url": api.base_url,
            "group_chat_ids": [GROUP],
            "allowed_user_ids": [OFFICER, APPROVER],
        },
        chat={"roles": {f"telegram:{APPROVER}": "approver"}},
        reminders={"digest_time": None},
    )
    wiring = Wiring(timeouts=Timeouts(connect=2.0, read=0.5, poll_read=3.0), retry=SendRetry())
    return running_reminders(settings, db, directory, wiring)


async def replies(api, count: int) -> list[tuple[int, str]]:
    sent = await api.wait_for("sendMessage", count)
    return [(int(r.params["chat_id"]), r.params["text"]) for r in sent]


async def test_a_chat_not_allowed_gets_nothing_even_from_an_officer(api, db, directory):
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False):
        async with running(api, db, directory):
            await api.push_command(f"/meeting {meeting.id}", chat_id=OTHER_GROUP, user_id=OFFICER)
            await api.push_command("/upcoming", chat_id=OTHER_GROUP, user_id=ANAN)
            answered = await replies(api, 2)
    assert answered == [(OTHER_GROUP, REFUSAL), (OTHER_GROUP, REFUSAL)]


async def test_a_group_member_reads_but_sees_no_passcode_and_cannot_act(api, db, directory):
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False):
        async with running(api, db, directory) as service:
            await api.push_command("/upcoming", chat_id=GROUP, user_id=MEMBER)
            await api.push_command(f"/meeting {meeting.id}", chat_id=GROUP, user_id=MEMBER)
            await api.push_command(f"/assign {meeting.id} anan", chat_id=GROUP, user_id=MEMBER)
            await api.push_command(f"/done {meeting.id} nomination", chat_id=GROUP, user_id=MEMBER)
            upcoming, details, assign, done = [text for _, text in await replies(api, 4)]
            await api.push_button(
                f"d:{meeting.id}:registration", chat_id=GROUP, user_id=MEMBER, message_id=5
            )
            [answer] = await api.wait_for("answerCallbackQuery")
            keys = {job.target for _, job in service.scheduler.scheduled(meeting.id)}
    assert "18th SLOM-WG Meeting" in upcoming
    assert "Passcode" not in details
    assert "zoom.us/j" not in details
    assert LINKS_WITHHELD in details
    assert (assign, done, answer.params["text"]) == (NOT_AN_OFFICER,) * 3
    assert directory.get(meeting.id).delegates == ()
    assert {"registration", "nomination"} <= keys
    with db.session() as session:
        assert session.scalar(select(DeadlineStateRow)) is None


async def test_a_delegate_acts_on_their_own_meeting_only(api, db, directory):
    theirs = directory.add(slom_record(), delegates=("anan",))
    other = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False):
        async with running(api, db, directory):
            await api.push_command(f"/done {other.id} nomination", chat_id=ANAN, user_id=ANAN)
            await api.push_command(f"/meeting {other.id}", chat_id=ANAN, user_id=ANAN)
            await api.push_command(f"/done {theirs.id} nomination", chat_id=ANAN, user_id=ANAN)
            await api.push_command(f"/meeting {theirs.id}", chat_id=ANAN, user_id=ANAN)
            await api.push_command(f"/assign {theirs.id} benja", chat_id=ANAN, user_id=ANAN)
            refused, other_details, done, details, assign = [t for _, t in await replies(api, 5)]
    assert refused == NOT_AN_OFFICER
    assert "Passcode" not in other_details
    assert "เสร็จแล้ว" in done
    assert "Passcode: 123456" in details
    assert assign == NOT_AN_OFFICER
    assert directory.get(theirs.id).delegates == ("anan",)


async def test_only_an_approver_role_approves(api, db, directory):
    meeting = directory.add(slom_record(), approved=False)
    with time_machine.travel(SEPT_1, tick=False):
        async with running(api, db, directory):
            for user in (MEMBER, OFFICER, ANAN):
                chat = ANAN if user == ANAN else GROUP
                data = approve_button(meeting).data
                await api.push_button(data, chat_id=chat, user_id=user, message_id=9)
            refusals = await api.wait_for("answerCallbackQuery", 3)
    assert [r.params["text"] for r in refusals] == [NOT_AN_APPROVER] * 3
    assert directory.get(meeting.id).approved is False
