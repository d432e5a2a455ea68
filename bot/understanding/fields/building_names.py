"""A city's name inside a room's or a building's name: "Example Hall (Paris Room), Manila",
"Salle Vienne", "ห้องเจนีวา" (a room a hotel names after a city, which is seldom the city it stands
in), "Hotel Vienna House, Bangkok" (a hotel, a tower or a palace named for a city, where the
address's city after it on the line is the meeting's). The words are some of
venue_name.VENUE_WORDS, which imports the gazetteer that asks this."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# (on one line: a room and the city on the next are an address's lines)
_ROOM_AFTER = re.compile(
    r"[^\S\n]+(?i:rooms?|hall|suite|ballroom|salon|lounge|wing|foyer|auditorium)(?![^\W\d_])"
)
_ROOM_BEFORE = re.compile(r"(?:ห้อง(?:ประชุม)?|(?<![^\W\d_])(?:Salle|Salon|Sala)[^\S\n]+)\Z")
_ROOM_REACH = 12
# "Hotel Vienna", "Hôtel Lyon", "โรงแรมเวียนนา"; "Vienna House", "Paris Tower", "Tokyo Plaza".
_BUILDING_BEFORE = re.compile(r"(?:โรงแรม[^\S\n]*|(?<![^\W\d_])(?i:h[oô]tel)[^\S\n]+)\Z")
# (places-r22) An eatery named for a city, a capitalised word or two allowed before its noun:
# "Sample Thai Restaurant", "Sample Grill House" (a restaurant abroad is named for a city at home).
# (mend-r22d) an article or a preposition opens no name: "in Geneva The Café …" is a sentence's
# end unmarked, and the city the meeting's.
_BUILDING_AFTER = re.compile(
    r"(?:[^\S\n]+(?!(?:The|A|An|At|In|On|For|To|Our|This|Its)\b)[A-Z][\w'’-]*){0,2}?[^\S\n]+(?i:house|tower|plaza|court|palace|residence"
    r"|mansion|restaurant|caf[eé]|bistro|brasserie|kitchen|eatery)(?![^\W\d_])"
)
_BEFORE_REACH = 8
# (an address's city follows its building within a line's few parts; further on, or on the
# next line, a city is another sentence's)
_AFTER_REACH = 80


def named_for_a_city(
    text: str,
    start: int,
    end: int,
    city: str,
    cities_in: Callable[[str, int, int], Iterable[str]],
) -> bool:
    """Whether the city at text[start:end] is part of a room's name, or of a building's name
    shown by another city after it on the same line (a hotel named for the city it stands in
    keeps it); `cities_in` names the cities written in text[start:stop]."""
    if _ROOM_AFTER.match(text, end) or _ROOM_BEFORE.search(
        text, max(0, start - _ROOM_REACH), start
    ):
        return True
    if not (
        _BUILDING_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
        or _BUILDING_AFTER.match(text, end)
    ):
        return False
    line_end = text.find("\n", end)
    stop = min(end + _AFTER_REACH, len(text) if line_end < 0 else line_end)
    return any(other != city for other in cities_in(text, end, stop))
