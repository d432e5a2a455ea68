"""A hotel named for its city: "Hotel Gamma Campeche Malecón", "Example Inn Hanoi Centre".

Chains name a hotel by its city, so a large city's name among the words of a hotel's name says
where it stands when the phrase names no city of its own. A guess: a name may also be a
street's or a founder's ("Hotel Windsor"), so the city found stays under review.
"""

from __future__ import annotations

import re

from bot.understanding.fields.world_places import UPPER, WorldPlace, world_place
from bot.understanding.geo import MIN_POPULATION, PLACE_POPULATION, city_named

# (places-r21b) "โรงแรม Conrad Sample City": a Thai text's hotel by its Latin name
_HOTEL = re.compile(
    r"(?i:\b(?:hotels?|resorts?|inn|suites)\b)|โรงแรม"
    r"|\b(?:Hilton|Marriott|Sheraton|Hyatt|InterContinental|Novotel|Pullman|Sofitel|Centara"
    r"|Avani|Amari|Westin|Melia|Lotte|Ascott|Eastin|Ibis|Mercure|Radisson)\b"
)
# A run of capitalised words: the hotel's name.
_NAME_RUN = re.compile(rf"[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*)+")
_LONGEST_CITY_WORDS = 3
HOTEL_CITY_CONFIDENCE = 0.6


def city_in_hotel_name(phrase: str) -> WorldPlace | None:
    """The first large city whose name is one to three words of a hotel's name in `phrase`
    (the hotel's own nouns and brands excepted)."""
    if not _HOTEL.search(phrase):
        return None
    for run in _NAME_RUN.finditer(phrase):
        words = run.group().split()
        taken: set[int] = set()  # words of a smaller place's name ("Palm Springs")
        for size in range(min(_LONGEST_CITY_WORDS, len(words)), 0, -1):
            for first in range(len(words) - size + 1):
                span = set(range(first, first + size))
                name = " ".join(words[first : first + size])
                if span & taken or _HOTEL.fullmatch(name):
                    continue
                city = city_named(name, min_population=PLACE_POPULATION)
                if city is None or city.name.lower() != name.lower():
                    continue
                if city.population < MIN_POPULATION:
                    taken |= span
                    continue
                return world_place(city, f'"{name}" in the hotel\'s name (GeoNames)')
    return None
