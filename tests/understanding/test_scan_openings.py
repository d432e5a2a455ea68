"""Patterns searched in every window of a message open where the engine can skip to.

The engine skips through a text to where a pattern can begin only when each of its choices opens
with a literal character (or the whole pattern with one set); one choice opened by "\\b", a
look-behind or a group makes it try every choice at every character, ten times slower over a
text (docs/extraction.md, "## Speed"). These were written so, their "\\b" and look-behinds read
after the first letter; a choice put in front of its letter again fails here."""

import re
from re import _compiler, _parser
from re import _constants as sre  # the names of the compiled code: those `re` compiles with

import pytest

from bot.understanding import kind_words
from bot.understanding.fields import mode_sides


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
