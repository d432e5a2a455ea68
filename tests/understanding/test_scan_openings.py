"""Patterns searched in every window of a message open where the engine can skip to.

The engine skips through a text to where a pattern can begin only when each of its choices opens
with a literal character (or the whole pattern with one set); one choice opened by "\\b", a
look-behind or a group makes it try every choice at every character, ten times slower over a
text (docs/extraction.md, "## Speed"). These were written so, their "\\b" and look-behinds read
after the first letter; a choice put in front of its letter again fails here."""

import re
from collections import Counter
from collections.abc import Iterable
from re import _compiler, _parser
from re import _constants as sre  # the names of the compiled code: those `re` compiles with
from typing import Any

import pytest

from bot.understanding import kind_invite_words
from bot.understanding.fields import mode_sides
from bot.understanding.temporal import months, number_words
from bot.understanding.temporal.months import MONTH_EN, MONTH_EN_WRAPPABLE
from bot.understanding.temporal.number_words import HOUR_WORD, HOUR_WORDS, ORDINAL_DAY
from bot.understanding.temporal.weekdays import WEEKDAY_EN, WEEKDAY_EN_NAMES


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the compiled pattern opens with a literal prefix or a set the engine looks for."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    opening = sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET
    return code[0] == sre.INFO and bool(code[2] & opening)


@pytest.mark.parametrize(
    "pattern",
    [kind_invite_words.INVITES_NO_ONE_HERE, mode_sides._REMOTE_OFFERED],
    ids=["invites_no_one_here", "remote_offered"],
)
def test_window_patterns_open_on_a_letter(pattern: re.Pattern[str]) -> None:
    assert skips_ahead(pattern)


def test_a_choice_opened_by_a_boundary_does_not_skip() -> None:
    # the check itself: one choice opened by "\b" is enough to lose the skip
    assert skips_ahead(re.compile(r"moderator|chair"))
    assert not skips_ahead(re.compile(r"moderator|\bchair"))
    assert not skips_ahead(re.compile(r"(?:moderator|chair)s?\s|host"))


def _largest_case_blind_choice(items: Any, blind: bool = False) -> int:
    """The most choices of one choice of the parsed pattern inside a case-blind group: the engine
    tries each of them, folding the case, wherever the pattern reaches it."""
    largest = 0
    for op, av in items:
        if op is sre.SUBPATTERN:
            _, add_flags, _, inner = av
            inner_blind = blind or bool(add_flags & re.IGNORECASE)
            largest = max(largest, _largest_case_blind_choice(inner, inner_blind))
        elif op is sre.BRANCH:
            own = len(av[1]) if blind else 0
            largest = max(largest, own, *(_largest_case_blind_choice(c, blind) for c in av[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            largest = max(largest, _largest_case_blind_choice(av[2], blind))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            largest = max(largest, _largest_case_blind_choice(av[1], blind))
    return largest


@pytest.mark.parametrize(
    ("pattern", "names"),
    [
        (MONTH_EN, months._EN_WORDS),
        (MONTH_EN_WRAPPABLE, months._EN_WORDS),
        (WEEKDAY_EN, WEEKDAY_EN_NAMES),
        (ORDINAL_DAY, number_words._ORDINAL_DAYS),
        (HOUR_WORD, HOUR_WORDS),
    ],
    ids=["month", "month_wrappable", "weekday", "ordinal_day", "hour_word"],
)
def test_the_date_patterns_names_are_chosen_by_their_first_letter(
    pattern: str, names: Iterable[str]
) -> None:
    # tried in each day-first date at every day's digits: the engine enters only the names
    # that open with the letter that stands, not every name with its case folded
    same_letter = Counter(name[0] for name in names).most_common(1)[0][1]
    assert _largest_case_blind_choice(_parser.parse(pattern)) == same_letter


def test_a_case_blind_choice_of_names_is_measured() -> None:
    assert _largest_case_blind_choice(_parser.parse(r"(?i:jan|june|feb)\.?|May")) == 3
    assert _largest_case_blind_choice(_parser.parse(r"[Jj](?i:an|une)|[Ff](?i:eb)|May")) == 2
