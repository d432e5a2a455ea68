"""Trust and approval through the real pipeline, store and servers: a forged invitation
reaches no delegate until a person approves it, with `meetbot approve` or the Telegram
button, which only the allowed users may press."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select
from typer.testing import CliRunner

from bot.actions.reminders.access import NOT_AN_APPROVER
from bot.actions.reminders.runtime import Wiring
from bot.actions.reminders.telegram_wiring import SendRetry, Timeouts
from bot.app import App
from bot.cli import _register, app
from bot.config.settings import Settings
from bot.sources.maildir import deliver, ensure_maildir
from bot.store.tables import MeetingRow
from tests.servers.smtp import SmtpServer, running_smtp_server
from tests.servers.telegram_api import TelegramApiStandIn
from tests.sources.helpers import wait_for

ZOOM = "https://us06web.zoom.us/j/81234567890?pwd=ExAmPlE"
TRUSTED = "events@asean.example.org"
MX = "mx.doe.example.org"  # the office's receiving server (trust.trusted_authserv_ids)
AUTHENTICATED = (
    f"{MX}; dkim=pass header.d=asean.example.org header.s=s1; "
    f"spf=pass smtp.mailfrom={TRUSTED}; dmarc=pass header.from=asean.example.org"
)
GROUP = -100777
STAFF = 42
STRANGER = 666
DELEGATE_CHAT = 4242


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


def invitation(
    *,
    sender: str = TRUSTED,
    link: str = ZOOM,
    authentication: str | None = AUTHENTICATED,
    message_id: str = "invitation-1@asean.example.org",
    in_reply_to: str | None = None,
    start: str = "09:00",
) -> bytes:
    """A plain invitation two months ahead, so the calendar has something to send."""
    day = dt.date.today() + dt.timedelta(days=60)
    register_by = day - dt.timedelta(days=14)
    headers = [
        f"From: ASEAN Secretariat <{sender}>",
        "To: Focal Point Thailand <focal.th@example.org>",
        "Subject: "
        + ("Re: " if in_reply_to else "")
        + "Invitation to the 5th Meeting of the ASEAN Example Working Group",
        "Date: Mon, 12 Jan 2026 09:00:00 +0700",
        f"Message-ID: <{message_id}>",
    ]
    if in_reply_to:
        headers += [f"In-Reply-To: <{in_reply_to}>", f"References: <{in_reply_to}>"]
    if authentication:
        headers.insert(0, f"Authentication-Results: {authentication}")
    body = f"""Dear Focal Points,

The ASEAN Secretariat is pleased to invite your delegation to the 5th Meeting of the
ASEAN Example Working Group, to be held virtually on {day.day} {day:%B %Y} from {start}
to 12:00 (Bangkok time, GMT+7) via Zoom.

Join Zoom Meeting: {link}
Meeting ID: 812 3456 7890
Passcode: 123456

Please register your delegates no later than {register_by.day} {register_by:%B %Y}.

Best regards,
ASEAN Secretariat
"""
    head = "\r\n".join([*headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"])
    return (head + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def write_config(tmp_path: Path, smtp: SmtpServer, extra: str = "") -> Path:
    config = tmp_path / "meetbot.toml"
    config.write_text(
        f"""
