"""What `meetbot demo` does: the whole bot once on the embedded default, and what it did,
as tables.

The demo corpus (bot/demo/corpus, package data) is copied into var/maildir and processed
as new mail would be: SQLite in var/, the calendar feed, memo drafts, reminders to the
console. Nothing leaves the machine: the demo sets no SMTP server and no Telegram bot,
whatever the environment or config/meetbot.toml say, so outgoing mail stays in the outbox.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import secrets
import sys
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy import func, select

from bot.actions.calendar.text import short_title
from bot.actions.clock import table_time
from bot.actions.reminders.deadlines import local_date
from bot.actions.reminders.messages import reminder_message
from bot.actions.reminders.plan import Reminder, plan_reminders, targets_of
from bot.actions.reminders.runtime import Wiring
from bot.actions.reminders.table import plan_table
from bot.app import App
from bot.cli.common import fail, setup_cli_logging, short
from bot.config.settings import (
    CalendarSettings,
    LineSettings,
    MemoSettings,
    Settings,
    SmtpSettings,
    SourcesSettings,
    StoreSettings,
    TelegramSettings,
    TrustSettings,
)
from bot.demo import corpus_messages
from bot.errors import MeetbotError
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.meetings.repository import list_meetings
from bot.sources.maildir import deliver, ensure_maildir
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow, OutboxRow
from bot.understanding.browser_url import browser_host
from bot.understanding.record import When

# A terminal's own width; written to a file or a pipe, wide enough for the tables.
console = Console(width=None if sys.stdout.isatty() else 120)

# The corpus keeps institutions' names on placeholder domains; the demo office trusts
# the organisers among them (ASEAN Secretariat, Malaysia's MOHR, the ministry's ASEAN
# group) and its own department's address, on top of the production preset (th-mol),
# which also names go.gov.sg, the Singapore Government's own link service that the
# 18th SLOM-WG registration link uses, as such. The hostile samples'
# sender@example.org is deliberately not trusted; tinyurl.com is still a shortener.
DEMO_TRUST = TrustSettings(
    preset="th-mol",
    allowed_sender_domains=["asean.example.org", "mohr.example.org", "mol.example.org"],
    allowed_senders=["intl.doe@example.org"],
    # The department's receiving server, whose Authentication-Results the corpus carries.
    trusted_authserv_ids=["mx.doe.example.org"],
)


DEMO_USER = "demo"


def demo_settings() -> Settings:
    """The embedded default, with every way out of the machine switched off."""
    return Settings(
        data_dir=Path("var"),
        log_level="WARNING",
        store=StoreSettings(),
        sources=SourcesSettings(),
        smtp=SmtpSettings(),
        telegram=TelegramSettings(),
        line=LineSettings(),
        calendar=CalendarSettings(),
        # LibreOffice takes seconds per memo; `meetbot memo` makes the PDF on request.
        memo=MemoSettings(pdf=False),
        trust=DEMO_TRUST,
        delegates=[],
    )


class AsOfClock:
    """The demo's 'now': `as_of` when the demo started, moving on with the real clock."""

    def __init__(self, as_of: dt.datetime) -> None:
        self._offset = as_of - dt.datetime.now(dt.UTC)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self._offset


def run_demo(as_of: dt.datetime) -> None:
    """Process the demo corpus once on the embedded default (var/), as if today were
    `as_of` (office time), and show what happened."""
    settings = demo_settings()
    setup_cli_logging(settings, "ERROR")  # what went wrong shows in the tables
    maildir = settings.sources.maildir.path
    seeded = _seed(maildir)
    notices = io.StringIO()
    moment = _office_time(as_of, ZoneInfo(settings.timezone))
    # The scheduler keeps real time: the demo plans the reminders and fires none.
    wiring = Wiring(console=notices, fire=False)
    try:
        daemon = App.open(settings, clock=AsOfClock(moment), reminders=wiring)
    except MeetbotError as exc:
        raise fail(str(exc)) from exc
    try:
        asyncio.run(daemon.run(once=True))
        _report(daemon, seeded, notices.getvalue())
        _print_workspace(daemon)
    except MeetbotError as exc:
        raise fail(str(exc), code=1) from exc
    finally:
        daemon.close()


def _print_workspace(daemon: App) -> None:
    """A demo login (a new password each run) and where the workspace will be."""
    from bot.services.feeds import OFFICE, feed_tokens, rotate_token
    from bot.services.users import Role, add_user
    from bot.web.app import workspace_url

    password = secrets.token_urlsafe(9)
    add_user(daemon.db, DEMO_USER, Role.ADMIN, password, now=daemon.clock.now())
    token = feed_tokens(daemon.db).get(OFFICE) or rotate_token(
        daemon.db, OFFICE, now=daemon.clock.now()
    )
    url = workspace_url(daemon)
    console.print(
        f"\nพื้นที่ทำงาน / Workspace: {url}  (start it with: .venv/bin/meetbot web)\n"
        f"เข้าสู่ระบบ / Demo login: {DEMO_USER} / {password}\n"
        f"ปฏิทินสำนักงาน / Office feed: {url}/feed/{token}.ics",
        highlight=False,
    )


