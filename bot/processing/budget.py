"""Reading and extracting one message of the daemon in a worker process, on a budget.

A message can cost more than it is worth: a charset that decodes in quadratic time, a
pattern that backtracks, an archive that inflates to gigabytes, pages of OCR. Python cannot
stop a library call from outside, and a thread cannot be killed, so the daemon reads each
message in a worker process: one over its time is killed (and the worker replaced), one over
its memory fails in the worker alone, and either way the message is stored failed with the
reason while the daemon goes on with the next. `meetbot reprocess` can try it again.
"""

from __future__ import annotations

import asyncio
import resource
from dataclasses import replace

from pebble import ProcessExpired, ProcessPool

from bot.processing.workers import (
    ExtractStage,
    NotUnderstood,
    ReadStage,
    Understanding,
    forkserver_context,
    import_stages,
    understand,
)

_MB = 1024 * 1024


def _cap_memory(memory_mb: int) -> None:
    """In the worker, before any message: its address space capped, so an allocation over
    it raises MemoryError there (OCR's Tesseract, a child, inherits the cap)."""
    if memory_mb <= 0:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = memory_mb * _MB
    resource.setrlimit(
        resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard)
    )


class MessageWorker:
    """One worker process that reads and extracts one message at a time, within a time
    budget per message and a memory cap; never raises for a bad message.

    The stages must be picklable (module-level functions, or partials of them). The worker
    starts from the fork server (`workers.forkserver_context`), the stages loaded there.
    """

    def __init__(
        self, read: ReadStage, extract: ExtractStage, *, seconds: float, memory_mb: int
    ) -> None:
        self.read = read
        self.extract = extract
        self.seconds = seconds
        self.memory_mb = memory_mb
        self._pool = ProcessPool(
            max_workers=1,
            initializer=_cap_memory,
            initargs=(memory_mb,),
            context=forkserver_context(),
        )
        self._warm_up()

    async def understand(self, raw: bytes) -> Understanding:
        future = self._pool.schedule(
            understand, args=(self.read, self.extract, raw), timeout=self.seconds
        )
        try:
            understanding = await asyncio.wrap_future(future)
        except TimeoutError:  # pebble killed the worker, and starts another
            self._warm_up()
            return NotUnderstood(
                f"reading took longer than {self.seconds:g} s; the reading was stopped",
                "",
                None,
            )
        except ProcessExpired as exc:
            self._warm_up()
            return NotUnderstood(
                f"the reading process ended with exit code {exc.exitcode} "
                "(a crash in a library, or the machine out of memory)",
                "",
                None,
            )
        if isinstance(understanding, NotUnderstood) and understanding.error.startswith(
            f"{MemoryError.__name__}:"
        ):
            reason = f"reading needed more than {self.memory_mb} MB of memory"
            return replace(understanding, error=f"{reason} ({understanding.error})")
        return understanding

    async def ready(self) -> None:
        """Wait until the worker has started and imported the stages."""
        await asyncio.wrap_future(self._warming)

    def _warm_up(self) -> None:
        """A new worker makes the stages ready before the next message, not within its
        budget: a budget counts from a message's start in the worker. Forked from the fork
        server that loaded them, it has little to do; the first of this process waits for
        the fork server to load them (a second or two)."""
        self._warming = self._pool.schedule(import_stages, args=(self.read, self.extract))

    def close(self) -> None:
        self._pool.stop()  # type: ignore[no-untyped-call]  # pebble leaves it untyped
        self._pool.join()
