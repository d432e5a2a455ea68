"""Is the daemon working? Per source: the last successful check, last message, last error.

Health is the age of the last successful check, not "connected": a watcher that hangs
while its socket stays open (the failure n8n's IMAP trigger is known for) shows up
here as a check that is too old.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config.settings import Settings
from bot.processing.action_ledger import RunStatus
from bot.sources.maildir import MAILDIR_SOURCE
from bot.sources.watcher import imap_source, stall_after
from bot.store.statuses import MessageStatus
from bot.store.tables import (
    ActionRunRow,
    MailboxCursorRow,
    MessageRow,
    PendingDispositionRow,
)

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

    @property
    def healthy(self) -> bool:
        return all(s.healthy for s in self.sources)


def watched_folders(settings: Settings) -> list[tuple[str, str, float]]:
    """(source, folder, longest healthy gap in seconds) for every configured folder."""
    folders: list[tuple[str, str, float]] = []
    maildir = settings.sources.maildir
    if maildir.enabled:
        folders.append((MAILDIR_SOURCE, str(maildir.path), maildir.poll_seconds))
    for account in settings.sources.imap:
        for folder in account.folders:
            folders.append((imap_source(account), folder, stall_after(account)))
    return folders


def health(session: Session, settings: Settings, now: dt.datetime) -> Health:
    rows = {(row.source, row.folder): row for row in session.scalars(select(MailboxCursorRow))}
    owed = select(
        PendingDispositionRow.source, PendingDispositionRow.folder, func.count()
    ).group_by(PendingDispositionRow.source, PendingDispositionRow.folder)
    owed_by_folder = {(source, folder): n for source, folder, n in session.execute(owed)}
    sources: list[SourceHealth] = []
    for source, folder, allowed in watched_folders(settings):
        row = rows.get((source, folder))
        if row is None:
            sources.append(SourceHealth(source, folder, None, None, None, None, "never checked"))
            continue
        problem = None
        if row.last_check_at is None:
            problem = "never checked"
        elif (now - row.last_check_at).total_seconds() > allowed + GRACE_SECONDS:
            age = int((now - row.last_check_at).total_seconds())
            problem = f"last successful check {age} s ago"
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
    )
