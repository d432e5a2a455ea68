"""Every reason the extractor can give for a value has its Thai for the officer: the
signals are enumerated from the extractor's own `Signal` classes, and written the way the
extractor writes them (`Tally.reasons`), so a new signal without Thai fails here."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot.understanding
from benchmarks.eval_real import MAIL, read_notices
from bot.meetings.confidence_reasons_th import confidence_reason_th
from bot.understanding.ocr_values import ocr_review_reason
from bot.understanding.rules import is_rule
from bot.understanding.signals import Signal, Tally
from tests.understanding.helpers import document, extract


def every_signal_class() -> list[type[Signal]]:
    for module in pkgutil.walk_packages(bot.understanding.__path__, "bot.understanding."):
        importlib.import_module(module.name)
    found, todo = [], list(Signal.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


SIGNALS = [signal for cls in every_signal_class() for signal in cls]


def test_the_extractor_has_signals_to_name():
    assert len({type(s) for s in SIGNALS}) >= 2, "dates' and links' signals at least"


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: f"{type(s).__name__}.{s.name}")
@pytest.mark.parametrize("times", [1, -0.5])
def test_every_signal_reads_in_thai_as_the_extractor_writes_it(signal, times):
    tally = Tally(weights={signal: 2.0})
    tally.add(signal, times)
    [reason] = tally.reasons()
    thai = confidence_reason_th(reason)
    assert thai, f"no Thai for {reason!r}: add it to SIGNALS_TH"
    assert thai.endswith(f"({reason.split(' ')[1].rstrip(':')})"), "with the weight it added"


def test_a_sentence_keeps_what_it_names_and_an_unknown_one_has_none():
    assert confidence_reason_th("time zone not stated: Asia/Bangkok assumed") == (
        "ไม่ได้ระบุเขตเวลา: ถือเป็น Asia/Bangkok"
    )
    assert confidence_reason_th('"Vientiane" named as where it is held') == (
        "“Vientiane” ระบุเป็นสถานที่จัด"
    )
    assert "OCR" in (confidence_reason_th(ocr_review_reason(71.4)) or "")
    assert confidence_reason_th("a reason written tomorrow") is None
    assert confidence_reason_th("unknown_code +2: a signal no table has") is None


@pytest.mark.parametrize(
    "reason",
    [
        # round twelve's title readings (titles16), as bot.understanding.fields.title*,
        # title_grow, title_entitled and title_subject write them
        "a short form and a meeting's noun in lower case",
        "the subject's two words, held in the text",
        "a headline's purpose ('to discuss …') ends it",
        "its body's name stands before who meets ('… ministers' meeting')",
        "its topic in quotes after its noun and 'on' (a newer reading)",
        "a heading's body, on the line under its meeting, written first",
        # round thirteen's readings (titles17, places17, dates17), as they are written
        '"Example City" opens the story as its dateline',
        '"Example Country" named as the country or city visited',
        '"Example Country" named as the country or city visited; "Example City" is the first of'
        " its cities the text names",
        "a summit named by its grouping's letters",
        "a visit named by its verb and its object in the subject",
        "an official visit the text's lead names",
        "the subject puts the meeting tomorrow; the day the text writes is the story's",
        "what a call for nominations in the subject is for",
    ],
)
def test_the_newer_rounds_reasons_read_in_thai(reason: str) -> None:
    thai = confidence_reason_th(reason)
    assert thai, f"no Thai for {reason!r}"
    assert any("\u0e01" <= c <= "\u0e59" for c in thai)


def _reasons(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reasons":
                yield from (r for r in inner if not is_rule(r))
            else:
                yield from _reasons(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _reasons(inner)


_SAMPLES = sorted(
    path
    for folder in ("fixtures", "heldout", "heldout2", "heldout3", "heldout4")
    for path in (Path(__file__).parents[1] / "understanding" / folder).iterdir()
    if path.suffix in (".eml", ".txt")
)


def test_every_reason_given_on_the_sample_mail_reads_in_thai() -> None:
    """What an officer sees beside a value on the meeting page, over every sample message the
    tests keep: a reason the table does not know is shown in English alone."""
    given = {
        reason
        for path in _SAMPLES
        for reason in _reasons(extract(document(path)).to_json()["meeting"])
    }
    assert len(given) >= 40, "the samples give reasons of many kinds"
    assert sorted(r for r in given if confidence_reason_th(r) is None) == []


def test_every_reason_given_on_the_read_real_mail_reads_in_thai() -> None:
    """The same over every real notice already read (tests/realmail, all parts but the held-out
    rounds still unscored): a reason added or reworded without its Thai fails here."""
    given = {
        reason
        for notice in read_notices()
        for reason in _reasons(extract(document(MAIL / f"{notice.name}.eml")).to_json()["meeting"])
    }
    assert len(given) >= 200, "the real notices give reasons of many kinds"
    assert sorted(r for r in given if confidence_reason_th(r) is None) == []
