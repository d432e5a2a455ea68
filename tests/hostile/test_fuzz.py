"""A seeded mutation loop over the corpus through reading and extraction (which have no
catch-all that turns a crash into an empty result): no exception, no message over 2 s, and
text every store accepts (no lone surrogate, which neither SQLite nor PostgreSQL takes).

MEETBOT_FUZZ_CASES sets how many cases (default 1,000, about 90 s of CPU here: reading a
PDF takes ~100 ms; a 3,000-case run found a Date header overflowing the C library);
MEETBOT_FUZZ_SEED the seed.
"""

from __future__ import annotations

import json
import os
import random
import time

import pytest

from bot.reading.limits import ReadLimits
from bot.reading.mime import read_message
from bot.understanding.extract import extract_message
from tests import corpus_paths

CORPUS = sorted(corpus_paths.CORPUS.glob("*.eml"))
CASES = int(os.environ.get("MEETBOT_FUZZ_CASES", "1000"))
SEED = int(os.environ.get("MEETBOT_FUZZ_SEED", "20"))
MOST_SECONDS = 2.0
# What hostile mail puts where a parser looks: odd charsets, dates, nesting, runs.
SPLICES = [
    b"\r\nContent-Type: text/plain; charset*=utf-8''%E0%B8%81\r\n",
    b"\r\nContent-Type: text/plain; charset=punycode\r\n",
    b"\r\nDate: Mon, 1 Jan 2026 10:00:00 +9999999999\r\n",
    b"\r\nFrom: " + b"(" * 300 + b"a@example.org" + b")" * 300 + b"\r\n",
    b'\r\nContent-Disposition: attachment; filename="\\udc80.pdf"\r\n',
    b" 12 June 2026 10:00 GMT+80 ",
    b" 12 June 2026" + b" " * 300 + b"*" * 100 + b"x",
    b"\x00",
    b"\xed\xa0\x80",
    b"+ACD-",
]


def mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        choice = rng.randrange(6)
        if choice == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif choice == 1:
            data[at:at] = rng.choice(SPLICES)
        elif choice == 2:
            end = min(len(data), at + rng.randint(1, 200))
            del data[at:end]
        elif choice == 3:
            chunk = bytes(data[at : at + rng.randint(1, 400)])
            data[at:at] = chunk * rng.randint(1, 5)
        elif choice == 4:
            data[at:at] = bytes([rng.choice(b" *1.([")]) * rng.randint(50, 2000)
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
    return bytes(data)


def storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_the_corpus_is_found():
    assert len(CORPUS) > 10


# The cases in parts, which `pytest -n` runs side by side: the loop is the suite's longest test.
PARTS = 8


@pytest.mark.slow  # 1,000 messages read and understood: out of `make test-fast`, in `make test`
@pytest.mark.parametrize("part", range(PARTS))
def test_mutated_corpus_mail_is_read_and_understood_within_bounds(part: int):
    originals = [path.read_bytes() for path in CORPUS]
    reader_limits = ReadLimits()
    problems: list[str] = []
    for case in range(part, CASES, PARTS):
        # Each case its own generator: a failing case replays alone from SEED and its number.
        rng = random.Random(f"{SEED}:{case}")
        raw = mutate(rng.choice(originals), rng)
        started = time.thread_time()  # CPU time: a busy machine does not make it fail
        try:
            document = read_message(raw, limits=reader_limits)
            extraction = extract_message(document, default_tz="Asia/Bangkok")
        except Exception as exc:
            problems.append(f"case {case}: {type(exc).__name__}: {exc}")
            continue
        took = time.thread_time() - started
        if took > MOST_SECONDS:
            problems.append(f"case {case}: {took:.1f} s")
        written = json.dumps(extraction.to_json(), ensure_ascii=False) + document.all_text()
        written += document.subject + "".join(document.warnings)
        if not storable(written):
            problems.append(f"case {case}: text no store accepts")
    assert not problems, f"seed {SEED}: " + "; ".join(problems[:10])
