"""kill -9 in a loop while mail arrives: the store ends as if nothing had happened.

`meetbot run` is started and killed with SIGKILL again and again, at random moments
around the events that matter (startup, a fetch, a commit, a send), while another
thread APPENDs invitations, follow-ups, corpus mail and repeated copies through
Dovecot. After a last clean run, the store is compared with what was sent and with
the same mail processed by a meetbot that was never killed.

MEETBOT_KILLS (default 8) and MEETBOT_KILL_SEED change the run; a failure names the seed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.utils
import logging
import os
import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select
from typer.testing import CliRunner

from bot.app import App
from bot.cli import _register, app
from bot.config.settings import Settings
from bot.store.database import Database
from bot.store.statuses import MessageStatus
from bot.store.tables import (
    ActionRunRow,
    CalendarEntryRow,
    MeetingRow,
    MeetingValueRow,
    MessageRow,
    OutboxRow,
)
from bot.types import SystemClock
from tests.corpus_paths import CORPUS
from tests.servers.smtp import SmtpServer, running_smtp_server
from tests.sources.daemon_log import DaemonLog
from tests.sources.helpers import append, seen_outcomes
from tests.sources.test_daemon_process import start, write_config

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

KILLS = int(os.environ.get("MEETBOT_KILLS", "8"))
# Bounded, so the last run's backlog (and the test's time) does not grow with the load.
MESSAGES_PER_KILL = 5
SEED = int(os.environ.get("MEETBOT_KILL_SEED", "20261123"))
ROOT = Path(__file__).resolve().parents[2]
# Log lines that mark the moments worth a kill: right after them the daemon is
# resuming, has bodies in memory, has committed a message, or has mailed a delegate.
MOMENTS = ["meetbot running", "fetched", "message processed", "outbox:"]
TOPICS = [
    "Labour Inspection", "Social Security", "Skills Recognition", "Migrant Workers",
    "Green Jobs", "Occupational Safety", "Labour Statistics", "Youth Employment",
]  # fmt: skip


RECEIVING_SERVER = "mx.doe.example.org"  # trusted: the mail counts as the Secretariat's

# Days counted from the day the test runs: the seed meeting's delegate must be mailed, and
# a meeting already over gets no calendar mail (actions.skip_past). Fixed dates (January
# 2027) would have failed the test from the day after.
TODAY = dt.date.today()
SENT_ON = email.utils.format_datetime(
    dt.datetime.combine(
        TODAY - dt.timedelta(days=3), dt.time(10), dt.timezone(dt.timedelta(hours=7))
    )
)
SEED_DAY = TODAY + dt.timedelta(days=90)
REGISTER_BY = SEED_DAY - dt.timedelta(days=10)


def spelt(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"  # 15 January 2027


def mail(message_id: str, subject: str, body: str, headers: str = "") -> bytes:
    return (
        f"Authentication-Results: {RECEIVING_SERVER}; dkim=pass header.d=asean.org\r\n"
        f"Message-ID: <{message_id}>\r\nSubject: {subject}\r\n"
        "From: ASEAN Secretariat <labour@asean.org>\r\nTo: Desk <desk@example.org>\r\n"
        f"Date: {SENT_ON}\r\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


SEED_ID = "act-21-invitation@asean.example.org"
SEED_MAIL = mail(
    SEED_ID,
    "Invitation to the 21st Meeting of the ASEAN Committee on Testing (21st ACT)",
    "Dear colleagues,\r\n\r\nThe ASEAN Secretariat is pleased to invite your delegation to "
    "the 21st Meeting of the ASEAN Committee on Testing (21st ACT), to be held on "
    f"{spelt(SEED_DAY)} from 09:00 to 12:00 (GMT+7) via Zoom.\r\n\r\nJoin Zoom Meeting "
    "https://us06web.zoom.us/j/81234567890 Meeting ID: 812 3456 7890 Passcode: 123456\r\n\r\n"
    f"Kindly register by {spelt(REGISTER_BY)}.\r\n\r\nBest regards,\r\nASEAN Secretariat\r\n",
)


def arrivals(rng: random.Random) -> Iterator[bytes]:
    """Mail as it might arrive: new invitations, reschedules of the seed meeting (whose
    delegate gets calendar mail each time), corpus messages, and copies of earlier mail."""
    # Not the empty message: IMAP cannot append zero bytes.
    corpus = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml")) if p.stat().st_size]
    rng.shuffle(corpus)
    sent: list[bytes] = []
    for n in range(1, 1000):
        roll = rng.random()
        if roll < 0.35:
            hour = rng.choice([9, 10, 13, 14])
            raw = mail(
                f"act-21-update-{n}@asean.example.org",
                "Re: Invitation to the 21st Meeting of the ASEAN Committee on Testing (21st ACT)",
                f"Dear colleagues,\r\n\r\nPlease note that the 21st ACT meeting has been "
                f"rescheduled to {spelt(SEED_DAY)} from {hour}:00 to {hour + 3}:00 (GMT+7).\r\n"
                "\r\nBest regards,\r\nASEAN Secretariat\r\n",
                f"In-Reply-To: <{SEED_ID}>\r\nReferences: <{SEED_ID}>\r\n",
            )
        elif roll < 0.45 and corpus:
            raw = corpus.pop()
        elif roll < 0.6 and sent:
            raw = rng.choice(sent)  # the same message again (a copy, a re-delivery)
        else:
            topic = rng.choice(TOPICS)
            raw = mail(
                f"wg-{n}@asean.example.org",
                f"Invitation to the {n}th Meeting of the ASEAN Working Group on {topic}",
                f"Dear colleagues,\r\n\r\nYou are invited to the {n}th Meeting of the ASEAN "
                f"Working Group on {topic}, to be held on "
                f"{spelt(SEED_DAY + dt.timedelta(days=45 + n % 27))} from 09:00 "
                "to 16:00 (GMT+7) in Jakarta, Indonesia.\r\n\r\nBest regards,\r\n"
                "ASEAN Secretariat\r\n",
            )
        sent.append(raw)
        yield raw


class Appender(threading.Thread):
    """APPENDs mail at random intervals until told to stop; keeps what it sent, in order."""

    def __init__(self, dovecot, user, rng: random.Random, count: int) -> None:
        super().__init__(daemon=True)
        self.dovecot, self.user, self.rng, self.count = dovecot, user, rng, count
        self.sent: list[bytes] = []
        self.done = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for _, raw in zip(range(self.count), arrivals(self.rng), strict=False):
                if self.done.wait(self.rng.uniform(0.2, 0.9)):
                    return
                append(self.dovecot, self.user.name, self.user.password, raw)
                self.sent.append(raw)
        except BaseException as exc:
            self.error = exc


class Later:
    """A clock past every claim lease a killed daemon left on the outbox."""

    def __init__(self, minutes: float) -> None:
        self.offset = dt.timedelta(minutes=minutes)

    def now(self) -> dt.datetime:
        return SystemClock().now() + self.offset


def configure(directory: Path, dovecot, user, smtp: SmtpServer | None) -> Path:
    directory.mkdir(exist_ok=True)
    config = write_config(directory, dovecot, user)
    extra = f'[calendar]\nfeed_path = "{directory}/calendar.ics"\n'
    # Memos as DOCX only: LibreOffice's seconds per meeting are not what is tested here.
    extra += f'[memo]\noutput_dir = "{directory}/memos"\npdf = false\n'
    extra += f'template_dir = "{ROOT / "templates" / "memo"}"\n'
    extra += '[[delegates]]\nkey = "somchai"\nname = "Somchai Example"\n'
    extra += 'email = "somchai@example.org"\n'
    extra += f'[trust]\ntrusted_authserv_ids = ["{RECEIVING_SERVER}"]\n'
    if smtp is not None:
        extra += f'[smtp]\nhost = "{smtp.host}"\nport = {smtp.port}\ntls = "none"\n'
        extra += 'from_address = "meetbot@doe.example.org"\ntimeout_seconds = 5\n'
    config.write_text(config.read_text() + extra)
    return config


def assign_seed_meeting(config: Path, db: Database) -> None:
    with db.session() as s:
        meeting_id = s.scalar(select(MessageRow.meeting_id).where(MessageRow.message_id == SEED_ID))
    assert meeting_id is not None
    _register()
    # The command sets up logging on CliRunner's stream, closed when it returns; the
    # SMTP server's thread logs on after that.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        result = CliRunner().invoke(
            app, ["assign", str(meeting_id), "somchai", "--config", str(config)]
        )
    finally:
        root.handlers[:], root.level = handlers, level
    assert result.exit_code == 0, result.output


def message_id(raw: bytes) -> str:
    return str(email.message_from_bytes(raw)["Message-ID"]).strip().strip("<>")


def kill_loop(config: Path, rng: random.Random) -> list[str]:
    """Start and SIGKILL the daemon KILLS times; the moment each kill followed."""
    moments = []
    for _ in range(KILLS):
        daemon = start(config)
        log = DaemonLog(daemon)
        moment = rng.choice(MOMENTS)
        log.wait_for(moment, seconds=10)  # or kill anyway: a quiet moment is a moment too
        time.sleep(rng.uniform(0, 1.0))
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(10)
        log.close()
        daemon.stdout.close()
        moments.append(moment)
    return moments


def outbox_rows(db: Database) -> list[OutboxRow]:
    with db.session() as s:
        return list(s.scalars(select(OutboxRow).order_by(OutboxRow.id)))


def newest_invitations(db: Database) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per calendar entry and attendee, what the newest calendar mail says."""
    newest: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in outbox_rows(db):
        if row.kind != "itip":
            continue
        head, attendee, _sequence, method = row.dedupe_key.rsplit(":", 3)
        message = email.message_from_bytes(row.raw)
        [event] = Calendar.from_ical(_calendar_part(message)).events
        newest[(head, attendee)] = (
            method,
            *(str(event.get(k, "")) for k in ("SUMMARY", "LOCATION", "STATUS")),
            *(event.decoded(k).isoformat() for k in ("DTSTART", "DTEND") if k in event),
        )
    return newest


