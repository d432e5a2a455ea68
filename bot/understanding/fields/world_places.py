"""Places the gazetteer's list does not name, looked up in GeoNames (bot.understanding.geo): a
city in a venue or address line ("…, Palm Springs, California"), a Thai province or district
(จังหวัด/จ., อำเภอ/อ.), a city the meeting is "held in"; each with its country in the canonical
English names the gazetteer keeps ("Lao PDR", "Viet Nam").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.understanding import cues
from bot.understanding.fields.gazetteer import (
    canonical_city,
    canonical_country,
    country_of_city,
    find_places,
    is_country,
)
from bot.understanding.fields.other_meetings import CITED, other_meetings
from bot.understanding.fields.text import clean, sentence_start
from bot.understanding.fields.thai_provinces import province_ending, province_opening
from bot.understanding.fields.thai_venue import THAI_VENUE_NOUN
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.fields.venue_name import POSTCODE
from bot.understanding.fields.world_towns import in_country_written, town_before_region
from bot.understanding.geo import (
    MIN_POPULATION,
    PLACE_POPULATION,
    City,
    city_named,
    country_name,
    world_country,
)
from bot.understanding.prefilter import LineStart, prefiltered, words

_THAI_LETTERS = re.compile(r"[ก-๙]+")
# The province first: it is the city a Thai address names; a district only without one.
_THAI_ADMIN = (
    re.compile(r"(?:จังหวัด|จ\.)[^\S\n]*(?=[ก-๙])"),
    re.compile(r"(?:อำเภอ|อ\.)[^\S\n]*(?=[ก-๙])"),
    # a city's own council sits in its city: "สภากรุงเทพมหานคร", "สภาเทศบาลนครขอนแก่น"
    re.compile(r"สภา(?:เทศบาล(?:นคร|เมือง))?(?=[ก-๙])"),
)
_SHORTEST_THAI_NAME = 3
_SHORTEST_GLUED_NAME = 5
# A city name as a part of an address: one to three capitalised words, accented or not, with
# a Spanish, Portuguese or French particle between ("Viña del Mar", "Rio de Janeiro").
_LETTER = r"[^\W\d_]"
_PARTICLE = r"(?:[ -](?:de|del|de\s+la|la|las|los|do|da|dos|das|di|du|des|el|y|sur|en))?"
UPPER = "A-ZÀ-ÖØ-ÞĐŁŚŹŻ"  # capitals a city's name may open with ("Đà Nẵng", "Łódź")
_NAME = re.compile(rf"[{UPPER}]{_LETTER}[\w'’.]*(?:{_PARTICLE}[ -][{UPPER}][\w'’]+){{0,2}}")
# "which will be held in Vientiane", "met in Hanoi on May 20", "opened … in Singapore on Tuesday".
# Tried only where one of its words begins (bot.understanding.prefilter).
_HELD = prefiltered(
    words(
        "held",
        "convene",
        "organi",
        "host",
        "conducted",
        "take",
        "took",
        "met",
        "meet",
        "open",
        "kick",
        "gathered",
        "attended",
        "arriv",
        "gather",
        "start",
        "begin",
        "began",
        "conclu",
        "visit",
        "session",
        word_start=True,
    ),
    rf"(?<![A-Za-z])(?i:{cues.HELD}|met|meets?|host\w*|organi[sz]\w*|opens?|opened"
    # a report's "gathered in Vientiane", "attended the … meeting in Luang Prabang", "arrived in
    # Vientiane … to attend"; "ministers will gather in Vientiane", "will start in Dubai on
    # Saturday", "reached a successful conclusion on 7 May in Colombo"
    r"|kick(?:s|ed)?\s+off|gather(?:s|ed|ing)?|attended|arriv(?:ed|ing)|start(?:s|ed)?|begins?"
    r"|began|conclu(?:des?|ded|sion)"
    # "a study visit to the Secretariat in Jakarta", "which is in session from 14-16 June at the
    # Hotel in Bangkok"
    r"|visits?\s+to|(?<=\bin\s)session)(?![A-Za-z])",
)
# How far after those words, within the sentence, the place may be named.
_HELD_REACH = 160
# A line break only wraps the sentence ("… the Commission (MRC) in" and "Luang Prabang" on the
# next line); a blank line or a list item ends it.
_SENTENCE_END = re.compile(r"\.(?:\s|$)|\n[ \t]*\n|\n(?=[ \t]*[-•*\d])")
# A place named after a preposition; "in Palm Springs, California": a region after the city
# lets a smaller city be named.
_PLACE_AFTER = (
    # (the word first, its boundary looked behind: the engine then skips to each "in")
    r"{}(?<![A-Za-z]in)(?<![A-Za-z]at)\s+"
    # "in the coastal city of Qingdao", "in the capital, Vientiane", "in the Botswana capital,
    # Gaborone", "in the island paradise of Boracay"
    r"(?:the\s+(?:[A-Za-z]+\s+)?(?:city|capital|town|island|resort)(?:\s+[a-z]+)?(?:\s+of|,)\s+"
    # "in the Rwandan capital Kigali": a capital's name right after it, with no comma
    r"|the\s+(?:[A-Z][a-z]+\s+)?capital\s+(?=[A-Z])"
    # (places-r22) a country named with its article: "in the Philippines", "in the Netherlands"
    r"|the\s+(?=(?:Philippines|Netherlands|Maldives|Bahamas|Gambia|Seychelles|Comoros"
    r"|United\s+(?:States|Kingdom|Arab)|(?:Czech|Dominican)\s+Republic)\b))?"
    r"(?P<name>[A-Z][a-zà-ÿ]+(?:(?:[ -](?:de|del|la|do|da|el))?[ -][A-Z][a-zà-ÿ]+){{0,2}})"
    # (the region may stand on the next line of a wrapped sentence)
    r"(?:,[^\S\n]*\n?[^\S\n]*(?P<region>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}))?"
)
_IN_NAME = re.compile(_PLACE_AFTER.format("(?:in|at)"))
# A news dateline: "Vientiane – On 23 and 24 March 2021, …", "SINGAPORE, Dec. 6 (Xinhua) --".
_DATELINE = LineStart(
    rf"^[^\S\n]*{cues.DATELINE_PLACE}"
    r"(?:[^\S\n]*(?:[–—-]|:)[^\S\n]+(?i:on|at|the)\s"
    # "Jakarta – ASEAN Member States have …": a long dash and the story
    r"|[^\S\n]*[–—][^\S\n]+[A-Z][\w-]+[^\S\n]+[\w-]+"
    r"|,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}[^\S\n]+\("
    # a wire's "New Delhi, Aug 31 : Eleven countries will …": the day and a colon
    r"|,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}[^\S\n]*:[^\S\n]+[A-Z]"
    # "BANDAR SERI BEGAWAN, 6 April 2017 –", "New Delhi, September 08, 2013:"
    r"|,[^\S\n]+(?:\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?)"
    rf"[^\S\n]+\d{{4}}{cues.DATELINE_END}"
    # A heading: "Bangkok, 17-21 June 2019", "Nusa Dua Bali, May 6-7, 2019".
    r"|,[^\S\n]+\d{1,2}[^\S\n]*[-–][^\S\n]*\d{1,2}[^\S\n]+[A-Z][a-z]+"
    r"|,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}[^\S\n]*[-–][^\S\n]*\d{1,2},?[^\S\n]+\d{4}[^\S\n]*$)",
)
# The day first: "10 August, Kathmandu: The 18th session …", "5 May 2026, Dhaka –".
_DAY_FIRST_DATELINE = LineStart(
    r"^[^\S\n]*\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?,?(?:[^\S\n]+\d{4},?)?[^\S\n]+"
    r"(?P<name>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})[^\S\n]*(?::|[–—]|--?)[^\S\n]",
)


# The names sentences say a meeting is held in ("held in <Name>"), in order.
HeldNames = tuple[re.Match[str], ...]


@dataclass(frozen=True)
class WorldPlace:
    city: str
    country: str
    how: str  # the reason, for the value's reasons
    start: int = 0  # where the words that name it stand, when found in a whole text
    end: int = 0
    code: str = "world"  # the rule's code after the phrase's own ("city.thai_at.world")


def thai_admin_place(phrase: str) -> WorldPlace | None:
    """The province (or district) a Thai address names: "อำเภอหนองกี่ จังหวัดบุรีรัมย์" is Buri
    Ram, Thailand."""
    for lead in _THAI_ADMIN:
        for m in lead.finditer(phrase):
            run = _THAI_LETTERS.match(phrase, m.end())
            if run is None or _listed_province(phrase, lead, m.start(), run.group()):
                continue
            found = thai_name_opening(run.group(), "TH")
            city = found[0] if found else None
            if city is not None:
                how = f"{m.group().strip()}{run.group()}: {city.name} (GeoNames)"
                return WorldPlace(city.name, "Thailand", how, m.start(), run.end())
            if lead is _THAI_ADMIN[0] and (province := province_opening(run.group())):
                how = f"{m.group().strip()}{run.group()}: {province} (a Thai province)"
                return WorldPlace(province, "Thailand", how, m.start(), run.end())
    return None


_LIST_REACH, _OTHERS_LISTED = 100, 2


def _listed_province(phrase: str, lead: re.Pattern[str], start: int, name: str) -> bool:
    """Whether two other provinces are named within reach (places-r22): "ได้แก่ ม.ก จ.ลพบุรี
    ม.ข จ.จันทบุรี ม.ค จ.ชลบุรี" lists the guests' (two may be the meeting's: "ปัตตานีและสงขลา")."""
    if lead is not _THAI_ADMIN[0]:
        return False
    window = lead.finditer(phrase, max(0, start - _LIST_REACH), start + _LIST_REACH)
    runs = (_THAI_LETTERS.match(phrase, m.end()) for m in window)
    others = {province_opening(run.group()) for run in runs if run} - {None, province_opening(name)}
    return len(others) >= _OTHERS_LISTED


