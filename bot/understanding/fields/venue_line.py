"""The city written on the venue's own line: "ณ โรงแรม… ประตูน้ำ กรุงเทพฯ", "in the Council
Chamber at the Guildhall in Example City", when the place phrase stopped before it.

The rest of the line a venue is named on says where the building stands more surely than an
address elsewhere in the text (a sender's, a contact's); still a guess, as the line may go on
to another place, so the city stays under review.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.world_places import UPPER, WorldPlace, city_in_parts, world_place
from bot.understanding.geo import PLACE_POPULATION, city_named

# How far past the place phrase, on its line, a city is looked for.
_REACH = 80
# "… at the Guildhall in Cambridge": a capitalised name after "in" (one or two words).
_IN_NAME = re.compile(rf"in(?<!\win)\s+([{UPPER}][\w'’-]+(?:[^\S\n]+[{UPPER}][\w'’-]+)?)")


def city_on_venue_line(plain: str, span: tuple[int, int]) -> WorldPlace | None:
    """The first city named from the venue phrase's start to its line's end (at most `_REACH`
    characters past the phrase): one the gazetteer lists, else a name after "in" that
    GeoNames knows as a city."""
    start, end = span
    line_end = plain.find("\n", end)
    stop = min(len(plain) if line_end < 0 else line_end, end + _REACH)
    listed = next((p for p in find_places(plain, start, stop) if p.is_city), None)
    if listed is not None:
        found = city_named(listed.name, min_population=PLACE_POPULATION)
        if found is not None:
            how = "a city on the venue's line"
            return replace(world_place(found, how), start=listed.start, end=listed.end)
    for name in _IN_NAME.finditer(plain, start, stop):
        found = city_named(name.group(1), min_population=PLACE_POPULATION)
        if found is not None and found.name.lower() == name.group(1).lower():
            how = "a city on the venue's line (GeoNames)"
            return replace(world_place(found, how), start=name.start(1), end=name.end(1))
    # "… at Town Hall located at 30 <Street>, <Town>, NC, and …": an address after the
    # venue, its town before the state or country
    if "," in plain[end:stop] and (
        town := city_in_parts(plain[end:stop], min_population=PLACE_POPULATION)
    ):
        return replace(
            town,
            how="a city in the address on the venue's line (GeoNames)",
            start=end + town.start,
            end=end + town.end,
        )
    return None
