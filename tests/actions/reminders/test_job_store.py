"""Stored reminder jobs outlive a refactor: they hold keys, not pickles of our classes,
and the migration turns jobs stored the old way into keys without needing those classes."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
import time_machine
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger

import bot
from bot.actions.reminders.plan import plan_reminders
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.actions.reminders.scheduler import JOBS_TABLE
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.store.database import Database
from bot.understanding.record import MeetingRecord
from tests.actions.reminders.conftest import console_settings
from tests.actions.reminders.meetings import BKK, MemoryDirectory, slom_record

# Each test starts a refactored meetbot in an interpreter of its own.
pytestmark = pytest.mark.slow

REPO = Path(__file__).parents[3]
SEPT_1 = dt.datetime(2025, 9, 1, 9, 0, tzinfo=BKK)
SETTINGS = console_settings(reminders={"digest_time": None})
# A refactor: the classes a reminder and a meeting are made of get new names everywhere.
RENAMES = {
    "Reminder": "PlannedReminder",
    "Target": "ReminderTarget",
    "Meeting": "MeetingState",
    "MeetingRecord": "RecordOfMeeting",
}


def renamed_copy(folder: Path) -> Path:
    """meetbot's package and the reminder tests' helpers copied into `folder`, with
    RENAMES applied to their code."""
    skip = shutil.ignore_patterns("__pycache__", "corpus", "*.eml")
    shutil.copytree(Path(bot.__file__).parent, folder / "bot", ignore=skip)
    shutil.copytree(REPO / "tests", folder / "tests", ignore=skip)
    word = re.compile(r"\b(" + "|".join(RENAMES) + r")\b")
    for module in folder.rglob("*.py"):
        code = module.read_text(encoding="utf-8")
        module.write_text(word.sub(lambda m: RENAMES[m[1]], code), encoding="utf-8")
    return folder


def fire_with_renamed_classes(tmp_path: Path, url: str, meeting: Meeting) -> list[str]:
    """A restarted daemon, after the refactor, runs the reminders due on 3 September."""
    code = renamed_copy(tmp_path / "refactored")
    environment = {**os.environ, "PYTHONPATH": str(code)}
    run = ["-m", "tests.actions.reminders.renamed_run", url, str(meeting.id), meeting.uid]
    done = subprocess.run(
        [sys.executable, *run],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    fired: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return fired


async def test_stored_jobs_fire_after_the_classes_they_name_are_renamed(tmp_path, console):
    url = f"sqlite:///{tmp_path}/meetbot.db"
    db = Database(url)
    db.migrate()
    directory = MemoryDirectory(db)
    meeting = directory.add(slom_record())
    with time_machine.travel(SEPT_1, tick=False):
        async with running_reminders(SETTINGS, db, directory, Wiring(console=console)) as service:
            assert service.replan(meeting)
    db.close()

    fired = fire_with_renamed_classes(tmp_path, url, meeting)

    assert fired == [f"{meeting.id}:nomination:2025-09-10:7d"]


def test_the_migration_turns_jobs_pickled_the_old_way_into_keys(tmp_path):
    url = f"sqlite:///{tmp_path}/meetbot.db"
    db = Database(url)
    db.migrate("0004_failures_messages")
    meeting = _old_meeting(db, slom_record())
    (reminder,) = [
        r
        for r in plan_reminders(meeting, SETTINGS.reminders, BKK)
        if r.key.endswith(":nomination:2025-09-10:7d")
    ]
    # A job as the scheduler stored it before: the Reminder and Meeting objects pickled,
    # in the state APScheduler's SQLAlchemy store keeps (Job.__getstate__).
    store = SQLAlchemyJobStore(engine=db.engine, tablename=JOBS_TABLE)
    store.start(BackgroundScheduler(timezone=BKK), "default")
    state = {
        "version": 1,
        "id": reminder.key,
        "func": "bot.actions.reminders.scheduler:run_reminder",
        "trigger": DateTrigger(reminder.fire_at),
        "executor": "default",
        "args": (),
        "kwargs": {"reminder": reminder, "meeting": meeting},
        "name": reminder.key,
        "misfire_grace_time": None,
        "coalesce": True,
        "max_instances": 1,
        "next_run_time": reminder.fire_at,
    }
    with db.engine.begin() as connection:
        connection.execute(
            store.jobs_t.insert().values(
                id=reminder.key,
                next_run_time=reminder.fire_at.timestamp(),
                job_state=pickle.dumps(state, pickle.HIGHEST_PROTOCOL),
            )
        )
    db.close()

    # The refactored meetbot migrates (its migration cannot load the old classes either)
    # and fires the job.
    fired = fire_with_renamed_classes(tmp_path, url, meeting)

    assert fired == [reminder.key]


def _old_meeting(db: Database, record: MeetingRecord) -> Meeting:
    """A meeting stored as that old schema had it: today's rows carry columns (added by
    later migrations) that its table does not have yet."""
    now = dt.datetime.now(dt.UTC)
    uid = "old-meeting@example.org"
    meetings = sa.Table("meetings", sa.MetaData(), autoload_with=db.engine)
    with db.engine.begin() as connection:
        (meeting_id,) = connection.execute(
            meetings.insert().values(
                uid=uid,
                status=MeetingStatus.SCHEDULED.value,
                record=record.to_json(),
                revision=0,
                approved=True,
                approval_reasons=[],
                created_at=now,
                updated_at=now,
            )
        ).inserted_primary_key
    return Meeting(meeting_id, uid, MeetingStatus.SCHEDULED, record, 0)
