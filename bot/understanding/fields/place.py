"""Where the meeting is: venue, city and country.

Places are only read where the text says where the meeting is: a "Venue:" label, a
heading line that also gives the dates ("16 – 18 DECEMBER 2025, KUALA LUMPUR, MALAYSIA"),
a "will be held at / in" sentence, or Thai "ณ ...". A signature address or a list of
recommended hotels names places too, and must not win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.understanding import cues
from bot.understanding.fields.gazetteer import PlaceMatch, country_of_city, find_places
from bot.understanding.fields.text import MessageText, clean, sentence_start
from bot.understanding.fields.thai_venue import THAI_AT, thai_place_end
from bot.understanding.fields.venue_name import (
    AT_NAME,
    EMBASSY_OF,
    MAX_VENUE_CHARS,
    NAME_WORDS,
    ONLINE_PLACE,
    VENUE_WORDS,
    venue_in,
)
from bot.understanding.fields.world_places import (
    CITED,
    WorldPlace,
    city_held_in,
    city_in_parts,
    country_held_in,
    held_names,
    thai_admin_place,
)
from bot.understanding.geo import MIN_POPULATION, PLACE_POPULATION
from bot.understanding.prefilter import prefiltered, words
from bot.understanding.record import Extracted

_LABEL = re.compile(
    r"^[ \t#>-]*(?:meeting\s+|workshop\s+|event\s+)?(?:venue|location|place)\s*[:：]"
    # A table's label cell, read as a line of its own before the value's ("Venue\n\nRoom 3, …").
    r"|^[ \t#>*-]*(?:venue|location|place)[ \t*]*\n[ \t]*\n?(?=[ \t]*\S)"
    r"|^[ \t#>-]*สถานที่(?:จัด(?:การ)?(?:ประชุม|งาน|สัมมนา))?\s*[:：]?",
    re.IGNORECASE | re.MULTILINE,
)
_NEXT_LABEL = re.compile(r"^[ \t#>-]*[A-Za-zก-๙][\w ก-๙]{0,25}\s*[:：]", re.MULTILINE)
# Tried only where one of its first words begins (bot.understanding.prefilter).
_HELD = prefiltered(
    words(
        "held",
        "take",
        "taking",
        "took",
        "convene",
        "hosted",
        "scheduled",
        r"in[\s-]person",
        "organi",
        "presided",
        "holding",
        "conducted",
    ),
    # News of a meeting: "organized the first National Workshop ... at the National
    # Convention Centre", "presided over by the Minister, at Hotel Cambodiana".
    rf"(?i)\b(?:{cues.HELD}|scheduled|in[\s-]person|presided|holding)\b",
)
# The rest of the sentence after the verb: a sentence wrapped at a line break goes on; a blank
# line ends it. The full stop of an abbreviated month ("on Jan. 22, 2026, at the Cambodiana
# Hotel") does not end it. Matched apart from the verb, so that a verb inside the sentence
# of another ("presided over the ... Workshop ... held on") starts its own.
_HELD_REST = re.compile(r"(?:[^.\n]|\.(?=[ \t]*\d)|\n(?![ \t]*\n)){0,160}")
# "The venue remains the Melia Hanoi Hotel", "The venue remains the same: Room A, …": the place
# follows without "at" or "in".
_VENUE_IS = re.compile(
    r"\bvenue\s+(?:(?:which|that)\s+)?(?:is|will\s+be|remains(?:\s+the\s+same|\s+unchanged)?\s*[:,]?"
    r"|has\s+been\s+(?:changed|moved)\s+to|changes\s+to)\s+",
    re.IGNORECASE,
)
# A printed header of a quoted mail repeats a subject; it is no heading of the note.
_MAIL_HEADER_LINE = re.compile(r"\s*(?:subject|from|to|cc|sent|date)\s*:", re.IGNORECASE)
_AT_OR_IN = re.compile(r"\b(?:at|in)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    venue: Extracted[str] | None
    city: Extracted[str] | None
    country: Extracted[str] | None
    labelled: bool  # from a "Venue:" label, the strongest statement of a place


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    score: int
    labelled: bool = False


def find_place(text: MessageText) -> Place:
    candidates = [
        *_labelled(text),
        *_headings(text),
        *_place_headings(text),
        *_held_sentences(text),
        *_venue_sentences(text),
        *_thai_at(text),
        *_at_buildings(text),
    ]
    scored = [c for c in candidates if _has_place(text, c) and not _elsewhere(text, c)]
    if not scored:
        return _held_in(text, Place(None, None, None, False))
    best = _best(text, scored)
    place = _place_from(text, best)
    if best.labelled and ONLINE_PLACE.search(text.plain, best.start, best.end):
        # "Venue: Virtually - Kuala Lumpur", "Place: virtual ZOOM platform, broadcasted from
        # the Regional Office in Cairo": the place an online meeting is hosted from
        place = Place(None, place.city, place.country, labelled=False)
    return _held_in(text, place)


def _best(text: MessageText, scored: list[_Candidate]) -> _Candidate:
    """The candidate that says most: its score and detail, then in the body, then first. A
    candidate whose score and the most detail cannot reach the best found is not weighed."""
    best: tuple[tuple[int, bool, int], _Candidate] | None = None
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


def _held_in(text: MessageText, place: Place) -> Place:
    """The place with the city a sentence says the meeting is held in ("met in Hanoi on May
    20"), when the place phrases name none."""
    if place.city is not None:
        return place
    held = held_names(text.plain)
    found = city_held_in(text.plain, held)
    thai_venue = place.venue is not None and _THAI_TEXT.search(place.venue.value)
    nothing_named = place == Place(None, None, None, False)
    if found is None and (thai_venue or (nothing_named and _THAI_TEXT.search(text.subject))):
        # A Thai council or office meets in its own building, a province's committee in its
        # province: the province of its address or name ("เทศบาลเมืองแสนสุข จ.ชลบุรี",
        # "ผู้ว่าราชการจังหวัดชลบุรี เป็นประธาน…") is the meeting's.
        found = thai_admin_place(text.plain)
    if found is None and place.country is None and place.venue is None:
        found = country_held_in(held)
    if found is None or (place.country is not None and place.country.value != found.country):
        return place
    source = text.snippet(found.start, found.end)
    if not found.city:
        country = Extracted(found.country, source, HELD_IN_CONFIDENCE, (found.how,))
        return replace(place, country=country)
    city = Extracted(found.city, source, HELD_IN_CONFIDENCE, (found.how,))
    country = place.country or Extracted(found.country, source, HELD_IN_CONFIDENCE, (found.how,))
    return replace(place, city=city, country=country)


# "ศึกษาดูงาน ณ ประเทศมาเลเซีย", "a field trip to": the place of a side trip, not the meeting's.
_SIDE_TRIP = re.compile(cues.SIDE_TRIP, re.IGNORECASE)
_SIDE_TRIP_REACH = 40


def _elsewhere(text: MessageText, candidate: _Candidate) -> bool:
    """Whether the place phrase names where something other than this meeting is."""
    if _SIDE_TRIP.search(text.plain, max(0, candidate.start - _SIDE_TRIP_REACH), candidate.start):
        return True
    # up to the first place the phrase names: a heading line may run on into the next sentence
    named = find_places(text.plain, candidate.start, candidate.end)
    upto = named[0].start if named else candidate.start
    return CITED.search(text.plain, sentence_start(text.plain, upto), upto) is not None


MAX_DETAIL_BONUS = 2


def _detail_bonus(text: MessageText, candidate: _Candidate) -> int:
    """A phrase that names the city says more than one that names only the country, and
    one that names the building more than one that names only the city."""
    places = find_places(text.plain, candidate.start, candidate.end)
    bonus = 1 if any(p.is_city for p in places) else 0
    if venue_in(text.unwrapped(candidate.start, candidate.end), places) is not None:
        bonus += 1
    return bonus


def _has_place(text: MessageText, candidate: _Candidate) -> bool:
    phrase = text.plain[candidate.start : candidate.end]
    return bool(find_places(phrase)) or bool(VENUE_WORDS.search(phrase))


def _labelled(text: MessageText) -> list[_Candidate]:
    found = []
    for match in _LABEL.finditer(text.plain):
        start = match.end()
        end = start
        # The value runs over continuation lines up to a blank line or the next label.
        for line_number, line in enumerate(text.plain[start:].split("\n")):
            if line_number > 0 and (not line.strip() or _NEXT_LABEL.match(line)):
                break
            end += len(line) + 1
            if line_number >= 4:
                break
        found.append(_Candidate(start, min(end, len(text.plain)), 6, labelled=True))
    return found


def _headings(text: MessageText) -> list[_Candidate]:
    """Short lines that give the dates and the place together, as titles of notes do."""
    found = []
    for item in text.temporals:
        # the line the date ends on: a PDF may break "19 th" from "November 2010 Hotel …"
        line_start, line_end = text.line_at(item.span[1] - 1)
        if _MAIL_HEADER_LINE.match(text.plain, line_start):
            continue
        if _SENTENCE_ENDS.match(text.plain, item.span[1]):
            continue  # "… on April 14, 2020. Photo by Vietnam's …": the next sentence
        if line_end - line_start <= 120 and find_places(text.plain, item.span[1], line_end):
            # the line's next sentence is none of the heading's: "… Hotel. Sri Lanka chairs."
            full_stop = _NEXT_SENTENCE.search(text.plain, item.span[1], line_end)
            found.append(_Candidate(item.span[1], full_stop.start() if full_stop else line_end, 4))
        elif text.plain[max(0, item.span[0] - 1) : item.span[0]] == "(" and (
            aside := _DATES_AND_PLACE_ASIDE.match(text.plain, item.span[1])
        ):
            found.append(_Candidate(aside.start(1), aside.end(1), 3))
        elif (after := _PLACE_AFTER_DATE.match(text.plain, item.span[1])) and any(
            p.is_city for p in find_places(after.group(1))
        ):
            found.append(_Candidate(after.start(1), after.end(1), 3))
    return found


_NEXT_SENTENCE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.[^\S\n]+(?=[A-Z])")
_SENTENCE_ENDS = re.compile(r"[^\S\n]*\.(?:\s|$)")
# "… on 30-31 August 2010, Chiang Mai, Thailand.": the place follows the dates in the sentence.
_PLACE_AFTER_DATE = re.compile(r",[^\S\n]*([A-Z][^.;:()\n]{2,60}?)[^\S\n]*(?:\.(?:\s|$)|;|\n|$)")


# "Palais des Nations and ILO headquarters Geneva, 30 May to 10 June 2016": a heading line
# that names the place before its days; a single day there ("Geneva, 5 May 2024") dates the
# letter where it was written.
_PLACE_BEFORE_DATE = re.compile(r"[^\S\n]*[,–—-][^\S\n]*$")
HEADING_CHARS = 120


def _place_headings(text: MessageText) -> list[_Candidate]:
    found = []
    for item in text.temporals:
        if item.end is None:
            continue
        line_start, line_end = text.line_at(item.span[0])
        lead = _PLACE_BEFORE_DATE.search(text.plain, line_start, item.span[0])
        if lead is None or line_end - line_start > HEADING_CHARS or lead.start() == line_start:
            continue
        if _MAIL_HEADER_LINE.match(text.plain, line_start):
            continue
        before = text.plain[line_start : lead.start()]
        # a city alone before the days is a dateline's, read by city_held_in
        if "." in before or not VENUE_WORDS.search(before):
            continue
        if find_places(before) or city_in_parts(before, min_population=MIN_POPULATION):
            found.append(_Candidate(line_start, lead.start(), 2))
    return found


def _held_sentences(text: MessageText) -> list[_Candidate]:
    found = []
    for match in _HELD.finditer(text.plain):
        rest = _HELD_REST.match(text.plain, match.end())
        clause_end = rest.end() if rest else match.end()
        # "held in a hybrid format on 11 August at the ASEAN Secretariat, Jakarta": every
        # "at" or "in" of the clause may introduce the place.
        for preposition in _AT_OR_IN.finditer(text.plain, match.end(), clause_end):
            end = _phrase_end(text, preposition.end())
            found.append(_Candidate(preposition.end(), end, 3))
    return found


# "the ASEAN Workshop on ... (19-21 May 2026, Shangri-La Hotel Jakarta)"
_DATES_AND_PLACE_ASIDE = re.compile(r",\s*([^()\n]{3,100})\)")


def _venue_sentences(text: MessageText) -> list[_Candidate]:
    return [
        _Candidate(m.end(), _phrase_end(text, m.end()), 4) for m in _VENUE_IS.finditer(text.plain)
    ]


def _at_buildings(text: MessageText) -> list[_Candidate]:
    found = []
    for match in AT_NAME.finditer(text.plain):
        name = NAME_WORDS.match(text.plain, match.end())
        if name is not None and VENUE_WORDS.search(text.plain, match.end(), name.end()):
            found.append(_Candidate(match.end(), _phrase_end(text, match.end()), 1))
    return found


def _thai_at(text: MessageText) -> list[_Candidate]:
    return [
        _Candidate(m.end(), thai_place_end(text, m.end()), 3) for m in THAI_AT.finditer(text.plain)
    ]


# "Hotel Taj Samudra, Sri Lanka Organized by ...": who holds it is no part of the place.
_HOSTED_BY = re.compile(
    r",?\s(?:(?:co-?)?organi[sz]ed|hosted|sponsored|supported|funded)\s+by\b"
    r"|,?\sin\s+(?:cooperation|collaboration|partnership)\s+with\b",
    re.IGNORECASE,
)
# A full stop ends the phrase, unless it ends an abbreviation of an address ("Jl. M.H.
# Thamrin No. 9"); so does the verb of the sentence ("at the Hotel in Vientiane, will no
# longer take place").
_PHRASE_END = re.compile(
    r"(?-i:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2}))\.|[;:]"
    r"|\s(?:on|from|during|between|to|which|where|with|for)\s|\s\d{1,2}\s"
    r"|,?\s(?:will|shall|has|have|had|is|are|was|were)\s"
    r"|,?\s(?:and|or)\s+(?:online|virtually|remotely|via)\b|\("
    # a clause after a comma: "… Library in Plainwell, unless you hear otherwise"
    r"|,\s+(?-i:(?!(?:in|at|the)\b)(?=[a-z]))"
    rf"|{_HOSTED_BY.pattern}",
    re.IGNORECASE,
)


def _phrase_end(text: MessageText, start: int) -> int:
    """Where an English place phrase ends: at a sentence end, a date, a clause, or a line
    break that does not only wrap the sentence ("Kuala\n> Lumpur" in quoted mail)."""
    stop = _PHRASE_END.search(text.plain, start, start + MAX_VENUE_CHARS)
    end = stop.start() if stop else min(len(text.plain), start + MAX_VENUE_CHARS)
    newline = text.plain.find("\n", start, end)
    while newline >= 0 and text.wraps_at(newline):
        newline = text.plain.find("\n", newline + 1, end)
    return end if newline < 0 else newline


def _place_from(text: MessageText, candidate: _Candidate) -> Place:
    phrase_text = text.unwrapped(candidate.start, candidate.end)
    if hosted_by := _HOSTED_BY.search(phrase_text):
        phrase_text = phrase_text[: hosted_by.start()]
    # "สถานเอกอัครราชทูตฟิลิปปินส์" (in Kuwait), "the Embassy of Japan": whose, not where
    places = [p for p in find_places(phrase_text) if not EMBASSY_OF.search(phrase_text[: p.start])]
    city = next((p for p in places if p.is_city), None)
    country = next(
        (p for p in places if not p.is_city and p.start >= (city.start if city else 0)), None
    )
    city_country = country_of_city(city.name) if city else None
    if country is None and city_country is None:
        # A country written before an unknown city; a known city keeps its own country, as
        # "Lao-Korea Skills Development Institute in Vientiane" is in Lao PDR.
        country = next((p for p in places if not p.is_city), None)
    country_name = country.name if country else city_country
    confidence = 0.9 if candidate.labelled else 0.7 + 0.05 * min(candidate.score, 4)
    source = text.snippet(candidate.start, candidate.end)
    world = _world_city(phrase_text, country) if city is None else None
    if world is not None and country_name is None:
        country_name = world.country
    unlisted = _unlisted_city(phrase_text, country) if city is None and world is None else None
    venue_value = venue_in(phrase_text, places, unlisted)
    city_value: Extracted[str] | None = None
    if city is not None:
        city_value = Extracted(city.name, source, confidence)
    elif world is not None:
        city_value = Extracted(world.city, source, confidence - WORLD_CITY_DOUBT, (world.how,))
    elif unlisted is not None:
        reason = f'"{unlisted}" stands before the country like a city, but is no city we know'
        city_value = Extracted(unlisted, source, UNLISTED_CITY_CONFIDENCE, (reason,))
    return Place(
        venue=(
            Extracted(venue_value, source, confidence - (0 if candidate.labelled else VENUE_DOUBT))
            if venue_value
            else None
        ),
        city=city_value,
        country=(
            Extracted(country_name, source, confidence if country else confidence - 0.15)
            if country_name
            else None
        ),
        labelled=candidate.labelled,
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
HELD_IN_CONFIDENCE = 0.6
_THAI_TEXT = re.compile(r"[ก-๙]")


def _world_city(phrase: str, country: PlaceMatch | None) -> WorldPlace | None:
    """A Thai province or district, or a city of the world in the phrase's parts; a smaller
    one only where a country follows it."""
    found = thai_admin_place(phrase)
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
