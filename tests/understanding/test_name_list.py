"""The gazetteer's names found by their first words (bot.understanding.fields.name_list): the
same matches as one case-insensitive pattern of every spelling, in any window of a text."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

from bot.understanding.fields.gazetteer import CITIES, COUNTRIES, find_places
from bot.understanding.fields.name_list import NameList
from tests.realmail.wrap import notices


def _one_pattern(spellings: list[str]) -> re.Pattern[str]:
    """What the list replaces: every spelling in one pattern, longest first."""
    ordered = sorted(set(spellings), key=len, reverse=True)
    choice = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in ordered)
    return re.compile(rf"(?<![A-Za-z])(?:{choice})(?![A-Za-z])", re.IGNORECASE)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_the_matches_are_those_of_one_pattern_of_every_spelling_in_any_window() -> None:
    spellings = [s for _, names in CITIES.values() for s in names]
    spellings += [s for names in COUNTRIES.values() for s in names]
    names, pattern = NameList(spellings), _one_pattern(spellings)
    # (the dev notices only: a held-out round's are read by nobody before it is scored)
    texts = [n.text for n in notices() if n.round is None][::5]
    texts.append("KUALA\nLUMPUR, Kuala  lumpur, Koreans, xกรุงเทพ, สปป.ลาวกรุงเทพมหานครฯ")
    chosen = random.Random(13)
    windows = [(text, 0, len(text)) for text in texts]
    for text in texts:
        for _ in range(20):
            start = chosen.randrange(len(text) + 1)
            windows.append((text, start, chosen.randrange(start, len(text) + 1)))
    for text, start, stop in windows:
        assert _spans(names.finditer(text, start, stop)) == _spans(
            pattern.finditer(text, start, stop)
        ), (text[start:stop][:200], start, stop)


def test_a_name_is_found_whole_and_alone_in_both_scripts() -> None:
    text = "Held in Ho Chi\nMinh City, not in Seoulites; ที่กรุงเทพมหานคร"
    assert [(p.name, p.is_city) for p in find_places(text)] == [
        ("Ho Chi Minh City", True),
        ("Bangkok", True),
    ]
    # a window that cuts a word off finds no name in its rest
    assert find_places("Bangkoks", 0, 7) == find_places("Bangkok")
    assert find_places("xBangkok", 1) == []
