"""From the attacker's side, through the real pipeline, store, SMTP server and feed: a
spoofed "Re:" to a trusted meeting (no authentication, passes for another domain, a header
the sender wrote, two From fields) changes nothing a delegate receives or sees; the change
waits apart with its diff, and a person rejects it, or accepts exactly that change.
A backslash link (plain, and as &#92; in HTML) is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config.settings import Settings
from bot.store.tables import MeetingRow, OutboxRow, PendingChangeRow
from tests.servers.smtp import running_smtp_server
from tests.test_approval import MX, invitation, meetbot, write_config

ORIGINAL = "invitation-1@asean.example.org"
EVIL_ZOOM = "https://us06web.zoom.us/j/99999999999?pwd=EViL"


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


def spoof(**changes) -> bytes:
    """A follow-up in the trusted thread that moves the meeting and swaps its Zoom link."""
    values = {
        "message_id": "spoof-1@attacker.example",
        "in_reply_to": ORIGINAL,
        "start": "10:00",
        "link": EVIL_ZOOM,
    }
    return invitation(**(values | changes))


def two_froms() -> bytes:
    raw = spoof(authentication=f"{MX}; dmarc=pass header.from=attacker.example")
    return b"From: <x@attacker.example>\r\n" + raw


SPOOFS = {
    "no authentication": lambda: spoof(authentication=None),
    "passes for another domain": lambda: spoof(
        authentication=f"{MX}; dkim=pass header.d=attacker.example; "
        "spf=pass smtp.mailfrom=x@attacker.example; dmarc=none"
    ),
    "header written by the sender": lambda: spoof(
        authentication=f"{MX}; dkim=none; spf=none\r\n"
        f"Authentication-Results: {MX}; dkim=pass header.d=asean.example.org"
    ),
    "header of another server": lambda: spoof(
        authentication="mx.attacker.example; dkim=pass header.d=asean.example.org"
    ),
    "two From fields": two_froms,
}


def imported(tmp_path: Path, config: Path, name: str, raw: bytes) -> None:
    (tmp_path / name).write_bytes(raw)
    assert "1 extracted" in meetbot("import", str(tmp_path / name), "-c", str(config))


def state(config: Path) -> tuple[dict, int, bool, list[PendingChangeRow]]:
    daemon = App.open(Settings.load(config))
    try:
        with daemon.db.session() as session:
            row = session.get_one(MeetingRow, 1)
            pending = list(session.scalars(select(PendingChangeRow)))
            session.expunge_all()
            return row.record, row.revision, row.approved, pending
    finally:
        daemon.close()


def outbox_texts(config: Path) -> list[bytes]:
    daemon = App.open(Settings.load(config))
    try:
        with daemon.db.session() as session:
            return [row.raw for row in session.scalars(select(OutboxRow))]
    finally:
        daemon.close()


@pytest.fixture
def trusted_meeting(tmp_path, smtp_server):
    config = write_config(tmp_path, smtp_server)
    imported(tmp_path, config, "invitation.eml", invitation(message_id=ORIGINAL))
    meetbot("assign", "1", "somchai", "malee", "-c", str(config))
    assert smtp_server.received, "the trusted meeting reached its delegates"
    return config, len(smtp_server.received)


@pytest.mark.parametrize("attack", list(SPOOFS))
def test_a_spoofed_follow_up_changes_nothing_a_delegate_sees(
    tmp_path, smtp_server, trusted_meeting, attack
):
    config, sent = trusted_meeting
    record, revision, _, _ = state(config)
    feed = (tmp_path / "var" / "calendar.ics").read_bytes()

    imported(tmp_path, config, "spoof.eml", SPOOFS[attack]())

    after, revision_after, approved, [pending] = state(config)
    assert after == record, "the meeting stays as it was"
    assert (revision_after, approved) == (revision, True), "still approved: reminders go on"
    assert (tmp_path / "var" / "calendar.ics").read_bytes() == feed, "the feed is untouched"
    assert len(smtp_server.received) == sent, "no update reaches a delegate"
    assert not any(b"99999999999" in raw for raw in outbox_texts(config))
    assert {"start", "online_meetings"} <= set(pending.diff)

    listed = " ".join(meetbot("approve", "-c", str(config)).split())
    assert f"change {pending.id} to meeting 1" in listed
    assert "hxxps://us06web[.]zoom[.]us/j/99999999999" in listed
    assert "[host: us06web.zoom.us]" in listed
    assert "https://us06web.zoom.us/j/99999999999" not in listed, "never as a link"
    assert "not authenticated" in listed or "not on the allowlist" in listed

    rejected = meetbot("reject", "1", "--change", str(pending.id), "-c", str(config))
    assert f"change {pending.id} to meeting 1 rejected" in rejected
    after, _, _, [decided] = state(config)
    assert after == record
    assert decided.state == "rejected"
    assert "no meeting or change waits" in meetbot("approve", "-c", str(config))
    assert len(smtp_server.received) == sent


def test_an_approval_applies_only_the_change_it_showed(tmp_path, smtp_server, trusted_meeting):
    config, sent = trusted_meeting
    before, _, _, _ = state(config)
    imported(tmp_path, config, "moved.eml", spoof(authentication=None, link=invitation_link()))
    imported(
        tmp_path,
        config,
        "relinked.eml",
        spoof(authentication=None, message_id="spoof-2@attacker.example"),
    )
    _, _, _, [moved, relinked] = state(config)
    assert "online_meetings" not in moved.diff
    assert "online_meetings" in relinked.diff

    accepted = meetbot("approve", "1", "--change", str(moved.id), "-c", str(config))

    assert f"change {moved.id} to meeting 1 accepted" in accepted
    after, _, approved, [_, still] = state(config)
    assert after["start"]["value"].endswith("T10:00:00+07:00"), "the shown change applied"
    assert after["online_meetings"] == before["online_meetings"], "the unseen one did not"
    assert approved
    assert still.state == "pending"
    updates = smtp_server.received[sent:]
    assert updates, "the accepted change reaches the delegates as an update"
    assert not any(b"99999999999" in mail.raw for mail in updates)
    with pytest.raises(AssertionError, match="already accepted"):
        meetbot("approve", "1", "--change", str(moved.id), "-c", str(config))


def invitation_link() -> str:
    return "https://us06web.zoom.us/j/81234567890?pwd=ExAmPlE"


def html_invitation(href: str) -> bytes:
    day = dt.date.today() + dt.timedelta(days=60)
    head = invitation().split(b"\r\n\r\n", 1)[0].replace(b"text/plain", b"text/html")
    body = (
        f"<p>The ASEAN Secretariat is pleased to invite your delegation to the 5th Meeting of "
        f"the ASEAN Example Working Group, to be held virtually on {day.day} {day:%B %Y} from "
        f"09:00 to 12:00 (Bangkok time, GMT+7) via Zoom.</p>"
        f'<p><a href="{href}">Join Zoom Meeting</a><br>Meeting ID: 812 3456 7890</p>'
    )
    return head + b"\r\n\r\n" + body.encode()


@pytest.mark.parametrize(
    "raw",
    [
        invitation(link="https://portal.example\\@zoom.us/j/81234567890"),
        html_invitation("https://portal.example&#92;@zoom.us/j/81234567890"),
    ],
    ids=["plain", "html-entity"],
)
def test_a_backslash_link_is_refused_even_from_an_authenticated_sender(tmp_path, smtp_server, raw):
    config = write_config(tmp_path, smtp_server)
    imported(tmp_path, config, "invitation.eml", raw)
    meetbot("assign", "1", "somchai", "-c", str(config))

    record, _, approved, _ = state(config)
    listed = " ".join(meetbot("approve", "-c", str(config)).split())
    assert not approved
    assert "a browser goes to portal.example, while it reads as zoom.us" in listed
    assert all("portal.example" not in str(s.get("url")) for s in record["online_meetings"])
    assert smtp_server.received == []
    assert not any(b"portal.example" in raw for raw in outbox_texts(config))
