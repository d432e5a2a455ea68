"""Every output respects the hold: a forged invitation (a phishing Zoom link, a URL in the
venue) goes through the real daemon with delegates assigned, and each way out of meetbot
is checked for it: the office CalDAV calendar (Radicale), the subscribed feed, the outbox
and the SMTP server, the delegates' reminders, the staff's chat notice (the console
channel), and the memo drafts."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from caldav.davclient import DAVClient
from icalendar import Calendar
from sqlalchemy import select

from bot.actions.reminders.runtime import Wiring
from bot.app import App
from bot.config.settings import Settings
from bot.sources.maildir import deliver, ensure_maildir
from bot.store.tables import OutboxRow, ReminderSentRow
from tests.servers.radicale import running_radicale
from tests.servers.smtp import running_smtp_server
from tests.test_approval import invitation, write_config

PHISH = "https://us06web.zoom.us.join-now.example/j/81234567890"
VENUE_LINK = "https://evil.example/venue-map"


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


def forged() -> bytes:
    raw = invitation(sender="events@asean-secretariat.example.net", link=PHISH)
    return raw.replace(b"via Zoom.", f"via Zoom. Venue: Grand Hall (map: {VENUE_LINK}).".encode())


def outputs_of(tmp_path: Path, smtp_server, radicale: str, monkeypatch) -> dict[str, object]:
    monkeypatch.setenv("MEETBOT_CALENDAR__CALDAV_PASSWORD", "unused")
    extra = (
        f'[calendar]\nfeed_path = "{tmp_path}/var/calendar.ics"\n'
        f'caldav_url = "{radicale}"\ncaldav_username = "office"\n'
        'caldav_calendar = "held-outputs"\n'
    )
    config = write_config(tmp_path, smtp_server).read_text()
    config = config.replace(f'[calendar]\nfeed_path = "{tmp_path}/var/calendar.ics"\n', extra)
    (tmp_path / "meetbot.toml").write_text(config)
    settings = Settings.load(tmp_path / "meetbot.toml")
    console = io.StringIO()

    async def run() -> None:
        daemon = App.open(settings, reminders=Wiring(console=console))
        ensure_maildir(tmp_path / "maildir")
        deliver(tmp_path / "maildir", "1.eml", forged())
        try:
            await daemon.run(once=True)
            await daemon.assign(1, ["somchai", "malee"], by="test")
            await daemon.run(once=True)  # the reminders' runs, with the daemon's scheduler
            with daemon.db.session() as session:
                found["outbox"] = [(r.status, r.raw) for r in session.scalars(select(OutboxRow))]
                found["deliveries"] = [r.channel for r in session.scalars(select(ReminderSentRow))]
        finally:
            daemon.close()

    found: dict[str, object] = {}
    asyncio.run(run())
    with DAVClient(url=radicale, username="office", password="unused") as client:
        found["caldav"] = [e for c in client.principal().calendars() for e in c.events()]
    found["feed"] = Calendar.from_ical((tmp_path / "var" / "calendar.ics").read_bytes()).events
    found["smtp"] = smtp_server.received
    found["chat"] = console.getvalue()
    found["memos"] = "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "var" / "memos").rglob("*.html")
    )
    return found


def test_no_output_carries_a_held_meeting_to_a_delegate(tmp_path, smtp_server, monkeypatch):
    (tmp_path / "radicale").mkdir()
    with running_radicale(tmp_path / "radicale") as radicale:
        found = outputs_of(tmp_path, smtp_server, radicale, monkeypatch)

    assert found["caldav"] == [], "the office calendar never gets it"
    assert found["feed"] == [], "the feed leaves it out"
    assert found["smtp"] == [], "no mail leaves"
    assert found["outbox"], "the invitations wait..."
    assert {status for status, _ in found["outbox"]} == {"held"}, "...as held"
    assert not any("example.org" in c for c in found["deliveries"]), "no delegate reminder"
    chat = found["chat"]
    assert "meetbot approve 1" in chat, "the staff are asked"
    assert PHISH not in chat
    assert VENUE_LINK not in chat
    assert "[host: us06web.zoom.us.join-now.example]" in chat, "as text, with its real host"
    memos = found["memos"]
    assert memos, "the memo is drafted for the staff"
    assert VENUE_LINK not in memos
    assert PHISH not in memos