def _calendar_part(message: Message) -> bytes:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload
    raise AssertionError("no text/calendar part")


def summary(db: Database) -> dict[str, object]:
    """The store's meaning, without ids, times and the order of retries."""
    with db.session() as s:
        meetings = {row.id: row for row in s.scalars(select(MeetingRow))}
        uid = {key: row.uid for key, row in meetings.items()}
        messages = {
            row.message_id: (row.status, row.kind, uid.get(row.meeting_id or 0))
            for row in s.scalars(select(MessageRow))
        }
        values = Counter(
            (uid[row.meeting_id], row.field, row.message_id)
            for row in s.scalars(select(MeetingValueRow))
        )
        entries = {
            row.uid: (row.digest, row.cancelled) for row in s.scalars(select(CalendarEntryRow))
        }
        # Runs of older revisions may be superseded after a kill; the current one is done.
        runs = {
            (row.action, uid[row.meeting_id], row.revision): row.status
            for row in s.scalars(select(ActionRunRow))
            if row.revision == meetings[row.meeting_id].revision
        }
    return {
        "messages": messages,
        "meetings": {row.uid: (row.status, row.revision, row.record) for row in meetings.values()},
        "meeting values": values,
        "calendar entries": entries,
        "current action runs": runs,
    }


def quarantined(db: Database) -> list[int]:
    with db.session() as session:
        query = select(MessageRow.id).where(MessageRow.status == MessageStatus.QUARANTINED)
        return list(session.scalars(query.order_by(MessageRow.id)))


