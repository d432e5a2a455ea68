"""Is the daemon working? Per source: the last successful check, last message, last error.

Health is the age of the last successful check, not "connected": a watcher that hangs
while its socket stays open (the failure n8n's IMAP trigger is known for) shows up
here as a check that is too old.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.actions.channel_health import SMTP, ChannelHealth, ChannelState, channel_health
from bot.actions.outbox_rows import STALE_OUTBOX_AFTER, OutboxHealth, outbox_health
from bot.actions.reminders.delivery import TELEGRAM
from bot.config.oauth_settings import SMTP_ACCOUNT
from bot.config.settings import Settings
from bot.processing.action_ledger import RunStatus
from bot.sources.maildir import MAILDIR_SOURCE
from bot.sources.sign_ins import RevokedSignIn, revoked_sign_ins
from bot.sources.watcher import imap_source, stall_after
from bot.store.statuses import MessageStatus
from bot.store.tables import (
    ActionRunRow,
    ChannelStateRow,
    MailboxCursorRow,
    MessageRow,
    PendingDispositionRow,
)

# What `meetbot status` says, Thai first.
STATE_TH = {"ok": "ปกติ", "starting": "กำลังเริ่มทำงาน", "unhealthy": "ผิดปกติ"}

# Slack on top of a source's own interval before an old check counts as unhealthy:
# the daemon may be busy with a large message or a slow database.
GRACE_SECONDS = 60.0


@dataclass(frozen=True)
class SourceHealth:
    source: str
    folder: str
    last_check_at: dt.datetime | None
    last_message_at: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    problem: str | None  # None when healthy
    owed: int = 0  # flags or moves of processed mail the server has not confirmed yet
    waiting: int | None = None  # messages on the server above the last one processed
    starting: bool = False  # not checked yet, and no error either: a fresh start

    @property
    def healthy(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class Health:
    sources: tuple[SourceHealth, ...]
    actions_pending: int
    actions_failed: int
    messages_failed: int
    messages_quarantined: int  # set aside after killing the daemon; wait for a person
    channels: tuple[ChannelHealth, ...] = ()
    outbox: OutboxHealth | None = None  # None when no SMTP server is set: mail waits by design
    revoked_sign_ins: tuple[RevokedSignIn, ...] = ()  # OAuth accounts a person must sign in

    @property
    def healthy(self) -> bool:
        return (
            not self.revoked_sign_ins
            and all(s.healthy for s in self.sources)
            and all(c.healthy for c in self.channels)
            and (self.outbox is None or self.outbox.healthy)
        )

    @property
    def state(self) -> str:
        """'unhealthy', 'starting' (nothing checked or tried yet, nothing wrong) or 'ok'."""
        if not self.healthy:
            return "unhealthy"
        starting = any(s.starting for s in self.sources) or any(
            c.state is ChannelState.STARTING for c in self.channels
        )
        return "starting" if starting else "ok"

    def problems(self) -> list[str]:
        """Why it is unhealthy, one line each."""
        found = [revoked_problem(r) for r in self.revoked_sign_ins]
        found += [
            f"{s.source} {s.folder}: {s.problem}"
            + (f" (last error: {s.last_error})" if s.last_error else "")
            + (f"; {s.waiting} message(s) waiting on the server" if s.waiting else "")
            for s in self.sources
            if s.problem is not None
        ]
        found += [f"{c.channel}: failing: {c.last_error}" for c in self.channels if not c.healthy]
        if self.outbox is not None and not self.outbox.healthy:
            found.append(
                f"outbox: {self.outbox.stale} message(s) waiting longer than "
                f"{int(STALE_OUTBOX_AFTER.total_seconds() // 60)} min"
            )
        return found


@dataclass(frozen=True)
class Watched:
    source: str
    folder: str
    longest_gap: float  # seconds between successful checks while healthy
    longest_failing: float  # seconds of failed attempts before the source is unhealthy


def watched_folders(settings: Settings) -> list[Watched]:
    """Every configured folder, with how long its checks and failures may last."""
    folders: list[Watched] = []
    maildir = settings.sources.maildir
    if maildir.enabled:
        poll = maildir.poll_seconds
        folders.append(Watched(MAILDIR_SOURCE, str(maildir.path), poll, poll))
    for account in settings.sources.imap:
        # One more attempt after the first failure: its backoff, then its timeout.
        failing = account.timeout_seconds + account.reconnect_initial_seconds
        for folder in account.folders:
            folders.append(Watched(imap_source(account), folder, stall_after(account), failing))
    return folders


def health(session: Session, settings: Settings, now: dt.datetime) -> Health:
    rows = {(row.source, row.folder): row for row in session.scalars(select(MailboxCursorRow))}
    owed = select(
        PendingDispositionRow.source, PendingDispositionRow.folder, func.count()
    ).group_by(PendingDispositionRow.source, PendingDispositionRow.folder)
    owed_by_folder = {(source, folder): n for source, folder, n in session.execute(owed)}
    sources: list[SourceHealth] = []
    for watched in watched_folders(settings):
        source, folder = watched.source, watched.folder
        row = rows.get((source, folder))
        if row is None:
            sources.append(
                SourceHealth(source, folder, None, None, None, None, None, starting=True)
            )
            continue
        problem = None
        starting = False
        failing = (now - row.failing_since).total_seconds() if row.failing_since else 0.0
        if failing > watched.longest_failing:
            problem = f"connection failing for {int(failing)} s"
        elif row.last_check_at is None and row.last_error is None:
            starting = True
        elif row.last_check_at is None:
            problem = "never checked"
        elif (now - row.last_check_at).total_seconds() > watched.longest_gap + GRACE_SECONDS:
            age = int((now - row.last_check_at).total_seconds())
            problem = f"last successful check {age} s ago"
        waiting = None
        if row.server_uidnext is not None:
            waiting = max(row.server_uidnext - 1 - row.last_uid, 0)
        sources.append(
            SourceHealth(
                source,
                folder,
                row.last_check_at,
                row.last_message_at,
                row.last_error,
                row.last_error_at,
                problem,
                owed_by_folder.get((source, folder), 0),
                waiting,
                starting,
            )
        )

    def count_runs(*statuses: str) -> int:
        query = (
            select(func.count()).select_from(ActionRunRow).where(ActionRunRow.status.in_(statuses))
        )
        return int(session.scalar(query) or 0)

    def count_messages(status: MessageStatus) -> int:
        query = select(func.count()).select_from(MessageRow).where(MessageRow.status == status)
        return int(session.scalar(query) or 0)

    return Health(
        tuple(sources),
        # A run a crash interrupted is still owed, as a pending one is.
        count_runs(RunStatus.PENDING, RunStatus.RUNNING),
        count_runs(RunStatus.FAILED),
        count_messages(MessageStatus.FAILED),
        count_messages(MessageStatus.QUARANTINED),
        _channels(session, settings),
        outbox_health(session, now) if settings.smtp.host else None,
        tuple(r for r in revoked_sign_ins(session) if r.account in _oauth_accounts(settings)),
    )


def _oauth_accounts(settings: Settings) -> set[str]:
    """The accounts that sign in with OAuth now: one removed since is no longer a problem."""
    accounts = {account.name for account in settings.sources.imap if account.oauth is not None}
    if settings.smtp.oauth is not None:
        accounts.add(SMTP_ACCOUNT)
    return accounts


def revoked_problem(revoked: RevokedSignIn) -> str:
    return (
        f"{revoked.account}: สิทธิ์เข้าสู่ระบบ {revoked.provider} ถูกเพิกถอน ให้รัน "
        f"`{revoked.command}` (the {revoked.provider} sign-in was revoked; run "
        f"`{revoked.command}`): {revoked.error}"
    )


def _channels(session: Session, settings: Settings) -> tuple[ChannelHealth, ...]:
    """SMTP and Telegram, set up or not, and any other channel that has been used (LINE)."""
    configured = {
        SMTP: settings.smtp.host is not None,
        TELEGRAM: settings.telegram.token is not None,
    }
    recorded = session.scalars(select(ChannelStateRow.channel)).all()
    for channel in recorded:
        configured.setdefault(channel, True)
    return tuple(
        channel_health(session, channel, configured=is_set)
        for channel, is_set in configured.items()
    )


def health_json(report: Health, *, held: int) -> dict[str, Any]:
    """`meetbot status --json`: the report with its state and problems, times in ISO 8601."""
    values = asdict(report)
    values.update(state=report.state, problems=report.problems(), meetings_held=held)
    plain: dict[str, Any] = _plain(values)
    return plain


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value
