"""Reading the case tables: one input text per row and the expressions it must yield.

cases.tsv was written alongside the engine; heldout.tsv was written blind, before its author
read the engine or cases.tsv, to measure the engine on text it was not shaped by; heldout2.tsv,
heldout3.tsv and heldout4.tsv are later blind rounds, each written after the fixes the one before
drove.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bot.understanding.temporal.types import Temporal

CASES_FILE = Path(__file__).with_name("cases.tsv")
HELDOUT_FILE = Path(__file__).with_name("heldout.tsv")
HELDOUT2_FILE = Path(__file__).with_name("heldout2.tsv")
HELDOUT3_FILE = Path(__file__).with_name("heldout3.tsv")
HELDOUT4_FILE = Path(__file__).with_name("heldout4.tsv")
TABLES = {
    "cases": CASES_FILE,
    "heldout": HELDOUT_FILE,
    "heldout2": HELDOUT2_FILE,
    "heldout3": HELDOUT3_FILE,
    "heldout4": HELDOUT4_FILE,
}
_UNESCAPE = {"n": "\n", "t": "\t", "\\": "\\"}


@dataclass(frozen=True)
class Case:
    id: str
    reference: dt.datetime
    source: str
    text: str
    expected: tuple[str, ...]  # empty for a text with no temporal expression


def _unescape(field: str) -> str:
    out: list[str] = []
    chars = iter(field)
    for c in chars:
        out.append(_UNESCAPE[next(chars)] if c == "\\" else c)
    return "".join(out)


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    cases = []
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line and not line.startswith("#")]
    for row in rows[1:]:
        case_id, reference, source, text, expected = row.split("\t")
        cases.append(
            Case(
                id=case_id,
                reference=dt.datetime.fromisoformat(reference),
                source=source,
                text=_unescape(text),
                expected=() if expected == "none" else tuple(expected.split(" ; ")),
            )
        )
    return cases


def describe(item: Temporal) -> str:
    """An item in the notation of cases.tsv."""
    if item.relative is not None:
        rel = item.relative
        unit = f"{rel.amount} {rel.unit}" + (" working" if rel.working_days else "")
        return f"relative|{unit}|{rel.direction}|{rel.anchor}"
    start = item.start.isoformat() if item.start else "-"
    end = item.end.isoformat() if item.end else "-"
    return f"{item.kind.value}|{start}|{end}|{item.tz}"
