"""Where the meeting is: venue, city and country.

Places are only read where the text says where the meeting is: a "Venue:" label, a
heading line that also gives the dates ("16 – 18 DECEMBER 2025, KUALA LUMPUR, MALAYSIA"),
a "will be held at / in" sentence, or Thai "ณ ...". A signature address or a list of
recommended hotels names places too, and must not win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from bot.understanding.fields.city_pairs import city_pairs
from bot.understanding.fields.gazetteer import PlaceMatch, country_of_city, find_places
from bot.understanding.fields.hotel_city import HOTEL_CITY_CONFIDENCE, city_in_hotel_name
from bot.understanding.fields.place_asides import times_list, zone_after
from bot.understanding.fields.place_candidates import candidates
from bot.understanding.fields.place_filters import elsewhere, with_place
from bot.understanding.fields.place_header_room import heading_rooms, rooms_after_hour
from bot.understanding.fields.place_in_room import rooms_in_the
from bot.understanding.fields.place_phrase import HOSTED_BY, NEW_RULES, Candidate, tagged
from bot.understanding.fields.place_visit import visited_place
from bot.understanding.fields.text import MessageText, clean
from bot.understanding.fields.thai_after_time import thai_places_after_time
from bot.understanding.fields.thai_dateline import thai_dateline
from bot.understanding.fields.thai_met_in import met_in_titled_city
from bot.understanding.fields.thai_titled_city import thai_city_in_phrase
from bot.understanding.fields.venue_line import city_on_venue_line
from bot.understanding.fields.venue_name import (
    EMBASSY_OF,
    ONLINE_PLACE,
    VENUE_WORDS,
    venue_in,
)
from bot.understanding.fields.world_places import (
    WorldPlace,
    city_held_in,
    city_in_parts,
    country_held_in,
    held_names,
    thai_admin_place,
)
from bot.understanding.geo import MIN_POPULATION, PLACE_POPULATION
from bot.understanding.record import Extracted, MeetingRecord
from bot.understanding.rules import ruled


@dataclass(frozen=True)
class Place:
    venue: Extracted[str] | None
    city: Extracted[str] | None
    country: Extracted[str] | None
    labelled: bool  # from a "Venue:" label, the strongest statement of a place
    span: tuple[int, int] | None = None  # the phrase it was read from, in text.plain
    # where a sentence of holding named the city, when no place phrase named one
    held_span: tuple[int, int] | None = None


def find_place(text: MessageText) -> Place:
    found = [
        *candidates(text),
        *tagged("city_pair", city_pairs(text)),
        *tagged("thai_after_time", thai_places_after_time(text)),
        *tagged("heading_room", heading_rooms(text)),
        *tagged("room_after_hour", rooms_after_hour(text)),
        *tagged("in_room", rooms_in_the(text)),
    ]
    named = [c for c in map(partial(with_place, text), found) if c is not None]
    scored = [c for c in named if not elsewhere(text, c)]
    if not scored:
        nothing = Place(None, None, None, False)
        # "… will be held on 4 May at the following address:" and the address below it
        addressed = next((c for c in found if _introduces_address(text, c)), None)
        below = _city_in_address_below(text, addressed, nothing) if addressed else nothing
        return held_in(text, below)
    best = _best(text, scored)
    place = _place_from(text, best)
    if (
        best.labelled and ONLINE_PLACE.search(text.plain, best.start, best.end)
    ) or best.rule == "broadcast_from":
        # "Venue: Virtually - Kuala Lumpur", "Place: virtual ZOOM platform, broadcasted from
        # the Regional Office in Cairo", "broadcasting live from the Auditorium Room, …,
        # Bangkok": the place an online meeting is hosted from
        place = Place(None, place.city, place.country, labelled=False)
    elif place.venue is None and place.city is not None:
        place = replace(place, venue=_venue_in_the_same_city(text, scored, best, place.city.value))
    elif place.city is None:
        place = _city_in_address_below(text, best, place)
    return held_in(text, _doubt_competing(text, scored, best, place))


# "… will be held at the OECD Conference Centre:" and its address on the lines below.
_ADDRESS_FOLLOWS = re.compile(r"[^\S\n]*:[^\S\n]*\n")
ADDRESS_LINES = 4
# An address names where a building stands; the venue's name said before it, it is the
# venue's, but an address is weak evidence (a sender's may stand just as near).
ADDRESS_CITY_CONFIDENCE = 0.75


def _introduces_address(text: MessageText, candidate: Candidate) -> bool:
    return candidate.score >= HELD_SCORE and bool(_ADDRESS_FOLLOWS.match(text.plain, candidate.end))


def _city_in_address_below(text: MessageText, best: Candidate, place: Place) -> Place:
    """The city of the address a place phrase introduces with a colon ("… will be held at the
    OECD Conference Centre:" over "2, rue André Pascal / 75016 Paris, France")."""
    colon = _ADDRESS_FOLLOWS.match(text.plain, best.end)
    if colon is None:
        return place
    start = end = colon.end()
    lines: list[str] = []
    while len(lines) < ADDRESS_LINES and end < len(text.plain):
        line_end = text.plain.find("\n", end)
        line_end = len(text.plain) if line_end < 0 else line_end
        line = text.plain[end:line_end]
        if line.strip():
            lines.append(line)
        elif lines and not text.plain[line_end + 1 : line_end + 2].strip():
            break  # two blank lines end the address
        end = line_end + 1
    if times_list(lines):
        return place  # "… will be held on Monday at:" and its hour in each region below
    named = find_places(text.plain, start, end)
    listed = next((p.name for p in named if p.is_city), None)
    world = (
        None
        if listed
        else next(
            filter(None, (_world_city(line, None) for line in lines)),
            None,
        )
    )
    city = listed or (world.city if world else None)
    if city is None:
        return place
    country = next((p.name for p in named if not p.is_city), None) or (
        world.country if world else country_of_city(city)
    )
    source = text.snippet(best.start, end)
    why = "named in the address written under the venue"
    found = Extracted(city, source, ADDRESS_CITY_CONFIDENCE, ruled("city.address_below", why))
    in_country = (
        Extracted(country, source, ADDRESS_CITY_CONFIDENCE, ruled("country.address_below", why))
        if country
        else place.country
    )
    # the building's name on the address's first line, when the phrase named none
    first = lines[0].strip()
    building = first if VENUE_WORDS.search(first) and not find_places(first) else ""
    venue = place.venue or (
        Extracted(building, source, ADDRESS_CITY_CONFIDENCE, ruled("venue.address_below", why))
        if building
        else None
    )
    return replace(place, venue=venue, city=found, country=place.country or in_country)


# Two phrases as strong as each other naming two cities: which is the meeting's is a guess.
COMPETING_CONFIDENCE = 0.75


def _doubt_competing(
    text: MessageText, scored: list[Candidate], best: Candidate, place: Place
) -> Place:
    """The place under review when another phrase, said as directly, names another city ("will
    be held in Bangkok" and, further on, "to be held in Hanoi"): nothing ties either to this
    meeting rather than another (a "Venue:" label does)."""
    if best.labelled or place.city is None or place.city.confidence < REVIEW_AT:
        return place
    for candidate in scored:
        if candidate is best or candidate.score < best.score:
            continue
        named = find_places(text.plain, candidate.start, candidate.end)
        cities = [p.name for p in named if p.is_city]
        other = next((c for c in cities if c != place.city.value), None)
        if other is not None and place.city.value not in cities:
            why = f'another phrase as direct names another city, "{other}"'
            venue, city, country = (
                doubted(v, COMPETING_CONFIDENCE, why)
                for v in (place.venue, place.city, place.country)
            )
            return replace(place, venue=venue, city=city, country=country)
    return place


REVIEW_AT = 0.8


def _venue_in_the_same_city(
    text: MessageText, scored: list[Candidate], best: Candidate, city: str
) -> Extracted[str] | None:
    """ "… a conference in Colombo, on the 19th of November" and a cover page's "19th November
    2010 Hotel Taj Samudra, Colombo": the building another phrase names in the same city, or
    one a sentence of holding names without a city ("… to be held in San Francisco …", "AELW
    is principally taking place at the Moscone Center")."""
    for candidate in sorted(scored, key=lambda c: -c.score):
        if candidate is best:
            continue
        other = _place_from(text, candidate)
        if other.venue is None:
            continue
        if other.city.value == city if other.city else candidate.score >= HELD_SCORE:
            return replace(other.venue, reasons=ruled(f"venue.{candidate.rule}.same_city"))
    return None


# The score of a sentence that says a meeting is held at or in a place (place_candidates).
HELD_SCORE = 3


V = TypeVar("V")


# Where and how a meeting put off without a new day was to be held may change with the day.
POSTPONED_PLACE_CONFIDENCE = 0.7


def postponed_place(record: MeetingRecord) -> MeetingRecord:
    """The record of a postponement that gives no new day, its place and its mode under
    review: "will meet virtually" or "ณ โรงแรม…" may be the plan given up, or a committee's
    meeting that prepares the new one."""
    why = "a postponement without a new day: the place and the way it is held may change with it"
    venue, city, country = (
        doubted(v, POSTPONED_PLACE_CONFIDENCE, why)
        for v in (record.venue, record.city, record.country)
    )
    mode = doubted(record.mode, POSTPONED_PLACE_CONFIDENCE, why)
    return replace(record, venue=venue, city=city, country=country, mode=mode)


def doubted(value: Extracted[V] | None, most: float, why: str) -> Extracted[V] | None:
    """The value under review: its confidence at most `most`, with the reason."""
    if value is None or value.confidence <= most:
        return value
    return replace(value, confidence=most, reasons=(*value.reasons, why))


def _best(text: MessageText, scored: list[Candidate]) -> Candidate:
    """The candidate that says most: its score and detail, then in the body, then first. A
    candidate whose score and the most detail cannot reach the best found is not weighed."""
    best: tuple[tuple[int, bool, int], Candidate] | None = None
    for candidate in sorted(scored, key=lambda c: -c.score):
        if best is not None and candidate.score + MAX_DETAIL_BONUS < best[0][0]:
            break
        key = (
            candidate.score + _detail_bonus(text, candidate),
            text.in_body(candidate.start),
            -candidate.start,
        )
        if best is None or key > best[0]:
            best = (key, candidate)
    assert best is not None
    return best[1]


def held_in(text: MessageText, place: Place) -> Place:
    """The place with the city a sentence says the meeting is held in ("met in Hanoi on May
    20"), when the place phrases name none."""
    if place.city is not None:
        return place
    held = held_names(text.plain)
    found, rule = city_held_in(text.plain, held), "held_in"
    if found is None and place.venue is not None and place.span is not None:
        found, rule = city_on_venue_line(text.plain, place.span), "venue_line"
    if found is None and (visited := visited_place(text.plain, text.lower)) is not None:
        found, rule = visited, "visit"  # "เยือนกัมพูชา", "an official visit to Malaysia"
    if found is None and (met := met_in_titled_city(text.plain)) is not None:
        found, rule = met, "met_in_th"  # "พบปะ…ในนครลอสแอนเจลิส"
    if found is None and _THAI_TEXT.search(text.subject) and (dated := thai_dateline(text.plain)):
        found, rule = dated, "thai_dateline"  # "จันทบุรี- …": a Thai story's dateline
    thai_venue = place.venue is not None and _THAI_TEXT.search(place.venue.value)
    nothing_named = place == Place(None, None, None, False)
    province_named = place.span is not None and _PROVINCE.search(text.plain, *place.span)
    if (
        found is None
        and not province_named
        and (thai_venue or (nothing_named and _THAI_TEXT.search(text.subject)))
    ):
        # A Thai council or office meets in its own building, a province's committee in its
        # province: the province of its address or name ("เทศบาลเมืองแสนสุข จ.ชลบุรี",
        # "ผู้ว่าราชการจังหวัดชลบุรี เป็นประธาน…") is the meeting's; unless the venue names a
        # province of its own, which GeoNames may not know (another named in the text, as
        # an official's title, is not the venue's).
        found, rule = thai_admin_place(text.plain), "thai_admin"
    if found is None and place.country is None and place.venue is None:
        found, rule = country_held_in(held), "held_in"
    if found is None and province_named and place.country is None and place.span is not None:
        # a Thai province GeoNames does not know is still in Thailand
        why = "a Thai province (จังหวัด…) names the place"
        source = text.snippet(*place.span)
        in_thailand = ruled("country.thai_province", why)
        return replace(
            place, country=Extracted("Thailand", source, HELD_IN_CONFIDENCE, in_thailand)
        )
    if found is None or (place.country is not None and place.country.value != found.country):
        return place
    source = text.snippet(found.start, found.end)
    held_country = ruled(f"country.{rule}", found.how)
    if not found.city:
        country = Extracted(found.country, source, HELD_IN_CONFIDENCE, held_country)
        return replace(place, country=country)
    city = Extracted(found.city, source, HELD_IN_CONFIDENCE, ruled(f"city.{rule}", found.how))
    country = place.country or Extracted(found.country, source, HELD_IN_CONFIDENCE, held_country)
    return replace(place, city=city, country=country, held_span=(found.start, found.end))


MAX_DETAIL_BONUS = 2


def _detail_bonus(text: MessageText, candidate: Candidate) -> int:
    """A phrase that names the city says more than one that names only the country, and
    one that names the building more than one that names only the city."""
    places = find_places(text.plain, candidate.start, candidate.end)
    bonus = 1 if candidate.world_city or any(p.is_city for p in places) else 0
    if venue_in(text.unwrapped(candidate.start, candidate.end), places) is not None:
        bonus += 1
    return bonus


def _place_from(text: MessageText, candidate: Candidate) -> Place:
    phrase_text = text.unwrapped(candidate.start, candidate.end)
    if hosted_by := HOSTED_BY.search(phrase_text):
        phrase_text = phrase_text[: hosted_by.start()]
    # "สถานเอกอัครราชทูตฟิลิปปินส์" (in Kuwait), "the Embassy of Japan": whose, not where
    places = [
        p
        for p in find_places(phrase_text)
        if not EMBASSY_OF.search(phrase_text[: p.start]) and not zone_after(phrase_text, p.end)
    ]
    city = next((p for p in places if p.is_city), None)
    country = next(
        (p for p in places if not p.is_city and p.start >= (city.start if city else 0)), None
    )
    city_country = country_of_city(city.name) if city else None
    if country is None and city_country is None:
        # A country written before an unknown city; a known city keeps its own country, as
        # "Lao-Korea Skills Development Institute in Vientiane" is in Lao PDR.
        country = next((p for p in places if not p.is_city), None)
    country_name = country.name if country else city_country or candidate.country
    country_rule = f"country.{candidate.rule}" + (
        ".of_city" if not country and city_country else ""
    )
    confidence = 0.9 if candidate.labelled else 0.7 + 0.05 * min(candidate.score, 4)
    rule = candidate.rule
    if candidate.labelled and candidate.world_city:
        # "Location: Warsaw, Poland": a label that names no place of the gazetteer's list,
        # read by GeoNames alone (new: its city under review)
        rule, confidence = f"{rule}.geonames", GEONAMES_LABEL_CONFIDENCE
    elif rule in NEW_RULES:
        confidence = NEW_VENUE_CONFIDENCE  # (new: under review)
    source = text.snippet(candidate.start, candidate.end)
    world = _world_city(phrase_text, country) if city is None else None
    if world is not None and country_name is None:
        country_name, country_rule = world.country, f"country.{rule}.of_city"
    unlisted = _unlisted_city(phrase_text, country) if city is None and world is None else None
    hotel = (
        city_in_hotel_name(phrase_text) if city is None and world is None and not unlisted else None
    )
    if hotel is not None and country_name is None:
        country_name, country_rule = hotel.country, f"country.{candidate.rule}.hotel"
    # (the part that names a city GeoNames knows is no part of the building's name either)
    city_part = clean(phrase_text[world.start : world.end]) if world and world.end else None
    venue_value = venue_in(phrase_text, places, unlisted or city_part)
    city_value: Extracted[str] | None = None
    if city is not None:
        city_value = Extracted(city.name, source, confidence, ruled(f"city.{rule}"))
    elif world is not None:
        city_value = Extracted(
            world.city,
            source,
            confidence - WORLD_CITY_DOUBT,
            ruled(f"city.{rule}.{world.code}", world.how),
        )
    elif unlisted is not None:
        reason = f'"{unlisted}" stands before the country like a city, but is no city we know'
        city_value = Extracted(
            unlisted, source, UNLISTED_CITY_CONFIDENCE, ruled(f"city.{rule}.unlisted", reason)
        )
    elif hotel is not None:
        city_value = Extracted(
            hotel.city, source, HOTEL_CITY_CONFIDENCE, ruled(f"city.{rule}.hotel", hotel.how)
        )
    venue_confidence = confidence - (0 if rule == "labelled" else VENUE_DOUBT)
    return Place(
        venue=(
            Extracted(venue_value, source, venue_confidence, ruled(f"venue.{rule}"))
            if venue_value
            else None
        ),
        city=city_value,
        country=(
            Extracted(
                country_name,
                source,
                confidence if country else confidence - 0.15,
                ruled(country_rule),
            )
            if country_name
            else None
        ),
        labelled=candidate.labelled,
        span=(candidate.start, candidate.end),
    )


# "…Convention Hotel, General Santos City, Philippines": the part before the country, when
# the gazetteer does not know it, is a city if it is a short name without a street's words.
_CITY_LIKE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}")
_STREET_WORDS = re.compile(
    r"\b(?:road|street|avenue|boulevard|quay|lane|drive|highway|jalan|jl|soi|building|district"
    r"|province|state|region|island|bay|park|square|tower|plaza|city\s+hall)\b",
    re.IGNORECASE,
)
UNLISTED_CITY_CONFIDENCE = 0.5
# Where a venue's name ends in a sentence is a guess unless a "Venue:" label gives it a line.
VENUE_DOUBT = 0.1
# A city found in GeoNames rather than in the gazetteer's list: the name is surely a city, but
# the list's cities are the ones meetings are held in.
WORLD_CITY_DOUBT = 0.1
NEW_VENUE_CONFIDENCE = 0.75
# A label's city GeoNames alone knows: the city WORLD_CITY_DOUBT below it, under review.
GEONAMES_LABEL_CONFIDENCE = 0.85
HELD_IN_CONFIDENCE = 0.6
_THAI_TEXT = re.compile(r"[ก-๙]")
_PROVINCE = re.compile(r"(?:จังหวัด|จ\.)[^\S\n]*[ก-๙]{3,}")


def _world_city(phrase: str, country: PlaceMatch | None) -> WorldPlace | None:
    """A Thai province or district, or a city of the world in the phrase's parts; a smaller
    one only where a country follows it."""
    found = thai_admin_place(phrase) or thai_city_in_phrase(phrase)
    if found is not None:
        return found
    population = PLACE_POPULATION if country is not None else MIN_POPULATION
    return city_in_parts(phrase, min_population=population)


def _unlisted_city(phrase: str, country: PlaceMatch | None) -> str | None:
    if country is None:
        return None
    parts = [clean(p) for p in phrase[: country.start].split(",")]
    if len(parts) < 3 or parts[-1]:  # venue, city, then the country right after a comma
        return None
    name = parts[-2]
    if not _CITY_LIKE.fullmatch(name) or _STREET_WORDS.search(name) or VENUE_WORDS.search(name):
        return None
    return name