def thai_city_in_name(phrase: str) -> WorldPlace | None:
    """A Thai city glued to the end of a building's name: "หอประชุมใหญ่มหาวิทยาลัยราชภัฏ
    นครศรีธรรมราช" is in Nakhon Si Thammarat. Only a large city: a short name may end any word."""
    for run in _THAI_LETTERS.finditer(phrase):
        noun = THAI_VENUE_NOUN.search(run.group())
        if noun is None:
            continue
        for start in range(run.start() + noun.end(), run.end() - _SHORTEST_GLUED_NAME + 1):
            city = city_named(phrase[start : run.end()], min_population=MIN_POPULATION)
            if city is not None and city.country_code == "TH":
                how = f"{phrase[start : run.end()]}: {city.name}, in the building's name (GeoNames)"
                return WorldPlace(city.name, "Thailand", how, start, run.end())
        glued = run.group()[noun.end() :]
        if province := province_ending(glued, shortest=_SHORTEST_GLUED_NAME):
            how = f"{glued}: {province}, a Thai province in the building's name"
            return WorldPlace(province, "Thailand", how, run.end() - len(glued), run.end())
    return None


def thai_name_opening(run: str, country: str | None = None) -> tuple[City, int] | None:
    """The city (of ISO code `country`, if given) of the longest Thai name that opens `run`,
    and where the name ends: Thai writes no space after a name."""
    for end in range(len(run), _SHORTEST_THAI_NAME - 1, -1):
        city = city_named(run[:end], min_population=PLACE_POPULATION)
        if city is not None and country in (None, city.country_code):
            return city, end
    return None


