"""Time from APPEND to the message being stored, with the daemon in IDLE (goal: median < 1 s).

Run from the project folder: python -m benchmarks.bench_idle_latency [N]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.store.tables import MailboxCursorRow
from tests.servers.dovecot import Dovecot
from tests.sources.helpers import account, append, message, settings_for, stored_count


async def measure(samples: int) -> list[float]:
    server = Dovecot()
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            app = App.open(settings_for(Path(tmp), account(server, "bench", server.PASSWORD)))
            task = asyncio.create_task(app.run())
            while stored_count(app.db) == 0 and not _checked(app):
                await asyncio.sleep(0.01)
            latencies: list[float] = []
            for n in range(samples):
                await asyncio.sleep(0.2)  # let the watcher settle back into IDLE
                started = time.perf_counter()
                await asyncio.to_thread(append, server, "bench", server.PASSWORD, message())
                while stored_count(app.db) <= n:
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
        f"APPEND → stored, IDLE, {samples} messages: median {median * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
