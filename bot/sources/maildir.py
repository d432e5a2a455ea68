"""The embedded default source: a local Maildir (var/maildir) that mail is delivered into.

New mail lands in new/; once a message is stored, it moves to cur/ with the ":2,"
suffix, which is Maildir's own way of saying "a client has taken it". Files are never
deleted. A crash between storing and moving only means the next scan finds the file
again, and Message-ID dedupe makes that harmless.
"""

from __future__ import annotations

import asyncio
import logging
import os
from functools import partial
from pathlib import Path

from bot.memory import release_memory
from bot.sources.incoming import Accept, Incoming
from bot.sources.ledger import FolderLedger
from bot.sources.loop import keep_watching
from bot.store.database import Database
from bot.types import Clock

log = logging.getLogger(__name__)

MAILDIR_SOURCE = "maildir"


def ensure_maildir(path: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


def deliver(path: Path, name: str, data: bytes) -> Path:
    """Deliver a message as Maildir asks: written in tmp/, then renamed into new/, so a
    watcher never reads a file that is still being written."""
    ensure_maildir(path)
    draft = path / "tmp" / name
    draft.write_bytes(data)
    delivered = path / "new" / name
    os.replace(draft, delivered)
    return delivered


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
        accept: Accept,
        clock: Clock,
        stop: asyncio.Event,
        poll_seconds: float,
    ) -> None:
        self.path = path
        self.accept = accept
        self.stop = stop
        self.poll_seconds = poll_seconds
        self.ledger = FolderLedger(db, MAILDIR_SOURCE, str(path), clock=clock)
        self.name = f"maildir:{path}"

    async def run(self) -> None:
        await keep_watching(self, self.stop)

    async def check_once(self) -> None:
        """Take what is in new/ now; stops between messages when asked to."""
        taken = 0
        await asyncio.to_thread(ensure_maildir, self.path)
        for message in await asyncio.to_thread(pending_files, self.path):
            if self.stop.is_set():
                break
            raw = await asyncio.to_thread(message.read_bytes)
            await self.accept(Incoming(raw, MAILDIR_SOURCE))
            await asyncio.to_thread(mark_taken, message)
            taken += 1
        await asyncio.to_thread(partial(self.ledger.record_check, got_mail=bool(taken)))
        if taken:
            release_memory()  # back to waiting, perhaps for hours

    def pause(self, *, failed: bool) -> float:
        return self.poll_seconds

    def record_error(self, error: str) -> None:
        self.ledger.record_error(error)
