"""A city Thai writes with its title before its name, "เมือง", "นคร" or "กรุง": "ที่เมือง
กัวลาตรังกานู", "ณ เมืองตูลูซ (Toulouse)", looked up by its Thai name in GeoNames
(bot.understanding.geo) where the gazetteer's list does not name it (places21, round sixteen).

The title makes the name a place's, so any city GeoNames lists with that Thai name is read,
whatever its country; the reading is under review (its rule code is `titled_th`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding import cues
from bot.understanding.fields.world_places import (
    WorldPlace,
    thai_city_in_name,
    thai_name_opening,
    world_place,
)
from bot.understanding.geo import City

# The title (compiled by `re` where first used, not at start-up), right after a preposition of
# place, a space or a bracket: not "เทศบาลเมือง…" (a municipality's name), nor "นคร" in a word.
_TITLED = rf"{cues.THAI_CITY_TITLE}(?=[ก-๙])"
_BEFORE_TITLE = ("ณ", "ที่", "ใน", "(")
_THAI_RUN = re.compile(r"[ก-๙]+")
CODE = "titled_th"


def titled_city_at(text: str, at: int) -> tuple[City, int] | None:
    """The city whose Thai name opens `text` at `at`, the longest GeoNames knows, and where its
    name ends in `text`."""
    run = _THAI_RUN.match(text, at)
    found = thai_name_opening(run.group()) if run else None
    return (found[0], at + found[1]) if found else None


def thai_titled_city(phrase: str) -> WorldPlace | None:
    """The first city a phrase names after its Thai title: "ณ เมืองตูลูซ" is Toulouse, France."""
    if not any(title in phrase for title in cues.THAI_CITY_TITLES):
        return None
    for m in re.finditer(_TITLED, phrase):
        before = phrase[: m.start()]
        if before and not before[-1].isspace() and not before.endswith(_BEFORE_TITLE):
            continue
        if (place := titled_place(phrase, m.start(), m.end())) is not None:
            return place
    return None


def titled_place(text: str, title: int, name: int) -> WorldPlace | None:
    """The city whose Thai name opens `text` at `name`, after its title at `title`, as the
    place the words from the title name."""
    if (found := titled_city_at(text, name)) is None:
        return None
    city, end = found
    how = f"{text[title:end].strip()}: {city.name}, a city by its Thai title (GeoNames)"
    return replace(world_place(city, how), start=title, end=end, code=CODE)


def thai_city_in_phrase(phrase: str) -> WorldPlace | None:
    """A Thai city glued to a building's name (world_places.thai_city_in_name), else one named
    after its title."""
    return thai_city_in_name(phrase) or thai_titled_city(phrase)
