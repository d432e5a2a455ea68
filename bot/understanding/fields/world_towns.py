"""A city's name read with the country or US state written after it in an address line: the
city of that name in that country ("San Jose, Costa Rica"), and a town too small to be named
alone ("Roquebrune-sur-Argens, France", "Weaverville, NC")."""

from __future__ import annotations

from bot.understanding.fields.text import clean
from bot.understanding.geo import (
    City,
    as_written,
    city_in_country,
    country_code,
    same_name,
    town_in_region,
    us_states,
    world_country,
)


def in_country_written(name: str, city: City, after: list[str]) -> City:
    """The city of that name in the country written after it ("San Jose, Costa Rica" is not
    the larger San Jose in California); the largest of the name when that country has none
    (a misspelt name: "Oakland, New Zealand"); the name as written, in the country written,
    when the largest is another town's own name spelt near it ("Placencia, Belize" is not
    Italy's Piacenza, whose Spanish name it is)."""
    for part in after:
        country = world_country(clean(part))
        if country is None:
            continue
        code = country_code(country)
        if code is None or code == city.country_code:
            return city
        own = city if same_name(name, city.name) else as_written(name, code)
        return city_in_country(name, code) or own
    return city


def town_before_region(name: str, after: list[str]) -> City | None:
    """A town of that name in the country or US state the next part of the line names:
    "…, Weaverville, NC, 28787" (the state's postal code or name, before any postcode)."""
    if not after:
        return None
    region = clean(after[0]).split(" ")
    state = us_states().get(" ".join(w for w in region if not w.isdigit()).lower())
    if state is not None:
        return town_in_region(name, "US", state)
    country = world_country(clean(after[0]))
    code = country_code(country) if country is not None else None
    return town_in_region(name, code) if code is not None else None
