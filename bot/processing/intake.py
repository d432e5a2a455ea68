"""What a watcher hands in: stored at once, understood and acted on after, in order.

A watcher that waited for each message's reading, extraction and merge would not notice
the next message until then (a PDF read, an OCR pass): storing takes milliseconds, so the
watcher stores and goes back to the server while one task here processes what it stored.
A crash in between loses nothing: a message still `stored` is finished by `resume`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque

from bot.errors import StoreError
from bot.processing.pipeline import Pipeline
from bot.sources.incoming import Incoming
from bot.store.messages import StoredMessage

log = logging.getLogger(__name__)

# The raw bytes kept for the messages waiting, at most: past it (a mailbox's backlog), a
# message waits by its id alone and is read back from the store when its turn comes.
HELD_BYTES_MAX = 64 * 1024 * 1024


class Intake:
    """An `Accept` for watchers: store now, process soon."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        # Stored and waiting, with their raw bytes: processing does not read them back.
        self._handed: deque[tuple[StoredMessage, bytes | None]] = deque()
        self._held_bytes = 0
        self._processing: asyncio.Task[None] | None = None

    async def __call__(self, incoming: Incoming) -> StoredMessage:
        stored = await self.pipeline.store(incoming)
        if stored.created:
            raw: bytes | None = incoming.raw
            if self._held_bytes + len(incoming.raw) > HELD_BYTES_MAX:
                raw = None
            self._held_bytes += len(raw or b"")
            self._handed.append((stored, raw))
            if self._processing is None or self._processing.done():
                self._processing = asyncio.create_task(self._process_handed(), name="processing")
        return stored

    async def processed(self) -> None:
        """Wait until every message handed in so far is processed."""
        while (task := self._processing) is not None and not task.done():
            await task

    async def _process_handed(self) -> None:
        while self._handed:
            stored, raw = self._handed.popleft()
            self._held_bytes -= len(raw or b"")
            try:
                await self.pipeline.process_stored(stored, raw)
            # The store is down: the message stays stored; resume() finishes it later.
            except StoreError as exc:
                log.error("store unavailable: %s", exc, extra={"message_pk": stored.pk})
