"""The zone of a venue's city named only in its address's postcode line ("1211 Geneva",
"Kuala Lumpur 50480"), for a meeting whose text states no zone and names no city elsewhere."""

from __future__ import annotations

import re

from bot.understanding.fields.text import MessageText
from bot.understanding.geo import zone_of_city

# A line of an address that is a postcode and a city, alone or after the street: "1211 Geneva",
# "Example Street 12, 1211 Geneva 20", "Kuala Lumpur 50480", "CH-1211 Genève".
_CITY = r"[A-Z][A-Za-zÀ-ÿ'’.-]++(?:[^\S\n][A-Z][A-Za-zÀ-ÿ'’.-]++){0,2}"
_POSTCODE_LINE = re.compile(
    rf"^(?:[^\n,]{{0,60}},[^\S\n]*+)?(?:"
    rf"(?:[A-Z]{{1,2}}-)?[0-9]{{4,6}}[^\S\n]++(?P<after>{_CITY})(?:[^\S\n]++[0-9]{{1,2}})?"
    rf"|(?P<before>{_CITY})[^\S\n]++[0-9]{{5,6}})"
    rf"[^\S\n]*+,?[^\S\n]*+$",
    re.MULTILINE,
)
# A venue's address follows the meeting's day in a notice; a letterhead's stands above it,
# unless a "Venue" heading or label stands just above the address ("Venue of the meeting" /
# "Example Headquarters" / "00153 Rome" / "Schedule" / "opened at 9:00 a.m. on ...").
ADDRESS_ZONE_CONFIDENCE = 0.6
_VENUE_LABEL = re.compile(r"\bvenue\b", re.IGNORECASE)
VENUE_LABEL_REACH = 200


def address_city_zone(text: MessageText, after: int) -> tuple[str, str] | None:
    """The zone of the first postcode line's city after `after`, or else of one before it
    under a venue's label, and the line as written."""
    if any(c.isdigit() for c in text.plain[after:]):
        for m in _POSTCODE_LINE.finditer(text.plain, after):
            zone = zone_of_city(m["after"] or m["before"])
            if zone is not None:
                return zone, m.group().strip()
    for m in _POSTCODE_LINE.finditer(text.plain, 0, after):
        above = text.plain[max(0, m.start() - VENUE_LABEL_REACH) : m.start()]
        if _VENUE_LABEL.search(above) and (zone := zone_of_city(m["after"] or m["before"])):
            return zone, m.group().strip()
    return None
