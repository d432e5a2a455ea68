"""Every input's `meetbot extract` JSON written to a directory, and two such directories compared:
the check that a speed change leaves every extracted value as it was (docs/extraction.md,
"## Speed").

    python -m benchmarks.extract_snapshot write DIR
    python -m benchmarks.extract_snapshot compare BEFORE AFTER

`write` extracts (default zone Asia/Bangkok) each read corpus notice's mail and its text alone
(`read_notices`: the held-out rounds still unscored are never read), the self-written held-out
sets, the fixtures of tests/understanding, the demo corpus and `bench_extract`'s 121 messages,
and writes one file per input: `to_json()`, `to_json(0.8)` (as `meetbot extract` prints it)
and the `Extraction`'s repr. `compare` prints each input whose file differs or is on one side
only, and exits 1 if there is any. Run `write` at the commit before and the commit after, each
in its own worktree, then `compare`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.bench_extract import templates, variant
from benchmarks.eval_extraction import HELDOUT, ROOT
from benchmarks.eval_real import MAIL, read_notices
from bot.processing.workers import warm_understanding
from bot.reading.document import MailDocument
from bot.understanding.extract import extract_message
from tests.understanding.helpers import BANGKOK, FIXTURES, document, mail

ZONE = "Asia/Bangkok"
REVIEW = 0.8  # the threshold fast23 compared `to_json` at besides none
BENCH_MESSAGES = 121  # as many as `bench_extract` is counted for (docs/extraction.md "## Speed")
HELDOUT_SETS = (HELDOUT, *(HELDOUT.with_name(f"heldout{n}") for n in (2, 3, 4)))
MESSAGE_DIRS = (*HELDOUT_SETS, FIXTURES, ROOT / "bot/demo/corpus")


def inputs() -> Iterator[tuple[str, MailDocument]]:
    """Each input with the name of its snapshot file."""
    for notice in read_notices():
        yield f"notice-{notice.name}-mail", document(MAIL / f"{notice.name}.eml")
        sent = dt.datetime.combine(notice.sent, dt.time(9), BANGKOK)
        yield f"notice-{notice.name}-text", mail(notice.text, notice.subject, sent=sent)
    for directory in MESSAGE_DIRS:
        for path in sorted(directory.iterdir()):
            if path.suffix in (".eml", ".txt"):
                yield f"{directory.name}-{path.name}", document(path)
    base = templates()
    for n in range(BENCH_MESSAGES):
        yield f"bench-{n:03d}", variant(base[n % len(base)], n)


def snapshot(doc: MailDocument) -> str:
    """What is compared of one input: both JSON forms and the repr."""
    extraction = extract_message(doc, default_tz=ZONE)
    forms = {
        "to_json": extraction.to_json(),
        f"to_json({REVIEW})": extraction.to_json(REVIEW),
        "repr": repr(extraction),
    }
    return json.dumps(forms, ensure_ascii=False, indent=2) + "\n"


def write(directory: Path) -> int:
    """Write every input's snapshot into `directory`; the number written."""
    directory.mkdir(parents=True, exist_ok=True)
    warm_understanding()
    count = 0
    for name, doc in inputs():
        (directory / f"{name}.json").write_text(snapshot(doc), encoding="utf-8")
        count += 1
    return count


def differing(before: Path, after: Path) -> list[str]:
    """The inputs whose snapshot differs between the two directories or is in one only."""
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    return [
        name.removesuffix(".json")
        for name in names
        if not (before / name).exists()
        or not (after / name).exists()
        or (before / name).read_bytes() != (after / name).read_bytes()
    ]


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        print(f"{write(Path(argv[1]))} inputs written to {argv[1]}")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        changed = differing(Path(argv[1]), Path(argv[2]))
        for name in changed:
            print(name)
        print(f"{len(changed)} inputs differ", file=sys.stderr)
        return 1 if changed else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
