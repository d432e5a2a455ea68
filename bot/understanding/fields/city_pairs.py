"""Place phrases that are a city and no more, said without a verb of holding: a Thai city
with its country after "ที่" or a verb of travel ("ที่บาหลี ประเทศอินโดนีเซีย", "เดินทางเยือน
เวียงจันทน์ สปป. ลาว"), and a meeting's name with its city in brackets ("… Network Meeting
(Boracay)"), and a city with its country in brackets ("26-28 September (Bangkok, Thailand)").
Each is the weakest statement of where (score 1: under review)."""

from __future__ import annotations

import re

from bot.understanding.fields.gazetteer import country_of_city, find_places
from bot.understanding.fields.place_phrase import Candidate
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_words import MEETING_NOUNS

# "ที่" written apart from the word before it (glued, it ends "ครั้งที่", "วันที่"; a glued one
# before a city is bot.understanding.fields.place_candidates' own), or a verb of going.
# (a PDF's line may break after it)
_THAI_TO = re.compile(r"(?:ท(?<![ก-๙]ท)ี่|เยือน|เดินทางไป(?:ยัง)?)[^\S\n]*+\n?+[^\S\n]*+(?=[ก-๙])")
# "บาหลี ประเทศอินโดนีเซีย", "เวียงจันทน์ สปป. ลาว": what may stand between a city and its country
_BETWEEN = re.compile(r"[^\S\n]*(?:ประเทศ)?[^\S\n]*")
_THAI_REACH = 80
# (the bracket first, a literal the engine skips to; the meeting's noun looked for before it)
_IN_BRACKETS = re.compile(r"\((?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\)")
_MEETING_BEFORE = re.compile(rf"\b(?i:{MEETING_NOUNS})[^\S\n]*$")
_MEETING_REACH = 30
# "(Bangkok, Thailand)": a city and its own country, bracketed beside the days or the name
# (not beside a person's: "Person A (Example City, Country)", a delegate's home).
_DAYS_BEFORE = re.compile(
    r"(?:\d|\b(?i:january|february|march|april|may|june|july|august|september|october|november"
    rf"|december|{MEETING_NOUNS}))[^\S\n]*$"
)
_PAIR_IN_BRACKETS = re.compile(
    r"\((?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,[^\S\n]*[A-Z][\w .-]{2,30})\)"
)


def city_pairs(text: MessageText) -> list[Candidate]:
    found: list[Candidate] = []
    if "ประเทศ" in text.plain or "สปป" in text.plain:
        for m in _THAI_TO.finditer(text.plain):
            places = find_places(text.plain, m.end(), min(len(text.plain), m.end() + _THAI_REACH))
            if len(places) < 2 or places[0].start != m.end() or not places[0].is_city:
                continue
            city, country = places[0], places[1]
            between = _BETWEEN.fullmatch(text.plain, city.end, country.start)
            if not country.is_city and between is not None:
                found.append(Candidate(city.start, country.end, 1))
    for m in _IN_BRACKETS.finditer(text.plain):
        if not _MEETING_BEFORE.search(text.plain, max(0, m.start() - _MEETING_REACH), m.start()):
            continue
        named = find_places(m["name"])
        if named and named[0].is_city and named[0].end == len(m["name"]):
            found.append(Candidate(m.start("name"), m.end("name"), 1))
    for m in _PAIR_IN_BRACKETS.finditer(text.plain) if "(" in text.plain else ():
        named = find_places(m["name"])
        if (
            _DAYS_BEFORE.search(text.plain, max(0, m.start() - _MEETING_REACH), m.start())
            and len(named) == 2
            and named[0].is_city
            and not named[1].is_city
            and named[1].end == len(m["name"])
            and country_of_city(named[0].name) == named[1].name
        ):
            found.append(Candidate(m.start("name"), m.end("name"), 1))
    return found
