"""Watch one IMAP folder: catch up, IDLE (or poll), catch up again; reconnect on failure.

The push is never trusted alone: after every wake-up and every reconnect the watcher
asks the server for every UID above the last one processed. A watchdog restarts a
session whose last successful check is too old, because a connection can hang
without failing (a half-open TCP session behind a NAT looks alive for hours, and a
server that sends keepalives but never finishes a command defeats every socket
timeout). Before the catch-up, each session flags or moves what an earlier one
stored but could not (see bot.sources.disposition).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import TypeVar

from sqlalchemy.orm import Session

from bot.backoff import Backoff
from bot.errors import SourceError, StoreError
from bot.memory import release_memory
from bot.pipeline import Incoming, Pipeline
from bot.settings import ImapAccount
from bot.sources import cursor, disposition
from bot.sources.imap import IDLE_SLICE_SECONDS, FolderState, ImapConnection
from bot.store.database import Database
from bot.store.messages import StoredMessage
from bot.types import Clock

log = logging.getLogger(__name__)

T = TypeVar("T")

FETCH_BATCH = 50
# How often the watchdog looks at the watcher.
WATCHDOG_EVERY_SECONDS = 1.0


def imap_source(account: ImapAccount) -> str:
    """The `mailbox_cursors.source` of an account."""
    return f"imap:{account.name}"


def stall_after(account: ImapAccount, *, idle: bool | None = None) -> float:
    """Seconds without a successful check after which a session counts as stalled.

    A check is due at every IDLE renewal (`idle`) or poll (not `idle`); on top of that,
    allow the slowest legal run of server round trips (connect, select, search, fetch).
    Until the server has said whether it has IDLE (and for `meetbot status`, which
    cannot ask), the longer of the two intervals.
    """
    if idle is None:
        interval = max(account.idle_renew_seconds, account.poll_seconds)
    else:
        interval = account.idle_renew_seconds if idle else account.poll_seconds
    return interval + 4 * account.timeout_seconds


class FolderWatcher:
    def __init__(
        self,
        account: ImapAccount,
        folder: str,
        *,
        db: Database,
        pipeline: Pipeline,
        clock: Clock,
        stop: asyncio.Event,
        once: bool = False,
    ) -> None:
        self.account = account
        self.folder = folder
        self.db = db
        self.pipeline = pipeline
        self.clock = clock
        self.stop = stop
        self.once = once
        self.timeout = account.timeout_seconds
        self.source = imap_source(account)
        self.message_source = f"{self.source}/{folder}"
        self.backoff = Backoff(account.reconnect_initial_seconds, account.reconnect_max_seconds)
        self.stall_after = stall_after(account)
        self.last_alive = time.monotonic()
        self._connection: ImapConnection | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._call_started: float | None = None  # when the server call in hand began
        self._idle: bool | None = None  # whether the server had IDLE, once it said so

    @property
    def name(self) -> str:
        return self.message_source

    async def run(self) -> None:
        """Until `stop` is set (or after one check with `once`): watch, and after any
        failure wait, reconnect, catch up."""
        while not self.stop.is_set():
            session = asyncio.create_task(self._session(), name=f"imap {self.name}")
            try:
                stalled = await self._supervise(session)
                if stalled:
                    error = f"no successful check for {self.stall_after:.0f} s; restarting"
                    log.warning("watcher stalled", extra={"source": self.name})
                    await self._record_error(error)
                else:
                    session.result()
                    return  # the session ends without error only when stopping or once
            except SourceError as exc:
                log.warning("imap session failed: %s", exc, extra={"source": self.name})
                await self._record_error(str(exc))
                if self.once:
                    raise
            # A full disk or a held lock: a message whose UID was not committed is
            # fetched again once the store takes writes (one stored but not yet
            # understood is finished by the app's retry loop); one line per attempt.
            except StoreError as exc:
                log.error("store unavailable: %s", exc, extra={"source": self.name})
                await self._record_error(str(exc))
                if self.once:
                    raise
            # A watcher must outlive any bug below it: record, back off, start again.
            except Exception as exc:
                log.exception("imap session crashed", extra={"source": self.name})
                await self._record_error(f"{type(exc).__name__}: {exc}")
                if self.once:
                    raise
            finally:
                self._drop_executor()
            delay = self.backoff.next_delay()
            log.info("reconnecting", extra={"source": self.name, "in_seconds": round(delay, 1)})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), delay)

    async def _supervise(self, session: asyncio.Task[None]) -> bool:
        """Wait for `session` to end; True when the watchdog had to stop it."""
        self.last_alive = time.monotonic()
        # Until the server says, as it did last time: a session that hangs while logging
        # in must not be given the longer of the two intervals.
        self.stall_after = stall_after(self.account, idle=self._idle)
        stopping_since: float | None = None
        while True:
            done, _ = await asyncio.wait({session}, timeout=WATCHDOG_EVERY_SECONDS)
            if done:
                return False
            now = time.monotonic()
            if self.stop.is_set():
                stopping_since = stopping_since or now
                if self._stuck_since(stopping_since, now):
                    # A server that keeps the connection alive without answering would
                    # hold up a shutdown until the watchdog fired (minutes). Closing the
                    # socket ends the call; the message in hand is still finished.
                    log.warning("server not answering: leaving", extra={"source": self.name})
                    self._abort()
            if now - self.last_alive > self.stall_after:
                self._abort()
                session.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await session
                return True

    def _stuck_since(self, stopping_since: float, now: float) -> bool:
        """Whether the server call in hand has outlasted what stopping allows it.

        After a stop, IDLE is left within one slice, and every command is answered
        within the timeout by a server that works.
        """
        started = self._call_started
        if started is None:
            return False
        return now - max(started, stopping_since) > self.timeout + IDLE_SLICE_SECONDS

    def _abort(self) -> None:
        connection = self._connection
        if connection is not None:
            connection.abort()  # unblocks the worker thread's socket call

    async def _session(self) -> None:
        connection = ImapConnection(self.account, timeout=self.timeout)
        self._connection = connection
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"imap-{self.account.name}")
        try:
            await self._blocking(connection.connect)
            state = await self._blocking(connection.select, self.folder)
            idle = self._idle = await self._blocking(lambda: connection.has_idle)
            self.stall_after = stall_after(self.account, idle=idle)
            await asyncio.to_thread(self._reconcile, state)
            await self._settle_dispositions(connection, state.uidvalidity)
            if not idle:
                log.info("server lacks IDLE: polling", extra={"source": self.name})
            while not self.stop.is_set():
                await self._catch_up(connection, state.uidvalidity)
                if self.stop.is_set():
                    break
                await self._checked()
                if self.once:
                    await self.pipeline.processed()
                    break
                if idle:
                    await self._blocking(
                        connection.idle_wait, self.account.idle_renew_seconds, self.stop.is_set
                    )
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.stop.wait(), self.account.poll_seconds)
                    if not self.stop.is_set():
                        await self._blocking(connection.noop)
        finally:
            self._connection = None
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._blocking(connection.close), self.timeout)

    async def _catch_up(self, connection: ImapConnection, uidvalidity: int) -> None:
        """Take every UID above the last one processed, and again while the server
        announced mail meanwhile (in a FETCH's response, say), before going back to IDLE."""
        while True:
            await self._blocking(connection.mail_announced)  # the search will see that mail
            await self._take_new(connection, uidvalidity)
            if self.stop.is_set() or not await self._blocking(connection.mail_announced):
                return

    async def _take_new(self, connection: ImapConnection, uidvalidity: int) -> None:
        last = await asyncio.to_thread(self._last_uid)
        found = await self._blocking(connection.uids_after, last)
        if found:
            await asyncio.to_thread(self._record_uidnext, found[-1] + 1)
        uids = await asyncio.to_thread(self._unseen, uidvalidity, found)
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            raws = await self._blocking(connection.fetch_raw, batch)
            log.debug("fetched", extra={"source": self.name, "uids": batch})
            done: list[int] = []
            for uid in batch:
                if self.stop.is_set():
                    break  # the message in hand is finished; the rest waits for next start
                raw = raws.get(uid)
                if raw is None:
                    # Expunged between SEARCH and FETCH: nothing to process, ever.
                    await asyncio.to_thread(self._record_vanished, uidvalidity, uid)
                    continue
                on_stored = partial(self._record_uid, uidvalidity, uid)
                stored = await self.pipeline.store(Incoming(raw, self.message_source, on_stored))
                if stored.created:
                    self.pipeline.hand_on(stored.pk)
                done.append(uid)
                self.last_alive = time.monotonic()
            await self._dispose(connection, uidvalidity, done)
            if self.stop.is_set():
                return
        if uids:
            release_memory()  # back to IDLE, perhaps for hours

    async def _dispose(self, connection: ImapConnection, uidvalidity: int, uids: list[int]) -> None:
        """Flag or move `uids` as configured; once the server said yes, they are owed nothing."""
        if not uids or not self.account.disposes:
            return
        await self._blocking(connection.after_processing, uids)
        await asyncio.to_thread(self._clear_dispositions, uidvalidity, uids)

    async def _settle_dispositions(self, connection: ImapConnection, uidvalidity: int) -> None:
        """Flag or move what an earlier session stored but could not dispose of (it was
        killed, or its connection dropped, in between)."""
        owed = await asyncio.to_thread(self._owed_dispositions, uidvalidity)
        if not owed:
            return
        present = await self._blocking(connection.existing, owed)
        gone = sorted(set(owed) - set(present))
        if gone:
            # Moved by the earlier session just before it died, or expunged by a person:
            # either way there is nothing left to flag or move.
            log.info(
                "no longer in the folder: not flagged or moved",
                extra={"source": self.name, "uids": gone},
            )
        if present:
            await self._blocking(connection.after_processing, present)
            log.info("pending flags or moves done", extra={"source": self.name, "uids": present})
        await asyncio.to_thread(self._clear_dispositions, uidvalidity, owed)

    async def _checked(self) -> None:
        await asyncio.to_thread(self._record_check)
        self.last_alive = time.monotonic()
        self.backoff.reset()

    # -- store -------------------------------------------------------------------

    def _reconcile(self, state: FolderState) -> None:
        with self.db.session() as session:
            cursor.start_uid(
                session,
                self.source,
                self.folder,
                uidvalidity=state.uidvalidity,
                uidnext=state.uidnext,
            )

    def _last_uid(self) -> int:
        with self.db.session() as session:
            return cursor.cursor_row(session, self.source, self.folder).last_uid

    def _unseen(self, uidvalidity: int, uids: list[int]) -> list[int]:
        with self.db.session() as session:
            return cursor.unseen_uids(session, self.source, self.folder, uidvalidity, uids)

    def _record_uid(
        self, uidvalidity: int, uid: int, session: Session, stored: StoredMessage
    ) -> None:
        cursor.record_seen(
            session,
            self.source,
            self.folder,
            uidvalidity=uidvalidity,
            uid=uid,
            outcome="stored" if stored.created else "duplicate",
            message_pk=stored.pk,
            now=self.clock.now(),
        )
        if self.account.disposes:
            disposition.record_pending(session, self.source, self.folder, uidvalidity, uid)

    def _owed_dispositions(self, uidvalidity: int) -> list[int]:
        with self.db.session() as session:
            if self.account.disposes:
                return disposition.pending_uids(session, self.source, self.folder, uidvalidity)
            dropped = disposition.drop_all(session, self.source, self.folder)
        if dropped:
            log.info(
                "on_processed is 'none' now: pending flags or moves dropped",
                extra={"source": self.name, "dropped": dropped},
            )
        return []

    def _clear_dispositions(self, uidvalidity: int, uids: list[int]) -> None:
        with self.db.session() as session:
            disposition.clear(session, self.source, self.folder, uidvalidity, uids)

    def _record_vanished(self, uidvalidity: int, uid: int) -> None:
        with self.db.session() as session:
            cursor.record_seen(
                session,
                self.source,
                self.folder,
                uidvalidity=uidvalidity,
                uid=uid,
                outcome="vanished",
                message_pk=None,
                now=self.clock.now(),
            )

    def _record_check(self) -> None:
        with self.db.session() as session:
            cursor.record_check(session, self.source, self.folder, self.clock.now())

    def _record_uidnext(self, uidnext: int) -> None:
        with self.db.session() as session:
            cursor.record_uidnext(session, self.source, self.folder, uidnext)

    async def _record_error(self, error: str) -> None:
        def record() -> None:
            with self.db.session() as session:
                cursor.record_error(session, self.source, self.folder, error, self.clock.now())

        # Health bookkeeping must not take the watcher down with a locked database.
        try:
            await asyncio.to_thread(record)
        except StoreError as exc:
            log.warning("could not record the error: %s", exc, extra={"source": self.name})
        except Exception:
            log.exception("could not record the error", extra={"source": self.name})

    # -- threads -----------------------------------------------------------------

    async def _blocking(self, function: Callable[..., T], *args: object) -> T:
        executor = self._executor
        if executor is None:
            raise SourceError("session closed", source=self.name)
        self._call_started = time.monotonic()
        try:
            return await asyncio.get_running_loop().run_in_executor(
                executor, partial(function, *args)
            )
        finally:
            self._call_started = None

    def _drop_executor(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            # A thread stuck on a dead socket ends when the socket does; do not wait.
            executor.shutdown(wait=False, cancel_futures=True)
