"""A person's correction through the real pipeline, store and SMTP server: it reaches the
delegates' calendars with a higher SEQUENCE, re-plans reminders, survives reprocessing,
and can be undone."""

from __future__ import annotations

import asyncio
import datetime as dt
from email import message_from_bytes

import pytest
from icalendar import Calendar
from sqlalchemy import select

from bot.actions.reminders.action import ReminderAction
from bot.app import App
from bot.config.config_check import load_settings
from bot.meetings.corrections import CorrectionError
from bot.meetings.field_names import FIELD_NAMES
from bot.meetings.repository import load_meeting
from bot.services.corrections import correct_field, mark_not_a_meeting, undo_correction
from bot.store.tables import ActionRunRow, AuditRow, MessageRow, OutboxRow
from tests.servers.smtp import running_smtp_server
from tests.sources.helpers import wait_for
from tests.test_approval import invitation, write_config


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def daemon(tmp_path, smtp_server):
    (tmp_path / "invitation.eml").write_bytes(invitation())
    app = App.open(load_settings(write_config(tmp_path, smtp_server)))
    asyncio.run(app.import_path(tmp_path / "invitation.eml"))
    asyncio.run(app.assign(1, ["somchai"], by="test"))
    yield app
    app.close()


def itip_sequences(app: App) -> list[tuple[str, int]]:
    """(METHOD, SEQUENCE) of every event in the invitations queued, oldest first."""
    with app.db.session() as session:
        raws = session.scalars(
            select(OutboxRow.raw).where(OutboxRow.kind == "itip").order_by(OutboxRow.id)
        ).all()
    found = []
    for raw in raws:
        [part] = [
            p for p in message_from_bytes(raw).walk() if p.get_content_type() == "text/calendar"
        ]
        calendar = Calendar.from_ical(part.get_payload(decode=True))
        found += [(str(calendar["METHOD"]), int(event["SEQUENCE"])) for event in calendar.events]
    return found


def test_a_corrected_start_goes_out_with_a_higher_sequence_and_survives_reprocess(daemon):
    before = max(seq for _, seq in itip_sequences(daemon))
    with daemon.db.session() as session:
        old_start = load_meeting(session, 1).record.start
    assert old_start is not None
    new_day = (old_start.value + dt.timedelta(days=3)).date()

    done = asyncio.run(
        correct_field(
            daemon, 1, "start", f"{new_day} 10:00", by="officer", reason="the annex says so"
        )
    )

    assert done.before["value"]["value"] == old_start.value.isoformat()
    with daemon.db.session() as session:
        meeting = load_meeting(session, 1)
        assert meeting.record.start is not None
        assert meeting.record.start.value.date() == new_day
        assert "corrected by officer" in meeting.record.start.source
        reminders = session.scalars(
            select(ActionRunRow).where(
                ActionRunRow.action == ReminderAction.name,
                ActionRunRow.revision == meeting.revision,
            )
        ).all()
        assert [run.status for run in reminders] == ["pending"], "reminders re-planned"
        audit = session.scalars(select(AuditRow).where(AuditRow.action == "correct")).one()
        assert (audit.actor, audit.subject) == ("officer", "start")
    after = itip_sequences(daemon)
    assert ("REQUEST", before + 1) in after, after

    with daemon.db.session() as session:
        message_pks = list(session.scalars(select(MessageRow.id)))
    asyncio.run(daemon.pipeline.reprocess(message_pks))
    with daemon.db.session() as session:
        kept = load_meeting(session, 1).record.start
    assert kept is not None
    assert kept.value.date() == new_day, "the correction wins over extraction on reprocess"


def test_undo_puts_the_extracted_value_back(daemon):
    with daemon.db.session() as session:
        extracted = load_meeting(session, 1).record.venue
    done = asyncio.run(correct_field(daemon, 1, "venue", "Room 5, Example Hall", by="officer"))
    asyncio.run(undo_correction(daemon, done.correction_id, by="officer"))
    with daemon.db.session() as session:
        assert load_meeting(session, 1).record.venue == extracted
    with pytest.raises(LookupError):
        asyncio.run(undo_correction(daemon, done.correction_id, by="officer"))


