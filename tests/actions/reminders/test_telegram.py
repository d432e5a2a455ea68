"""Reminders on Telegram through a local Bot API stand-in: buttons, commands, strangers,
and flood control, server errors and time-outs retried with nothing lost."""

import datetime as dt
import logging

import pytest
import time_machine
from sqlalchemy import select

from bot.actions.reminders.action import ReminderAction
from bot.actions.reminders.commands import REFUSAL, REFUSAL_SHORT
from bot.actions.reminders.plan import plan_reminders
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.actions.reminders.telegram import SendRetry, Timeouts
from bot.config.settings import Settings
from bot.meetings.change import MeetingChange
from bot.store.tables import DeadlineStateRow, ReminderSentRow
from tests.actions.reminders.conftest import DELEGATES, JobWatcher
from tests.actions.reminders.meetings import BKK, ZOOM_URL, slom_record
from tests.servers.telegram_api import Fault, TelegramApiStandIn

GROUP = -100123
STAFF = 42
STRANGER = 666
SEPT_1 = dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK)


class Sleeps:
    """Stands in for asyncio.sleep in the retry loop: records, does not wait."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


@pytest.fixture
async def api():
    async with TelegramApiStandIn() as server:
        yield server


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def telegram_settings(api: TelegramApiStandIn) -> Settings:
    return Settings(
        delegates=DELEGATES,
        telegram={
            "token": api.token,
            "base_url": api.base_url,
            "group_chat_ids": [GROUP],
            "allowed_user_ids": [STAFF],
        },
        reminders={"digest_time": None},
    )


def wiring(sleeps: Sleeps, attempts: int = 6) -> Wiring:
    return Wiring(
        timeouts=Timeouts(connect=2.0, read=0.5, poll_read=3.0),
        retry=SendRetry(attempts=attempts),
        sleep=sleeps,
    )


def bot_running(api, db, directory, sleeps: Sleeps, attempts: int = 6):
    return running_reminders(telegram_settings(api), db, directory, wiring(sleeps, attempts))


def texts_to(api: TelegramApiStandIn, chat_id: int) -> list[str]:
    return [
        r.params["text"] for r in api.calls("sendMessage") if int(r.params["chat_id"]) == chat_id
    ]


async def test_reminder_goes_to_the_group_and_the_delegate_with_buttons(api, db, directory, sleeps):
    meeting = directory.add(slom_record(), delegates=("anan",))
    with time_machine.travel(dt.datetime(2025, 9, 29, 8, 0, tzinfo=BKK), tick=False) as clock:
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps)
        ) as service:
            watcher = JobWatcher(service)
            service.replan(meeting)
            clock.move_to(dt.datetime(2025, 9, 29, 8, 30, tzinfo=BKK))
            await watcher.run_due()
    group = texts_to(api, GROUP)
    assert len(group) == 2  # the dry run's morning and the meeting's day before
    meeting_text = next(t for t in group if "การประชุม (Meeting)" in t)
    assert ZOOM_URL in meeting_text
    assert "Meeting ID: 812 3456 7890" in meeting_text
    assert "Passcode: 123456" in meeting_text
    assert len(texts_to(api, 4242)) == 2  # anan's private chat


async def test_registered_button_marks_done_and_stops_the_reminders(api, db, directory, sleeps):
    meeting = directory.add(slom_record())
    with time_machine.travel(dt.datetime(2025, 9, 8, 8, 0, tzinfo=BKK), tick=False) as clock:
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps)
        ) as service:
            watcher = JobWatcher(service)
            clock.move_to(dt.datetime(2025, 9, 8, 8, 30, tzinfo=BKK))
            await watcher.run_due()
            [reminder] = api.calls("sendMessage")
            keyboard = reminder.json("reply_markup")["inline_keyboard"]
            labels = [row[0]["text"] for row in keyboard]
            assert labels == ["✅ ลงทะเบียนแล้ว (Registered)", "⏰ เตือนอีกครั้งพรุ่งนี้ (Snooze 1 day)"]
            done_data = keyboard[0][0]["callback_data"]
            assert done_data == f"d:{meeting.id}:registration"

            await api.push_button(done_data, chat_id=GROUP, user_id=STAFF, message_id=77)
            [answer] = await api.wait_for("answerCallbackQuery")
            [edit] = await api.wait_for("editMessageReplyMarkup")
            await api.wait_for("sendMessage", 2)
            assert "เสร็จแล้ว" in answer.params["text"]
            assert int(edit.params["message_id"]) == 77
            keys = {r.target for _, r in service.scheduler.scheduled(meeting.id)}
            assert "registration" not in keys
            assert "nomination" in keys
    with db.session() as session:
        row = session.scalar(select(DeadlineStateRow))
        assert row.deadline_key == "registration"
        assert f"telegram {STAFF}" in row.done_by


async def test_commands_list_meetings_deadlines_and_details(api, db, directory, sleeps):
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False):
        async with bot_running(api, db, directory, sleeps):
            await api.push_command("/upcoming", chat_id=GROUP, user_id=STAFF)
            await api.push_command("/deadlines", chat_id=GROUP, user_id=STAFF)
            await api.push_command(f"/meeting {meeting.id}", chat_id=GROUP, user_id=STAFF)
            await api.push_command(f"/assign {meeting.id} anan", chat_id=GROUP, user_id=STAFF)
            await api.push_command(f"/assign {meeting.id} nobody", chat_id=GROUP, user_id=STAFF)
            await api.push_command(f"/done {meeting.id} nomination", chat_id=4242, user_id=4242)
            replies = [r.params["text"] for r in await api.wait_for("sendMessage", 6)]
    upcoming, deadlines, details, assigned, refused, done = replies
    assert f"[{meeting.id}] 18th SLOM-WG Meeting" in upcoming
    assert "เหลืออีก 29 วัน" in upcoming
    assert deadlines.index("(nomination)") < deadlines.index("(registration)")
    assert "Passcode: 123456" in details
    assert "(dry-run)" in details
    assert directory.get(meeting.id).delegates == ("anan",)
    assert "anan" in assigned
    assert "nobody" in refused
    assert "เสร็จแล้ว" in done
    assert "telegram 4242" in done  # a delegate may command the bot from a private chat


async def test_strangers_are_refused_politely_and_logged(api, db, directory, sleeps, caplog):
    meeting = directory.add(slom_record())
    caplog.set_level(logging.WARNING, logger="bot.actions.reminders.commands")
    with time_machine.travel(SEPT_1, tick=False):
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps)
        ) as service:
            await api.push_command(
                f"/done {meeting.id} registration", chat_id=STRANGER, user_id=STRANGER
            )
            [reply] = await api.wait_for("sendMessage")
            await api.push_button(
                f"d:{meeting.id}:registration", chat_id=STRANGER, user_id=STRANGER, message_id=5
            )
            [answer] = await api.wait_for("answerCallbackQuery")
            keys = {r.target for _, r in service.scheduler.scheduled(meeting.id)}
    assert int(reply.params["chat_id"]) == STRANGER
    assert reply.params["text"] == REFUSAL
    assert answer.params["text"] == REFUSAL_SHORT
    assert "registration" in keys
    assert api.calls("editMessageReplyMarkup") == []
    with db.session() as session:
        assert session.scalar(select(DeadlineStateRow)) is None
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) == 2
    assert str(STRANGER) in refused[0].getMessage()


async def test_stale_button_is_answered(api, db, directory, sleeps):
    directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False):
        async with bot_running(api, db, directory, sleeps):
            await api.push_button("d:999:registration", chat_id=GROUP, user_id=STAFF, message_id=5)
            [answer] = await api.wait_for("answerCallbackQuery")
    assert "expired" in answer.params["text"]


async def fire_first_reminder(service, meeting) -> None:
    reminder = plan_reminders(meeting, service.settings.reminders, BKK)[0]
    await service.fire(reminder, meeting)


async def test_flood_control_waits_retry_after_then_sends(api, db, directory, sleeps):
    meeting = directory.add(slom_record())
    api.fail_next("sendMessage", Fault(429, retry_after=7))
    with time_machine.travel(dt.datetime(2025, 9, 3, 8, 30, tzinfo=BKK), tick=False):
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps)
        ) as service:
            await fire_first_reminder(service, meeting)
    assert sleeps.seconds == [7.0]
    assert len(api.calls("sendMessage")) == 2
    with db.session() as session:
        assert len(session.scalars(select(ReminderSentRow)).all()) == 1


async def test_server_errors_and_time_outs_are_retried(api, db, directory, sleeps):
    meeting = directory.add(slom_record())
    api.fail_next("sendMessage", Fault(502))
    api.fail_next("sendMessage", Fault(500))
    api.fail_next("sendMessage", Fault(200, delay=1.5))  # longer than the 0.5 s read limit
    with time_machine.travel(dt.datetime(2025, 9, 3, 8, 30, tzinfo=BKK), tick=False):
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps)
        ) as service:
            await fire_first_reminder(service, meeting)
    assert sleeps.seconds == [2.0, 4.0, 8.0]
    assert len(api.calls("sendMessage")) == 4
    with db.session() as session:
        assert len(session.scalars(select(ReminderSentRow)).all()) == 1


async def test_a_reminder_not_delivered_is_tried_again_later_and_only_where_it_failed(
    api, db, directory, sleeps
):
    meeting = directory.add(slom_record(), delegates=("anan",))
    for _ in range(2):  # both attempts to the group fail; anan's chat works
        api.fail_next("sendMessage", Fault(503))
    start = dt.datetime(2025, 9, 3, 8, 30, tzinfo=BKK)
    with time_machine.travel(start, tick=False) as clock:
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps, attempts=2)
        ) as service:
            watcher = JobWatcher(service)
            await fire_first_reminder(service, meeting)
            assert texts_to(api, 4242)
            with db.session() as session:
                assert len(session.scalars(select(ReminderSentRow)).all()) == 1
            clock.move_to(start + dt.timedelta(minutes=10))
            assert await watcher.run_due() == [f"{meeting.id}:nomination:2025-09-10:7d:retry"]
    assert len(texts_to(api, GROUP)) == 3  # two failures, then the retry
    assert len(texts_to(api, 4242)) == 1  # not sent twice
    with db.session() as session:
        assert len(session.scalars(select(ReminderSentRow)).all()) == 2


async def test_arrival_notice_says_a_passed_deadline_plainly(api, db, directory, sleeps):
    meeting = directory.add(slom_record())
    # The ministry's memo reached the office on 25 September: registration closed on the 15th.
    with time_machine.travel(dt.datetime(2025, 9, 25, 14, 0, tzinfo=BKK), tick=False):
        async with running_reminders(
            telegram_settings(api), db, directory, wiring(sleeps)
        ) as service:
            await ReminderAction(service).handle(MeetingChange(meeting, None, None))
    [notice] = texts_to(api, GROUP)
    assert "หนังสือเชิญประชุมใหม่ (New invitation)" in notice
    assert "เลยกำหนดมาแล้ว 10 วัน (the deadline has passed)" in notice
    assert "late registration" in notice
    assert "เลยกำหนดมาแล้ว 15 วัน" in notice  # the nomination memo, 10 September
    assert "วันประชุม: วันอังคารที่ 30 กันยายน 2568 เวลา 08.00 น. (เวลาประเทศไทย)" in notice
