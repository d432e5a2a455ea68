from __future__ import annotations

import asyncio
import datetime as dt
import io

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent

from bot.actions.reminders.service import ReminderService
from bot.config.settings import Delegate, Settings
from bot.store.database import Database, open_database
from tests.actions.reminders.meetings import MemoryDirectory

DELEGATES = [
    Delegate(key="anan", name="Anan Example", telegram_chat_id=4242),
    Delegate(key="benja", name="Benja Example", email="benja@example.org"),
]


@pytest.fixture
def db(tmp_path) -> Database:
    database = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    yield database
    database.close()


@pytest.fixture
def directory(db) -> MemoryDirectory:
    return MemoryDirectory(db, [d.key for d in DELEGATES])


@pytest.fixture
def console() -> io.StringIO:
    return io.StringIO()


def console_settings(**overrides) -> Settings:
    return Settings(delegates=DELEGATES, **overrides)


class JobWatcher:
    """Runs the jobs due now and waits until each has finished (no sleeping)."""

    def __init__(self, service: ReminderService) -> None:
        self._scheduler = service.scheduler.apscheduler
        self._finished: list[str] = []
        self.failures: list[str] = []
        self._changed = asyncio.Event()
        self._scheduler.add_listener(self._on_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _on_event(self, event: JobExecutionEvent) -> None:
        if event.exception is not None:
            self.failures.append(f"{event.job_id}: {event.traceback}")
        self._finished.append(event.job_id)
        self._changed.set()

    def due(self, now: dt.datetime) -> list[str]:
        return [
            job.id
            for job in self._scheduler.get_jobs()
            if job.next_run_time and job.next_run_time <= now
        ]

    async def run_due(self) -> list[str]:
        """Wake the scheduler at the (travelled) current time; the ids of the jobs run."""
        due = self.due(dt.datetime.now(dt.UTC))
        self._finished.clear()
        self._scheduler.wakeup()
        while not set(due) <= set(self._finished):
            self._changed.clear()
            # Only keeps a broken job from hanging the test: on a loaded machine a job
            # (a message through the local Bot API) has taken seconds.
            await asyncio.wait_for(self._changed.wait(), 60)
        assert not self.failures, self.failures
        return due
