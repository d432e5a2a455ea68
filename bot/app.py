"""The one wiring module: settings → database → pipeline (stages, actions) → sources.

Everything else receives what it needs as arguments; only this module knows which
concrete reader, extractor, actions and sources make up a running meetbot.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from bot.actions.base import Action
from bot.actions.calendar.action import CalendarAction
from bot.actions.calendar.caldav_push import CalDavCalendar
from bot.actions.mailer import Mailer
from bot.actions.memo import soffice
from bot.actions.memo.action import MemoAction
from bot.actions.memo.draft import soffice_markers
from bot.actions.outbox import Outbox
from bot.actions.reminders.action import ReminderAction
from bot.actions.reminders.directory import StoredMeetings
from bot.actions.reminders.runtime import Wiring, running_reminders
from bot.actions.reminders.service import ReminderService
from bot.app_changes import PeopleChanges
from bot.app_notices import (
    announce_changes,
    notice_tasks,
    set_soon,
    tell_office,
    tell_revoked_sign_ins,
)
from bot.config.settings import Settings
from bot.errors import StoreError
from bot.meetings.repository import MeetingMerger, load_meeting
from bot.processing.backfill import BackfillReport, Progress, backfill_folder
from bot.processing.budget import MessageWorker
from bot.processing.intake import Intake
from bot.processing.outcome import Outcome
from bot.processing.past import SkipPast
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.processing.workers import UnderstandingPool, warm_understanding
from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from bot.reading.ocr import ocr_problem
from bot.sources.files import FILE_SOURCE, messages_in
from bot.sources.imap import mailbox_key
from bot.sources.incoming import Incoming
from bot.sources.lock import MailboxLock
from bot.sources.loop import Watcher, keep_watching
from bot.sources.maildir import MaildirWatcher
from bot.sources.oauth import watch_sign_ins
from bot.sources.sign_ins import SignInRecorder
from bot.sources.watcher import FolderWatcher
from bot.store.database import Database, open_database
from bot.types import Clock, SystemClock
from bot.understanding.extract import extract_message

log = logging.getLogger(__name__)

# How often interrupted messages and failed actions are looked at again (each action
# has its own backoff on top).
ACTION_RETRY_EVERY_SECONDS = 30.0


def build_stages(settings: Settings) -> Stages:
    limits = ReadLimits.from_settings(settings.reading, settings.ocr, settings.data_dir)
    return Stages(
        read=partial(read_message, limits=limits),
        extract=partial(extract_message, default_tz=settings.timezone),
        merge=partial(MeetingMerger, trust=settings.trust),
    )


def build_actions(settings: Settings, db: Database, outbox: Outbox, clock: Clock) -> list[Action]:
    """The plug-ins that act on meeting changes; reminders join them in a running daemon."""
    caldav = CalDavCalendar(settings.calendar) if settings.calendar.caldav_url else None
    return [CalendarAction(settings, db, outbox, clock, caldav), MemoAction(settings, db, clock)]


def build_watchers(
    settings: Settings,
    *,
    db: Database,
    intake: Intake,
    clock: Clock,
    stop: asyncio.Event,
    once: bool = False,
) -> list[Watcher]:
    """A watcher for the Maildir and for each IMAP folder configured, each handing its
    messages to the one `intake`: stored at once, processed in order by its one task."""
    found: list[Watcher] = []
    maildir = settings.sources.maildir
    if maildir.enabled:
        found.append(
            MaildirWatcher(
                maildir.path,
                db=db,
                accept=intake,
                clock=clock,
                stop=stop,
                poll_seconds=maildir.poll_seconds,
            )
        )
    for account in settings.sources.imap:
        for folder in account.folders:
            found.append(
                FolderWatcher(
                    account,
                    folder,
                    db=db,
                    accept=intake,
                    clock=clock,
                    stop=stop,
                    once=once,
                )
            )
    return found


@contextlib.asynccontextmanager
async def reading_on_a_budget(settings: Settings, pipeline: Pipeline) -> AsyncIterator[None]:
    """While the daemon runs, each message is read in a worker process on a budget, so
    one message can never hold it (bot.processing.budget)."""
    reading = settings.reading
    if not reading.message_seconds:
        # Messages are read in this process: its places' tables are read before the first.
        await asyncio.to_thread(warm_understanding)
        yield
        return
    stages = pipeline.stages
    worker = MessageWorker(
        stages.read,
        stages.extract,
        seconds=reading.message_seconds,
        memory_mb=reading.worker_memory_mb,
    )
    pipeline.worker = worker
    try:
        # Before any message is counted as being processed (resume, or stored by a
        # watcher): a daemon killed while its worker starts was not killed by a message.
        await worker.ready()
        yield
    finally:
        pipeline.worker = None
        await asyncio.to_thread(worker.close)


def mailbox_locks(settings: Settings) -> list[MailboxLock]:
    """One lock per watched mailbox: two daemons on one mailbox would process mail twice."""
    data_dir = settings.data_dir
    locks = [
        MailboxLock(data_dir, f"imap:{mailbox_key(account)}") for account in settings.sources.imap
    ]
    maildir = settings.sources.maildir
    if maildir.enabled:
        locks.append(MailboxLock(data_dir, f"maildir:{maildir.path.resolve()}"))
    return locks


class App(PeopleChanges):
    """A configured meetbot: `run` the daemon, `import_path`, `backfill`, and the changes
    people make (`assign`, `approve`) from the command line or chat.

    Reminders need the scheduler and, when configured, Telegram: they run inside `run`.
    Elsewhere (`meetbot import`, `assign`, `approve`) their work is recorded as pending
    runs that the daemon does when it next looks, within ACTION_RETRY_EVERY_SECONDS.
    """

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        clock: Clock | None = None,
        stages: Stages | None = None,
        actions: Sequence[Action] | None = None,
        reminders: Wiring | None = None,
    ) -> App:
        """Open the store (migrating it to the current schema) and wire meetbot over it."""
        db = open_database(settings.store.database_url())
        return cls(settings, db, clock=clock, stages=stages, actions=actions, reminders=reminders)

    def __init__(
        self,
        settings: Settings,
        db: Database,
        *,
        clock: Clock | None = None,
        stages: Stages | None = None,
        actions: Sequence[Action] | None = None,
        reminders: Wiring | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock or SystemClock()
        self.db = db
        self.outbox = Outbox(self.db, Mailer(settings.smtp), self.clock)
        self.meetings = StoredMeetings(
            self.db, self._assign_from_chat, self._approve_from_chat, self._decide_from_chat
        )
        self.reminders_wiring = replace(reminders or Wiring(), clock=self.clock, outbox=self.outbox)
        # While the daemon runs: it shows the office each change kept apart for approval.
        self._reminders: ReminderService | None = None
        self.runner = ActionRunner(
            self.db,
            build_actions(settings, self.db, self.outbox, self.clock)
            if actions is None
            else actions,
            load=load_meeting,
            clock=self.clock,
            # Given actions (tests) are the whole set; the default set includes reminders.
            deferred=[ReminderAction.name] if actions is None else [],
            secrets=settings.secret_values(),
            skip=SkipPast(self.clock, settings.timezone) if settings.actions.skip_past else None,
        )
        self.pipeline = Pipeline(
            self.db, stages or build_stages(settings), self.runner, clock=self.clock
        )
        self.intake = Intake(self.pipeline)
        self.stop = asyncio.Event()

    @property
    def reminder_service(self) -> ReminderService | None:
        """The reminders (and the office's chat) while the daemon runs them, else None."""
        return self._reminders

    def close(self) -> None:
        self.db.close()

    def _watchers(self, *, once: bool = False) -> list[Watcher]:
        return build_watchers(
            self.settings,
            db=self.db,
            intake=self.intake,
            clock=self.clock,
            stop=self.stop,
            once=once,
        )

    async def run(self, *, once: bool = False) -> None:
        """Watch every source until SIGTERM/SIGINT (or one pass with `once`).

        Raises LockedError when another process watches one of the mailboxes.
        """
        locks = mailbox_locks(self.settings)
        if self.settings.ocr.enabled and (problem := ocr_problem(self.settings.ocr.languages)):
            log.warning(problem)
        try:
            for lock in locks:
                lock.acquire()
            loop = asyncio.get_running_loop()
            revoked = asyncio.Event()  # set by the refreshing thread, for the loop to see
            watch_sign_ins(SignInRecorder(self.db, self.clock, partial(set_soon, revoked, loop)))
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(signum, self._request_stop, signum)
            async with self._reminders_running(), reading_on_a_budget(self.settings, self.pipeline):
                await asyncio.to_thread(soffice.reap_leftovers, soffice_markers(self.settings))
                await self.pipeline.resume()
                if once:
                    await self._one_pass()
                    for tell in (announce_changes, tell_revoked_sign_ins):
                        await tell_office(self._reminders, tell)
                    return
                watchers = self._watchers()
                log.info("meetbot running", extra={"sources": [w.name for w in watchers]})
                tasks = [
                    asyncio.create_task(keep_watching(w, self.stop), name=w.name) for w in watchers
                ]
                tasks.append(asyncio.create_task(self._retry_actions(), name="action retries"))
                tasks += notice_tasks(
                    self.stop,
                    lambda: self._reminders,
                    self.pipeline.changes_kept_apart,
                    revoked,
                    retry_every=ACTION_RETRY_EVERY_SECONDS,
                )
                # Actions (a memo's LibreOffice) off the intake path: a worker of their own.
                tasks.append(asyncio.create_task(self.runner.work(self.stop), name="actions"))
                try:
                    await asyncio.gather(*tasks)
                finally:
                    # What the watchers stored is understood before leaving: at most the
                    # messages of one fetch, as when watchers processed them themselves.
                    await self.intake.processed()
            log.info("meetbot stopped")
        finally:
            watch_sign_ins(None)
            for lock in locks:
                lock.release()

    @contextlib.asynccontextmanager
    async def _reminders_running(self) -> AsyncIterator[None]:
        """Reminders (console, e-mail, Telegram when configured) for as long as the daemon runs."""
        if ReminderAction.name not in self.runner.deferred:
            yield
            return
        async with running_reminders(
            self.settings, self.db, self.meetings, self.reminders_wiring
        ) as service:
            self.runner.attach(ReminderAction(service))
            self._reminders = service
            try:
                yield
            finally:
                self._reminders = None
                self.runner.detach(ReminderAction.name)

    async def _one_pass(self) -> None:
        for watcher in self._watchers(once=True):
            await keep_watching(watcher, self.stop, once=True)
        await self.intake.processed()

    def _request_stop(self, signum: int) -> None:
        log.info("stopping", extra={"signal": signal.Signals(signum).name})
        self.stop.set()
        self.runner.stopping()
        # A memo's PDF under way is not waited for: its run is failed, and done again at
        # the next start.
        if stopped := soffice.kill_running():
            log.info("LibreOffice stopped", extra={"runs": stopped})

    async def _retry_actions(self) -> None:
        while not self.stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), ACTION_RETRY_EVERY_SECONDS)
            if self.stop.is_set():
                break
            # resume(), not only the actions: a message stored while the store then
            # refused its extraction (full disk, held lock) is finished here, not at
            # the next restart.
            try:
                await self.pipeline.resume()
                await self.outbox.flush()
            except StoreError as exc:
                log.error("store unavailable: %s", exc)

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
        count = self.settings.reading.workers
        stages = self.pipeline.stages
        workers = UnderstandingPool(stages.read, stages.extract, workers=count) if count else None
        try:
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
                            workers=workers,
                        )
                    )
        finally:
            if workers is not None:
                workers.close()
        return reports
