"""Time from APPEND to the message being stored, for mail arriving 0.2-0.5 s after the previous
message while that one is still being processed (goal: median < 1 s, p95 < 1.5 s).

Processing is made slow on purpose, PROCESSING_SECONDS per message in the reading stage, as an
invitation whose memo LibreOffice converts takes. Dovecot's own notification delay (about
0.5 s) is part of every figure.

Run from the project folder: python -m benchmarks.bench_idle_latency [N]
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.reading.document import MailDocument
from bot.store.tables import MailboxCursorRow
from tests.servers.dovecot import Dovecot
from tests.sources.helpers import account, append, message, settings_for, stored_count

PROCESSING_SECONDS = 1.5
ARRIVAL_GAP_SECONDS = (0.2, 0.5)


@dataclasses.dataclass(frozen=True)
class SlowRead:
    """Reading that takes PROCESSING_SECONDS longer; a module-level class, so the daemon's
    reading worker process can be handed it (a local function cannot be pickled)."""

    read: Callable[[bytes], MailDocument]

    def __call__(self, raw: bytes) -> MailDocument:
        time.sleep(PROCESSING_SECONDS)
        return self.read(raw)


def slowed(app: App) -> None:
    stages = app.pipeline.stages
    app.pipeline.stages = dataclasses.replace(stages, read=SlowRead(stages.read))


def _running(task: asyncio.Task[None]) -> None:
    """A daemon that died (its worker could not start, say) would leave the loops below
    waiting forever: say why instead."""
    if task.done():
        task.result()
        raise RuntimeError("the daemon stopped before the benchmark ended")


async def measure(samples: int) -> list[float]:
    server = Dovecot()
    server.start()
    gaps = random.Random(20)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            app = App.open(settings_for(Path(tmp), account(server, "bench", server.PASSWORD)))
            slowed(app)
            task = asyncio.create_task(app.run())
            while stored_count(app.db) == 0 and not _checked(app):
                _running(task)
                await asyncio.sleep(0.01)
            latencies: list[float] = []
            for n in range(samples):
                # The previous message (stored, not yet processed) is still being read.
                await asyncio.sleep(gaps.uniform(*ARRIVAL_GAP_SECONDS))
                started = time.perf_counter()
                await asyncio.to_thread(append, server, "bench", server.PASSWORD, message())
                while stored_count(app.db) <= n:
                    _running(task)
                    await asyncio.sleep(0.002)
                latencies.append(time.perf_counter() - started)
            app.stop.set()
            await task
            app.close()
            return latencies
    finally:
        server.close()


def _checked(app: App) -> bool:
    with app.db.session() as s:
        return s.scalar(select(MailboxCursorRow.last_check_at)) is not None


def main() -> None:
    samples = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    latencies = asyncio.run(measure(samples))
    ordered = sorted(latencies)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    median = statistics.median(latencies)
    print(
        f"APPEND → stored, 0.2-0.5 s after the previous message, each processed for "
        f"{PROCESSING_SECONDS} s, {samples} messages: median {median * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
