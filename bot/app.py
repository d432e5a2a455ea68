"""The one wiring module: settings → database → pipeline (stages, actions) → sources.

Everything else receives what it needs as arguments; only this module knows which
concrete reader, extractor, actions and sources make up a running meetbot.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import signal
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from bot.actions.base import Action, MeetingChange
from bot.actions.calendar.action import CalendarAction
from bot.actions.calendar.caldav_push import CalDavCalendar
from bot.actions.mailer import Mailer
from bot.actions.outbox import Outbox
from bot.meetings.record import Extraction
from bot.meetings.repository import apply_extraction, load_meeting
from bot.pipeline import Incoming, Outcome, Pipeline, Stages
from bot.reading.document import MailDocument
from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from bot.settings import Settings
from bot.sources.backfill import BackfillReport, Progress, backfill_folder
from bot.sources.files import FILE_SOURCE, messages_in
from bot.sources.imap import mailbox_key
from bot.sources.lock import MailboxLock
from bot.sources.maildir import MaildirWatcher
from bot.sources.watcher import FolderWatcher
from bot.store.database import Database, open_database
from bot.types import Clock, SystemClock
from bot.understanding.extract import extract_message

log = logging.getLogger(__name__)

# How often failed actions are looked at again (each has its own backoff on top).
ACTION_RETRY_EVERY_SECONDS = 30.0


class Watcher(Protocol):
    @property
    def name(self) -> str: ...

    async def run(self) -> None: ...


def setup_logging(level: str, as_json: bool) -> None:
    """One line per event; with `as_json`, one JSON object per line."""
    handler = logging.StreamHandler()
    handler.setFormatter(_JsonFormatter() if as_json else _TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for chatty in ("imapclient", "alembic"):
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))


_RECORD_FIELDS = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "taskName",
}


def _extra(record: logging.LogRecord) -> dict[str, object]:
    return {k: v for k, v in record.__dict__.items() if k not in _RECORD_FIELDS}


class _TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={v}" for k, v in _extra(record).items())
        line = f"{self.formatTime(record)} {record.levelname} {record.name}: {record.getMessage()}"
        line = f"{line} {fields}" if fields else line
        line = line.replace("\n", "\\n")  # one event, one line, whatever a subject holds
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
            **_extra(record),
        }
        if record.exc_info:
            event["exc"] = self.formatException(record.exc_info)
        return json.dumps(event, default=str, ensure_ascii=False)


def _merge(
    session: Session, message_pk: int, document: MailDocument, extraction: Extraction
) -> MeetingChange | None:
    return apply_extraction(session, message_pk=message_pk, doc=document, extraction=extraction)


def build_stages(settings: Settings) -> Stages:
    limits = ReadLimits.from_settings(settings.reading)
    return Stages(
        read=partial(read_message, limits=limits),
        extract=partial(extract_message, default_tz=settings.timezone),
        merge=_merge,
        load=load_meeting,
    )


def build_actions(settings: Settings, db: Database, outbox: Outbox, clock: Clock) -> list[Action]:
    """The plug-ins that act on meeting changes (calendar, memo, reminders add theirs)."""
    caldav = CalDavCalendar(settings.calendar) if settings.calendar.caldav_url else None
    return [CalendarAction(settings, db, outbox, clock, caldav)]


class App:
    """A configured meetbot: `run` the daemon, `import_path`, `backfill`."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        stages: Stages | None = None,
        actions: Sequence[Action] | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock or SystemClock()
        self.db = open_database(settings.store.database_url())
        self.outbox = Outbox(self.db, Mailer(settings.smtp), self.clock)
        self.pipeline = Pipeline(
            self.db,
            stages or build_stages(settings),
            build_actions(settings, self.db, self.outbox, self.clock)
            if actions is None
            else actions,
            clock=self.clock,
        )
        self.stop = asyncio.Event()

    def close(self) -> None:
        self.db.close()

    def locks(self) -> list[MailboxLock]:
        data_dir = self.settings.data_dir
        locks = [
            MailboxLock(data_dir, f"imap:{mailbox_key(account)}")
            for account in self.settings.sources.imap
        ]
        maildir = self.settings.sources.maildir
        if maildir.enabled:
            locks.append(MailboxLock(data_dir, f"maildir:{maildir.path.resolve()}"))
        return locks

    def watchers(self, *, once: bool = False) -> list[Watcher]:
        found: list[Watcher] = []
        maildir = self.settings.sources.maildir
        if maildir.enabled:
            found.append(
                MaildirWatcher(
                    maildir.path,
                    db=self.db,
                    pipeline=self.pipeline,
                    clock=self.clock,
                    stop=self.stop,
                    poll_seconds=maildir.poll_seconds,
                )
            )
        for account in self.settings.sources.imap:
            for folder in account.folders:
                found.append(
                    FolderWatcher(
                        account,
                        folder,
                        db=self.db,
                        pipeline=self.pipeline,
                        clock=self.clock,
                        stop=self.stop,
                        once=once,
                    )
                )
        return found

    async def run(self, *, once: bool = False) -> None:
        """Watch every source until SIGTERM/SIGINT (or one pass with `once`).

        Raises LockedError when another process watches one of the mailboxes.
        """
        locks = self.locks()
        try:
            for lock in locks:
                lock.acquire()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(signum, self._request_stop, signum)
            await self.pipeline.resume()
            if once:
                await self._one_pass()
                return
            watchers = self.watchers()
            log.info("meetbot running", extra={"sources": [w.name for w in watchers]})
            tasks = [asyncio.create_task(w.run(), name=w.name) for w in watchers]
            tasks.append(asyncio.create_task(self._retry_actions(), name="action retries"))
            await asyncio.gather(*tasks)
            log.info("meetbot stopped")
        finally:
            for lock in locks:
                lock.release()

    async def _one_pass(self) -> None:
        for watcher in self.watchers(once=True):
            if isinstance(watcher, MaildirWatcher):
                await watcher.scan()
            else:
                await watcher.run()

    def _request_stop(self, signum: int) -> None:
        log.info("stopping", extra={"signal": signal.Signals(signum).name})
        self.stop.set()

    async def _retry_actions(self) -> None:
        while not self.stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), ACTION_RETRY_EVERY_SECONDS)
            if not self.stop.is_set():
                await self.pipeline.retry_due_actions()
                await self.outbox.flush()

    async def import_path(self, path: Path) -> list[Outcome]:
        """Store and process every message in a .eml file, a directory or an mbox."""
        outcomes: list[Outcome] = []
        for message in await asyncio.to_thread(lambda: list(messages_in(path))):
            outcome = await self.pipeline.accept(Incoming(message.raw, FILE_SOURCE))
            log.info("imported", extra={"origin": message.origin, "status": outcome.status})
            outcomes.append(outcome)
        return outcomes

    async def backfill(
        self, since: dt.date, progress: Progress | None = None
    ) -> list[BackfillReport]:
        reports: list[BackfillReport] = []
        for account in self.settings.sources.imap:
            for folder in account.folders:
                reports.append(
                    await backfill_folder(
                        account,
                        folder,
                        since,
                        db=self.db,
                        pipeline=self.pipeline,
                        clock=self.clock,
                        timeout=account.timeout_seconds,
                        progress=progress,
                        stop=self.stop,
                    )
                )
        return reports
