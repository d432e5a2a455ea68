"""Extraction scored against hand-written gold: per-field precision and recall, kind accuracy.

    python benchmarks/eval_extraction.py [DIR ...] [--misses]
    python -m benchmarks.eval_extraction --real [--part dev|test|test4|...|test24] [--misses]
    python -m benchmarks.eval_extraction --real [--part P ...] --by-rule

Each DIR (default: tests/understanding/heldout) holds messages (`.eml`, or `.txt` read as
a body) and a `NAME.gold.json` beside each; the gold format is described in
tests/understanding/heldout/README.md.

Counting, per field of every message whose gold kind is not `other`:
- the output equals a gold value: a true positive;
- the output is empty where the gold has a value (and does not allow null): a miss (FN);
- the output has a value the gold does not accept: a false positive, and also a miss
  when the gold had a different value (a wrong value is both);
- both empty: not counted.
Equality: dates and times as values (same instant, a day is not a time); a time zone by
its UTC offset on the meeting's first day (Asia/Bangkok and UTC+07:00 agree); free text
(title, title_th, venue, sponsorship) when the normalised strings are at least 75 % alike
(difflib ratio, case and punctuation ignored); everything else exactly.
Online sessions pair with a gold session by meeting ID, then URL, then platform and label;
a session counts as right only when all its keys are. Deadlines match by kind and due day.
Contacts are compared as sets of e-mail addresses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from bot.understanding.extract import extract_message
from tests.understanding.helpers import document

ROOT = Path(__file__).parents[1]
HELDOUT = ROOT / "tests/understanding/heldout"

SCALAR_FIELDS = (
    "title",
    "title_th",
    "series",
    "ordinal",
    "start",
    "end",
    "timezone",
    "mode",
    "venue",
    "city",
    "country",
    "registration_url",
    "registration_deadline",
    "delegates_requested",
    "sponsorship",
    "documents_url",
)
TIME_FIELDS = frozenset({"start", "end", "registration_deadline"})
TEXT_FIELDS = frozenset({"title", "title_th", "venue", "sponsorship"})
URL_FIELDS = frozenset({"registration_url", "documents_url"})
SESSION_KEYS = ("platform", "url", "meeting_id", "passcode", "label", "start")
TEXT_LIKENESS = 0.75


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Evaluation:
    fields: dict[str, Counts] = field(default_factory=dict)
    kinds: list[tuple[str, str, list[str]]] = field(default_factory=list)  # name, output, gold
    misses: list[str] = field(default_factory=list)

    def counts(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    @property
    def kind_accuracy(self) -> float:
        right = sum(1 for _, out, gold in self.kinds if out in gold)
        return right / len(self.kinds) if self.kinds else 1.0

    def overall(self) -> Counts:
        """All fields together: the single-valued ones, sessions, deadlines and contacts."""
        total = Counts()
        for name, counts in self.fields.items():
            if not name.startswith("online_meetings."):  # sessions are counted whole
                total.add(counts)
        return total


def evaluate(directories: Iterable[Path], *, default_tz: str = "Asia/Bangkok") -> Evaluation:
    evaluation = Evaluation()
    for directory in directories:
        for gold_path in sorted(directory.glob("*.gold.json")):
            name = gold_path.name.removesuffix(".gold.json")
            message = _message_path(directory, name)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out = extract_message(document(message), default_tz=default_tz).to_json()
            _score_message(evaluation, name, gold, out)
    return evaluation


def _message_path(directory: Path, name: str) -> Path:
    for suffix in (".eml", ".txt"):
        if (path := directory / f"{name}{suffix}").exists():
            return path
    raise FileNotFoundError(f"{directory / name}.eml or .txt: no message for the gold file")


def _score_message(ev: Evaluation, name: str, gold: dict[str, Any], out: dict[str, Any]) -> None:
    gold_kinds = _accepted(gold["kind"])
    ev.kinds.append((name, out["kind"], gold_kinds))
    if out["kind"] not in gold_kinds:
        ev.misses.append(
            f"{name}: kind {out['kind']!r}, gold {gold_kinds}; reasons {out['reasons']}"
        )
    if gold_kinds == ["other"]:
        return  # nothing is stored for such a message: its fields do not matter
    meeting = out["meeting"]
    day = _reference_day(gold)
    for key in SCALAR_FIELDS:
        outcome = _score_value(key, _accepted(gold[key]), meeting[key]["value"], day)
        ev.counts(key).add(outcome)
        if outcome.fp or outcome.fn:
            ev.misses.append(f"{name}: {key} = {meeting[key]['value']!r}, gold {gold[key]!r}")
    _score_sessions(ev, name, gold["online_meetings"], meeting["online_meetings"], day)
    _score_deadlines(ev, name, gold["deadlines"], meeting["deadlines"])
    _score_contacts(ev, name, gold, meeting["organiser_contacts"])


def _accepted(gold: Any) -> list[Any]:
    return list(gold["any_of"]) if isinstance(gold, dict) and "any_of" in gold else [gold]


def _reference_day(gold: dict[str, Any]) -> dt.date:
    """The day a zone's offset is taken on: the meeting's first day."""
    stated = [value for value in _accepted(gold.get("start")) if value is not None]
    return _day(stated[0]) if stated else dt.date(2026, 1, 1)


def _score_value(key: str, accepted: list[Any], value: Any, day: dt.date) -> Counts:
    stated = [a for a in accepted if a is not None]
    may_be_empty = None in accepted
    if value is None:
        return Counts(fn=1) if stated and not may_be_empty else Counts()
    if any(_equal(key, a, value, day) for a in stated):
        return Counts(tp=1)
    return Counts(fp=1, fn=1 if stated and not may_be_empty else 0)


def _equal(key: str, gold: Any, value: Any, day: dt.date) -> bool:
    if key in TIME_FIELDS:
        return _same_time(gold, value)
    if key == "timezone":
        offset = _offset(gold, day)
        return gold == value or (offset is not None and offset == _offset(value, day))
    if key in TEXT_FIELDS:
        return _alike(gold, value)
    if key in URL_FIELDS or key == "url":
        return _url(gold) == _url(value)
    if key == "series":
        return str(gold).casefold() == str(value).casefold()
    return bool(gold == value)


def _when(text: str) -> dt.date | dt.datetime:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def _same_time(gold: str, value: str) -> bool:
    a, b = _when(gold), _when(value)
    return type(a) is type(b) and a == b


_FIXED_OFFSET = re.compile(r"^(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d\d))?$")


def _offset(zone: str, day: dt.date) -> dt.timedelta | None:
    if m := _FIXED_OFFSET.match(zone):
        delta = dt.timedelta(hours=int(m[2]), minutes=int(m[3] or 0))
        return delta if m[1] == "+" else -delta
    try:
        return dt.datetime.combine(day, dt.time(12), ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _normal_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = "".join(
        c if c.isalnum() or c.isspace() or unicodedata.category(c).startswith("M") else " "
        for c in text
    )
    return " ".join(text.split())


def _alike(gold: str, value: str) -> bool:
    return SequenceMatcher(None, _normal_text(gold), _normal_text(value)).ratio() >= TEXT_LIKENESS


def _url(text: str | None) -> str | None:
    return None if text is None else text.strip().rstrip("/.,;)>")


def _score_sessions(
    ev: Evaluation, name: str, gold: list[dict[str, Any]], out: list[dict[str, Any]], day: dt.date
) -> None:
    unused = list(out)
    whole = ev.counts("online_meetings")
    for g in gold:
        pair = _pair_session(g, unused)
        if pair is None:
            whole.fn += 1
            ev.misses.append(f"{name}: online session missing: {g}")
            for key in SESSION_KEYS:
                if any(a is not None for a in _accepted(g[key])) and None not in _accepted(g[key]):
                    ev.counts(f"online_meetings.{key}").fn += 1
            continue
        unused.remove(pair)
        right = True
        for key in SESSION_KEYS:
            outcome = _score_value(key, _accepted(g[key]), pair[key], day)
            ev.counts(f"online_meetings.{key}").add(outcome)
            if outcome.fp or outcome.fn:
                right = False
                ev.misses.append(
                    f"{name}: online {g['label']} {key} = {pair[key]!r}, gold {g[key]!r}"
                )
        if right:
            whole.tp += 1
        else:
            whole.fp += 1
            whole.fn += 1
    for extra in unused:
        whole.fp += 1
        ev.misses.append(f"{name}: online session not in gold: {_brief(extra, SESSION_KEYS)}")
        for key in SESSION_KEYS:
            if extra[key] is not None:
                ev.counts(f"online_meetings.{key}").fp += 1


def _pair_session(gold: dict[str, Any], out: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    for key in ("meeting_id", "url"):
        if gold[key] is not None:
            for session in out:
                if session[key] is not None and _equal(
                    key, gold[key], session[key], dt.date(2026, 1, 1)
                ):
                    return session
    for session in out:
        if session["platform"] == gold["platform"] and session["label"] == gold["label"]:
            return session
    return None


def _score_deadlines(
    ev: Evaluation, name: str, gold: list[dict[str, Any]], out: list[dict[str, Any]]
) -> None:
    counts = ev.counts("deadlines")
    unused = list(out)
    for g in gold:
        kinds = g["kind"] if isinstance(g["kind"], list) else [g["kind"]]
        match = next(
            (
                d
                for d in unused
                if d["kind"] in kinds
                and (
                    g["due"] is None
                    or (d["due"] is not None and _day(d["due"]) == dt.date.fromisoformat(g["due"]))
                )
            ),
            None,
        )
        if match is None:
            counts.fn += 1
            ev.misses.append(f"{name}: deadline missing: {g}")
        else:
            counts.tp += 1
            unused.remove(match)
    for extra in unused:
        counts.fp += 1
        ev.misses.append(
            f"{name}: deadline not in gold: {_brief(extra, ('kind', 'due', 'source'))}"
        )


def _day(text: str) -> dt.date:
    when = _when(text)
    return when.date() if isinstance(when, dt.datetime) else when


def _score_contacts(
    ev: Evaluation, name: str, gold: dict[str, Any], out: list[dict[str, Any]]
) -> None:
    wanted = {e.lower() for e in gold["organiser_contacts"]}
    allowed = wanted | {e.lower() for e in gold["optional_contacts"]}
    given = {c["email"].lower() for c in out if c["email"]}
    counts = ev.counts("organiser_contacts")
    counts.tp += len(given & wanted)
    counts.fp += len(given - allowed)
    counts.fn += len(wanted - given)
    for email in sorted(given - allowed):
        ev.misses.append(f"{name}: contact not in gold: {email}")
    for email in sorted(wanted - given):
        ev.misses.append(f"{name}: contact missing: {email}")


def _brief(item: dict[str, Any], keys: Sequence[str]) -> str:
    return ", ".join(f"{k}={str(item[k])[:80]!r}" for k in keys)


def report(evaluation: Evaluation) -> str:
    lines = [f"{'field':32} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}"]
    rows = [(name, evaluation.fields[name]) for name in sorted(evaluation.fields, key=_field_order)]
    for name, c in [*rows, ("all fields", evaluation.overall())]:
        lines.append(f"{name:32} {c.tp:4} {c.fp:4} {c.fn:4} {c.precision:9.2f} {c.recall:7.2f}")
    right = sum(1 for _, out, gold in evaluation.kinds if out in gold)
    lines.append(f"kind accuracy: {right}/{len(evaluation.kinds)} = {evaluation.kind_accuracy:.2f}")
    return "\n".join(lines)


def _field_order(name: str) -> tuple[int, str]:
    base = name.split(".")[0]
    order = [*SCALAR_FIELDS, "online_meetings", "organiser_contacts", "deadlines"]
    return (order.index(base) if base in order else len(order), name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[HELDOUT])
    parser.add_argument("--misses", action="store_true", help="list every wrong or missing value")
    parser.add_argument(
        "--real", action="store_true", help="real public notices (tests/realmail), dev and test"
    )
    parser.add_argument(
        "--part",
        choices=("dev", "test", *(f"test{n}" for n in range(4, 25))),
        action="append",
        help="with --real: only this part, repeatable (test4-test24, held out, are scored only"
        " when named)",
    )
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="with --real: count each place and mode value under the rule that produced it",
    )
    args = parser.parse_args(argv)
    if args.real:
        from benchmarks.eval_by_rule import report_by_rule
        from benchmarks.eval_real import PARTS, evaluate_real, report_real

        scores = evaluate_real(args.part or PARTS)
        print(report_by_rule(scores) if args.by_rule else report_real(scores, misses=args.misses))
        return 0
    evaluation = evaluate(args.dirs)
    print(report(evaluation))
    if args.misses:
        print()
        print("\n".join(evaluation.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
