"""The embedded default source: a local Maildir (var/maildir) that mail is delivered into.

New mail lands in new/; once a message is stored, it moves to cur/ with the ":2,"
suffix, which is Maildir's own way of saying "a client has taken it". Files are never
deleted. A crash between storing and moving only means the next scan finds the file
again, and Message-ID dedupe makes that harmless.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path

from bot.errors import StoreError
from bot.memory import release_memory
from bot.processing.pipeline import Incoming, Outcome, Pipeline
from bot.sources import cursor
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)

MAILDIR_SOURCE = "maildir"


def ensure_maildir(path: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


def pending_files(path: Path) -> list[Path]:
    """Messages waiting in new/, oldest first (delivery names start with the time)."""
    new = path / "new"
    return sorted(p for p in new.iterdir() if p.is_file() and not p.name.startswith("."))


def mark_taken(message: Path) -> None:
    target = message.parent.parent / "cur" / f"{message.name}:2,"
    os.replace(message, target)


class MaildirWatcher:
    def __init__(
        self,
        path: Path,
        *,
        db: Database,
        pipeline: Pipeline,
        clock: Clock,
        stop: asyncio.Event,
        poll_seconds: float,
    ) -> None:
        self.path = path
        self.db = db
        self.pipeline = pipeline
        self.clock = clock
        self.stop = stop
        self.poll_seconds = poll_seconds
        self.folder = str(path)
        self.name = f"maildir:{path}"

    async def run(self) -> None:
        while not self.stop.is_set():
            try:
                await self.scan()
            # A full disk or a held lock: the file stays in new/ and is taken next time.
            except StoreError as exc:
                log.error("store unavailable: %s", exc, extra={"source": self.name})
                await self._record_error(str(exc))
            # The watcher outlives a bad file or a bug below it: recorded, retried.
            except Exception as exc:
                log.exception("maildir scan failed", extra={"source": self.name})
                await self._record_error(f"{type(exc).__name__}: {exc}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), self.poll_seconds)

    async def scan(self) -> list[Outcome]:
        """Process what is in new/ now; stops between messages when asked to."""
        outcomes: list[Outcome] = []
        await asyncio.to_thread(ensure_maildir, self.path)
        for message in await asyncio.to_thread(pending_files, self.path):
            if self.stop.is_set():
                break
            raw = await asyncio.to_thread(message.read_bytes)
            outcome = await self.pipeline.accept(Incoming(raw, MAILDIR_SOURCE))
            await asyncio.to_thread(mark_taken, message)
            outcomes.append(outcome)
        await asyncio.to_thread(self._record_check, bool(outcomes))
        if outcomes:
            release_memory()  # back to waiting, perhaps for hours
        return outcomes

    def _record_check(self, got_mail: bool) -> None:
        now = self.clock.now()
        with self.db.session() as session:
            cursor.record_check(session, MAILDIR_SOURCE, self.folder, now)
            if got_mail:
                cursor.cursor_row(session, MAILDIR_SOURCE, self.folder).last_message_at = now

    async def _record_error(self, error: str) -> None:
        def record() -> None:
            with self.db.session() as session:
                cursor.record_error(session, MAILDIR_SOURCE, self.folder, error, self.clock.now())

        # The store that refused the message most likely refuses this too.
        try:
            await asyncio.to_thread(record)
        except StoreError as exc:
            log.warning("could not record the error: %s", exc, extra={"source": self.name})
