"""Invitations for the 18th SLOM-WG through a real SMTP server, parsed as clients would."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.actions.calendar.action import CalendarAction
from bot.actions.mailer import Mailer
from bot.actions.outbox import APPROVAL, Outbox
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import MeetingStatus
from tests.actions.calendar.slom_wg import GMT8, office_settings, slom_wg, x
from tests.actions.conftest import add_meeting_row

BANGKOK = ZoneInfo("Asia/Bangkok")
UID = "mtg-18-slom-wg"


@pytest.fixture
def settings(tmp_path, smtp_server):
    return office_settings(tmp_path, smtp_server)


@pytest.fixture
def action(settings, db, clock):
    add_meeting_row(db, 1, UID)
    return CalendarAction(settings, db, Outbox(db, Mailer(settings.smtp), clock), clock)


async def run(action, meeting):
    await action.handle(MeetingChange(meeting=meeting, previous=None, extraction=None))


class Invitation:
    """One received iMIP message, taken apart."""

    def __init__(self, received):
        self.recipients = received.recipients
        self.message = received.message
        assert self.message.get_content_type() == "multipart/mixed"
        alternative, attachment = self.message.iter_parts()
        assert alternative.get_content_type() == "multipart/alternative"
        plain, html, calendar = alternative.iter_parts()
        assert [plain.get_content_type(), html.get_content_type()] == ["text/plain", "text/html"]
        assert calendar.get_content_type() == "text/calendar"
        self.content_method = calendar.get_param("method")
        self.text = plain.get_content()
        self.calendar = Calendar.from_ical(calendar.get_content())
        assert attachment.get_content_type() == "application/ics"
        assert attachment.get_filename() == "invite.ics"
        assert Calendar.from_ical(attachment.get_content()) == self.calendar
        [self.event] = self.calendar.events

    @property
    def method(self):
        return str(self.calendar["METHOD"])

    @property
    def uid(self):
        return str(self.event["UID"])

    @property
    def sequence(self):
        return self.event.sequence

    @property
    def attendees(self):
        return sorted(str(a) for a in self.event.attendees)


def invitations(smtp_server, start=0):
    return [Invitation(r) for r in smtp_server.received[start:]]


async def test_first_invitations_carry_meeting_dry_run_and_registration_deadline(
    action, smtp_server
):
    await run(action, slom_wg())

    sent = invitations(smtp_server)
    assert len(sent) == 6, "three events for each of the two assigned delegates"
    assert sorted({tuple(i.recipients) for i in sent}) == [
        ("Malee@Example.org",),
        ("somchai@example.org",),
    ]
    assert {i.uid for i in sent} == {
        f"{UID}-meeting",
        f"{UID}-dry-run",
        f"{UID}-deadline-registration",
    }
    for invitation in sent:
        assert invitation.method == invitation.content_method == "REQUEST"
        assert invitation.sequence == 1
        assert invitation.attendees == ["mailto:Malee@Example.org", "mailto:somchai@example.org"]
        assert str(invitation.event["ORGANIZER"]) == "mailto:meetbot@doe.example.org"
        assert invitation.event["ORGANIZER"].params["CN"] == "meetbot DOE"
        for attendee in invitation.event.attendees:
            assert attendee.params["RSVP"] == "TRUE"
            assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
            assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert invitation.message["From"] == "meetbot DOE <meetbot@doe.example.org>"
        assert invitation.message["Subject"].startswith("คำเชิญ / Invitation: ")
        assert [a["TRIGGER"].dt for a in invitation.event.walk("VALARM")] == [
            dt.timedelta(days=-1),
            dt.timedelta(hours=-1),
        ]

    meeting = next(i for i in sent if i.uid == f"{UID}-meeting")
    assert meeting.event.start.astimezone(BANGKOK) == dt.datetime(
        2025, 9, 30, 8, 30, tzinfo=BANGKOK
    )
    assert meeting.event.end.astimezone(BANGKOK).time() == dt.time(16, 30)
    assert meeting.event["DTSTART"].params["TZID"] == "Asia/Singapore"
    assert [str(tz["TZID"]) for tz in meeting.calendar.walk("VTIMEZONE")] == ["Asia/Singapore"]
    assert str(meeting.event["LOCATION"]) == "Zoom"
    assert "รหัสผ่าน / Passcode: 610357" in str(meeting.event["DESCRIPTION"])
    assert "หมายเลขห้องประชุม / Meeting ID: 848 2516 8770" in meeting.text
    assert "ผู้แทน / Delegates: Somchai Example, Malee Example" in meeting.text
    assert meeting.text.splitlines()[:2] == [
        "รายการนี้ได้เพิ่มในปฏิทินของท่านแล้ว",
        "This has been added to your calendar.",
    ], "the delegate reads Thai first, the English beside"
    assert str(meeting.event["ATTENDEE"][0].params["CN"]) == "Somchai Example"

    dry_run = next(i for i in sent if i.uid == f"{UID}-dry-run")
    assert dry_run.event.start == dt.date(2025, 9, 29)
    assert dry_run.event.end == dt.date(2025, 9, 30)
    assert "830237" in str(dry_run.event["DESCRIPTION"])

    deadline = next(i for i in sent if i.uid == f"{UID}-deadline-registration")
    assert deadline.event.start.astimezone(BANGKOK) == dt.datetime(
        2025, 9, 15, 22, 59, tzinfo=BANGKOK
    )
    assert str(deadline.event["TRANSP"]) == "TRANSPARENT"


async def test_an_update_keeps_the_uid_and_raises_the_sequence(action, smtp_server):
    await run(action, slom_wg())
    later = dt.datetime(2025, 9, 30, 10, 0, tzinfo=GMT8)
    await run(action, slom_wg(revision=2, record={"start": x(later)}))

    updates = invitations(smtp_server, 6)
    assert len(updates) == 2, "only the changed event goes out again"
    for update in updates:
        assert update.uid == f"{UID}-meeting"
        assert update.method == "REQUEST"
        assert update.sequence == 2
        assert update.message["Subject"].startswith("แก้ไขคำเชิญ / Updated invitation: ")
        assert update.event.start.astimezone(BANGKOK).time() == dt.time(9, 0)


async def test_a_removed_delegate_gets_a_cancel_and_no_one_else_hears(action, smtp_server):
    await run(action, slom_wg())
    await run(action, slom_wg(revision=2, delegates=("somchai",)))

    cancels = invitations(smtp_server, 6)
    assert len(cancels) == 3
    for cancel in cancels:
        assert cancel.recipients == ["Malee@Example.org"]
        assert cancel.method == cancel.content_method == "CANCEL"
        assert cancel.sequence == 2
        assert str(cancel.event["STATUS"]) == "CANCELLED"
        assert cancel.attendees == ["mailto:Malee@Example.org"]
        assert not list(cancel.event.walk("VALARM"))
        assert cancel.message["Subject"].startswith("นำออกจากรายชื่อ / No longer invited: ")
    assert {c.uid for c in cancels} == {
        f"{UID}-meeting",
        f"{UID}-dry-run",
        f"{UID}-deadline-registration",
    }


async def test_a_cancelled_meeting_is_cancelled_for_every_delegate(action, smtp_server):
    await run(action, slom_wg())
    await run(action, slom_wg(revision=2, status=MeetingStatus.CANCELLED))

    cancels = invitations(smtp_server, 6)
    assert len(cancels) == 6
    assert all(c.method == "CANCEL" and c.sequence == 2 for c in cancels)
    assert all(c.message["Subject"].startswith("ยกเลิก / Cancelled: ") for c in cancels)


async def test_a_late_delegate_gets_everything_and_the_others_nothing(action, smtp_server):
    await run(action, slom_wg(delegates=("somchai",)))
    await run(action, slom_wg(revision=2, delegates=("somchai", "malee")))

    added = invitations(smtp_server, 3)
    assert len(added) == 3
    assert all(i.recipients == ["Malee@Example.org"] for i in added)
    assert all(i.sequence == 2 for i in added)


async def test_running_the_same_change_again_sends_nothing(action, smtp_server):
    meeting = slom_wg()
    await run(action, meeting)
    await run(action, meeting)

    assert len(smtp_server.received) == 6


async def test_only_assigned_delegates_are_invited(action, smtp_server):
    await run(action, slom_wg(delegates=("somchai", "noemail", "unknown")))

    sent = invitations(smtp_server)
    assert len(sent) == 3
    assert all(i.attendees == ["mailto:somchai@example.org"] for i in sent)


async def test_past_events_are_not_mailed(action, smtp_server, clock):
    clock.current = dt.datetime(2025, 9, 25, tzinfo=dt.UTC)  # the registration has closed

    await run(action, slom_wg())

    assert {i.uid for i in invitations(smtp_server)} == {f"{UID}-meeting", f"{UID}-dry-run"}


async def test_a_meeting_awaiting_approval_is_held_until_released(action, smtp_server):
    await run(action, slom_wg(approved=False))
    assert smtp_server.received == []

    assert action.outbox.release(1, APPROVAL) == 6
    await action.outbox.flush()

    assert len(smtp_server.received) == 6


async def test_without_an_smtp_server_invitations_wait_in_the_outbox(tmp_path, db, clock):
    settings = office_settings(tmp_path)
    add_meeting_row(db, 1, UID)
    outbox = Outbox(db, Mailer(settings.smtp), clock)
    action = CalendarAction(settings, db, outbox, clock)

    await run(action, slom_wg())

    report = await outbox.flush()
    assert report.waiting == 6
    assert report.note == "smtp.host is not set: 6 message(s) wait in the outbox"
