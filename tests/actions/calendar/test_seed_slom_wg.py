"""The seeds' 18th SLOM-WG from mail to invitations: import the invitation and its
follow-up, `meetbot assign` two delegates, and read what the SMTP server received."""

import asyncio
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import time_machine
from icalendar import Calendar
from sqlalchemy import select
from typer.testing import CliRunner

from bot.app import App
from bot.cli import _register, app
from bot.config.settings import Settings
from bot.store.tables import MeetingRow
from tests.corpus_paths import CORPUS


def write_config(tmp_path, smtp_server) -> Path:
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f"""
data_dir = "{tmp_path}/var"
[store]
url = "sqlite:///{tmp_path}/var/meetbot.db"
[sources.maildir]
enabled = false
[smtp]
host = "{smtp_server.host}"
port = {smtp_server.port}
tls = "none"
from_address = "meetbot@doe.example.org"
[calendar]
feed_path = "{tmp_path}/var/calendar.ics"
[memo]
pdf = false  # LibreOffice's seconds per memo are not what is tested here
[trust]
# The corpus organiser's placeholder domain, and the Singapore Government's own
# short links that its registration link uses: trusted, so nothing waits for approval.
allowed_sender_domains = ["asean.example.org"]
trusted_authserv_ids = ["mx.doe.example.org"]
shortener_hosts = ["bit.ly", "tinyurl.com"]
[[delegates]]
key = "somchai"
name = "Somchai Example"
email = "somchai@example.org"
[[delegates]]
key = "malee"
name = "Malee Example"
email = "malee@example.org"
""",
        encoding="utf-8",
    )
    return config


@time_machine.travel(dt.datetime(2025, 9, 8, 14, 0, tzinfo=dt.UTC), tick=False)
def test_assigning_delegates_sends_meeting_dry_run_and_registration_deadline(tmp_path, smtp_server):
    config = write_config(tmp_path, smtp_server)
    daemon = App.open(Settings.load(config))
    try:
        asyncio.run(daemon.import_path(CORPUS / "01-slomwg-invitation.eml"))
        asyncio.run(daemon.import_path(CORPUS / "02-slomwg-followup.eml"))
        with daemon.db.session() as session:
            [meeting_id] = session.scalars(select(MeetingRow.id))
    finally:
        daemon.close()
    assert smtp_server.received == [], "no delegate is assigned yet"

    _register()
    result = CliRunner().invoke(
        app, ["assign", str(meeting_id), "somchai", "malee", "--config", str(config)]
    )

    assert result.exit_code == 0, result.output
    assert "assigned somchai, malee" in result.output
    assert "mail: 6 sent" in result.output
    events = {}
    for received in smtp_server.received:
        [part] = [p for p in received.message.walk() if p.get_content_type() == "text/calendar"]
        [event] = Calendar.from_ical(part.get_content()).events
        events.setdefault(str(event["SUMMARY"]), []).append((received.recipients, event))
    assert sorted(events) == [
        "18th Meeting of the Senior Labour Officials Meeting Working Group on Progressive "
        "Labour Practices to Enhance the Competitiveness of ASEAN",
        "กำหนดลงทะเบียน / Registration deadline: 18th SLOM-WG",
        "ทดสอบระบบก่อนการประชุม / Dry run: 18th SLOM-WG",
    ]
    bangkok = ZoneInfo("Asia/Bangkok")
    for summary, sent in events.items():
        assert sorted(r[0] for r, _ in sent) == ["malee@example.org", "somchai@example.org"]
        event = sent[0][1]
        if summary.startswith("18th"):
            assert event.start.astimezone(bangkok) == dt.datetime(
                2025, 9, 30, 8, 30, tzinfo=bangkok
            )
            assert "848 2516 8770" in str(event["DESCRIPTION"])
            assert "610357" in str(event["DESCRIPTION"])
        elif summary.startswith("ทดสอบระบบ"):
            assert event.start == dt.date(2025, 9, 29)
            assert "898 5955 2924" in str(event["DESCRIPTION"])
            assert "830237" in str(event["DESCRIPTION"])
        else:
            assert event.start.astimezone(bangkok) == dt.datetime(
                2025, 9, 15, 22, 59, tzinfo=bangkok
            )
        attendees = sorted(str(a) for a in event.attendees)
        assert attendees == ["mailto:malee@example.org", "mailto:somchai@example.org"], (
            "only the assigned delegates, never the recipients of the original thread"
        )

    again = CliRunner().invoke(
        app, ["assign", str(meeting_id), "malee", "--remove", "--config", str(config)]
    )
    assert again.exit_code == 0, again.output
    cancels = smtp_server.received[6:]
    assert len(cancels) == 3
    assert all(c.recipients == ["malee@example.org"] for c in cancels)
    feed = Calendar.from_ical((tmp_path / "var" / "calendar.ics").read_bytes())
    assert len(feed.events) == 3


def test_assigning_an_unknown_person_says_who_is_known(tmp_path, smtp_server):
    config = write_config(tmp_path, smtp_server)
    App.open(Settings.load(config)).close()
    _register()

    result = CliRunner().invoke(app, ["assign", "1", "nobody", "--config", str(config)])

    assert result.exit_code == 2
    assert "unknown delegate nobody (the directory has: malee, somchai)" in result.output
