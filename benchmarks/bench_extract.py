"""Extraction and triage of 1,000 text-only messages on one core. Goal (issue 13): at most 5 ms
of CPU per message.

    python benchmarks/bench_extract.py [COUNT]

The messages are the fixtures of tests/understanding (ASEAN, ILO and APEC notes, Thai
letters, a postponement, a cancellation, a bulletin) and the text-only corpus mails,
each copy with its own Message-ID, dates and numbers, read once and then extracted.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from bot.processing.workers import warm_understanding
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.understanding.extract import extract_message

ROOT = Path(__file__).parents[1]
SOURCES = [
    *sorted((ROOT / "tests/understanding/fixtures").glob("*.eml")),
    ROOT / "bot/demo/corpus/01-slomwg-invitation.eml",
    ROOT / "bot/demo/corpus/02-slomwg-followup.eml",
    ROOT / "bot/demo/corpus/05-circular-memo-tis620.eml",
]
_DAY = re.compile(r"\b([12]?\d)(?= (?:January|February|March|April|May|June|July|August|September"
                  r"|October|November|December))")  # fmt: skip


def templates() -> list[MailDocument]:
    """The source messages as text only: body plus what the reader got from attachments."""
    docs = []
    for path in SOURCES:
        doc = read_message(path.read_bytes())
        docs.append(dataclasses.replace(doc, text=doc.all_text(), attachments=(), forwarded=()))
    return docs


def variant(doc: MailDocument, n: int) -> MailDocument:
    """A copy with its own id and shifted day numbers, so no two texts are the same."""
    shift = n % 9
    text = _DAY.sub(lambda m: str(max(1, min(28, int(m.group(1)) - 4 + shift))), doc.text)
    return dataclasses.replace(doc, message_id=f"bench-{n}@example.org", text=text)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    base = templates()
    messages = [variant(base[n % len(base)], n) for n in range(count)]
    characters = sum(len(m.text) for m in messages)
    kinds: dict[str, int] = {}
    # As a worker does before its first message (bot.processing.workers): reading the places'
    # tables and compiling the patterns, once per process, is not extracting; a one-shot
    # `meetbot extract` pays it too, so it is printed on its own line.
    warm_cpu = time.process_time()
    warm_understanding()
    warm_cpu = time.process_time() - warm_cpu
    started, cpu_started = time.perf_counter(), time.process_time()
    for message in messages:
        kind = extract_message(message).kind.value
        kinds[kind] = kinds.get(kind, 0) + 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # CPU time is what one core spends; wall time also counts waiting on a busy machine.
    print(
        f"{count} messages ({characters / count:,.0f} characters on average) extracted and "
        f"triaged in {cpu:.2f} s of CPU ({elapsed:.2f} s wall; {cpu / count * 1000:.1f} ms "
        "each; goal: at most 5 ms)"
    )
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(
        f"start-up before the first message (places' tables, patterns): {warm_cpu:.2f} s of "
        "CPU, once per process (a one-shot `meetbot extract` pays it; a daemon's worker at start)"
    )


if __name__ == "__main__":
    main()
