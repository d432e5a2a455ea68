"""The calendar action: a changed meeting reaches the delegates' calendars.

On every change of a meeting it (1) rebuilds the meeting's entries (sessions and
deadlines) and stores them, (2) puts one iTIP mail per attendee and entry in the
outbox where that attendee's calendar is out of date: REQUEST to the assigned
delegates, CANCEL to delegates removed and to everyone when the meeting is cancelled
or postponed, held while the meeting awaits approval, and REQUESTs held while values
of it need review (`review.before_invites`), (3) rewrites the ICS feed,
(4) updates the CalDAV copy when one is configured, and (5) flushes the outbox.

It works from the stored state, not from `change.previous`, so running it again for
the same change (a retry after a failure) sends nothing twice.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy.orm import Session

from bot.actions.calendar import text
from bot.actions.calendar.caldav_push import CalDavCalendar, CalDavChanges
from bot.actions.calendar.entries import meeting_entries
from bot.actions.calendar.feed import feed_bytes
from bot.actions.calendar.ical import Method, Person, itip_calendar, parse_event, resource_calendar
from bot.actions.calendar.invitation import invitation_message
from bot.actions.calendar.state import (
    InvitationDelivery,
    plan_deliveries,
    record_delivery,
    save_entries,
)
from bot.actions.held_invitations import waits_for_review
from bot.actions.outbox import APPROVAL, REVIEW, Outbox
from bot.config.settings import Settings
from bot.errors import ActionError
from bot.files import write_whole
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.store.database import Database
from bot.store.tables import CalendarEntryRow
from bot.types import Clock

log = logging.getLogger(__name__)


class CalendarAction:
    name = "calendar"

    def __init__(
        self,
        settings: Settings,
        db: Database,
        outbox: Outbox,
        clock: Clock,
        caldav: CalDavCalendar | None = None,
    ) -> None:
        self.settings = settings
        self.db = db
        self.outbox = outbox
        self.clock = clock
        self.caldav = caldav
        self.home = ZoneInfo(settings.timezone)
        self.organizer = Person(settings.smtp.from_name, settings.smtp.from_address)
        self.directory = [Person(d.name, d.email) for d in settings.delegates if d.email]

    async def handle(self, change: MeetingChange) -> None:
        meeting = change.meeting
        now = self.clock.now()
        attendees = self._attendees(meeting)
        with self.db.session() as session:
            rows = save_entries(
                session,
                meeting.id,
                meeting_entries(meeting, home=self.home),
                revision=meeting.revision,
                live=meeting.status is MeetingStatus.SCHEDULED,
                home=self.home,
                alarm_minutes=self.settings.calendar.alarm_minutes,
                now=now,
            )
            deliveries = plan_deliveries(
                session,
                rows,
                attendees,
                directory=self.directory,
                revision=meeting.revision,
                now=now,
            )
            unreviewed = bool(deliveries) and waits_for_review(
                session, self.settings.review, meeting.id
            )
            for delivery in deliveries:
                held_for = _held_for(meeting, delivery, unreviewed=unreviewed)
                self._enqueue(session, meeting, delivery, attendees, held_for)
                record_delivery(session, delivery)
            feed = feed_bytes(session, name=f"meetbot – {self.settings.office.department_en}")
            changes = (
                self._caldav_changes(rows, held=not meeting.approved)
                if self.caldav is not None
                else None
            )
        if deliveries:
            log.info(
                "meeting %d revision %d: %d calendar message(s)%s%s",
                meeting.id,
                meeting.revision,
                len(deliveries),
                "" if meeting.approved else ", held for approval",
                ", invitations held for review" if meeting.approved and unreviewed else "",
            )
        path = self.settings.calendar.feed_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_whole(path, feed, sync=True)
        except OSError as exc:
            raise ActionError(f"cannot write the calendar feed {path}: {exc}") from exc
        if self.caldav is not None and changes is not None:
            await self.caldav.push(changes)
        report = await self.outbox.flush()
        if report.note:
            log.info("outbox: %s", report.note)

    @staticmethod
    def _caldav_changes(rows: list[CalendarEntryRow], *, held: bool) -> CalDavChanges:
        """What the office's CalDAV calendar gets: nothing of a meeting held for approval
        (its mail may be forged, its links phishing), which is deleted there if present,
        just as the feed leaves it out."""
        if held:
            return CalDavChanges(put=[], delete=[row.uid for row in rows])
        return CalDavChanges(
            put=[
                (row.uid, resource_calendar(row.event).to_ical().decode())
                for row in rows
                if not row.cancelled
            ],
            delete=[row.uid for row in rows if row.cancelled],
        )

    def _attendees(self, meeting: Meeting) -> list[Person]:
        people = []
        for key in meeting.delegates:
            delegate = self.settings.delegate(key)
            if delegate is None:
                log.warning("meeting %d: delegate %r is not in the directory", meeting.id, key)
            elif not delegate.email:
                log.warning("meeting %d: delegate %r has no email address", meeting.id, key)
            else:
                people.append(Person(delegate.name, delegate.email))
        return people

    def _enqueue(
        self,
        session: Session,
        meeting: Meeting,
        delivery: InvitationDelivery,
        attendees: list[Person],
        held_for: str | None,
    ) -> None:
        method = delivery.method
        calendar = itip_calendar(
            delivery.entry.event,
            method=method,
            sequence=delivery.sequence,
            stamp=self.clock.now(),
            organizer=self.organizer,
            # A CANCEL names only the attendee it is for (RFC 5546 section 3.2.5).
            attendees=attendees if method is Method.REQUEST else [delivery.attendee],
        )
        message = self._message(calendar, delivery, attendees)
        email = delivery.attendee.email.lower()
        about = f"itip:{delivery.entry.uid}:{email}:"
        self.outbox.enqueue(
            session,
            dedupe_key=f"{about}{delivery.sequence}:{method.value}",
            kind="itip",
            meeting_id=meeting.id,
            message=message,
            held_for=held_for,
            supersedes=about,
        )

    def _message(
        self, calendar: Calendar, delivery: InvitationDelivery, attendees: list[Person]
    ) -> EmailMessage:
        event = parse_event(delivery.entry.event)
        summary = str(event.get("summary", ""))
        flags = {"update": delivery.update, "removed": delivery.removed}
        parts = [text.mail_intro(delivery.method, **flags), "", str(event.get("description", ""))]
        if delivery.method is Method.REQUEST and len(attendees) > 1:
            names = ", ".join(p.name or p.email for p in attendees)
            parts += ["", f"ผู้แทน / Delegates: {names}"]
        office = self.settings.office
        parts += ["", f"-- meetbot, {office.department_th} / {office.department_en}"]
        return invitation_message(
            calendar,
            method=delivery.method,
            subject=text.mail_subject(delivery.method, summary, **flags),
            body="\n".join(parts),
            sender=self.organizer,
            recipient=delivery.attendee,
        )


def _held_for(meeting: Meeting, delivery: InvitationDelivery, *, unreviewed: bool) -> str | None:
    """What a message waits for: all of a meeting held for approval; a REQUEST while the
    meeting's values need review (a CANCEL goes, so nobody keeps a call that is off)."""
    if not meeting.approved:
        return APPROVAL
    if unreviewed and delivery.method is Method.REQUEST:
        return REVIEW
    return None
