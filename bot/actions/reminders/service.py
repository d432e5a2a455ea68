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
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions.memo.kinds import MemoKind
from bot.actions.reminders import state
from bot.actions.reminders.announce import NOTICE_PREFIX, Notices
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.delivery import Deliverer, Delivery, Recipient, recipients_for, staff
from bot.actions.reminders.digest import daily_digest
from bot.actions.reminders.directory import MeetingDirectory
from bot.actions.reminders.memos import memo_documents
from bot.actions.reminders.messages import (
    SNOOZE_HOUR,
    SNOOZE_MORNING,
    SNOOZE_WORKING_DAYS,
    reminder_message,
)
from bot.actions.reminders.notice import (
    change_notice,
    correction_notice,
)
from bot.actions.reminders.office_week import OfficeWeek
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

    async def catch_up(self) -> None:
        """One message for the deadlines that passed while meetbot was down."""
        missed, self._missed = self._missed, []
        await self.notices.catch_up([(o.meeting, o.target) for o in missed])

    def _collect_missed(self, meeting: Meeting, now: dt.datetime) -> None:
        seen = {(o.meeting.id, o.target.key) for o in self._missed}
        targets = {(t.key, t.due.isoformat()): t for t in self.targets(meeting)}
        for job_id, job in self.scheduler.scheduled(meeting.id):
            target = targets.get((job.target, job.due))
            if dt.datetime.fromisoformat(job.fire_at) > now or (
                target is not None and target.moment(self.tz) > now
            ):
                continue  # still to come, or sent now marked late
            self.scheduler.remove(job_id)
            if target is None:
                continue
            if (meeting.id, target.key) not in seen and target.kind is TargetKind.DEADLINE:
                seen.add((meeting.id, target.key))
                self._missed.append(OpenTarget(meeting, target))

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
        self, meeting: Meeting, correction_id: int, field: str, before: str, after: str, by: str
    ) -> None:
        """Tell the office what a person corrected, old → new, once per correction."""
        notice = correction_notice(meeting, field, before, after, by)
        delivery = Delivery(f"correction:{correction_id}", meeting.id, notice)
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

    def snooze(self, found: OpenTarget, *, by: str, how: str = SNOOZE_MORNING) -> dt.datetime:
        """Hold the target's reminders for an hour, until the next working morning or
        for two working days (`how`, a SNOOZES key), then remind once more."""
        until = self.snoozed_until(how)
        meeting, target = found.meeting, found.target
        with self._db.session() as session:
            state.snooze(session, meeting.id, target.key, until=until)
        stamp = until.strftime("%Y%m%dT%H%M")
        key = f"{meeting.id}:{target.key}:{target.due.isoformat()}:{SNOOZED}-{stamp}"
        self.scheduler.schedule(Reminder(key, meeting.id, target, SNOOZED, until))
        log.info("meeting %s: %s snoozed by %s until %s", meeting.id, target.key, by, until)
        return until

    def snoozed_until(self, how: str) -> dt.datetime:
        now = self._clock.now().astimezone(self.tz)
        if how == SNOOZE_HOUR:
            return now + dt.timedelta(hours=1)
        if how == SNOOZE_WORKING_DAYS:
            day = self.week.add_working_days(now.date(), 2)
        else:
            day = self.week.on_or_after(now.date() + dt.timedelta(days=1))
        return dt.datetime.combine(day, self.settings.reminders.morning_of, self.tz)

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
