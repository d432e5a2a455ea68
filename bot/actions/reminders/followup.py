"""Following a meeting's targets (deadlines and sessions) up: which are open, marking one
done or snoozing it, and whether a due reminder of one is still wanted."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.actions.reminders import state
from bot.actions.reminders.announce import Notices
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.directory import MeetingDirectory
from bot.actions.reminders.messages import SNOOZE_HOUR, SNOOZE_MORNING, SNOOZE_WORKING_DAYS
from bot.actions.reminders.office_week import OfficeWeek
from bot.actions.reminders.plan import (
    SNOOZED,
    Reminder,
    Target,
    TargetKind,
    plan_reminders,
    targets_of,
)
from bot.actions.reminders.scheduler import ReminderScheduler
from bot.config.settings import Settings
from bot.meetings.meeting import Meeting
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenTarget:
    meeting: Meeting
    target: Target


def is_done(target_state: state.TargetState | None) -> bool:
    return target_state is not None and target_state.done_at is not None


class TargetFollowUp:
    """The part of `ReminderService` about targets' states; it sets these attributes."""

    settings: Settings
    tz: ZoneInfo
    directory: MeetingDirectory
    scheduler: ReminderScheduler
    week: OfficeWeek
    notices: Notices
    _db: Database
    _missed: list[OpenTarget]
    _clock: Clock

    def targets(self, meeting: Meeting) -> tuple[Target, ...]:
        return targets_of(meeting, self.settings.reminders, self.tz)

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
                    if not is_done(states.get(target.key))
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

    def _still_wanted(self, reminder: Reminder, meeting: Meeting, now: dt.datetime) -> bool:
        target = reminder.target
        with self._db.session() as session:
            target_state = state.target_states(session, meeting.id).get(target.key)
            if is_done(target_state):
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