def test_a_bad_value_is_refused_in_words(daemon):
    with pytest.raises(CorrectionError, match=r"^เริ่ม / Start: ") as refused:
        asyncio.run(correct_field(daemon, 1, "start", "next Tuesday-ish", by="officer"))
    assert str(refused.value).count("next Tuesday-ish") == 1, "said once, with the form wanted"
    with pytest.raises(CorrectionError, match="IANA"):
        asyncio.run(correct_field(daemon, 1, "start", "2027-03-05 09:30", zone="Bangkok", by="x"))
    with pytest.raises(CorrectionError, match="IANA"):
        asyncio.run(correct_field(daemon, 1, "timezone", "Geneva", by="officer"))
    with pytest.raises(CorrectionError, match="a number of people"):
        asyncio.run(correct_field(daemon, 1, "delegates_requested", "สอง", by="officer"))
    with pytest.raises(CorrectionError, match="cannot be corrected"):
        asyncio.run(correct_field(daemon, 1, "organiser_contacts", "x", by="officer"))


@pytest.mark.parametrize("years_from_now", [-63, -3, 4, 40])
@pytest.mark.parametrize("field", ["start", "registration_deadline", "deadlines"])
def test_a_year_that_cannot_be_a_meetings_is_refused_saying_why(daemon, field, years_from_now):
    """ "2507-03-03" is a Buddhist-era year 63 years back (1964), not a slip the meeting
    should move to; a year decades ahead is no meeting's either. The officer is told why,
    Thai first, and the meeting keeps its value."""
    with daemon.db.session() as session:
        before = load_meeting(session, 1).record
    year_be = daemon.clock.now().year + years_from_now + 543
    typed = f"{year_be}-03-03"
    text = f"ลงทะเบียน {typed}" if field == "deadlines" else typed
    with pytest.raises(CorrectionError, match=rf"{year_be}.*ไม่ใช่ปีของการประชุม.*/ .*meeting") as no:
        asyncio.run(correct_field(daemon, 1, field, text, by="officer"))
    assert str(no.value).startswith(f"{FIELD_NAMES[field][0]} / "), "the field named, Thai first"
    with daemon.db.session() as session:
        assert load_meeting(session, 1).record == before


@pytest.mark.parametrize(
    "typed",
    ["see the letter", "forms.example.org/register", "javascript:alert(1)", "ftp://x.org/f"],
)
def test_a_registration_link_must_be_a_web_address(daemon, typed):
    with daemon.db.session() as session:
        before = load_meeting(session, 1).record.registration_url
    with pytest.raises(CorrectionError, match=r"^ลิงก์ลงทะเบียน / Registration link: .*https://"):
        asyncio.run(correct_field(daemon, 1, "registration_url", typed, by="officer"))
    with daemon.db.session() as session:
        assert load_meeting(session, 1).record.registration_url == before
    url = "https://forms.example.org/register?event=5"
    asyncio.run(correct_field(daemon, 1, "registration_url", f" {url} ", by="officer"))
    with daemon.db.session() as session:
        corrected = load_meeting(session, 1).record.registration_url
    assert corrected is not None
    assert corrected.value == url


@pytest.mark.parametrize(
    ("field", "typed", "why"),
    [
        ("deadlines", '[{"kind": "nomination", "due": "1964-03-03"}]', "ไม่ใช่ปีของการประชุม"),
        (
            "online_meetings",
            '[{"platform": "zoom", "url": "javascript:alert(1)", "label": "main"}]',
            "https://",
        ),
        (
            "online_meetings",
            '[{"platform": "zoom", "url": "https://zoom.us/j/1", "start": "1964-03-03"}]',
            "ไม่ใช่ปีของการประชุม",
        ),
    ],
)
def test_a_list_typed_as_json_is_held_to_the_rules_of_the_form(daemon, field, typed, why):
    """The command line's JSON for deadlines and online sessions: its years and links are
    refused as the same values typed in the form are."""
    with daemon.db.session() as session:
        before = load_meeting(session, 1).record
    with pytest.raises(CorrectionError, match=rf"^{FIELD_NAMES[field][0]} / .*{why}"):
        asyncio.run(correct_field(daemon, 1, field, typed, by="officer"))
    with daemon.db.session() as session:
        assert load_meeting(session, 1).record == before


def test_an_end_before_the_start_is_refused_and_the_meeting_keeps_its_days(daemon):
    with daemon.db.session() as session:
        before = load_meeting(session, 1).record
    assert before.start is not None
    start = before.start.value
    day = start.date() if isinstance(start, dt.datetime) else start
    the_day_before = (day - dt.timedelta(days=1)).isoformat()
    with pytest.raises(CorrectionError, match="end before it starts"):
        asyncio.run(correct_field(daemon, 1, "end", the_day_before, by="officer"))
    with daemon.db.session() as session:
        assert load_meeting(session, 1).record.end == before.end
    asyncio.run(correct_field(daemon, 1, "end", day.isoformat(), by="officer"))  # one day: fine


