"""CalDAV push against a real Radicale server started by the test."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from caldav.collection import Principal
from caldav.davclient import DAVClient

from bot.actions.calendar.action import CalendarAction
from bot.actions.calendar.caldav_push import CalDavCalendar, CalDavChanges
from bot.actions.mailer import Mailer
from bot.actions.outbox import Outbox
from bot.errors import ActionError
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import MeetingStatus
from tests.actions.calendar.slom_wg import GMT8, office_settings, slom_wg, x
from tests.actions.conftest import add_meeting_row
from tests.servers.ports import free_port
from tests.servers.radicale import running_radicale


@pytest.fixture(scope="module")
def radicale(tmp_path_factory):
    with running_radicale(tmp_path_factory.mktemp("radicale")) as url:
        yield url


def server_events(url):
    with DAVClient(url=url, username="office", password="unused") as client:
        calendar = Principal(client=client).calendar(name="meetings")
        return {str(e.icalendar_component["UID"]): e.icalendar_component for e in calendar.events()}


async def test_events_are_put_updated_and_deleted(tmp_path, db, clock, radicale):
    settings = office_settings(
        tmp_path,
        caldav_url=radicale,
        caldav_username="office",
        caldav_password="unused",
        caldav_calendar="meetings",
    )
    add_meeting_row(db, 1, "mtg-18-slom-wg")
    action = CalendarAction(
        settings,
        db,
        Outbox(db, Mailer(settings.smtp), clock),
        clock,
        CalDavCalendar(settings.calendar),
    )

    async def run(meeting):
        await action.handle(MeetingChange(meeting=meeting, previous=None, extraction=None))

    await run(slom_wg())
    first = server_events(radicale)
    await run(
        slom_wg(revision=2, record={"start": x(dt.datetime(2025, 9, 30, 10, 0, tzinfo=GMT8))})
    )
    updated = server_events(radicale)
    await run(slom_wg(revision=3, status=MeetingStatus.CANCELLED))
    cancelled = server_events(radicale)

    assert set(first) == {
        "mtg-18-slom-wg-meeting",
        "mtg-18-slom-wg-dry-run",
        "mtg-18-slom-wg-deadline-registration",
    }
    meeting = first["mtg-18-slom-wg-meeting"]
    assert meeting.start.astimezone(ZoneInfo("Asia/Bangkok")).time() == dt.time(8, 30)
    assert "ATTENDEE" not in meeting, "a scheduling server must not invite anyone itself"
    assert meeting["SEQUENCE"] == 1
    assert updated["mtg-18-slom-wg-meeting"]["SEQUENCE"] == 2
    assert updated["mtg-18-slom-wg-meeting"].start.astimezone(GMT8).time() == dt.time(10, 0)
    assert cancelled == {}


async def test_an_unreachable_server_is_an_action_error(tmp_path):
    settings = office_settings(tmp_path, caldav_url=f"http://127.0.0.1:{free_port()}/cal/")
    calendar = CalDavCalendar(settings.calendar)

    with pytest.raises(ActionError, match="CalDAV"):
        await calendar.push(CalDavChanges(put=[], delete=["nothing"]))


async def test_a_held_meeting_never_reaches_the_office_calendar(tmp_path, db, clock, radicale):
    """Held mail may be forged: CalDAV leaves the meeting out, as the feed does, and takes
    it away if it was there."""
    settings = office_settings(
        tmp_path,
        caldav_url=radicale,
        caldav_username="office",
        caldav_password="unused",
        caldav_calendar="held",
    )
    add_meeting_row(db, 1, "mtg-18-slom-wg")
    action = CalendarAction(
        settings,
        db,
        Outbox(db, Mailer(settings.smtp), clock),
        clock,
        CalDavCalendar(settings.calendar),
    )

    def events():
        with DAVClient(url=radicale, username="office", password="unused") as client:
            calendar = Principal(client=client).calendar(name="held")
            return [e.icalendar_component for e in calendar.events()]

    await action.handle(MeetingChange(slom_wg(approved=False), previous=None, extraction=None))
    assert events() == []
    await action.handle(MeetingChange(slom_wg(revision=2), previous=None, extraction=None))
    assert len(events()) == 3, "once approved it is there"
    await action.handle(
        MeetingChange(slom_wg(revision=3, approved=False), previous=None, extraction=None)
    )
    assert events() == []


async def test_a_password_in_the_caldav_url_never_reaches_an_error(tmp_path, radicale):
    """The error is stored in action_runs.last_error: the URL's password is not in it, and
    the server still gets the credentials (Radicale here accepts any)."""
    port = free_port()
    settings = office_settings(tmp_path, caldav_url=f"http://office:pa55word@127.0.0.1:{port}/")
    with pytest.raises(ActionError) as raised:
        await CalDavCalendar(settings.calendar).push(CalDavChanges(put=[], delete=["x"]))
    assert "pa55word" not in str(raised.value)
    assert raised.value.__cause__ is None, "nor in the traceback of a chained error"

    host = radicale.split("://", 1)[1]
    with_user = office_settings(
        tmp_path, caldav_url=f"http://office:pa55word@{host}", caldav_calendar="secret-url"
    )
    await CalDavCalendar(with_user.calendar).push(CalDavChanges(put=[], delete=["x"]))
