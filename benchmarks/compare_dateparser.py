"""Accuracy on a case table: this engine against dateparser's search_dates (en, th).

Run from the repository root: python -m benchmarks.compare_dateparser [--table NAME]
NAME is cases (cases.tsv, the default), heldout, heldout2, heldout3 or heldout4 (the tables
written blind).

Two measures, per case (one case = one input text):
- dates: right when the set of calendar days produced (every start and end, date part) equals the
  set of expected days; a case with nothing expected is right when nothing is produced. This is
  the measure dateparser can be held to, as it has no ranges, deadlines or zones.
- exact: right when the produced list equals the expected one item by item: kind, start and end
  (with time and UTC offset) and zone. Only our engine can aim at it; for dateparser an item is
  (datetime, start, no end, zone of the value).
Relative expressions have no date of their own: they count in "exact" only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings
from collections import defaultdict

from dateparser.search import search_dates

from bot.understanding.temporal.find import find_temporal
from tests.temporal.cases import TABLES, Case, describe, load_cases


def expected_days(case: Case) -> set[dt.date]:
    days: set[dt.date] = set()
    for item in case.expected:
        kind, start, end, _ = item.split("|")
        if kind == "relative":
            continue
        days.update(dt.date.fromisoformat(v[:10]) for v in (start, end) if v != "-")
    return days


def ours(case: Case) -> tuple[set[dt.date], tuple[str, ...]]:
    found = find_temporal(case.text, reference=case.reference)
    days = {
        v if not isinstance(v, dt.datetime) else v.date()
        for item in found
        for v in (item.start, item.end)
        if v is not None
    }
    return days, tuple(describe(item) for item in found)


def theirs(case: Case) -> tuple[set[dt.date], tuple[str, ...]]:
    settings = {"RELATIVE_BASE": case.reference, "DATE_ORDER": "DMY"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(case.text, languages=["en", "th"], settings=settings) or []
    days = {value.date() for _, value in found}
    items = tuple(
        f"{'datetime' if value.time() != dt.time() else 'date'}|"
        f"{value.isoformat() if value.time() != dt.time() else value.date().isoformat()}|-|"
        f"{value.tzname() or '-'}"
        for _, value in found
    )
    return days, items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", choices=sorted(TABLES), default="cases")
    table = TABLES[parser.parse_args().table]
    cases = load_cases(table)
    score: dict[str, dict[str, list[int]]] = {
        name: defaultdict(lambda: [0, 0]) for name in ("ours", "dateparser")
    }
    seconds = {"ours": 0.0, "dateparser": 0.0}
    for case in cases:
        group = case.source.split(":")[0]
        for name, run in (("ours", ours), ("dateparser", theirs)):
            t0 = time.perf_counter()
            days, items = run(case)
            seconds[name] += time.perf_counter() - t0
            for measure, right in (
                ("dates", days == expected_days(case)),
                ("exact", items == case.expected),
            ):
                for key in (f"{measure}", f"{measure}:{group}"):
                    score[name][key][0] += right
                    score[name][key][1] += 1
    expressions = sum(len(c.expected) for c in cases)
    print(f"{table.name}: {len(cases)} cases, {expressions} expected expressions\n")
    print(f"{'measure':<22}{'ours':>16}{'dateparser':>16}")
    for key in sorted(score["ours"], key=lambda k: (":" in k, k)):
        cells = []
        for name in ("ours", "dateparser"):
            hits, total = score[name][key]
            cells.append(f"{hits}/{total} {100 * hits / total:5.1f}%")
        print(f"{key:<22}{cells[0]:>16}{cells[1]:>16}")
    print(f"\ntime: ours {seconds['ours']:.2f} s, dateparser {seconds['dateparser']:.2f} s")


if __name__ == "__main__":
    main()