def city_in_parts(phrase: str, *, min_population: int) -> WorldPlace | None:
    """The first part of a comma-separated place phrase that is a city GeoNames knows:
    "Palm Springs Convention Center, Palm Springs, California" gives Palm Springs; start and
    end are the part's in `phrase`."""
    start = 0
    # (a spaced dash parts them as a comma does, its length kept: "Hotel X - Town, Country")
    spaced = _SPACED_DASH.sub(lambda m: "," + " " * (len(m[0]) - 1), phrase)
    # (round twenty: a country in brackets after the city parts them as a comma does, "Lusaka
    # (Zambia)"; not a region the gazetteer does not hold, "Perth (Scotland)", whose city it
    # would read as the largest of the name, elsewhere)
    parts = _BRACKETED_NAME.sub(
        lambda m: f",{m['name']} " if _a_country(m["name"]) else m[0], spaced
    ).split(",")
    for index, part in enumerate(parts):
        end = start + len(part)
        # ("… May 4-6 in Viña del Mar, Chile": a heading's place after its days)
        name = _BEFORE_NAME.sub("", clean(POSTCODE.sub("", part)))
        if _NAME.fullmatch(name):
            city = city_named(name, min_population=min_population)
            if city is not None:
                city = in_country_written(name, city, parts[index + 1 :])
            else:
                city = town_before_region(name, parts[index + 1 :])
            if city is not None and not _names_a_country(name, city):
                found = world_place(city, "a city in the place's line (GeoNames)")
                return replace(found, start=start, end=end)
            if (with_country := _city_then_country(name)) is not None:
                return replace(with_country, start=start, end=end)
        start = end + 1
    return None


