"""Reading and extracting messages in worker processes, for bulk work (a backfill).

Reading and extraction are pure and CPU-bound; storing and merging hold the store's one
writer. In a backfill the workers understand the next batch while this process merges
the current one, so the two kinds of work use two cores instead of taking turns on one.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import traceback
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from typing import Protocol

from bot.reading.document import MailDocument
from bot.understanding.fields.gazetteer import warm as warm_gazetteer
from bot.understanding.fields.thai_provinces import warm as warm_thai_provinces
from bot.understanding.geo import warm as warm_places
from bot.understanding.prefilter import compile_defined
from bot.understanding.record import Extraction


class ReadStage(Protocol):
    def __call__(self, raw: bytes) -> MailDocument: ...


class ExtractStage(Protocol):
    def __call__(self, document: MailDocument) -> Extraction: ...


@dataclass(frozen=True)
class Understood:
    document: MailDocument
    extraction: Extraction


@dataclass(frozen=True)
class NotUnderstood:
    """A message that could not be read or extracted: the error in words, and where."""

    error: str  # "ValueError: cannot understand this one"
    traceback: str
    document: MailDocument | None  # when reading worked and extraction did not


Understanding = Understood | NotUnderstood


def understand(read: ReadStage, extract: ExtractStage, raw: bytes) -> Understanding:
    """Read and extract one message; never raises, whatever the bug, so that a bad message
    fails alone (and, in a worker, its error crosses back as text)."""
    document = None
    try:
        document = read(raw)
        return Understood(document, extract(document))
    except Exception as exc:
        return NotUnderstood(f"{type(exc).__name__}: {exc}", traceback.format_exc(), document)


def _understand_all(
    read: ReadStage, extract: ExtractStage, raws: Sequence[bytes]
) -> list[Understanding]:
    return [understand(read, extract, raw) for raw in raws]


def import_stages(read: ReadStage, extract: ExtractStage) -> None:
    """Unpickling the stages imports their modules in the worker; the rest of the
    understanding's start-up is done here too, before the first message's budget starts."""
    warm_understanding()


def warm_understanding() -> None:
    """Read the places' tables and compile the patterns (compiled where first used), so
    that no message pays for them."""
    warm_places()
    warm_gazetteer()
    warm_thai_provinces()
    compile_defined()


def forkserver_context() -> ForkServerContext:
    """Where reading workers start: forked from a fork server, not from this process (it
    runs threads, the IMAP connection and the store, and a fork copies their locks in
    whatever state they are), a server that has loaded the stages once (worker_start)."""
    context = multiprocessing.get_context("forkserver")
    # Read when the fork server starts (the first worker of this process); a module that
    # fails to import there is skipped, and each worker then imports it as it starts.
    context.set_forkserver_preload(["bot.processing.worker_start"])
    return context


class UnderstandingPool:
    """Worker processes that read and extract batches of messages.

    The stages must be picklable (module-level functions, or partials of them). The
    workers start from the fork server (`forkserver_context`).
    """

    def __init__(self, read: ReadStage, extract: ExtractStage, *, workers: int) -> None:
        self.read = read
        self.extract = extract
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=forkserver_context())
        # The first worker of this process starts the fork server, which loads the stages
        # for a second or two: done now, while the caller is still searching the folder.
        for _ in range(workers):
            self._executor.submit(import_stages, read, extract)

    def submit(self, raws: Sequence[bytes]) -> asyncio.Future[list[Understanding]]:
        """Start understanding `raws` in a worker; the answers come in the same order."""
        future = self._executor.submit(_understand_all, self.read, self.extract, list(raws))
        return asyncio.wrap_future(future)

    def close(self) -> None:
        self._executor.shutdown(cancel_futures=True)