data_dir = "{tmp_path}/var"
[store]
url = "sqlite:///{tmp_path}/var/meetbot.db"
[sources.maildir]
path = "{tmp_path}/maildir"
poll_seconds = 0.05
[smtp]
host = "{smtp.host}"
port = {smtp.port}
tls = "none"
from_address = "meetbot@doe.example.org"
[calendar]
feed_path = "{tmp_path}/var/calendar.ics"
[memo]
output_dir = "{tmp_path}/var/memos"
pdf = false
[trust]
allowed_sender_domains = ["asean.example.org"]
trusted_authserv_ids = ["{MX}"]
[[delegates]]
key = "somchai"
name = "Somchai Example"
email = "somchai@example.org"
telegram_chat_id = {DELEGATE_CHAT}
[[delegates]]
key = "malee"
name = "Malee Example"
email = "malee@example.org"
{extra}
""",
        encoding="utf-8",
    )
    return config


def meetbot(*args: str) -> str:
    _register()
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def feed_events(tmp_path: Path) -> int:
    return len(Calendar.from_ical((tmp_path / "var" / "calendar.ics").read_bytes()).events)


FORGERIES = {
    "untrusted sender": (
        {"sender": "events@asean-secretariat.example.net"},
        "sender events@asean-secretariat.example.net is not on the allowlist",
    ),
    "dkim failure": (
        {"authentication": f"{MX}; dkim=fail header.d=asean.example.org; spf=softfail"},
        "not authenticated: dkim=fail; spf=softfail",
    ),
    "zoom look-alike": (
        {"link": "https://us06web.zoom.us.join-now.example/j/81234567890"},
        "link to us06web.zoom.us.join-now.example: poses as a meeting link",
    ),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_forged_invitation_reaches_no_delegate_until_approved(tmp_path, smtp_server, forgery):
    changes, reason = FORGERIES[forgery]
    config = write_config(tmp_path, smtp_server)
    (tmp_path / "forged.eml").write_bytes(invitation(**changes))

    assert "1 messages: 1 extracted" in meetbot(
        "import", str(tmp_path / "forged.eml"), "-c", str(config)
    )
    waiting = meetbot("approve", "-c", str(config))
    assert "รออนุมัติ / Held for approval" in waiting, "Thai first, as the workspace says it"
    listed = " ".join(waiting.split())
    assert reason in listed
    bullet = listed[: listed.index(reason)].rsplit("•", 1)[1]
    assert re.search("[\u0e00-\u0e7f]", bullet), "the reason's Thai comes first, the English beside"
    assigned = meetbot("assign", "1", "somchai", "malee", "-c", str(config))
    assert "held" in assigned
    assert "sent" not in assigned

    assert smtp_server.received == [], "nothing reaches a delegate before approval"
    assert feed_events(tmp_path) == 0, "a held meeting stays out of the subscribed feed"

    approved = meetbot("approve", "1", "-c", str(config))

    assert "อนุมัติการประชุม 1 แล้ว / meeting 1 approved; it had been held because:" in approved
    assert reason in " ".join(approved.split())
    sent = smtp_server.received
    assert sent, "the held invitations go out once approved"
    assert {r for mail in sent for r in mail.recipients} == {
        "somchai@example.org",
        "malee@example.org",
    }
    summaries = set()
    for mail in sent:
        [part] = [p for p in mail.message.walk() if p.get_content_type() == "text/calendar"]
        calendar = Calendar.from_ical(part.get_content())
        assert calendar["METHOD"] == "REQUEST"
        summaries |= {str(event["SUMMARY"]) for event in calendar.events}
        assert b"join-now.example" not in mail.raw, "a look-alike link never reaches anyone"
    assert any("5th Meeting of the ASEAN Example Working Group" in s for s in summaries)
    assert feed_events(tmp_path) == len(summaries)

    again = meetbot("approve", "1", "-c", str(config))
    assert "meeting 1 was not held for approval" in again
    assert len(smtp_server.received) == len(sent), "approving twice sends nothing twice"


def test_a_trusted_follow_up_does_not_approve_what_an_untrusted_message_brought(
    tmp_path, smtp_server
):
    config = write_config(tmp_path, smtp_server)
    forged = invitation(sender="events@asean-secretariat.example.net", message_id="f@x.example")
    follow_up = invitation(
        message_id="real-2@asean.example.org", in_reply_to="f@x.example", start="10:00"
    )
    (tmp_path / "forged.eml").write_bytes(forged)
    (tmp_path / "follow-up.eml").write_bytes(follow_up)
    for name in ("forged.eml", "follow-up.eml"):
        meetbot("import", str(tmp_path / name), "-c", str(config))
    meetbot("assign", "1", "somchai", "-c", str(config))

    daemon = App.open(Settings.load(config))
    with daemon.db.session() as session:
        rows = list(session.scalars(select(MeetingRow)))
    daemon.close()
    assert len(rows) == 1
    assert rows[0].record["start"]["value"].endswith("T10:00:00+07:00"), "the update merged"
    assert rows[0].approved is False
    assert any("asean-secretariat.example.net" in r for r in rows[0].approval_reasons)
    assert smtp_server.received == []


async def wait_for_mail(smtp: SmtpServer, count: int) -> None:
    # A limit in time, not in polls: on a busy machine 200 polls of 50 ms end early.
    await wait_for(lambda: len(smtp.received) >= count, f"{count} message(s) sent")


async def test_only_an_approver_can_approve_from_telegram(tmp_path, smtp_server):
    async with TelegramApiStandIn() as api:
        telegram = (
            f'[telegram]\ntoken = "{api.token}"\nbase_url = "{api.base_url}"\n'
            f"group_chat_ids = [{GROUP}]\nallowed_user_ids = [{STAFF}]\n"
            '[reminders]\ndigest_time = "23:59"\n'
            f'[chat.roles]\n"telegram:{STAFF}" = "approver"\n'
        )
        settings = Settings.load(write_config(tmp_path, smtp_server, telegram))
        daemon = App.open(
            settings,
            reminders=Wiring(
                timeouts=Timeouts(connect=2.0, read=10.0, poll_read=3.0),
                retry=SendRetry(attempts=2),
            ),
        )
        maildir = tmp_path / "maildir"
        ensure_maildir(maildir)
        running = asyncio.create_task(daemon.run())
        try:
            lookalike = "https://us06web.zооm.us/j/81234567890"  # Cyrillic o's
            deliver(maildir, "1.eml", invitation(link=lookalike))
            [notice] = await api.wait_for("sendMessage")
            assert int(notice.params["chat_id"]) == GROUP
            assert "meetbot approve 1" in notice.params["text"]
            assert "xn--" in notice.params["text"], "the look-alike's real host is shown"
            [[button]] = notice.json("reply_markup")["inline_keyboard"]
            approve = button["callback_data"]
            assert approve.startswith("a:1:"), "bound to the meeting as the notice shows it"

            await api.push_command("/assign 1 somchai", chat_id=GROUP, user_id=STAFF)
            await api.wait_for("sendMessage", 2)
            # A stranger in the office's group, and a delegate in a private chat: no.
            await api.push_button(approve, chat_id=GROUP, user_id=STRANGER, message_id=9)
            await api.push_button(
                approve, chat_id=DELEGATE_CHAT, user_id=DELEGATE_CHAT, message_id=10
            )
            refusals = await api.wait_for("answerCallbackQuery", 2)
            assert [r.params["text"] for r in refusals] == [NOT_AN_APPROVER] * 2
            with daemon.db.session() as session:
                assert session.get_one(MeetingRow, 1).approved is False
            assert smtp_server.received == []

            await api.push_button(approve, chat_id=GROUP, user_id=STAFF, message_id=11)
            answers = await api.wait_for("answerCallbackQuery", 3)
            assert "อนุมัติแล้ว (approved)" in answers[2].params["text"]
            await wait_for_mail(smtp_server, 1)
            with daemon.db.session() as session:
                row = session.get_one(MeetingRow, 1)
                assert row.approved is True
                assert f"telegram {STAFF}" in (row.approved_by or "")
        finally:
            daemon.stop.set()
            await running
            daemon.close()
    assert {r for mail in smtp_server.received for r in mail.recipients} == {"somchai@example.org"}
