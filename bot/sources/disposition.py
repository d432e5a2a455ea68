"""Flags and moves of processed mail (`on_processed`) owed to the server.

A UID's disposition is recorded as pending in the transaction that records the UID as
seen, and cleared only after the server confirmed the flag or move. The seen UID is
never fetched again, so without this record a daemon killed between the two would
leave that message unflagged (or in the inbox) for good. After every connect the
watcher settles what is still pending, before it looks for new mail.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.sources.cursor import IN_LIST_CHUNK
from bot.store.tables import PendingDispositionRow

log = logging.getLogger(__name__)


def record_pending(session: Session, source: str, folder: str, uidvalidity: int, uid: int) -> None:
    session.add(
        PendingDispositionRow(source=source, folder=folder, uidvalidity=uidvalidity, uid=uid)
    )


def pending_uids(session: Session, source: str, folder: str, uidvalidity: int) -> list[int]:
    """The UIDs still owed a flag or move in `folder`, after dropping those of another
    UIDVALIDITY: their numbers may now name other messages, which must not be touched."""
    where = (PendingDispositionRow.source == source, PendingDispositionRow.folder == folder)
    result = session.execute(
        delete(PendingDispositionRow).where(
            *where, PendingDispositionRow.uidvalidity != uidvalidity
        )
    )
    stale: int = result.rowcount  # type: ignore[attr-defined]
    if stale:
        log.warning(
            "UIDVALIDITY changed: pending flags or moves dropped",
            extra={"source": source, "folder": folder, "dropped": stale},
        )
    return sorted(
        session.scalars(
            select(PendingDispositionRow.uid).where(
                *where, PendingDispositionRow.uidvalidity == uidvalidity
            )
        )
    )


def drop_all(session: Session, source: str, folder: str) -> int:
    """Forget every pending disposition of `folder` (the configuration no longer asks for
    any); how many there were."""
    result = session.execute(
        delete(PendingDispositionRow).where(
            PendingDispositionRow.source == source, PendingDispositionRow.folder == folder
        )
    )
    dropped: int = result.rowcount  # type: ignore[attr-defined]
    return dropped


def clear(
    session: Session, source: str, folder: str, uidvalidity: int, uids: Iterable[int]
) -> None:
    """The server confirmed (or the messages are gone): nothing more is owed for `uids`."""
    wanted = sorted(set(uids))
    for start in range(0, len(wanted), IN_LIST_CHUNK):
        session.execute(
            delete(PendingDispositionRow).where(
                PendingDispositionRow.source == source,
                PendingDispositionRow.folder == folder,
                PendingDispositionRow.uidvalidity == uidvalidity,
                PendingDispositionRow.uid.in_(wanted[start : start + IN_LIST_CHUNK]),
            )
        )
