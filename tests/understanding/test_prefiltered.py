"""Every prefiltered pattern of understanding finds in the test mails exactly what its full
pattern finds on its own: openings that miss a place where a match can begin fail here."""

import importlib
import pkgutil
from functools import cache
from pathlib import Path

import pytest

import bot.understanding
from bot.understanding.fields.text import MessageText
from bot.understanding.prefilter import Prefiltered
from tests.corpus_paths import CORPUS
from tests.temporal.cases import TABLES, load_cases
from tests.understanding.helpers import document

TESTS = Path(__file__).parents[1]
FOLDERS = (
    CORPUS,
    TESTS / "understanding/fixtures",
    TESTS / "understanding/heldout",
    TESTS / "understanding/heldout2",
    TESTS / "understanding/heldout3",
    TESTS / "understanding/heldout4",
)
MAILS = sorted(
    path for folder in FOLDERS for path in folder.glob("*") if path.suffix in (".eml", ".txt")
)


def _prefiltered() -> dict[str, Prefiltered]:
    """Each pattern once, by the first of its names: a module that imports another's pattern
    (zones.ZONE_ANYWHERE in zone_attach and meeting_dates) holds the same object."""
    found: dict[int, tuple[str, Prefiltered]] = {}
    for module in pkgutil.walk_packages(bot.understanding.__path__, "bot.understanding."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, Prefiltered):
                found.setdefault(id(value), (f"{module.name}.{name}", value))
    return dict(found.values())


@cache
def _texts() -> list[str]:
    texts = []
    for path in MAILS:
        doc = document(path)
        text = MessageText.of(doc.all_text(), subject=doc.subject)
        texts += [text.plain, text.lower, text.subject, text.subject_lower]
    # The date tables hold forms no mail here has ("extended from 4 to 11 September").
    for table in TABLES.values():
        texts += [case.text for case in load_cases(table)]
        texts += [case.text.lower() for case in load_cases(table)]
    return texts


def test_the_mails_are_found() -> None:
    assert len(MAILS) > 40


# Every pattern over every mail and date table, most of it in the slow full patterns: about
# fifteen seconds, so out of `make test-fast` (tests/temporal/test_prefilter.py compares the
# date patterns there) and in `make test`.
@pytest.mark.slow
@pytest.mark.parametrize(("name", "pattern"), sorted(_prefiltered().items()))
def test_prefiltered_pattern_finds_what_its_full_pattern_finds(
    name: str, pattern: Prefiltered
) -> None:
    for text in _texts():
        expected = [m.span() for m in pattern.pattern.finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == expected, (name, text[:200])
        middle = len(text) // 2
        window = [m.span() for m in pattern.pattern.finditer(text, middle // 2, middle)]
        assert [m.span() for m in pattern.finditer(text, middle // 2, middle)] == window, name


@cache
def _date_prefixes() -> list[str]:
    """The text before each number of the date tables' lines: where the engine looks for a
    cue ("no later than", "extended from 4 September to") before a date."""
    texts = [case.text for table in TABLES.values() for case in load_cases(table)]
    return [
        text[:i]
        for text in texts
        for i in range(1, len(text))
        if text[i].isdigit() and not text[i - 1].isdigit()
    ]


@pytest.mark.parametrize(
    ("name", "pattern"),
    sorted((n, p) for n, p in _prefiltered().items() if p.pattern.pattern.endswith("$")),
)
def test_a_cue_read_before_a_date_is_found_as_its_full_pattern_finds_it(
    name: str, pattern: Prefiltered
) -> None:
    for prefix in _date_prefixes():
        expected = pattern.pattern.search(prefix)
        found = pattern.search(prefix)
        assert (found and found.span()) == (expected and expected.span()), (name, prefix)