def test_not_a_meeting_cancels_it_for_the_delegates_and_stays_cancelled(daemon):
    asyncio.run(mark_not_a_meeting(daemon, 1, by="officer", reason="a newsletter"))
    assert itip_sequences(daemon)[-1][0] == "CANCEL"
    with daemon.db.session() as session:
        pks = list(session.scalars(select(MessageRow.id)))
    asyncio.run(daemon.pipeline.reprocess(pks))
    with daemon.db.session() as session:
        assert load_meeting(session, 1).status.value == "cancelled"


def test_the_command_line_corrects_through_the_same_service(tmp_path, smtp_server):
    from typer.testing import CliRunner

    from bot.cli import _register, app

    config = write_config(tmp_path, smtp_server)
    (tmp_path / "invitation.eml").write_bytes(invitation())
    _register()
    runner = CliRunner()
    assert (
        runner.invoke(
            app, ["import", str(tmp_path / "invitation.eml"), "-c", str(config)]
        ).exit_code
        == 0
    )
    done = runner.invoke(
        app, ["correct", "1", "venue", "Example Hall", "--reason", "phone call", "-c", str(config)]
    )
    assert done.exit_code == 0, done.output
    assert "venue corrected (correction 1" in done.output
    refused = runner.invoke(app, ["correct", "1", "start", "soon", "-c", str(config)])
    assert refused.exit_code == 2
    assert "เริ่ม / Start" in refused.output, "the field named as the workspace names it"
    undone = runner.invoke(app, ["correct", "1", "--undo", "1", "-c", str(config)])
    assert "correction 1 of venue undone" in undone.output


async def test_the_office_is_told_what_changed_old_to_new(tmp_path, smtp_server):
    """In the chat's words, as a Thai officer reads the other notices: the field's Thai
    name, the day in the Buddhist era, Bangkok time; never the field's code or ISO text."""
    import io

    from bot.actions.reminders.runtime import Wiring

    notices = io.StringIO()
    (tmp_path / "invitation.eml").write_bytes(invitation())
    app = App.open(
        load_settings(write_config(tmp_path, smtp_server)), reminders=Wiring(console=notices)
    )
    moved_to = dt.date.today() + dt.timedelta(days=61)
    try:
        await app.import_path(tmp_path / "invitation.eml")
        running = asyncio.create_task(app.run())
        await wait_for(lambda: app.reminder_service is not None, "the reminder service")
        await correct_field(app, 1, "venue", "Example Hall", by="officer")
        await correct_field(app, 1, "start", f"{moved_to} 10:30", by="officer")
        app.stop.set()
        await running
    finally:
        app.close()
    said = notices.getvalue()
    assert "A value was corrected" in said
    assert "สถานที่ (Venue):\n  — → Example Hall" in said
    assert "โดย (by) officer" in said
    started = said[said.index("เริ่ม (Start):") :].splitlines()[1]
    old, new = started.split(" → ")
    thai_month = THAI_MONTHS[moved_to.month - 1]
    assert f"ที่ {moved_to.day} {thai_month} {moved_to.year + 543} เวลา 10.30 น. เวลาประเทศไทย" in new
    assert "09.00 น. เวลาประเทศไทย" in old
    assert "start:" not in said
    assert "T10:30" not in said


THAI_MONTHS = (
    *("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน"),
    *("กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
)


def test_a_confirmed_value_keeps_its_source_and_later_mail_does_not_change_it(daemon, tmp_path):
    from bot.services.corrections import confirm_value

    with daemon.db.session() as session:
        before = load_meeting(session, 1).record.start
    assert before is not None
    asyncio.run(confirm_value(daemon, 1, "start", by="officer"))
    follow_up = invitation(
        message_id="r@asean.example.org",
        in_reply_to="invitation-1@asean.example.org",
        start="10:00",
    )
    (tmp_path / "follow-up.eml").write_bytes(follow_up)
    asyncio.run(daemon.import_path(tmp_path / "follow-up.eml"))
    with daemon.db.session() as session:
        after = load_meeting(session, 1).record.start
    assert after == before, "the source and the value are the extracted ones, kept"
