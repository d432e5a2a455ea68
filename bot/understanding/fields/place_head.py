"""A place written at a page's head, as conference-registration systems print an event's:
a line "<Building>, <City>, <Country>" ("United Nations Headquarters, New York, United States of
America"), or the venue's line right above the event's zone ("Palais des Nations" over
"Europe/Zurich timezone"). Read only when no sentence or label named a place, and under review:
a letterhead may print its address the same way.
"""

from __future__ import annotations

import re

from bot.understanding.fields.gazetteer import canonical_city, canonical_country
from bot.understanding.fields.place import Place
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.world_places import world_place
from bot.understanding.geo import City, city_in_country, city_named, country_code, world_country
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

# How far into the text a page's head runs.
_HEAD_CHARS = 700
# (no digits: "8-9 May 2003, Mataram, Indonesia" is a heading's days and city, read elsewhere)
_PLACE_LINE = re.compile(
    r"^[ \t]*(?P<venue>[A-Z][^,\n\d]{2,60}),[ \t]*(?P<city>[A-Z][^,\n\d]{2,40}),"
    r"[ \t]*(?P<country>[A-Z][^,\n\d]{2,40}?)[ \t]*$",
    re.MULTILINE,
)
_ZONE_LINE = re.compile(
    r"^[ \t]*(?P<venue>[A-Z][^,\n\d]{2,60}?)[ \t]*\n[ \t]*[A-Z][a-z]+/[A-Za-z_]+ timezone[ \t]*$",
    re.MULTILINE,
)
HEAD_CONFIDENCE = 0.7
_NOTHING = Place(None, None, None, False)


def head_place(text: MessageText, place: Place) -> Place:
    """The place a page's head prints, when `place` (what the text's sentences and labels
    named) is empty."""
    if place != _NOTHING:
        return place
    head = text.plain[:_HEAD_CHARS]
    for line in _PLACE_LINE.finditer(head):
        if (found := _city_of(line["city"], line["country"])) is not None:
            source = text.snippet(*line.span())
            city = world_place(found, "a city and its country at the page's head (GeoNames)")
            return Place(
                _read(line["venue"], source, "venue"),
                _read(canonical_city(line["city"]), source, "city", city.how),
                _read(city.country, source, "country"),
                False,
                line.span(),
            )
    if (zoned := _ZONE_LINE.search(head)) is not None:
        source = text.snippet(*zoned.span())
        return Place(_read(zoned["venue"], source, "venue"), None, None, False, zoned.span("venue"))
    return place


def _city_of(name: str, written: str) -> City | None:
    """The city of that name in the country written after it."""
    # ("United States of America": the list's spelling of a country GeoNames names shorter)
    country = world_country(canonical_country(written.strip()))
    code = country_code(country) if country is not None else None
    if code is None:
        return None
    city = city_named(name.strip())
    if city is not None and city.country_code == code:
        return city
    return city_in_country(name.strip(), code)


def _read(value: str, source: str, field: str, *reasons: str) -> Extracted[str]:
    return Extracted(
        " ".join(value.split()), source, HEAD_CONFIDENCE, ruled(f"{field}.page_head", *reasons)
    )
