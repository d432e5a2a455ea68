"""Patterns searched in every window of a message open where the engine can skip to.

The engine skips through a text to where a pattern can begin only when each of its choices opens
with a literal character (or the whole pattern with one set); one choice opened by "\\b", a
look-behind or a group makes it try every choice at every character, ten times slower over a
text (docs/extraction.md, "## Speed"). These were written so, their "\\b" and look-behinds read
after the first letter; a choice put in front of its letter again fails here."""

import re
from re import _compiler, _parser
from re import _constants as sre  # the names of the compiled code: those `re` compiles with
from typing import Any

import pytest

from bot.understanding import kind_words
from bot.understanding.fields import mode_sides
from bot.understanding.temporal.months import MONTH_EN, MONTH_EN_WRAPPABLE
from bot.understanding.temporal.number_words import HOUR_WORD, ORDINAL_DAY
from bot.understanding.temporal.weekdays import WEEKDAY_EN


def skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the compiled pattern opens with a literal prefix or a set the engine looks for."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    opening = sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET
    return code[0] == sre.INFO and bool(code[2] & opening)


@pytest.mark.parametrize(
    "pattern",
    [kind_words.INVITES_NO_ONE_HERE, mode_sides._REMOTE_OFFERED],
    ids=["invites_no_one_here", "remote_offered"],
)
def test_window_patterns_open_on_a_letter(pattern: re.Pattern[str]) -> None:
    assert skips_ahead(pattern)


def test_a_choice_opened_by_a_boundary_does_not_skip() -> None:
    # the check itself: one choice opened by "\b" is enough to lose the skip
    assert skips_ahead(re.compile(r"moderator|chair"))
    assert not skips_ahead(re.compile(r"moderator|\bchair"))
    assert not skips_ahead(re.compile(r"(?:moderator|chair)s?\s|host"))


def _case_blind_choices(items: Any, blind: bool = False) -> int:
    """How many choices of the parsed pattern stand inside a case-blind group: the engine tries
    each of them where the pattern reaches them, whatever letter stands there."""
    found = 0
    for op, av in items:
        if op is sre.SUBPATTERN:
            _, add_flags, _, inner = av
            found += _case_blind_choices(inner, blind or bool(add_flags & re.IGNORECASE))
        elif op is sre.BRANCH:
            found += (len(av[1]) if blind else 0) + sum(
                _case_blind_choices(choice, blind) for choice in av[1]
            )
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found += _case_blind_choices(av[2], blind)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found += _case_blind_choices(av[1], blind)
    return found


@pytest.mark.parametrize(
    "names",
    [MONTH_EN, MONTH_EN_WRAPPABLE, WEEKDAY_EN, ORDINAL_DAY, HOUR_WORD],
    ids=["month", "month_wrappable", "weekday", "ordinal_day", "hour_word"],
)
def test_the_date_patterns_names_are_chosen_by_their_first_letter(names: str) -> None:
    # tried in each day-first date at every day's digits: by first letter, the engine enters
    # only the names that open with the letter that stands
    assert _case_blind_choices(_parser.parse(names)) == 0


def test_a_case_blind_choice_of_names_is_counted() -> None:
    assert _case_blind_choices(_parser.parse(r"(?i:jan|feb)\.?|May")) == 2
    assert _case_blind_choices(_parser.parse(r"J(?i:an)|F(?i:eb)|May")) == 0
