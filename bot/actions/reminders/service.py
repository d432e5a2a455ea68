"""Reminders at work: re-planning meetings, sending what a due job still sends, the
arrival notice and the daily digest. Targets done, snoozed or missed: see followup.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions.memo.kinds import MemoKind
from bot.actions.reminders import state
from bot.actions.reminders.announce import NOTICE_PREFIX, Notices
from bot.actions.reminders.delivery import Deliverer, Delivery, Recipient, recipients_for, staff
from bot.actions.reminders.digest import daily_digest
from bot.actions.reminders.directory import MeetingDirectory
from bot.actions.reminders.followup import OpenTarget as OpenTarget
from bot.actions.reminders.followup import TargetFollowUp, is_done
from bot.actions.reminders.memos import memo_documents
from bot.actions.reminders.messages import (
    reminder_message,
)
from bot.actions.reminders.notice import (
    correction_notice,
)
from bot.actions.reminders.office_week import OfficeWeek
from bot.actions.reminders.plan import (
    SNOOZED,
    Reminder,
    plan_reminders,
)
from bot.actions.reminders.scheduler import ReminderJob, ReminderScheduler
from bot.config.settings import Settings
from bot.errors import DeliveryError
from bot.meetings.meeting import Meeting
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)

# A reminder sent this long after its time says it is late (meetbot was down).
LATE_AFTER = dt.timedelta(minutes=15)
MERGED = "merged"  # channel of a reminder sent within another of the same minute
# After a delivery failed through all its retries (Telegram down for minutes), try
# the recipients not yet reached again this much later.
REDELIVERY_DELAY = dt.timedelta(minutes=10)


class ReminderService(TargetFollowUp):
    def __init__(
        self,
        settings: Settings,
        db: Database,
        scheduler: ReminderScheduler,
        deliverer: Deliverer,
        directory: MeetingDirectory,
        clock: Clock,
        *,
        telegram: bool,
    ) -> None:
        self.settings = settings
        self.tz = ZoneInfo(settings.timezone)
        self.directory = directory
        self._db = db
        self.scheduler = scheduler
        self._deliverer = deliverer
        self._clock = clock
        self._telegram = telegram
        # Jobs being run: a date job leaves the store when it starts, so stopping must
        # wait for it rather than cancel a reminder half sent.
        self._in_flight: set[asyncio.Task[Any]] = set()
        self.week = OfficeWeek.of(settings.reminders)
        self.notices = Notices(settings, db, deliverer, telegram=telegram)
        # Reminders missed while meetbot was down whose deadline has passed meanwhile:
        # listed in one message by `catch_up`, not sent one by one.
        self._missed: list[OpenTarget] = []

    # -- lifecycle ------------------------------------------------------------------

    def start(self, *, fire: bool = True) -> None:
        """Open the job store, bring every current meeting's plan up to date, then run
        (unless not `fire`: the plans are stored, no job runs).

        Jobs missed while meetbot was down run as soon as this returns and the event
        loop gets a turn.
        """
        self.scheduler.start(self)
        now = self._clock.now()
        for meeting in self.directory.current():
            self.replan(meeting)
            self._collect_missed(meeting, now)
        digest_time = self.settings.reminders.digest_time
        if digest_time is None:
            self.scheduler.unschedule_digest()
        else:
            self.scheduler.schedule_digest(digest_time)
        if fire:
            self.scheduler.resume()

    async def stop(self) -> None:
        """Start no new jobs, let the running ones finish their deliveries, shut down."""
        self.scheduler.pause()
        await asyncio.gather(*self._in_flight, return_exceptions=True)
        await self.scheduler.shutdown()

    # -- planning -------------------------------------------------------------------

    def replan(self, meeting: Meeting) -> list[Reminder]:
        """Make the meeting's jobs match its plan; return the reminders still to come."""
        planned = plan_reminders(meeting, self.settings.reminders, self.tz)
        now = self._clock.now()
        with self._db.session() as session:
            states = state.target_states(session, meeting.id)
            live = [r for r in planned if not is_done(states.get(r.target.key))]
            handled = {r.key for r in live if state.handled(session, r.key)}
        live_keys = {r.key for r in live}
        live_targets = {(r.target.key, r.target.due.isoformat()) for r in live}
        existing = dict(self.scheduler.scheduled(meeting.id))
        for job_id, job in existing.items():
            snoozed = job.offset == SNOOZED
            if job.key not in live_keys and not (snoozed and (job.target, job.due) in live_targets):
                self.scheduler.remove(job_id)
        coming: list[Reminder] = []
        for reminder in live:
            if reminder.key in handled:
                continue
            # A reminder whose time passed before it was ever planned is not sent late:
            # the arrival notice covers it. A job already waiting (meetbot was down) stays.
            if reminder.fire_at > now or reminder.key in existing:
                self.scheduler.schedule(reminder)
                coming.append(reminder)
        return coming

    def forget(self, meeting_id: int) -> None:
        for job_id, _job in self.scheduler.scheduled(meeting_id):
            self.scheduler.remove(job_id)

    # -- jobs -----------------------------------------------------------------------

    async def fire_job(self, job: ReminderJob) -> None:
        """A stored job is due: the reminder it names, of the meeting as it is now."""
        meeting = self.directory.get(job.meeting_id)
        target = None if meeting is None else next(filter(job.fits, self.targets(meeting)), None)
        if meeting is None or target is None:
            log.info("%s: the meeting no longer has this date; not reminding", job.key)
            return
        await self.fire(job.reminder(target), meeting)

    async def fire(self, reminder: Reminder, meeting: Meeting) -> None:
        with self._tracked():
            await self._fire(reminder, meeting)

    async def digest(self) -> None:
        with self._tracked():
            await self._digest()

    async def _fire(self, reminder: Reminder, meeting: Meeting) -> None:
        now = self._clock.now()
        if not self._still_wanted(reminder, meeting, now):
            return
        # Reminders of one meeting at the same minute go out as one message, sent by
        # the job of the first of them.
        together = [
            r
            for r in plan_reminders(meeting, self.settings.reminders, self.tz)
            if r.fire_at == reminder.fire_at
            and (r.key == reminder.key or self._still_wanted(r, meeting, now))
        ]
        if together and together[0].key != reminder.key:
            log.info("%s: sent with %s", reminder.key, together[0].key)
            return
        together = together or [reminder]
        late = reminder.fire_at if now - reminder.fire_at > LATE_AFTER else None
        message = reminder_message(
            together, meeting, today=self.today(), tz=self.tz, late_since=late
        )
        delivery = Delivery(reminder.key, meeting.id, message)
        try:
            await self._deliverer.deliver(delivery, self._recipients(meeting))
            with self._db.session() as session:
                for other in together[1:]:
                    key = state.delivery_key(other.key, MERGED)
                    state.record_delivery(
                        session, key, meeting_id=meeting.id, channel=MERGED, at=now
                    )
        except DeliveryError as exc:
            log.warning("%s; trying again in %s", exc, REDELIVERY_DELAY)
            self.scheduler.schedule(
                reminder, job_id=f"{reminder.key}:retry", run_at=now + REDELIVERY_DELAY
            )

    async def _digest(self) -> None:
        now = self._clock.now()
        today = self.today()
        with self._db.session() as session:
            notices = state.deliveries_since(session, NOTICE_PREFIX, now - dt.timedelta(days=1))
        new_ids = dict.fromkeys(row.meeting_id for row in notices if row.meeting_id is not None)
        new = [m for m in (self.directory.get(i) for i in new_ids) if m is not None]
        grouped = [
            (m, [o.target for o in self.open_targets([m])]) for m in self.directory.current()
        ]
        message = daily_digest(grouped, new, today=today, tz=self.tz)
        if message is None:
            return
        delivery = Delivery(f"digest:{today.isoformat()}", None, message)
        try:
            await self._deliverer.deliver(delivery, staff(self.settings, telegram=self._telegram))
        except DeliveryError as exc:
            log.warning("%s; trying again in %s", exc, REDELIVERY_DELAY)
            self.scheduler.retry_digest(now + REDELIVERY_DELAY)

    # -- what people do -------------------------------------------------------------

    async def announce(self, meeting: Meeting) -> None:
        """Tell the chat what is new, changed or held (see `Notices.announce`)."""
        await self.notices.announce(meeting, self.targets(meeting), today=self.today())

    async def memo(self, meeting: Meeting, kind: MemoKind) -> tuple[Path, ...]:
        return await memo_documents(self.settings, self._db, meeting, kind, now=self._clock.now())

    async def notify_correction(
        self, meeting: Meeting, correction_id: int, field: str, before: Any, after: Any, by: str
    ) -> None:
        """Tell the office what a person corrected, old → new, once per correction."""
        notice = correction_notice(meeting, field, before, after, by, tz=self.tz)
        delivery = Delivery(f"correction:{correction_id}", meeting.id, notice)
        await self._deliverer.deliver(delivery, staff(self.settings, telegram=self._telegram))

    async def announce_changes(self) -> bool:
        """Show the office each pending change to an approved meeting, once, with buttons
        bound to that change (the notice's delivery key says it was shown: a change still
        pending at the next look is not shown twice). False when a notice failed."""
        caught_up = True
        for change in self.directory.pending_changes():
            meeting = self.directory.get(change.meeting_id)
            try:
                if meeting is not None:
                    await self.notices.show_change(meeting, change)
            except DeliveryError as exc:
                log.warning("%s; trying again at the next look", exc)
                caught_up = False
        return caught_up

    def today(self) -> dt.date:
        return self._clock.now().astimezone(self.tz).date()

    # -- inside ---------------------------------------------------------------------

    @contextmanager
    def _tracked(self) -> Iterator[None]:
        task = asyncio.current_task()
        if task is not None:
            self._in_flight.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._in_flight.discard(task)

    def _recipients(self, meeting: Meeting) -> list[Recipient]:
        return recipients_for(meeting, self.settings, telegram=self._telegram)
