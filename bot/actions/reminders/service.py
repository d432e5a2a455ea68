"""Reminders at work: re-planning meetings, deciding what a due job still sends,
deadlines done or snoozed, the arrival notice and the daily digest.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions.link_targets import government_link_targets
from bot.actions.reminders import state
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.delivery import Deliverer, Delivery, Recipient, recipients_for, staff
from bot.actions.reminders.digest import daily_digest
from bot.actions.reminders.directory import MeetingDirectory
from bot.actions.reminders.messages import reminder_message
from bot.actions.reminders.notice import arrival_notice, change_notice, held_notice
from bot.actions.reminders.plan import (
    SNOOZED,
    Reminder,
    Target,
    TargetKind,
    plan_reminders,
    targets_of,
)
from bot.actions.reminders.scheduler import ReminderJob, ReminderScheduler
from bot.config.settings import Settings
from bot.errors import DeliveryError
from bot.meetings.approval import shown_key
from bot.meetings.meeting import Meeting
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)

SNOOZE = dt.timedelta(days=1)
# After a delivery failed through all its retries (Telegram down for minutes), try
# the recipients not yet reached again this much later.
REDELIVERY_DELAY = dt.timedelta(minutes=10)
NOTICE_PREFIX = "notice:"
HELD_PREFIX = "held:"
CHANGE_PREFIX = "change:"


@dataclass(frozen=True)
class OpenTarget:
    meeting: Meeting
    target: Target


class ReminderService:
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

    # -- lifecycle ------------------------------------------------------------------

    def start(self) -> None:
        """Open the job store, bring every current meeting's plan up to date, then run.

        Jobs missed while meetbot was down run as soon as this returns and the event
        loop gets a turn.
        """
        self.scheduler.start(self)
        for meeting in self.directory.current():
            self.replan(meeting)
        digest_time = self.settings.reminders.digest_time
        if digest_time is None:
            self.scheduler.unschedule_digest()
        else:
            self.scheduler.schedule_digest(digest_time)
        self.scheduler.resume()

    async def stop(self) -> None:
        """Start no new jobs, let the running ones finish their deliveries, shut down."""
        self.scheduler.pause()
        await asyncio.gather(*self._in_flight, return_exceptions=True)
        await self.scheduler.shutdown()

    # -- planning -------------------------------------------------------------------

    def targets(self, meeting: Meeting) -> tuple[Target, ...]:
        return targets_of(meeting, self.settings.reminders, self.tz)

    def replan(self, meeting: Meeting) -> list[Reminder]:
        """Make the meeting's jobs match its plan; return the reminders still to come."""
        planned = plan_reminders(meeting, self.settings.reminders, self.tz)
        now = self._clock.now()
        with self._db.session() as session:
            states = state.target_states(session, meeting.id)
            live = [r for r in planned if not _done(states.get(r.target.key))]
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
        message = reminder_message(reminder, meeting, today=self.today(), tz=self.tz)
        delivery = Delivery(reminder.key, meeting.id, message)
        try:
            await self._deliverer.deliver(delivery, self._recipients(meeting))
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

    async def notify_arrival(self, meeting: Meeting) -> None:
        """Tell the office about a new invitation; raises DeliveryError to be retried."""
        links = await government_link_targets(meeting.record, self.settings.trust)
        message = arrival_notice(
            meeting, self.targets(meeting), today=self.today(), tz=self.tz, link_targets=links
        )
        delivery = Delivery(f"{NOTICE_PREFIX}{meeting.id}", meeting.id, message)
        await self._deliverer.deliver(delivery, self._recipients(meeting))

    async def notify_held(self, meeting: Meeting) -> None:
        """Ask the office to approve a change that untrusted mail made to a meeting held
        already: one notice for each state of it, since its button approves that state."""
        key = f"{HELD_PREFIX}{meeting.id}:{shown_key(meeting)}"
        delivery = Delivery(key, meeting.id, held_notice(meeting))
        await self._deliverer.deliver(delivery, staff(self.settings, telegram=self._telegram))

    async def announce_changes(self) -> None:
        """Show the office each pending change to an approved meeting, once, with buttons
        bound to that change."""
        for change in self.directory.pending_changes():
            meeting = self.directory.get(change.meeting_id)
            if meeting is None:
                continue
            key = f"{CHANGE_PREFIX}{change.id}"
            delivery = Delivery(key, meeting.id, change_notice(meeting, change))
            try:
                await self._deliverer.deliver(
                    delivery, staff(self.settings, telegram=self._telegram)
                )
            except DeliveryError as exc:
                log.warning("%s; trying again at the next look", exc)

    def find(self, meeting_id: int, target_key: str) -> OpenTarget | None:
        meeting = self.directory.get(meeting_id)
        if meeting is None:
            return None
        target = next((t for t in self.targets(meeting) if t.key == target_key), None)
        return None if target is None else OpenTarget(meeting, target)

    def mark_done(self, found: OpenTarget, *, by: str) -> bool:
        """Record the deadline done and drop its reminders; False when it already was."""
        meeting_id, key = found.meeting.id, found.target.key
        with self._db.session() as session:
            changed = state.mark_done(session, meeting_id, key, by=by, at=self._clock.now())
        for job_id, job in self.scheduler.scheduled(meeting_id):
            if job.target == key:
                self.scheduler.remove(job_id)
        log.info("meeting %s: %s marked done by %s", meeting_id, key, by)
        return changed

    def snooze(self, found: OpenTarget, *, by: str) -> dt.datetime:
        """Hold the target's reminders for a day, then remind once more."""
        until = self._clock.now().astimezone(self.tz) + SNOOZE
        meeting, target = found.meeting, found.target
        with self._db.session() as session:
            state.snooze(session, meeting.id, target.key, until=until)
        stamp = until.strftime("%Y%m%dT%H%M")
        key = f"{meeting.id}:{target.key}:{target.due.isoformat()}:{SNOOZED}-{stamp}"
        self.scheduler.schedule(Reminder(key, meeting.id, target, SNOOZED, until))
        log.info("meeting %s: %s snoozed by %s until %s", meeting.id, target.key, by, until)
        return until

    def open_targets(self, meetings: Sequence[Meeting]) -> list[OpenTarget]:
        """Deadlines and sessions not marked done, in date order."""
        found: list[OpenTarget] = []
        with self._db.session() as session:
            for meeting in meetings:
                states = state.target_states(session, meeting.id)
                found.extend(
                    OpenTarget(meeting, target)
                    for target in self.targets(meeting)
                    if not _done(states.get(target.key))
                )
        return sorted(found, key=lambda o: (local_date(o.target.due, self.tz), o.meeting.id))

    def open_deadlines(self) -> list[OpenTarget]:
        return [
            o
            for o in self.open_targets(self.directory.current())
            if o.target.kind is TargetKind.DEADLINE
        ]

    def states(self, meeting_id: int) -> dict[str, state.TargetState]:
        with self._db.session() as session:
            return state.target_states(session, meeting_id)

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

    def _still_wanted(self, reminder: Reminder, meeting: Meeting, now: dt.datetime) -> bool:
        target = reminder.target
        with self._db.session() as session:
            target_state = state.target_states(session, meeting.id).get(target.key)
            if _done(target_state):
                return False
            if reminder.offset == SNOOZED:
                return True
            if target_state and target_state.snoozed_until and target_state.snoozed_until > now:
                log.info("%s: snoozed until %s", reminder.key, target_state.snoozed_until)
                return False
            if target.moment(self.tz) <= now:
                log.info("%s: %s is over; not reminding of it", reminder.key, target.key)
                return False
            # After downtime several reminders of one target may be due at once: only the
            # latest of them goes out; the others are recorded as superseded.
            due = [
                r
                for r in plan_reminders(meeting, self.settings.reminders, self.tz)
                if r.target == target and r.fire_at <= now
            ]
            latest = max(due, key=lambda r: r.fire_at, default=reminder)
            if latest.key != reminder.key:
                key = state.delivery_key(reminder.key, state.SUPERSEDED)
                state.record_delivery(
                    session, key, meeting_id=meeting.id, channel=state.SUPERSEDED, at=now
                )
                log.info("%s: superseded by %s", reminder.key, latest.key)
                return False
        return True

    def _recipients(self, meeting: Meeting) -> list[Recipient]:
        return recipients_for(meeting, self.settings, telegram=self._telegram)


def _done(target_state: state.TargetState | None) -> bool:
    return target_state is not None and target_state.done_at is not None
