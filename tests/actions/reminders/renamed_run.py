"""The second life of a daemon in the job-store test, run in a process of its own on a
copy of meetbot whose classes were renamed: prints the keys of the reminders it fired."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import sys

import time_machine

from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.store.database import open_database
from tests.actions.reminders.conftest import JobWatcher, console_settings
from tests.actions.reminders.meetings import BKK, LookupsOnly, slom_record

SEPT_3_MORNING = dt.datetime(2025, 9, 3, 8, 30, tzinfo=BKK)


async def fire_due(url: str, meeting_id: int, uid: str) -> list[str]:
    db = open_database(url)  # migrated: a job stored the old way is converted
    directory = LookupsOnly(db)
    directory.meetings[meeting_id] = Meeting(
        meeting_id, uid, MeetingStatus.SCHEDULED, slom_record(), 0
    )
    settings = console_settings(reminders={"digest_time": None})
    async with running_reminders(settings, db, directory, Wiring(console=io.StringIO())) as s:
        watcher = JobWatcher(s)
        with time_machine.travel(SEPT_3_MORNING, tick=False):
            fired = await watcher.run_due()
    db.close()
    return fired


if __name__ == "__main__":
    url, meeting_id, uid = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    print(json.dumps(asyncio.run(fire_due(url, meeting_id, uid))))
