"""A city's name inside a building's name ("Hotel Vienna House, Bangkok"): a hotel, a tower or
a palace named for a city, where the address's city after it on the line is the meeting's."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol


class _Place(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def is_city(self) -> bool: ...


# "Hotel Vienna", "Hôtel Lyon", "โรงแรมเวียนนา"; "Vienna House", "Paris Tower", "Tokyo Plaza".
_BUILDING_BEFORE = re.compile(r"(?:โรงแรม[^\S\n]*|(?<![^\W\d_])(?i:h[oô]tel)[^\S\n]+)\Z")
_BUILDING_AFTER = re.compile(
    r"[^\S\n]+(?i:house|tower|plaza|court|palace|residence|mansion)(?![^\W\d_])"
)
_BEFORE_REACH = 8
# (an address's city follows its building within a line's few parts; further on, or on the
# next line, a city is another sentence's)
_AFTER_REACH = 80


def inside_a_building(
    text: str,
    start: int,
    end: int,
    city: str,
    find: Callable[[str, int, int], Sequence[_Place]],
) -> bool:
    """Whether the city at text[start:end] is part of a building's name, shown by another city
    after it on the same line; a hotel named for the city it stands in keeps it."""
    if not (
        _BUILDING_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
        or _BUILDING_AFTER.match(text, end)
    ):
        return False
    line_end = text.find("\n", end)
    stop = min(end + _AFTER_REACH, len(text) if line_end < 0 else line_end)
    return any(p.is_city and p.name != city for p in find(text, end, stop))