_SPACED_DASH = re.compile(r"\s[-–—]\s")
_BRACKETED_NAME = re.compile(r"\((?P<name>[A-Z][\w .'’-]{1,40})\)")


def _a_country(name: str) -> bool:
    """Whether the gazetteer or GeoNames holds `name` as a country."""
    return is_country(name) or world_country(name) is not None


def _city_then_country(name: str) -> WorldPlace | None:
    """ "Ljubljana Slovenia": a city and its country with no comma between (a smaller city
    too, as its country is written)."""
    words = name.split()
    for count in range(1, min(len(words), _COUNTRY_WORDS + 1)):
        country = world_country(" ".join(words[-count:]))
        if country is None:
            continue
        city = city_named(" ".join(words[:-count]), min_population=PLACE_POPULATION)
        if city is not None and country_name(city.country_code) == country:
            return world_place(city, "a city and its country in the place's line (GeoNames)")
    return None


_COUNTRY_WORDS = 3
# ("1211 Geneva", "8001 Zürich": a four-digit postcode before the city, as Europe writes it)
# ("the provincial capital city of Exampleton": a name's noun in apposition before it)
_BEFORE_NAME = re.compile(
    r"^(?:in|at|\d{4})\s+|^(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:city|town|capital)\s+of\s+"
)


def city_held_in(text: str, held: HeldNames | None = None) -> WorldPlace | None:
    """A city a sentence says the meeting is held in, or a news dateline names; `held` are the
    text's `held_names` when the caller has them already."""
    # The first named in the text: a dateline or a headline's sentence before a later
    # "held in" that may cite another meeting's city.
    found = sorted(
        (
            *(
                m
                for m in (held if held is not None else held_names(text))
                if m.re is not _HOSTED_BY
            ),
            *_DATELINE.finditer(text),
            *_DAY_FIRST_DATELINE.finditer(text),
            *_UPPER_DATELINE.finditer(text),
        ),
        key=lambda m: m.start(),
    )
    for m in found:
        if (listed := _listed_city(m["name"])) is not None:
            return replace(listed, start=m.start(), end=m.end())
        city = _city_in_region(m["name"], m.groupdict().get("region"))
        if city is None and m.re is _DATELINE.pattern:
            # "Medicine Hat – City Council has cancelled …": a dateline names a place, however
            # small (a common word opens no news story with a long dash)
            city = city_named(m["name"], min_population=PLACE_POPULATION)
        if city is not None and not _names_a_country(m["name"], city):
            how = f'"{m["name"]}" named as where it is held (GeoNames)'
            return replace(world_place(city, how), start=m.start(), end=m.end())
    return None


