"""APScheduler with its jobs in meetbot's own database, so reminders survive restarts.

Each planned reminder is one date job whose id is the reminder's key. APScheduler
pickles what a job holds, and a pickled object of ours would fail to load once its
class is renamed or moved (APScheduler then drops the job). So a job holds only keys in
plain values (`ReminderJob`: meeting id, target, due moment, offset), and calls the
module-level `run_reminder` or `run_digest`, which hand over to the handler of the
running scheduler; the handler looks the meeting up as it is when the job fires.

Jobs missed while meetbot was down all run when it starts again
(`misfire_grace_time=None`); the handler decides which of them still deserves a
message: at most one per deadline (see `ReminderService.fire`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import asdict, dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.actions.reminders.plan import Reminder, Target
from bot.errors import ActionError
from bot.store.database import Database

log = logging.getLogger(__name__)

JOBS_TABLE = "apscheduler_jobs"
DIGEST_JOB = "digest"
# A digest missed by more than this (meetbot down all morning) is no longer news.
DIGEST_GRACE_SECONDS = 6 * 3600


@dataclass(frozen=True)
class ReminderJob:
    """What a stored reminder job holds: the reminder's keys, every one a str or an int."""

    key: str  # the reminder's key, also the job's id (a retry's id differs)
    meeting_id: int
    target: str  # Target.key: "registration", "meeting", "dry-run", ...
    due: str  # Target.due, ISO 8601: which of the target's dates
    offset: str
    fire_at: str  # ISO 8601

    @classmethod
    def of(cls, reminder: Reminder) -> ReminderJob:
        target = reminder.target
        return cls(
            reminder.key,
            reminder.meeting_id,
            target.key,
            target.due.isoformat(),
            reminder.offset,
            reminder.fire_at.isoformat(),
        )

    def fits(self, target: Target) -> bool:
        return target.key == self.target and target.due.isoformat() == self.due

    def reminder(self, target: Target) -> Reminder:
        fire_at = dt.datetime.fromisoformat(self.fire_at)
        return Reminder(self.key, self.meeting_id, target, self.offset, fire_at)


class JobHandler(Protocol):
    async def fire_job(self, job: ReminderJob) -> None: ...

    async def digest(self) -> None: ...


_handler: JobHandler | None = None


async def run_reminder(
    key: str, meeting_id: int, target: str, due: str, offset: str, fire_at: str
) -> None:
    job = ReminderJob(key, meeting_id, target, due, offset, fire_at)
    await _current_handler().fire_job(job)


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
            kwargs=asdict(ReminderJob.of(reminder)),
            replace_existing=True,
        )

    def scheduled(self, meeting_id: int) -> list[tuple[str, ReminderJob]]:
        """The jobs of a meeting, as (job id, what the job holds)."""
        prefix = f"{meeting_id}:"
        return [
            (job.id, _job_of(job))
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


def _job_of(job: Job) -> ReminderJob:
    try:
        return ReminderJob(**job.kwargs)
    except TypeError as exc:
        raise ActionError(f"job {job.id} does not hold a reminder's keys: {exc}") from exc
