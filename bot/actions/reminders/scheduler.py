"""APScheduler with its jobs in meetbot's own database, so reminders survive restarts.

Each planned reminder is one date job whose id is the reminder's key; the job holds
the reminder and the meeting as they were planned (a re-plan on every meeting
change replaces them). Jobs are pickled, so the functions they call are the
module-level `run_reminder` and `run_digest`, which hand over to the handler of the
running scheduler.

Jobs missed while meetbot was down all run when it starts again
(`misfire_grace_time=None`); the handler decides which of them still deserves a
message: at most one per deadline (see `ReminderService.fire`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.actions.reminders.plan import Reminder
from bot.errors import ActionError
from bot.meetings.meeting import Meeting
from bot.store.database import Database

log = logging.getLogger(__name__)

JOBS_TABLE = "apscheduler_jobs"
DIGEST_JOB = "digest"
# A digest missed by more than this (meetbot down all morning) is no longer news.
DIGEST_GRACE_SECONDS = 6 * 3600


class JobHandler(Protocol):
    async def fire(self, reminder: Reminder, meeting: Meeting) -> None: ...

    async def digest(self) -> None: ...


_handler: JobHandler | None = None


async def run_reminder(reminder: Reminder, meeting: Meeting) -> None:
    await _current_handler().fire(reminder, meeting)


async def run_digest() -> None:
    await _current_handler().digest()


def _current_handler() -> JobHandler:
    if _handler is None:
        raise ActionError("a reminder job ran with no reminder service started")
    return _handler


class ReminderScheduler:
    def __init__(self, db: Database, tz: ZoneInfo) -> None:
        self.tz = tz
        self.apscheduler = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=db.engine, tablename=JOBS_TABLE)},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=tz,
        )

    def start(self, handler: JobHandler) -> None:
        """Open the job store, paused: call `resume` once the plans are brought up to date."""
        global _handler
        _handler = handler
        self.apscheduler.start(paused=True)

    def resume(self) -> None:
        self.apscheduler.resume()

    def pause(self) -> None:
        """Start no more jobs (takes effect at once, unlike shutdown)."""
        if self.apscheduler.running:
            self.apscheduler.pause()

    async def shutdown(self) -> None:
        global _handler
        if self.apscheduler.running:
            self.apscheduler.shutdown(wait=False)
            # AsyncIOScheduler shuts down in a callback on the loop: let it run now, so
            # a scheduler started next (a restart in the same process) is alone.
            await asyncio.sleep(0)
        _handler = None

    def schedule(
        self,
        reminder: Reminder,
        meeting: Meeting,
        *,
        job_id: str | None = None,
        run_at: dt.datetime | None = None,
    ) -> None:
        self.apscheduler.add_job(
            run_reminder,
            trigger="date",
            run_date=run_at or reminder.fire_at,
            id=job_id or reminder.key,
            name=reminder.key,
            kwargs={"reminder": reminder, "meeting": meeting},
            replace_existing=True,
        )

    def scheduled(self, meeting_id: int) -> list[tuple[str, Reminder]]:
        """The jobs of a meeting, as (job id, reminder)."""
        prefix = f"{meeting_id}:"
        return [
            (job.id, _reminder_of(job))
            for job in self.apscheduler.get_jobs()
            if job.id.startswith(prefix)
        ]

    def remove(self, job_id: str) -> None:
        self.apscheduler.remove_job(job_id)

    def schedule_digest(self, at: dt.time) -> None:
        """Every day at `at`, office time; an unchanged job keeps its next run (catch-up)."""
        trigger = CronTrigger(hour=at.hour, minute=at.minute, timezone=self.tz)
        existing = self.apscheduler.get_job(DIGEST_JOB)
        if existing is not None and str(existing.trigger) == str(trigger):
            return
        self.apscheduler.add_job(
            run_digest,
            trigger=trigger,
            id=DIGEST_JOB,
            misfire_grace_time=DIGEST_GRACE_SECONDS,
            replace_existing=True,
        )

    def unschedule_digest(self) -> None:
        if self.apscheduler.get_job(DIGEST_JOB) is not None:
            self.apscheduler.remove_job(DIGEST_JOB)

    def retry_digest(self, at: dt.datetime) -> None:
        self.apscheduler.add_job(
            run_digest, trigger="date", run_date=at, id=f"{DIGEST_JOB}:retry", replace_existing=True
        )


def _reminder_of(job: Job) -> Reminder:
    reminder = job.kwargs["reminder"]
    if not isinstance(reminder, Reminder):
        raise ActionError(f"job {job.id} holds {type(reminder).__name__}, not a Reminder")
    return reminder
