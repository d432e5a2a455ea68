"""Delegates without Telegram get their reminders by e-mail, through the outbox."""

import datetime as dt
from email import message_from_bytes
from email.policy import default

import time_machine
from sqlalchemy import select

from bot.actions.mailer import Mailer
from bot.actions.outbox import Outbox
from bot.actions.reminders.directory import StoredMeetings
from bot.actions.reminders.plan import plan_reminders
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.config.settings import SmtpSettings
from bot.store.tables import OutboxRow
from bot.types import SystemClock
from tests.actions.reminders.conftest import console_settings
from tests.actions.reminders.meetings import BKK, slom_record


async def test_delegate_without_telegram_gets_the_reminder_by_mail_once(db, directory, console):
    meeting = directory.add(slom_record(), delegates=("benja",))
    outbox = Outbox(db, Mailer(SmtpSettings()), SystemClock())
    reminder = plan_reminders(meeting, console_settings().reminders, BKK)[0]
    with time_machine.travel(dt.datetime(2025, 9, 3, 8, 30, tzinfo=BKK), tick=False):
        wiring = Wiring(console=console, outbox=outbox)
        async with running_reminders(console_settings(), db, directory, wiring) as service:
            await service.fire(reminder, meeting)
            await service.fire(reminder, meeting)
    with db.session() as session:
        [row] = session.scalars(select(OutboxRow)).all()
    assert row.kind == "reminder"
    assert row.recipients == ["benja@example.org"]
    assert row.meeting_id == meeting.id
    mail = message_from_bytes(row.raw, policy=default)
    assert "เสนอรายชื่อผู้แทน (nomination)" in mail["Subject"]
    assert "เหลืออีก 7 วัน" in mail.get_content()
    assert console.getvalue().count(f"[reminder {reminder.key}]") == 1  # staff, on the console


def test_stored_meetings_reads_the_store(db, directory):
    meeting = directory.add(slom_record())
    stored = StoredMeetings(db)
    assert stored.get(meeting.id).record.title.value == "18th SLOM-WG Meeting"
    assert stored.get(meeting.id + 100) is None
    assert [m.id for m in stored.current()] == [meeting.id]
