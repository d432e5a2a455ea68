"""Reminders fire at their local times, survive restarts, follow changes, catch up once.

Time is driven with time-machine; the scheduler is woken at each travelled moment
and the test waits for the jobs it ran, never for the clock.
"""

import datetime as dt
import io
import re

import time_machine

from bot.actions.reminders.action import ReminderAction
from bot.actions.reminders.messages import SNOOZE_HOUR, SNOOZES
from bot.actions.reminders.plan import plan_reminders
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import MeetingStatus
from tests.actions.reminders.conftest import JobWatcher, console_settings
from tests.actions.reminders.meetings import BKK, SGT, LookupsOnly, slom_record

SEPT_1 = dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK)

MINUTE = dt.timedelta(minutes=1)


def sent(console: io.StringIO | str) -> list[str]:
    text = console if isinstance(console, str) else console.getvalue()
    return re.findall(r"^\[reminder ([^\]]+)\]", text, re.M)


def clear(console) -> None:
    console.truncate(0)
    console.seek(0)


async def test_each_reminder_fires_at_its_local_time_and_not_a_minute_before(
    db, directory, console
):
    settings = console_settings(reminders={"digest_time": None})
    meeting = directory.add(slom_record())
    plan = plan_reminders(meeting, settings.reminders, BKK)
    with time_machine.travel(SEPT_1, tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            await ReminderAction(service).handle(MeetingChange(meeting, None, None))
            assert sent(console) == [f"notice:{meeting.id}"]
            clear(console)
            for fire_at in sorted({r.fire_at for r in plan}):
                expected = sorted(r.key for r in plan if r.fire_at == fire_at)
                clock.move_to(fire_at - MINUTE)
                assert await watcher.run_due() == []
                clock.move_to(fire_at)
                assert sorted(await watcher.run_due()) == expected
                # One message for the reminders of the same minute, sent by the first.
                assert sent(console) == expected[:1]
                clear(console)
    registration_7d = next(
        r for r in plan if r.key.endswith("registration:2025-09-15T23:59:00+08:00:7d")
    )
    assert registration_7d.fire_at == dt.datetime(2025, 9, 8, 8, 30, tzinfo=BKK)


async def test_reminder_text_has_the_deadline_days_left_and_link(db, directory, console):
    meeting = directory.add(slom_record())
    settings = console_settings(reminders={"digest_time": None})
    with time_machine.travel(dt.datetime(2025, 9, 12, 8, 0, tzinfo=BKK), tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            clock.move_to(dt.datetime(2025, 9, 12, 8, 30, tzinfo=BKK))
            await watcher.run_due()
    text = console.getvalue()
    assert "ลงทะเบียน (registration)" in text
    assert "18th SLOM-WG Meeting" in text
    assert "วันจันทร์ที่ 15 กันยายน 2568 เวลา 22.59 น. เวลาประเทศไทย (23.59 น. เวลาสิงคโปร์)" in text
    assert "เหลืออีก 3 วัน" in text
    assert "https://forms.example.org/slom-wg" in text
    assert f"/meeting {meeting.id}" in text


async def test_reminders_survive_a_restart_in_the_job_store(db, directory, console):
    settings = console_settings(reminders={"digest_time": None})
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            planned = service.replan(meeting)
        assert planned
        # The second run plans nothing (no current meetings): the jobs come from the
        # database, and look their meeting up when they fire.
        unplanned = LookupsOnly(db)
        unplanned.meetings[meeting.id] = meeting
        async with running_reminders(settings, db, unplanned, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            clock.move_to(dt.datetime(2025, 9, 3, 8, 30, tzinfo=BKK))
            assert await watcher.run_due() == [f"{meeting.id}:nomination:2025-09-10:7d"]
    assert sent(console) == [f"{meeting.id}:nomination:2025-09-10:7d"]


async def test_new_date_removes_the_old_reminders(db, directory, console):
    settings = console_settings(reminders={"digest_time": None})
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            action = ReminderAction(service)
            await action.handle(MeetingChange(meeting, None, None))
            moved = directory.change(
                meeting, record=slom_record(start=dt.datetime(2025, 10, 7, 9, 0, tzinfo=SGT))
            )
            await action.handle(MeetingChange(moved, meeting, None))
            jobs = {job_id for job_id, _ in service.scheduler.scheduled(meeting.id)}
            assert not {j for j in jobs if "2025-09-30" in j or "2025-09-29" in j}
            assert f"{meeting.id}:meeting:2025-10-07T09:00:00+08:00:60m" in jobs
            assert f"{meeting.id}:registration:2025-09-15T23:59:00+08:00:1d" in jobs
            clear(console)

            clock.move_to(dt.datetime(2025, 9, 29, 8, 30, tzinfo=BKK))
            await watcher.run_due()
            assert not [k for k in sent(console) if ":meeting:" in k or ":dry-run:" in k]
            clock.move_to(dt.datetime(2025, 10, 6, 8, 30, tzinfo=BKK))
            await watcher.run_due()  # the latest reminder of each target due by now goes out
            # The dry run's morning and the meeting's day before: one message.
            assert sent(console) == [f"{meeting.id}:dry-run:2025-10-06T14:00:00+08:00:morning"]
            assert "การประชุม (Meeting)" in console.getvalue()


async def test_reminders_of_one_meeting_at_the_same_minute_are_one_message(db, directory, console):
    settings = console_settings(reminders={"digest_time": None})
    directory.add(slom_record())
    # Friday 26 September: the dry run's day before (Sunday) and the meeting's three
    # days before (Saturday) both moved here.
    friday = dt.datetime(2025, 9, 26, 8, 30, tzinfo=BKK)
    with time_machine.travel(friday - MINUTE, tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            clock.move_to(friday)
            assert len(await watcher.run_due()) == 2
    text = console.getvalue()
    assert text.count("[reminder ") == 1
    assert "ทดสอบระบบก่อนการประชุม (Dry run)" in text
    assert "การประชุม (Meeting)" in text


async def test_cancelled_meeting_loses_its_reminders(db, directory, console):
    meeting = directory.add(slom_record())
    settings = console_settings()
    with time_machine.travel(SEPT_1, tick=False):
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            assert service.scheduler.scheduled(meeting.id)
            cancelled = directory.change(meeting, status=MeetingStatus.CANCELLED)
            await ReminderAction(service).handle(MeetingChange(cancelled, meeting, None))
            assert service.scheduler.scheduled(meeting.id) == []


async def test_after_downtime_late_reminders_and_one_catch_up_message(db, directory, console):
    settings = console_settings(reminders={"digest_time": None})
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)):
            pass
        # Down from 1 to 14 September: the registration's 7-day and (Friday's) 1-day
        # reminders were missed, and the nomination memo's deadline (10 Sept) passed.
        clock.move_to(dt.datetime(2025, 9, 14, 10, 0, tzinfo=BKK))
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            ran = await watcher.run_due()
            assert len(ran) == 2  # the registration's; the nomination's were caught up
        [catch_up, late] = sent(console)
        assert catch_up.startswith("catch-up:")
        assert late == f"{meeting.id}:registration:2025-09-15T23:59:00+08:00:1d"
        catch_up_text, late_text = console.getvalue().split("[reminder ")[1:]
        assert "เสนอรายชื่อผู้แทน (nomination)" in catch_up_text
        assert "วันพุธที่ 10 กันยายน 2568" in catch_up_text
        assert "แจ้งเตือนล่าช้า (late: due วันศุกร์ที่ 12 กันยายน 2568" in late_text
        # Another restart sends nothing again.
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            assert await watcher.run_due() == []
        assert len(sent(console)) == 2
        # And the next reminder still comes on time.
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            clock.move_to(dt.datetime(2025, 9, 15, 8, 30, tzinfo=BKK))
            assert await watcher.run_due() == [
                f"{meeting.id}:registration:2025-09-15T23:59:00+08:00:morning"
            ]


async def test_done_stops_the_reminders_and_a_replan_does_not_bring_them_back(
    db, directory, console
):
    settings = console_settings(reminders={"digest_time": None})
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            found = service.find(meeting.id, "registration")
            assert found is not None
            assert service.mark_done(found, by="test")
            assert not service.mark_done(found, by="test")
            service.replan(meeting)
            keys = [r.target for _, r in service.scheduler.scheduled(meeting.id)]
            assert "registration" not in keys
            assert "nomination" in keys
            clock.move_to(dt.datetime(2025, 9, 15, 8, 30, tzinfo=BKK))
            await watcher.run_due()
    assert not [k for k in sent(console) if ":registration:" in k]


async def test_snooze_offers_an_hour_the_next_morning_and_two_working_days(db, directory, console):
    settings = console_settings(reminders={"digest_time": None})
    with time_machine.travel(dt.datetime(2025, 9, 12, 16, 0, tzinfo=BKK), tick=False):
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            friday = [service.snoozed_until(how) for how in SNOOZES]
    assert friday == [
        dt.datetime(2025, 9, 12, 17, 0, tzinfo=BKK),
        dt.datetime(2025, 9, 15, 8, 30, tzinfo=BKK),  # Monday, not Saturday
        dt.datetime(2025, 9, 16, 8, 30, tzinfo=BKK),
    ]


async def test_snooze_holds_reminders_then_reminds_once(db, directory, console):
    settings = console_settings(reminders={"digest_time": None})
    meeting = directory.add(slom_record())
    with time_machine.travel(dt.datetime(2025, 9, 9, 8, 5, tzinfo=BKK), tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            found = service.find(meeting.id, "nomination")
            until = service.snooze(found, by="test", how=SNOOZE_HOUR)
            assert until == dt.datetime(2025, 9, 9, 9, 5, tzinfo=BKK)
            clock.move_to(dt.datetime(2025, 9, 9, 8, 30, tzinfo=BKK))
            assert await watcher.run_due() == [f"{meeting.id}:nomination:2025-09-10:1d"]
            assert sent(console) == []  # held by the snooze
            clock.move_to(until)
            await watcher.run_due()
            assert sent(console) == [f"{meeting.id}:nomination:2025-09-10:snoozed-20250909T0905"]
            clock.move_to(dt.datetime(2025, 9, 10, 8, 30, tzinfo=BKK))
            await watcher.run_due()
            assert sent(console)[-1] == f"{meeting.id}:nomination:2025-09-10:morning"


async def test_daily_digest_lists_this_weeks_deadlines_and_new_invitations(db, directory, console):
    settings = console_settings(reminders={"digest_time": "08:00"})
    meeting = directory.add(slom_record())
    with time_machine.travel(dt.datetime(2025, 9, 9, 16, 0, tzinfo=BKK), tick=False) as clock:
        async with running_reminders(settings, db, directory, Wiring(console=console)) as service:
            watcher = JobWatcher(service)
            await ReminderAction(service).handle(MeetingChange(meeting, None, None))
            clear(console)
            clock.move_to(dt.datetime(2025, 9, 10, 8, 0, tzinfo=BKK))
            assert await watcher.run_due() == ["digest"]
            digest = console.getvalue()
            clear(console)
            clock.move_to(dt.datetime(2025, 9, 11, 8, 0, tzinfo=BKK))
            assert "digest" in await watcher.run_due()
            next_day = console.getvalue()
    assert sent(digest) == ["digest:2025-09-10"]
    assert "เสนอรายชื่อผู้แทน (nomination)" in digest
    assert "วันนี้" in digest
    assert "ลงทะเบียน (registration)" in digest
    new_section = digest.split("New since yesterday")[1]
    assert "18th SLOM-WG Meeting" in new_section
    assert "18th SLOM-WG Meeting" not in next_day.split("New since yesterday")[1]
