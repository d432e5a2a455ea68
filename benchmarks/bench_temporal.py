"""Speed of the temporal engine: a 50-page report, long texts, short messages per minute.

Run from the repository root: python -m benchmarks.bench_temporal
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import statistics
import time
from pathlib import Path

from bot.understanding.temporal.find import find_temporal
from tests.temporal.cases import load_cases

# The OCR'd memos the project was given; another folder of .txt files can stand in.
# The seeds live beside the repository (../shared/seeds), as on every machine here.
SEEDS = Path(
    os.environ.get("MEETBOT_SEEDS", Path(__file__).resolve().parents[2] / "shared" / "seeds")
)
# An A4 page of a Thai memo holds about 2,500-3,000 characters; take the larger.
PAGE_CHARS = 3000
PAGES = 50
REFERENCE = dt.datetime(2026, 1, 23)


def report_text() -> str:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        # An empty text would "benchmark" in no time at all: say so instead of printing 0 ms.
        raise SystemExit(f"no .txt files in {SEEDS}: set MEETBOT_SEEDS to the seeds folder")
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in files)
    wanted = PAGES * PAGE_CHARS
    return "".join(itertools.islice(itertools.cycle(text), wanted))


def bench_report() -> None:
    text = report_text()
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        found = find_temporal(text, reference=REFERENCE)
        times.append(time.perf_counter() - t0)
    print(
        f"50-page report ({len(text):,} chars, {len(found)} expressions): "
        f"best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms"
    )


# Texts that repeat what used to make the engine slow down faster than the text grows: zone
# statements that name no zone, dates with clock times far after them, Thai stamps.
LONG_PIECES = (
    "All times are in the venue. 30 September 2025 10:00 ",
    "On 30 September 2025 we meet." + " x" * 25 + " at 10:30 hrs. ",
    "วันที่ ๓๐ ก.ย. ๖๘ เวลา ๑๐.๓๐ น. ภายใน ๓ วัน ",
)


def bench_long() -> None:
    """Time per 100,000 characters as the text grows: flat when the engine is linear."""
    for piece in (report_text(), *LONG_PIECES):
        cells = []
        for size in (100_000, 200_000, 400_000):
            text = "".join(itertools.islice(itertools.cycle(piece), size))
            t0 = time.perf_counter()
            find_temporal(text, reference=REFERENCE)
            per_100k = (time.perf_counter() - t0) / (size / 100_000)
            cells.append(f"{size // 1000}k: {per_100k * 1000:.0f} ms")
        print(f"long text of {piece[:30]!r}…, per 100,000 chars: {', '.join(cells)}")


def bench_messages(seconds: float = 3.0) -> None:
    cases = load_cases()
    texts = [(c.text, c.reference) for c in cases]
    mean_len = statistics.mean(len(t) for t, _ in texts)
    count = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for text, reference in texts:
            find_temporal(text, reference=reference)
        count += len(texts)
    elapsed = time.perf_counter() - t0
    print(
        f"short messages (the {len(texts)} case texts, mean {mean_len:.0f} chars): "
        f"{count / elapsed * 60:,.0f} per minute on one core"
    )


if __name__ == "__main__":
    bench_report()
    bench_long()
    bench_messages()