def test_kill_9_in_a_loop_while_mail_arrives_loses_and_repeats_nothing(dovecot, user, tmp_path):
    why = f"(MEETBOT_KILL_SEED={SEED})"
    with running_smtp_server() as smtp:
        config = configure(tmp_path / "killed", dovecot, user, smtp)
        settings = Settings.load(config)
        first = App.open(settings)
        asyncio.run(first.run(once=True))  # the cursor starts here
        append(dovecot, user.name, user.password, SEED_MAIL)
        asyncio.run(first.run(once=True))
        assign_seed_meeting(config, first.db)
        first.close()

        appender = Appender(dovecot, user, random.Random(SEED), KILLS * MESSAGES_PER_KILL)
        appender.start()
        try:
            moments = kill_loop(config, random.Random(SEED + 1))
        finally:
            appender.done.set()
            appender.join(30)
        assert appender.error is None, appender.error

        last = App.open(settings, clock=Later(minutes=11))
        asyncio.run(last.run(once=True))
        # A message that two kills caught while it was processed (the scanned PDF's OCR
        # takes seconds) is set aside as a poison message; a person reprocesses it.
        asyncio.run(last.pipeline.reprocess(quarantined(last.db)))
        asyncio.run(last.run(once=True))
        asyncio.run(last.outbox.flush())
        received = [r.message["Message-ID"] for r in smtp.received]
    db = last.db
    sent = [SEED_MAIL, *appender.sent]
    ids = [message_id(raw) for raw in sent]

    assert len(moments) == KILLS
    assert len(appender.sent) >= KILLS, "mail kept arriving while the daemon was killed"
    killed = summary(db)
    assert sorted(killed["messages"]) == sorted(set(ids)), f"each message stored once {why}"
    outcomes = seen_outcomes(db)
    assert [uid for _, uid, _ in outcomes] == list(range(1, len(sent) + 1)), why
    first_seen = ["stored" if ids.index(i) == n else "duplicate" for n, i in enumerate(ids)]
    assert [o for _, _, o in outcomes] == first_seen, f"each UID recorded once {why}"

    reference = configure(tmp_path / "reference", dovecot, user, None)
    clean = App.open(Settings.load(reference))
    asyncio.run(clean.import_path(_written(tmp_path / "seed.eml", SEED_MAIL)))
    assign_seed_meeting(reference, clean.db)
    asyncio.run(_import_in_order(clean, appender.sent, tmp_path / "sent"))
    asyncio.run(clean.run(once=True))  # the reminders' runs, which need a running daemon
    expected = summary(clean.db)
    for part, value in expected.items():
        assert killed[part] == value, f"{part} differ from a run never killed {why}"

    rows = outbox_rows(db)
    assert rows, "the seed meeting's delegate was mailed"
    assert {r.status for r in rows} <= {"sent", "superseded"}, f"no mail left behind {why}"
    assert newest_invitations(db) == newest_invitations(clean.db), why
    row_ids = {str(email.message_from_bytes(r.raw)["Message-ID"]) for r in rows}
    sent_ids = {
        str(email.message_from_bytes(r.raw)["Message-ID"]) for r in rows if r.status == "sent"
    }
    assert sent_ids <= set(received), f"every row marked sent reached the server {why}"
    assert set(received) <= row_ids, f"nothing reached the server but outbox rows {why}"
    db.close()
    clean.close()


async def _import_in_order(daemon: App, raws: list[bytes], directory: Path) -> None:
    directory.mkdir()
    for n, raw in enumerate(raws):
        await daemon.import_path(_written(directory / f"{n}.eml", raw))


def _written(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path
