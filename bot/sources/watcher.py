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

from bot.backoff import Backoff
from bot.config.settings import ImapAccount
from bot.errors import SourceError
from bot.memory import release_memory
from bot.sources.imap import IDLE_SLICE_SECONDS, ImapConnection
from bot.sources.incoming import Accept, Incoming
from bot.sources.ledger import FolderLedger
from bot.sources.loop import keep_watching
from bot.sources.session_thread import SessionThread
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)

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
        accept: Accept,
        clock: Clock,
        stop: asyncio.Event,
        once: bool = False,
    ) -> None:
        self.account = account
        self.folder = folder
        self.accept = accept
        self.stop = stop
        self.once = once
        self.timeout = account.timeout_seconds
        self.source = imap_source(account)
        self.message_source = f"{self.source}/{folder}"
        self.ledger = FolderLedger(db, self.source, folder, clock=clock, disposes=account.disposes)
        self.backoff = Backoff(account.reconnect_initial_seconds, account.reconnect_max_seconds)
        self.stall_after = stall_after(account)
        self.last_alive = time.monotonic()
        self._connection: ImapConnection | None = None
        self._calls = SessionThread(self.message_source)
        self._idle: bool | None = None  # whether the server had IDLE, once it said so

    @property
    def name(self) -> str:
        return self.message_source

    async def run(self) -> None:
        """Until `stop` is set (or after one check with `once`): watch, and after any
        failure wait, reconnect, catch up."""
        await keep_watching(self, self.stop, once=self.once)

    async def check_once(self) -> None:
        """One session: connect, catch up, then IDLE (or poll) and catch up again until
        stopping (or, with `once`, after the first catch-up)."""
        session = asyncio.create_task(self._session(), name=f"imap {self.name}")
        try:
            if await self._supervise(session):
                log.warning("watcher stalled", extra={"source": self.name})
                error = f"no successful check for {self.stall_after:.0f} s; restarting"
                raise SourceError(error, source=self.name)
            session.result()
        finally:
            self._calls.close()

    def pause(self, *, failed: bool) -> float:
        return self.backoff.next_delay() if failed else 0.0

    def record_error(self, error: str) -> None:
        self.ledger.record_error(error)

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
        started = self._calls.started
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
        self._calls.open(f"imap-{self.account.name}")
        try:
            await self._calls.run(connection.connect)
            state = await self._calls.run(connection.select, self.folder)
            idle = self._idle = await self._calls.run(lambda: connection.has_idle)
            self.stall_after = stall_after(self.account, idle=idle)
            await asyncio.to_thread(self.ledger.reconcile, state)
            await self._settle_dispositions(connection, state.uidvalidity)
            if not idle:
                log.info("server lacks IDLE: polling", extra={"source": self.name})
            while not self.stop.is_set():
                await self._catch_up(connection, state.uidvalidity)
                if self.stop.is_set():
                    break
                await self._checked()
                if self.once:
                    break
                if idle:
                    await self._calls.run(
                        connection.idle_wait, self.account.idle_renew_seconds, self.stop.is_set
                    )
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.stop.wait(), self.account.poll_seconds)
                    if not self.stop.is_set():
                        await self._calls.run(connection.noop)
        finally:
            self._connection = None
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._calls.run(connection.close), self.timeout)

    async def _catch_up(self, connection: ImapConnection, uidvalidity: int) -> None:
        """Take every UID above the last one processed, and again while the server
        announced mail meanwhile (in a FETCH's response, say), before going back to IDLE."""
        while True:
            await self._calls.run(connection.mail_announced)  # the search will see that mail
            await self._take_new(connection, uidvalidity)
            if self.stop.is_set() or not await self._calls.run(connection.mail_announced):
                return

    async def _take_new(self, connection: ImapConnection, uidvalidity: int) -> None:
        last = await asyncio.to_thread(self.ledger.last_uid)
        found = await self._calls.run(connection.uids_after, last)
        if found:
            await asyncio.to_thread(self.ledger.record_uidnext, found[-1] + 1)
        uids = await asyncio.to_thread(self.ledger.unseen, uidvalidity, found)
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            raws = await self._calls.run(connection.fetch_raw, batch)
            log.debug("fetched", extra={"source": self.name, "uids": batch})
            done: list[int] = []
            for uid in batch:
                if self.stop.is_set():
                    break  # the message in hand is finished; the rest waits for next start
                raw = raws.get(uid)
                if raw is None:
                    await asyncio.to_thread(self.ledger.record_vanished, uidvalidity, uid)
                    continue
                on_stored = self.ledger.on_stored(uidvalidity, uid)
                await self.accept(Incoming(raw, self.message_source, on_stored))
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
        await self._calls.run(connection.after_processing, uids)
        await asyncio.to_thread(self.ledger.settled, uidvalidity, uids)

    async def _settle_dispositions(self, connection: ImapConnection, uidvalidity: int) -> None:
        """Flag or move what an earlier session stored but could not dispose of (it was
        killed, or its connection dropped, in between)."""
        owed = await asyncio.to_thread(self.ledger.owed, uidvalidity)
        if not owed:
            return
        present = await self._calls.run(connection.existing, owed)
        gone = sorted(set(owed) - set(present))
        if gone:
            # Moved by the earlier session just before it died, or expunged by a person:
            # either way there is nothing left to flag or move.
            log.info(
                "no longer in the folder: not flagged or moved",
                extra={"source": self.name, "uids": gone},
            )
        if present:
            await self._calls.run(connection.after_processing, present)
            log.info("pending flags or moves done", extra={"source": self.name, "uids": present})
        await asyncio.to_thread(self.ledger.settled, uidvalidity, owed)

    async def _checked(self) -> None:
        await asyncio.to_thread(self.ledger.record_check)
        self.last_alive = time.monotonic()
        self.backoff.reset()
