import datetime as dt

from icalendar import Calendar

from bot.actions.calendar.action import CalendarAction
from bot.actions.mailer import Mailer
from bot.actions.outbox import Outbox
from bot.meetings.change import MeetingChange
from bot.meetings.meeting import MeetingStatus
from tests.actions.calendar.slom_wg import GMT8, office_settings, slom_wg, x
from tests.actions.conftest import add_meeting_row


def action_for(tmp_path, db, clock):
    settings = office_settings(tmp_path)
    return CalendarAction(settings, db, Outbox(db, Mailer(settings.smtp), clock), clock)


async def run(action, meeting):
    await action.handle(MeetingChange(meeting=meeting, previous=None, extraction=None))


def read_feed(path):
    return Calendar.from_ical(path.read_bytes())


async def test_the_feed_holds_every_meeting_and_deadline_and_parses_back(tmp_path, db, clock):
    add_meeting_row(db, 1, "mtg-18-slom-wg")
    add_meeting_row(db, 2, "mtg-agj")
    action = action_for(tmp_path, db, clock)
    workshop = slom_wg(
        record={
            "title": x("ASEAN Green Jobs Workshop"),
            "series": None,
            "start": x(dt.date(2025, 12, 16)),
            "end": x(dt.date(2025, 12, 18)),
            "online_meetings": (),
            "registration_deadline": None,
        }
    )
    workshop = workshop.__class__(**{**workshop.__dict__, "id": 2, "uid": "mtg-agj"})

    await run(action, slom_wg())
    await run(action, workshop)

    path = action.settings.calendar.feed_path
    feed = read_feed(path)
    assert "METHOD" not in feed
    assert str(feed["X-WR-CALNAME"]) == "meetbot – Department of Employment"
    assert [str(e["UID"]) for e in feed.events] == [
        "mtg-18-slom-wg-deadline-registration",
        "mtg-18-slom-wg-dry-run",
        "mtg-18-slom-wg-meeting",
        "mtg-agj-meeting",
    ]
    assert all("ATTENDEE" not in e and "ORGANIZER" not in e for e in feed.events)
    assert [str(tz["TZID"]) for tz in feed.walk("VTIMEZONE")] == ["Asia/Singapore"]
    assert feed.events[-1].start == dt.date(2025, 12, 16)
    assert feed.events[-1].end == dt.date(2025, 12, 19)
    assert [p.name for p in path.parent.iterdir()] == ["calendar.ics"], "no temporary file left"


async def test_a_cancelled_meeting_leaves_the_feed(tmp_path, db, clock):
    add_meeting_row(db, 1, "mtg-18-slom-wg")
    action = action_for(tmp_path, db, clock)

    await run(action, slom_wg())
    await run(action, slom_wg(revision=2, status=MeetingStatus.CANCELLED))

    assert read_feed(action.settings.calendar.feed_path).events == []


async def test_a_dropped_deadline_leaves_the_feed_and_the_rest_stays(tmp_path, db, clock):
    add_meeting_row(db, 1, "mtg-18-slom-wg")
    action = action_for(tmp_path, db, clock)

    await run(action, slom_wg())
    await run(action, slom_wg(revision=2, record={"registration_deadline": None}))

    feed = read_feed(action.settings.calendar.feed_path)
    assert [str(e["UID"]) for e in feed.events] == [
        "mtg-18-slom-wg-dry-run",
        "mtg-18-slom-wg-meeting",
    ]


async def test_a_meeting_of_whole_days_keeps_the_time_it_opens_at(tmp_path, db, clock):
    """ "24-25 March, starting at 09:00" has a start time and a last day without one: the
    calendar shows whole days, and a person reading the event still sees when it opens,
    also after an officer corrects that time (a new SEQUENCE: clients take the change)."""
    add_meeting_row(db, 1, "mtg-18-slom-wg")
    action = action_for(tmp_path, db, clock)

    def opening_at(hour, minute, revision):
        return slom_wg(
            revision=revision,
            record={
                "start": x(dt.datetime(2025, 9, 30, hour, minute, tzinfo=GMT8)),
                "end": x(dt.date(2025, 10, 1)),
                "online_meetings": (),
                "registration_deadline": None,
            },
        )

    await run(action, opening_at(9, 0, 1))
    [first] = read_feed(action.settings.calendar.feed_path).events
    await run(action, opening_at(9, 30, 2))
    [corrected] = read_feed(action.settings.calendar.feed_path).events

    assert (first.start, first.end) == (dt.date(2025, 9, 30), dt.date(2025, 10, 2))
    words = str(first["DESCRIPTION"])
    assert "Opens: Tuesday 30 September 2025, 09:00 (Asia/Singapore)" in words
    assert "เริ่มประชุม: วันอังคารที่ ๓๐ กันยายน ๒๕๖๘ เวลา ๐๘.๐๐ น. เวลาประเทศไทย" in words
    assert "(๐๙.๐๐ น. เวลาสิงคโปร์)" in words
    assert "เวลา ๐๘.๓๐ น. เวลาประเทศไทย" in str(corrected["DESCRIPTION"])
    assert int(corrected["SEQUENCE"]) > int(first["SEQUENCE"])
