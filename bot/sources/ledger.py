"""The store's record of one folder, for every source that reads it: the UIDs seen, the
cursor, the flags and moves owed, the last check and the last error.

The watcher and the backfill keep the same books; they differ only in whether a UID
moves the cursor (`advance`: live watching does, a backfill of old mail does not).
"""

from __future__ import annotations

import logging
from functools import partial

from sqlalchemy.orm import Session

from bot.sources import cursor, disposition
from bot.sources.imap import FolderState
from bot.sources.incoming import OnStored
from bot.store.database import Database
from bot.store.messages import StoredMessage
from bot.types import Clock

log = logging.getLogger(__name__)


class FolderLedger:
    def __init__(
        self,
        db: Database,
        source: str,
        folder: str,
        *,
        clock: Clock,
        disposes: bool = False,
        advance: bool = True,
    ) -> None:
        self.db = db
        self.source = source
        self.folder = folder
        self.clock = clock
        self.disposes = disposes  # whether processed mail is owed a flag or a move
        self.advance = advance

    def reconcile(self, state: FolderState) -> None:
        """Start (or restart, after a UIDVALIDITY change) the cursor from the server's state."""
        with self.db.session() as session:
            cursor.start_uid(
                session,
                self.source,
                self.folder,
                uidvalidity=state.uidvalidity,
                uidnext=state.uidnext,
            )

    def last_uid(self) -> int:
        with self.db.session() as session:
            return cursor.cursor_row(session, self.source, self.folder).last_uid

    def unseen(self, uidvalidity: int, uids: list[int]) -> list[int]:
        with self.db.session() as session:
            return cursor.unseen_uids(session, self.source, self.folder, uidvalidity, uids)

    def on_stored(self, uidvalidity: int, uid: int) -> OnStored:
        """What to record in the transaction that stores the message of `uid`."""
        return partial(self._record_stored, uidvalidity, uid)

    def _record_stored(
        self, uidvalidity: int, uid: int, session: Session, stored: StoredMessage
    ) -> None:
        outcome = "stored" if stored.created else "duplicate"
        self.record_seen(session, uidvalidity, uid, outcome, stored.pk)

    def record_seen(
        self, session: Session, uidvalidity: int, uid: int, outcome: str, message_pk: int | None
    ) -> None:
        """Record `uid` as done with, in the caller's transaction; a UID with a message is
        owed its flag or move from then on."""
        cursor.record_seen(
            session,
            self.source,
            self.folder,
            uidvalidity=uidvalidity,
            uid=uid,
            outcome=outcome,
            message_pk=message_pk,
            now=self.clock.now(),
            advance=self.advance,
        )
        if message_pk is not None and self.disposes:
            disposition.record_pending(session, self.source, self.folder, uidvalidity, uid)

    def record_vanished(self, uidvalidity: int, uid: int) -> None:
        """Expunged between SEARCH and FETCH: nothing to process, ever."""
        with self.db.session() as session:
            self.record_seen(session, uidvalidity, uid, "vanished", None)

    def owed(self, uidvalidity: int) -> list[int]:
        """UIDs stored but not yet flagged or moved; none (and the old debts dropped) when
        the account no longer disposes of mail."""
        with self.db.session() as session:
            if self.disposes:
                return disposition.pending_uids(session, self.source, self.folder, uidvalidity)
            dropped = disposition.drop_all(session, self.source, self.folder)
        if dropped:
            log.info(
                "on_processed is 'none' now: pending flags or moves dropped",
                extra={"source": f"{self.source}/{self.folder}", "dropped": dropped},
            )
        return []

    def settled(self, uidvalidity: int, uids: list[int]) -> None:
        """The server confirmed the flags or moves of `uids`: they are owed nothing."""
        with self.db.session() as session:
            disposition.clear(session, self.source, self.folder, uidvalidity, uids)

    def record_check(self, *, got_mail: bool = False) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            cursor.record_check(session, self.source, self.folder, now)
            if got_mail:
                cursor.cursor_row(session, self.source, self.folder).last_message_at = now

    def record_error(self, error: str) -> None:
        with self.db.session() as session:
            cursor.record_error(session, self.source, self.folder, error, self.clock.now())
