"""Word runs the tests' invented texts share with the real-mail corpus.

    python -m benchmarks.corpus_overlap [TEST_FILE ...]

A test of a rule writes its own text; where it keeps a notice's wording with the names changed,
the rule is tested on the one text it was made from, which is what the blind starts show does
not carry. For each test module (default: every tests/ module outside tests/realmail), the
English word runs of eight its string literals share with the notices already read, leaving out
runs that three or more notices hold (common phrasing, not one notice's). Eight words: runs of
five also catch everyday phrasing ("were not able to travel"); a run of eight is a sentence
copied. Held-out rounds still unscored are never read.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from benchmarks.eval_real import read_notices

ROOT = Path(__file__).resolve().parent.parent
RUN = 8
COMMON = 3  # a run held by this many notices is ordinary phrasing
_WORD = re.compile(r"\w+")
# A link's fixed part ("https://teams.microsoft.com/l/meetup-join/19…") is the service's, not a
# writer's wording: two tests and one notice holding the same Teams prefix share no sentence.
_LINK = re.compile(r"https?://\S+")


def runs(text: str) -> set[str]:
    """The runs of RUN words in a text's wording (links left out), in lower case."""
    found: set[str] = set()
    # a run never spans a link: the words either side of one are not written together
    for stretch in _LINK.split(text.lower()):
        words = _WORD.findall(stretch)
        found |= {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}
    return found


def notice_runs() -> dict[str, set[int]]:
    """Each run of the read notices, with the numbers of the notices that hold it."""
    held: defaultdict[str, set[int]] = defaultdict(set)
    for notice in read_notices():
        for run in runs(f"{notice.subject}\n{notice.text}"):
            held[run].add(notice.number)
    return held


def shared_runs(path: Path, held: dict[str, set[int]]) -> set[str]:
    """The runs a test module's string literals share with one or two read notices."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found |= {run for run in runs(node.value) if 0 < len(held.get(run, ())) < COMMON}
    return found


def modules_to_check() -> Iterable[Path]:
    return sorted(
        path
        for path in (ROOT / "tests").rglob("test_*.py")
        if "realmail" not in path.relative_to(ROOT).parts
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="test modules (default: all)")
    args = parser.parse_args(argv)
    held = notice_runs()
    total = modules = 0
    for path in args.files or modules_to_check():
        shared = shared_runs(path, held)
        if shared:
            modules += 1
            total += len(shared)
            where = path.resolve()
            shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
            print(f"{len(shared):5d}  {shown}")
    print(f"{total} runs of {RUN} words shared with one or two notices, in {modules} modules")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