def country_held_in(held: HeldNames) -> WorldPlace | None:
    """A country a sentence says the meeting is held in (of the text's `held_names`), when it
    names no city: "The workshop will take place in Slovenia"; any country GeoNames knows, not
    only the list's; not one of several a sentence lists ("in Gabon …, in Zambia …"). `city`
    is empty."""
    for m in held:
        near = {world_country(o["name"]) for o in held if abs(o.start() - m.start()) < _HELD_REACH}
        if (country := world_country(m["name"])) is not None and len(near - {None}) == 1:
            how = f'"{m["name"]}" named as the country it is held in (GeoNames)'
            return WorldPlace("", canonical_country(country), how, m.start(), m.end())
    return None


def held_names(text: str) -> HeldNames:
    """The names a sentence says a meeting is held in; a host country last (the weakest)."""
    return (*_named_after_held(text), *_meeting_in(text), *_HOSTED_BY.finditer(text))


# "… being hosted by Bhutan this year, will be held from September 5": a country hosts where it
# is (a city found this way is no host: see country_held_in).
_HOSTED_BY = re.compile(
    r"hosted(?<!\whosted)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+(?:Government|Kingdom|Republic)[^\S\n]+of[^\S\n]+)?"
    r"(?:the[^\S\n]+)?(?P<name>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2})\b"
)


def _listed_city(name: str) -> WorldPlace | None:
    """The gazetteer's city a name begins with ("Bali", "Vientiane Capital"): the list's
    spellings are the places meetings of the region are held in, GeoNames' or not."""
    named = find_places(name)
    if not named or not named[0].is_city or named[0].start != 0:
        return None
    how = f'"{name}" named as where it is held'
    return WorldPlace(named[0].name, country_of_city(named[0].name), how)


# "the Colombo Process Ambassadors' Meeting in Colombo", "the 112th ILC in Geneva": a meeting's
# name, or its short form, right before "in <City>" says where it is.
_IN_CITY = re.compile(_PLACE_AFTER.format("in"))
# A space, or a wrapped line's break (a blank line ends the sentence).
_WRAP = r"(?:[^\S\n]+|[^\S\n]*\n(?![^\S\n]*\n)[^\S\n]*)"
_MONTH = rf"(?i:{cues.MONTH_NAME_EN})"
_MEETING_BEFORE = re.compile(
    # a short form is a meeting's when numbered ("112th ILC", "G20-LEMM"); "the UN in Geneva"
    # names an organisation
    rf"(?:(?i:\b(?:{MEETING_NOUNS}|event))|\b\d+(?:st|nd|rd|th)[^\S\n]+[A-Z]{{2,}}"
    # (a heading may wrap before "in": "… Management Training" over "in Suva, Fiji, 2014")
    rf"|\b[A-Z]+\d+(?:-[A-Z0-9]+)*){_WRAP}"
    # (places-r22) "the Senior Officials' Meeting (SOM) on 22 May 2017 in Manila": its short form
    # in brackets, and its day, between
    r"(?:\([A-Z][A-Za-z0-9&-]{1,12}\)[^\S\n]+)?"
    rf"(?:on[^\S\n]+(?:\d{{1,2}}[^\S\n]+{_MONTH}(?:[^\S\n]+\d{{4}})?"
    rf"|{_MONTH}[^\S\n]+\d{{1,2}}(?:,[^\S\n]+\d{{4}})?){_WRAP})?"
    # "RCM68 meets in Rome": the verb of meeting between; "a meeting next week in …"
    r"(?:(?:meets|convenes|opens|will\s+(?:meet|convene|open))[^\S\n]+)?"
    # "the annual meeting weekend in <City>": the days it spans between (round seventeen)
    r"(?:(?:weekend|week|days?)[^\S\n]+)?"
    r"(?:(?:next|this|later\s+this)[^\S\n]+(?:week|month|year)[^\S\n]+"
    # "the 34th Summit in June in Bangkok": its month between
    rf"|in[^\S\n]+(?i:{cues.MONTH_NAME_EN})[^\S\n]+)?$"
)
_MEETING_BEFORE_REACH = 40
# A wire's dateline in capitals: "SIEM REAP – Senior officials …", "KUALA LUMPUR, Nov 24 —",
# "BANGKOK (ILO News) –", "Press release | BANGKOK | 22 August 2001".
_UPPER_DATELINE = LineStart(
    r"^(?:[^\S\n]*[A-Za-z ]{2,20}\|)?[^\S\n]*(?P<name>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})"
    r"[^\S\n]*(?:[–—]|--?[^\S\n]|,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d|\([A-Z][^()\n]{1,30}\)"
    r"[^\S\n]*[–—-]|\|[^\S\n]*\d)",
)


