"""Where each watched folder stands: UIDVALIDITY, the last processed UID, every UID seen.

The cursor only moves in the same transaction that stores the message it passes, so
a crash between fetching and committing makes the next start fetch that UID again,
and a committed UID is never fetched twice. The same row carries the health the
status command reports: the last successful check, the last message, the last error.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store.tables import MailboxCursorRow, SeenUidRow

log = logging.getLogger(__name__)

# Long enough to hold the text of any error worth reading, short enough for a status line.
MAX_ERROR_CHARS = 2000
# UIDs per IN (...) list: under SQLite's bound-parameter limit.
IN_LIST_CHUNK = 500


def cursor_row(session: Session, source: str, folder: str) -> MailboxCursorRow:
    row = session.scalar(
        select(MailboxCursorRow).where(
            MailboxCursorRow.source == source, MailboxCursorRow.folder == folder
        )
    )
    if row is None:
        row = MailboxCursorRow(source=source, folder=folder, last_uid=0)
        session.add(row)
        session.flush()
    return row


def start_uid(
    session: Session, source: str, folder: str, *, uidvalidity: int, uidnext: int | None
) -> int:
    """The last processed UID to catch up from, after reconciling UIDVALIDITY.

    First start: begin after the newest message (older mail is `meetbot backfill`'s
    job, not a surprise flood). Changed UIDVALIDITY: every UID may now name another
    message, so rescan from the start; Message-ID dedupe skips what is already stored.
    """
    row = cursor_row(session, source, folder)
    row.server_uidnext = uidnext
    if row.uidvalidity is None:
        row.uidvalidity = uidvalidity
        row.last_uid = max((uidnext or 1) - 1, 0)
        log.info(
            "first start on folder: new mail only (backfill for older mail)",
            extra={"source": source, "folder": folder, "after_uid": row.last_uid},
        )
    elif row.uidvalidity != uidvalidity:
        log.warning(
            "UIDVALIDITY changed: rescanning the folder",
            extra={
                "source": source,
                "folder": folder,
                "old": row.uidvalidity,
                "new": uidvalidity,
            },
        )
        row.uidvalidity = uidvalidity
        row.last_uid = 0
    return row.last_uid


def unseen_uids(
    session: Session, source: str, folder: str, uidvalidity: int, uids: Iterable[int]
) -> list[int]:
    wanted = sorted(set(uids))
    if not wanted:
        return []
    seen: set[int] = set()
    for start in range(0, len(wanted), IN_LIST_CHUNK):
        chunk = wanted[start : start + IN_LIST_CHUNK]
        seen.update(
            session.scalars(
                select(SeenUidRow.uid).where(
                    SeenUidRow.source == source,
                    SeenUidRow.folder == folder,
                    SeenUidRow.uidvalidity == uidvalidity,
                    SeenUidRow.uid.in_(chunk),
                )
            )
        )
    return [uid for uid in wanted if uid not in seen]


def record_seen(
    session: Session,
    source: str,
    folder: str,
    *,
    uidvalidity: int,
    uid: int,
    outcome: str,
    message_pk: int | None,
    now: dt.datetime,
    advance: bool = True,
) -> None:
    """Record `uid` whatever came of it; with `advance` (live watching, not backfill),
    move the cursor past it and count it as the folder's last message."""
    session.add(
        SeenUidRow(
            source=source,
            folder=folder,
            uidvalidity=uidvalidity,
            uid=uid,
            outcome=outcome,
            message_pk=message_pk,
            seen_at=now,
        )
    )
    if not advance:
        return
    row = cursor_row(session, source, folder)
    if row.uidvalidity == uidvalidity and uid > row.last_uid:
        row.last_uid = uid
    row.last_message_at = now


def record_check(session: Session, source: str, folder: str, now: dt.datetime) -> None:
    row = cursor_row(session, source, folder)
    row.last_check_at = now
    row.failing_since = None


def record_uidnext(session: Session, source: str, folder: str, uidnext: int) -> None:
    """What the server holds, for `meetbot status` to say how much waits there."""
    cursor_row(session, source, folder).server_uidnext = uidnext


def record_error(session: Session, source: str, folder: str, error: str, now: dt.datetime) -> None:
    row = cursor_row(session, source, folder)
    row.last_error = error[:MAX_ERROR_CHARS]
    row.last_error_at = now
    if row.failing_since is None:
        row.failing_since = now
