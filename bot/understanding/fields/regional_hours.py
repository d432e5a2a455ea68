"""An hour written as one of several regional equivalents, a line each: "11am-12.30pm Western
Australia" over "1-2.30pm Eastern Australia" over "3-4.30pm New Zealand and Fiji". Each line is
the meeting's hour in its own region; which region is the organiser's such a list does not say,
so neither a place named elsewhere in the text nor the default zone is surely the hour's.
"""

from __future__ import annotations

import re

from bot.understanding.fields.gazetteer import is_country
from bot.understanding.geo import city_named, world_country
from bot.understanding.temporal.clocks import find_clocks

REGIONAL_HOURS_CONFIDENCE = 0.7
REGIONAL_HOURS_REASON = (
    "the hour is one of several regional equivalents, a line each: the organiser's zone is not"
    " written"
)
# The words closing a line after its hour: a region, no figures.
_REGION = re.compile(r"[^\S\n]*+(?P<region>[A-Za-z][^\d\n]{0,60}?)[^\S\n]*+(?=\n|\Z)")
_BLANKS = re.compile(r"\s*+")  # matches everywhere: its end is where the next line begins
_NAMES = re.compile(r"[A-Z][A-Za-z]*+(?:[ -][A-Z][A-Za-z]*+)*+")
_MOST_LINES = 8
# Two regions the world's places name set the list apart from a programme's lines ("9:30
# Opening", "10:00 Keynote"), whose words name no country or city.
_PLACES_NEEDED = 2


def regional_equivalents(plain: str, pos: int) -> bool:
    """Whether the hour ending at `pos` closes its line with a region's name and the lines
    after it give other hours, each with a region, at least two of them places of the world."""
    first = _REGION.match(plain, pos)
    if first is None:
        return False
    regions = [first["region"]]
    at = _next_line(plain, first.end())
    while len(regions) < _MOST_LINES:
        line_end = plain.find("\n", at)
        line = plain[at : len(plain) if line_end < 0 else line_end]
        clock = next(find_clocks(line), None)
        if clock is None or line[: clock.span[0]].strip():
            break
        region = _REGION.match(plain, at + clock.span[1])
        if region is None:
            break
        regions.append(region["region"])
        at = _next_line(plain, region.end())
    places = sum(1 for region in regions if _names_a_place(region))
    return len(regions) > 1 and places >= _PLACES_NEEDED


def _next_line(plain: str, pos: int) -> int:
    blanks = _BLANKS.match(plain, pos)
    return pos if blanks is None else blanks.end()


def _names_a_place(region: str) -> bool:
    return any(
        is_country(name) or world_country(name) or city_named(name)
        for name in _NAMES.findall(region)
    )