def _meeting_in(text: str) -> list[re.Match[str]]:
    found = []
    for m in _IN_CITY.finditer(text):
        if not _MEETING_BEFORE.search(text, max(0, m.start() - _MEETING_BEFORE_REACH), m.start()):
            continue
        if _ITS_DECISION.match(text, m.end()):
            continue  # "the Leaders' 45th meeting in Palau endorsed …": a meeting held, cited
        if not CITED.search(text, sentence_start(text, m.start()), m.start()):
            found.append(m)
    return found


# A past verb of deciding right after "<meeting> in <Place>": what a meeting held decided.
_ITS_DECISION = re.compile(
    r"[^\S\n]+(?:endorsed|adopted|agreed|decided|approved|welcomed|recommended|resolved)\b"
)


def _named_after_held(text: str) -> list[re.Match[str]]:
    """Each "in <Name>" or "at <Name>" in the sentence after words of holding a meeting."""
    found: list[re.Match[str]] = []
    for held in _HELD.finditer(text):
        if CITED.search(text, sentence_start(text, held.start()), held.start()):
            continue
        stop = _SENTENCE_END.search(text, held.end(), held.end() + _HELD_REACH)
        named = _IN_NAME.finditer(
            text, held.end(), stop.start() if stop else held.end() + _HELD_REACH
        )
        found.extend(m for m in named if not other_meetings(text, m.start("name")))
    return found


def _names_a_country(name: str, city: City) -> bool:
    """ "Lao" (of Lao PDR) is an alternate name of Laoag; "Singapore" is a country and a city."""
    return is_country(name) and city.name.lower() != name.lower()


def _city_in_region(name: str, region: str | None) -> City | None:
    """The city of that name, or of its first words ("Vientiane Capital"); one of fewer people
    when the region written after it (a country or a US state) is the city's."""
    words = name.split()
    for count in range(len(words), 0, -1):
        first_words = " ".join(words[:count])
        city = city_named(first_words)
        if city is not None and region is not None:
            city = in_country_written(first_words, city, [region])
        # "in Lao People's Democratic Republic": "Lao" names the country, not Laoag.
        if city is not None and not _names_a_country(first_words, city):
            return city
    if region is None:
        return None
    city = city_named(name, min_population=PLACE_POPULATION)
    if city is None:
        return None
    return city if _region_fits(region, city.country_code) else None


def _region_fits(region: str, code: str) -> bool:
    """Whether the region written after a city may be the city's: its own country, or a
    state or province ("Palm Springs, California"), which names no country at all."""
    if not is_country(region):
        return True
    return canonical_country(region) == canonical_country(country_name(code) or "")


def world_place(city: City, how: str) -> WorldPlace:
    name = country_name(city.country_code) or city.country_code
    # ("Hà Nội" is the gazetteer's "Ha Noi", as "Hanoi" is)
    return WorldPlace(canonical_city(city.name), canonical_country(name), how)