def _office_time(as_of: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """A day given alone means the office's morning: the notices come before work."""
    if as_of.time() == dt.time():
        as_of = as_of.replace(hour=9)
    return as_of.replace(tzinfo=tz)


def _seed(maildir: Path) -> int:
    ensure_maildir(maildir)
    corpus = corpus_messages()
    taken = {p.name.split(":")[0] for p in (maildir / "cur").iterdir()}
    taken |= {p.name for p in (maildir / "new").iterdir()}
    seeded = 0
    for file in corpus:
        if file.name not in taken:
            deliver(maildir, file.name, file.read_bytes())
            seeded += 1
    return seeded


def _report(daemon: App, seeded: int, notices: str) -> None:
    settings = daemon.settings
    tz = ZoneInfo(settings.timezone)
    now = daemon.clock.now()
    with daemon.db.session() as session:
        messages = list(session.scalars(select(MessageRow).order_by(MessageRow.id)))
        meetings = list_meetings(session)
        outbox: list[tuple[str, str, int]] = [
            (status, kind, count)
            for status, kind, count in session.execute(
                select(OutboxRow.status, OutboxRow.kind, func.count()).group_by(
                    OutboxRow.status, OutboxRow.kind
                )
            )
        ]
    trusted = ", ".join(DEMO_TRUST.allowed_sender_domains + DEMO_TRUST.allowed_senders)
    console.print(
        f"meetbot demo as of {table_time(now.astimezone(tz), tz)} ({tz.key}): "
        f"{seeded} new message(s) of the demo corpus copied into "
        f"{settings.sources.maildir.path}/; store {settings.store.url}\n"
        f"trusted senders: {trusted}\n"
        "no SMTP server, Telegram bot or LINE channel is set: nothing leaves this machine",
        highlight=False,
    )
    _print_messages(messages)
    _print_meetings(meetings, tz)
    _print_held(meetings)
    _print_now(meetings, settings, tz, now)
    console.print(plan_table(meetings, settings.reminders, tz, now=now))
    planned = [r for m in meetings for r in plan_reminders(m, settings.reminders, tz)]
    coming = sorted((r for r in planned if r.fire_at > now), key=lambda r: r.fire_at)
    console.print(
        f"{len(planned)} reminder(s) in the plan, {len(planned) - len(coming)} of them before "
        f"{now.astimezone(tz).date()} (dimmed in a terminal; the arrival notice says what "
        "was missed). Each falls on a working day; those of one meeting at the same minute "
        "go out as one message.",
        highlight=False,
    )
    _print_coming(coming, meetings, tz)
    _print_notices(notices)
    _print_outputs(settings, meetings, outbox)


def _print_messages(messages: list[MessageRow]) -> None:
    table = Table("#", "kind", "meeting", "from", "subject", title=f"{len(messages)} messages")
    for m in messages:
        kind = m.kind or m.status
        if m.status in (MessageStatus.FAILED, MessageStatus.QUARANTINED):
            kind = f"[red]failed[/red]: {escape(short(m.error or '', 40))}"
        table.add_row(
            str(m.id),
            kind,
            str(m.meeting_id or "-"),
            escape(short(_address(m.sender), 28)),
            escape(short(m.subject or f"({m.message_id})", 60)),
        )
    console.print(table)
    kinds = Counter(m.kind or m.status for m in messages)
    console.print(", ".join(f"{n} {k}" for k, n in sorted(kinds.items())), highlight=False)


def _print_meetings(meetings: list[Meeting], tz: ZoneInfo) -> None:
    table = Table(
        "#", "meeting", f"when ({tz.key})", "mode, online", "deadlines",
        title=f"{len(meetings)} meetings",
    )  # fmt: skip
    for meeting in meetings:
        record = meeting.record
        start = record.start.value if record.start else None
        end = record.end.value if record.end else None
        state = "" if meeting.status is MeetingStatus.SCHEDULED else f"\n{meeting.status.value}"
        if not meeting.approved:
            state += "\n[yellow]held for approval[/yellow]"
        mode = [record.mode.value.replace("_", " ")] if record.mode else []
        online = [
            f"{o.platform.value} {o.label.value}: {browser_host(o.url) if o.url else 'no link'}"
            for o in record.online_meetings
        ]
        deadlines = [
            f"{d.kind.value} {_local(d.due, tz) if d.due else '(no date)'}"
            for d in record.deadlines
        ]
        table.add_row(
            str(meeting.id),
            escape(short(short_title(record), 28)) + state,
            _span(start, end, tz),
            escape("\n".join(mode + online) or "-"),
            escape("\n".join(deadlines) or "-"),
        )
    console.print(table)


def _print_held(meetings: list[Meeting]) -> None:
    held = [m for m in meetings if not m.approved]
    if not held:
        console.print("No meeting is held for approval.", highlight=False)
        return
    table = Table("#", "meeting", "why it waits", title="Held for approval")
    for meeting in held:
        table.add_row(
            str(meeting.id),
            escape(short(short_title(meeting.record), 40)),
            escape("\n".join(meeting.approval_reasons)),
        )
    console.print(table)
    console.print(
        "While a meeting is held, its invitations wait in the outbox as 'held', its "
        "delegates get no reminders and notices withhold its links (showing their real "
        "hosts). Approve with `meetbot approve MEETING` or the Telegram or LINE button.",
        highlight=False,
    )


def _print_now(meetings: list[Meeting], settings: Settings, tz: ZoneInfo, now: dt.datetime) -> None:
    today = now.astimezone(tz).date()
    table = Table("#", "meeting", "what", "due", "as of today", title=f"Deadlines as of {today}")
    for meeting in meetings:
        for target in targets_of(meeting, settings.reminders, tz):
            days = (local_date(target.due, tz) - today).days
            state = f"in {days} day(s)" if days >= 0 else f"[dim]passed {-days} day(s) ago[/dim]"
            table.add_row(
                str(meeting.id),
                short(short_title(meeting.record), 32),
                target.key,
                _local(target.due, tz),
                state,
            )
    console.print(table)


def _print_coming(coming: list[Reminder], meetings: list[Meeting], tz: ZoneInfo) -> None:
    """The next reminders that would fire, as a person would read the first of them."""
    if not coming:
        return
    by_id = {m.id: m for m in meetings}
    first = coming[0]
    together = [
        r for r in coming if r.fire_at == first.fire_at and r.meeting_id == first.meeting_id
    ]
    meeting = by_id[first.meeting_id]
    today = first.fire_at.astimezone(tz).date()
    text = reminder_message(together, meeting, today=today, tz=tz).text
    console.print(
        f"The next reminder would fire at {table_time(first.fire_at, tz)} and read:",
        highlight=False,
    )
    console.print(text, highlight=False, markup=False)


def _print_notices(notices: str) -> None:
    count = notices.count("[reminder ")
    if not count:
        console.print("No notice was sent this time (the mail had been seen before).")
        return
    console.print(
        f"{count} notice(s) went to the console (Telegram is not configured):", highlight=False
    )
    console.print(notices.rstrip(), highlight=False, markup=False)


def _print_outputs(
    settings: Settings, meetings: list[Meeting], outbox: list[tuple[str, str, int]]
) -> None:
    feed = settings.calendar.feed_path
    if feed.is_file():
        calendar = Calendar.from_ical(feed.read_bytes())
        console.print(
            f"Calendar feed {feed}: parses back cleanly, {len(calendar.events)} event(s); "
            "meetings held for approval stay out of it",
            highlight=False,
        )
    else:
        console.print(f"Calendar feed {feed}: not written (no meeting)", highlight=False)
    memos = settings.memo.output_dir
    drafts = sorted(p for m in meetings for p in memos.glob(f"meeting-{m.id}-*.docx"))
    console.print(f"Memo drafts ({len(drafts)}), each with an HTML preview:", highlight=False)
    for path in drafts:
        console.print(f"  {path}", highlight=False)
    if not outbox:
        console.print(
            "Outbox: empty (no delegate is assigned: `meetbot assign MEETING PERSON...`)",
            highlight=False,
        )
    else:
        counts = ", ".join(f"{n} {kind} {status}" for status, kind, n in outbox)
        console.print(
            f"Outbox: {counts}; no SMTP server is set, so it stays there", highlight=False
        )


def _local(value: When, tz: ZoneInfo) -> str:
    return table_time(value, tz)


def _span(start: When | None, end: When | None, tz: ZoneInfo) -> str:
    """Two short lines: '2025-09-30' and '08:30–16:30', or '2025-12-16' and '– 2025-12-18'."""
    if start is None:
        return "-"
    first = _local(start, tz)
    if end is None or _local(end, tz) == first:
        return first.replace(" ", "\n")
    one_day = local_date(start, tz) == local_date(end, tz)
    if one_day and isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        return f"{first.replace(' ', chr(10))}–{end.astimezone(tz):%H:%M}"
    return f"{first}\n– {_local(end, tz)}"


def _address(sender: str) -> str:
    """'Name <a@b>' as 'a@b': the address is what trust is judged on."""
    return sender.rpartition("<")[2].rstrip(">") if "<" in sender else sender
