"""Where a date's words can begin: the places of `patterns.DATE_WORDS`, which DAY_FIRST,
MONTH_FIRST and MONTH_YEAR share (dates.py), found without the regex engine.

The English openings begin with letters that most English words hold (a, d, f, j, m, n, o, s,
t, w in either case): the engine's scan for them stops at nearly every other letter of a text
and tries the openings there. Each English name's first three letters are found instead with
`str.find` in the text with its letters lowered, a few scans that do not stop, and the
openings are tried only at what they find. The places are the same: `starts` is what
`MONTH_FIRST.starts` gives."""

from __future__ import annotations

import re

from bot.understanding.prefilter import ascii_case_only, by_first_character, places
from bot.understanding.temporal import patterns as p
from bot.understanding.temporal.months import MONTH_EN_NAMES
from bot.understanding.temporal.weekdays import WEEKDAY_EN_NAMES

# What every English opening begins with, case aside: a name's first three letters (no name is
# shorter), or "the" of "the twenty-first".
LATIN_PREFIXES = tuple(
    sorted({*(n[:3].encode() for n in (*WEEKDAY_EN_NAMES, *MONTH_EN_NAMES)), b"the"})
)
# The openings that begin with a Thai letter, looked for by the engine: it skips to them.
_THAI = re.compile(by_first_character([o for o in p.DATE_WORDS if "\u0e00" <= o[0] <= "\u0e7f"]))


def starts(text: str) -> list[int]:
    """Every place in `text` where one of `DATE_WORDS` matches, as `MONTH_FIRST.starts(text)`."""
    if not ascii_case_only(text):
        # ("ſ", "K", "İ", "ı" open or hold a name as "(?i)" reads it; "İ" lowers to two letters)
        return p.MONTH_FIRST.starts(text)
    found = [] if text.isascii() else places(_THAI, text, 0, len(text))
    # One byte a character ("?" for any other than ASCII), ASCII letters lowered.
    lowered, opens = text.encode("ascii", "replace").lower(), p.MONTH_FIRST.openings.match
    for prefix in LATIN_PREFIXES:
        at = lowered.find(prefix)
        while at >= 0:
            if opens(text, at) is not None:
                found.append(at)
            at = lowered.find(prefix, at + 1)
    return sorted(found)
