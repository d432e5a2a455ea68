"""Reading and extracting one short invitation, the per-message CPU of a backfill.

    python -m benchmarks.bench_understand [COUNT]

The message is the one bench_backfill fills the mailbox with (tests/sources/helpers.py:
three lines inviting to "the meeting on 16 December 2025"), each copy with its own
Message-ID and subject. Issue 5 wants a backfill within twice what mbsync needs to copy a
message (0.7-1.5 ms here), so what reading and extraction take of that matters.
"""

from __future__ import annotations

import sys
import time

from bot.reading.mime import read_message
from bot.understanding.extract import extract_message
from tests.sources.helpers import message


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    messages = [message() for _ in range(count)]
    extract_message(read_message(messages[0]))  # imports and caches warm, as in the daemon
    # The best of five rounds: on a shared machine the others' load only ever adds time.
    rounds = [_cpu_per_message(messages[n::5]) for n in range(5)]
    read_ms, extract_ms = min(rounds, key=sum)
    print(
        f"{count} short messages, best of 5 rounds: read {read_ms:.3f} ms, extract "
        f"{extract_ms:.3f} ms, together {read_ms + extract_ms:.3f} ms of CPU each"
    )


def _cpu_per_message(messages: list[bytes]) -> tuple[float, float]:
    """Milliseconds of CPU per message spent reading it, and extracting from it."""
    read_cpu = extract_cpu = 0.0
    for raw in messages:
        started = time.process_time()
        doc = read_message(raw)
        read_done = time.process_time()
        extract_message(doc)
        extract_cpu += time.process_time() - read_done
        read_cpu += read_done - started
    return read_cpu * 1000 / len(messages), extract_cpu * 1000 / len(messages)


if __name__ == "__main__":
    main()
