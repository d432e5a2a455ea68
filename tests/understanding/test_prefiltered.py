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
from tests.understanding.helpers import document

TESTS = Path(__file__).parents[1]
FOLDERS = ("corpus", "understanding/fixtures", "understanding/heldout", "understanding/heldout2")
MAILS = sorted(
    path
    for folder in FOLDERS
    for path in (TESTS / folder).glob("*")
    if path.suffix in (".eml", ".txt")
)


def _prefiltered() -> dict[str, Prefiltered]:
    found = {}
    for module in pkgutil.walk_packages(bot.understanding.__path__, "bot.understanding."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, Prefiltered):
                found[f"{module.name}.{name}"] = value
    return found


@cache
def _texts() -> list[str]:
    texts = []
    for path in MAILS:
        doc = document(path)
        text = MessageText.of(doc.all_text(), subject=doc.subject)
        texts += [text.plain, text.lower, text.subject, text.subject_lower]
    return texts


def test_the_mails_are_found() -> None:
    assert len(MAILS) > 40


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
