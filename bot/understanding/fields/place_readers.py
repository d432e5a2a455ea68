"""Where a text may say where its meeting is, the phrases read since round eleven and the
lines of a letter's head: a header line naming a place, Thai "ที่<city>", a meeting moved to
a new venue or keeping its own, the room an online meeting is broadcast from, "in <City> from
<days>". Scored as in bot.understanding.fields.place_candidates, which gathers them.
"""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import PlaceMatch, country_of_city, find_places
from bot.understanding.fields.place_phrase import Candidate, phrase_end
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.thai_titled_city import titled_city_at
from bot.understanding.fields.thai_venue import THAI_ADDRESS, THAI_AT, thai_place_end
from bot.understanding.fields.venue_name import (
    POSTCODE,
    VENUE_WORDS,
)
from bot.understanding.fields.world_places import UPPER, city_in_parts
from bot.understanding.geo import MIN_POPULATION, PLACE_POPULATION, world_country
from bot.understanding.temporal.types import day_of


def header_place_lines(text: MessageText) -> list[Candidate]:
    """A header block's own place line, next to its days: "27 to 29 April 2021" above
    "Bangkok, Thailand" or "Grand Ballroom, Shangri-La Hotel, Kuala Lumpur". A letterhead's
    city may stand beside the letter's day: the weakest, under review."""
    found = []
    for item in text.temporals:
        first, last = day_of(item.start), day_of(item.end or item.start)
        if first is None or last is None or item.span[0] > HEADER_CHARS:
            continue
        if (last - first).days > MEETING_DAYS:
            continue  # a year, a month, a session period: not a meeting's days
        line_start, line_end = text.line_at(item.span[0])
        if _LETTER_DATE.search(text.plain, line_start, item.span[0]):
            continue  # "Dated: 30.05.2027" under the sender's address: the letter's day
        for start, end in _lines_beside(text, line_start, line_end):
            line = text.plain[start:end]
            if start == line_start or not 3 <= len(line.strip()) <= HEADER_LINE_CHARS:
                continue
            if (POSTCODE.search(line) or _ADDRESS_WORDS.search(line)) and not VENUE_WORDS.search(
                line.split(",", 1)[0]
            ):
                continue  # an address: the sender's, as often as not (not a building's own)
            if any(start <= other.span[0] < end for other in text.temporals):
                continue  # a dateline ("Press release | BANGKOK | 10 November 2003")
            if not _PLACE_LINE.fullmatch(line) or not _names_a_city(line):
                continue
            if start > line_start or not _SENDER.search(line):
                # (not a letterhead above the days: "<Example Office on Drugs>, Vienna")
                found.append(Candidate(start, end, 1))
    return found


def _names_a_city(line: str) -> bool:
    """Whether a header's place line names a city: the list's, or one GeoNames knows before the
    list's country ("ICAO Headquarters, Montréal, Canada")."""
    named = find_places(line)
    if any(p.is_city for p in named):
        return True
    place = city_in_parts(line, min_population=PLACE_POPULATION)
    # ("Hotel Example - Paramaribo, Suriname": the city's own country ends the line)
    return place is not None and (
        bool(named) or world_country(line.rsplit(",", 1)[-1].strip()) == place.country
    )


def _lines_beside(text: MessageText, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The nearest lines with words above and below a line, over a blank line at most."""
    beside = []
    for step in (-1, 1):
        position = line_start - 1 if step < 0 else line_end + 1
        for _ in range(2):
            if not 0 <= position < len(text.plain):
                break
            start, end = text.line_at(position)
            if text.plain[start:end].strip():
                beside.append((start, end))
                break
            position = start - 1 if step < 0 else end + 1
    return beside


# A letter's own day, labelled: the place beside it is the sender's (new, round twelve).
_LETTER_DATE = re.compile(r"(?i:\bdated)\s*:?\s*\Z|ลงวันที่\s*\Z")
# An office that sends the notice, named above its days with its own city.
_BODY_WITH_A_SEAT = (
    r"Office|Organi[sz]ation|Secretariat|Embassy|Consulate|Agency|Commission|Programme|Bureau"
)
_SENDER = re.compile(rf"\b(?:{_BODY_WITH_A_SEAT}|Ministry|Department)\b")
# (a ministry organizing a meeting in its own city is the commoner case)
SEAT_OF = re.compile(rf"\b(?:{_BODY_WITH_A_SEAT})\b")
# Where a header block ends, how long its place line may be, its days at most.
HEADER_CHARS = 600
MEETING_DAYS = 14
_ADDRESS_WORDS = re.compile(rf"(?i:\baddress|\bstreet|\broad|\bp\.?o\.?\s*box)|ที่อยู่|{THAI_ADDRESS}")
HEADER_LINE_CHARS = 100
# A line of a place's parts: names and commas, no sentence.
_PLACE_LINE = re.compile(r"[ \t#*>-]*[A-Zก-๙][^.:;!?\n]*")


def thai_at(text: MessageText) -> list[Candidate]:
    found = [
        Candidate(m.end(), thai_place_end(text, m.end()), 3) for m in THAI_AT.finditer(text.plain)
    ]
    # "รัฐมนตรีต่างประเทศอาเซียนหารือที่เวียงจันทน์": "ที่" glued to its verb, a city right after
    # it (not "ครั้งที่", "วันที่", counts, nor "พื้นที่กรุงเทพมหานคร", the area a rule covers)
    held_in = _HELD_IN_TITLED.finditer(text.plain) if "จัด" in text.plain else ()
    for m in (*_THAI_AT_CITY.finditer(text.plain), *held_in):
        places = find_places(text.plain, m.end(), min(len(text.plain), m.end() + CITY_REACH))
        # ("ที่นครเมลเบิร์น": the title of a city, "นคร", "กรุง" or "เมือง", before its name)
        titled = _CITY_TITLE.match(text.plain, m.end())
        at = {m.end(), titled.end() if titled else m.end()}
        if places and places[0].start in at and places[0].is_city:
            found.append(Candidate(m.end(), places[0].end, 1))  # said less directly: under review
        elif titled and (world := titled_city_at(text.plain, titled.end())):
            # "ที่เมืองกัวลาตรังกานู": a city by its title the list lacks, GeoNames' Thai name
            found.append(Candidate(m.end(), world[1], 1))
    # (round nineteen) "ที่Palais des Nations นครเจนีวา": a building in Latin letters, which
    # the Thai phrase does not read, and after it the city by its title (said less directly)
    for m in _AT_LATIN_NAME.finditer(text.plain) if "ที่" in text.plain else ():
        places = find_places(text.plain, m.end(), m.end() + CITY_REACH)
        if places and places[0].start == m.end() and places[0].is_city:
            found.append(Candidate(m.start("name"), places[0].end, 1))
        elif world := titled_city_at(text.plain, m.end()):
            # (places-r23) a city by its title the list lacks, GeoNames' Thai name
            found.append(Candidate(m.start("name"), world[1], 1))
    # "จัดการประชุมคณะกรรมาธิการร่วม ครั้งที่ 5 ที่ไทย": the meeting held in Thailand ("ไทย"
    # alone is Thai anything, after ที่ it is the country); said where it is held, it is the
    # place of the meeting rather than a city where the ministers agreed on it
    for m in _AT_THAILAND.finditer(text.plain) if "ไทย" in text.plain else ():
        if not _AFTER_THAI_AT.search(text.plain, max(0, m.start() - 6), m.start()):
            continue  # "ครั้งที่", "คนที่": glued to a word that is no verb of holding
        held = _THAI_HOLDING.search(
            text.plain, max(text.line_at(m.start())[0], m.start() - 80), m.start()
        )
        # (round nineteen) a story that first names a place abroad after "ที่" ("… ครั้งที่ 69
        # ที่สมาพันธรัฐสวิส …") is of a meeting there: Thailand said later is another event's
        score = 3 if held and not _abroad_before(text, m.start("name")) else 1
        found.append(Candidate(m.start("name"), m.end(), score, country="Thailand"))
    return found


def _abroad_before(text: MessageText, position: int) -> bool:
    """Whether a city or country outside Thailand is named after a meeting's number and "ที่"
    before `position`, its country's formal title or a city's title between them (a place
    abroad said of talks, "หารือ…ที่กรุงพนมเปญ", is where the meeting was agreed). Where the
    subject gives the meeting's number, only a place after that number; where it gives none,
    not when Thailand follows a number of its own ("ต่อจากการประชุม… ครั้งที่ 11 ที่<abroad>
    … ครั้งที่ 12 ที่ประเทศไทย": the story may be of either)."""
    subject = _NUMBER.search(text.subject)
    numbered = [m for m in _ORDINAL_AT.finditer(text.plain, 0, position + 1) if m.end() <= position]
    if subject is None and numbered and _TITLES.fullmatch(text.plain, numbered[-1].end(), position):
        return False
    for m in numbered:
        if subject is not None and int(m["number"]) != int(subject["number"]):
            continue
        places = find_places(text.plain, m.end(), min(position, m.end() + CITY_REACH))
        if places and _TITLES.fullmatch(text.plain, m.end(), places[0].start):
            place = places[0]
            if (country_of_city(place.name) if place.is_city else place.name) != "Thailand":
                return True
    return False


# A meeting's number in the subject: "…สมัชชาอนามัยโลก ครั้งที่ 69".
_NUMBER = re.compile(r"ครั้งที่[^\S\n]*(?P<number>[\d๐-๙]+)")


# The titles a country's formal name or a city's may open with after "ที่" ("สาธารณรัฐ…",
# "ราชอาณาจักร…", "สหพันธรัฐ…", "นคร…")
_TITLES = re.compile(
    r"(?:ประเทศ|สหพันธ์|สหพันธรัฐ|สมาพันธรัฐ|เครือรัฐ|ราชอาณาจักร|สาธารณรัฐ|ประชาชน"
    rf"|สังคมนิยม|ประชาธิปไตย|{cues.THAI_CITY_TITLE})*"
)


# (the look-behinds after "ที่", so that the engine skips to it rather than trying each character)
_THAI_AT_CITY = re.compile(
    r"ที่(?:(?<=[ก-๙]ที่)(?<!พื้นที่)(?<!หน้าที่)(?<!ครั้งที่)(?<!วันที่)[^\S\n]*(?=[ก-๙])"
    # (round nineteen: "สมัยที่ 75 ที่นครเจนีวา", "ที่" on its own before a city's title: "วันที่",
    # "ครั้งที่" and the rest end with their number, so a "ที่" after a space starts a place)
    r"|(?<![ก-๙]ที่)[^\S\n]*(?=(?:นคร|เมือง)(?!ไทย)[ก-๙]))"
)
_CITY_TITLE = re.compile(cues.THAI_CITY_TITLE)
# "ที่" then a name in Latin letters and a Thai city title, on one line (places-r23: "ณ" may
# stand before the title, "จัดขึ้นที่ <Name> Museum ณ นคร…")
_AT_LATIN_NAME = re.compile(
    rf"(?:ที่|ณ)[^\S\n]*(?=[A-Z])(?P<name>[A-Za-z][\w'’.&-]*(?:[^\S\n]+[A-Za-z][\w'’.&-]*){{0,5}}"
    rf"[^\S\n]*,?[^\S\n]*(?:ณ[^\S\n]*)?{cues.THAI_CITY_TITLE})"
)
# "…ที่จะจัดขึ้นในเมืองหนานหนิง": held in a city named by its title ("ในเมืองไทย", the country,
# names no city the lookup knows) (opening on its literal, so that the engine skips to it)
_HELD_IN_TITLED = re.compile(rf"จัด(?:ขึ้น)?[^\S\n]*ใน[^\S\n]*(?={cues.THAI_CITY_TITLE})")
_AT_THAILAND = re.compile(
    r"ที่[^\S\n]*(?P<name>(?:ประเทศ)?ไทย)(?=[^\S\n]|$|[,.)]|ใน|เมื่อ|ระหว่าง|ช่วง|โดย)"
    # ("… ที่ไทย เป็นประธาน": Thailand the subject of the next verb, no place)
    r"(?![^\S\n]*(?:เป็น|ได้|จะ|มี|ให้|ต้อง|ยัง|เคย|กำลัง|ร่วม|เสนอ|ขอ))",
    re.MULTILINE,
)
_THAI_HOLDING = re.compile(r"จัด|การประชุม")
_AFTER_THAI_AT = re.compile(r"(?:^|[^ก-๙]|ขึ้น|จัด|ประชุม)$")
CITY_REACH = 40


# A notice that moves the meeting: "ขอแจ้งเปลี่ยนสถานที่เป็นห้อง…", "ย้ายสถานที่จัดประชุมไปยัง…",
# "The new venue is …". The place it moves to says more than the one named before it (a "ณ"
# of the plan given up), and less than a label.
_THAI_NEW_VENUE = re.compile(
    r"(?:เปลี่ยน|ย้าย)(?:แปลง)?สถานที่(?:จัด)?(?:การ)?(?:จัด)?(?:ประชุม|งาน)?(?:ใหม่)?[^\S\n]*"
    r"(?:มา)?(?:เป็น|ไปยัง|ไปที่|ไปจัดที่|มาที่)[^\S\n]*(?:ที่|ณ)?[^\S\n]*"
)
_THAI_MOVES = ("เปลี่ยนสถานที่", "เปลี่ยนแปลงสถานที่", "ย้ายสถานที่")  # (looked for first)
# (searched in text.lower; "The new venue is …" is read as any "venue is …")
_NEW_VENUE_IS = re.compile(r"\bnew\s+venue\s*[:–—-]\s*")
NEW_VENUE_SCORE = 5


def new_venues(text: MessageText) -> list[Candidate]:
    found: list[Candidate] = []
    if any(move in text.plain for move in _THAI_MOVES):
        found.extend(
            Candidate(m.end(), thai_place_end(text, m.end()), NEW_VENUE_SCORE)
            for m in _THAI_NEW_VENUE.finditer(text.plain)
        )
    if "new venue" in text.lower:
        found.extend(
            Candidate(m.end(), phrase_end(text, m.end()), NEW_VENUE_SCORE)
            for m in _NEW_VENUE_IS.finditer(text.lower)
        )
    return found


# "… Sixth Session of the Commission on <Topic> in Rome from 14 to 18 March 2011": "in", a city
# and "from" right before the days. (Looked behind each date, on its line; the city then the end.)
_IN_CITY_BEFORE_DATES = re.compile(
    rf"(?<![\w-])in[^\S\n]+(?P<name>[{UPPER}][\w'’.-]+(?:[^\S\n]+[{UPPER}][\w'’.-]+){{0,2}}),?"
    # (the days' "from": "a larger event in <City> Sept. 16-18" may be another's, said in passing)
    r"[^\S\n]+from[^\S\n]+\Z"
)
_IN_CITY_REACH = 60
_FROM_REACH = 8


def in_city_before_dates(text: MessageText) -> list[Candidate]:
    """A city named right before the meeting's days (weakest, new: under review)."""
    found = []
    for item in text.temporals:
        if "from" not in text.lower[max(0, item.span[0] - _FROM_REACH) : item.span[0]]:
            continue
        line_start = text.line_at(item.span[0])[0]
        start = max(line_start, item.span[0] - _IN_CITY_REACH)
        m = _IN_CITY_BEFORE_DATES.search(text.plain, start, item.span[0])
        if m is None:
            continue
        named = find_places(m["name"])
        if named and named[0].start == 0 and named[0].is_city:
            found.append(Candidate(m.start("name"), m.start("name") + named[0].end, 1))
        elif city_in_parts(m["name"], min_population=MIN_POPULATION):
            found.append(Candidate(m.start("name"), m.end("name"), 1, world_city=True))
    return found


# A notice that moves the day and keeps the place: "with the same venue maintained for the
# Example Resort Conference centre", "the venue is retained at …". (Searched in text.lower.)
_VENUE_KEPT = re.compile(
    r"venue(?<!\wvenue)\s+(?:(?:is|will\s+be)\s+)?(?:maintained|retained|kept)\s+(?:for|at|as)\s+"
    r"(?:the\s+)?"
)


def kept_venues(text: MessageText) -> list[Candidate]:
    """The venue a rescheduled meeting keeps (new: under review)."""
    if "venue" not in text.lower:
        return []
    return [
        Candidate(m.end(), phrase_end(text, m.end()), NEW_VENUE_SCORE)
        for m in _VENUE_KEPT.finditer(text.lower)
    ]


# An online meeting's own room: "broadcasting live from the Example Hall, …, Bangkok",
# "ถ่ายทอดสดจากห้องประชุม…". (Searched in text.lower.)
_BROADCAST_FROM = re.compile(
    r"broadcast(?:s|ing|ed)?\s+(?:live\s+)?from\s+(?:the\s+)?|ถ่ายทอด(?:สด)?\s*จาก\s*"
)


def broadcast_places(text: MessageText) -> list[Candidate]:
    """Where an online meeting is broadcast from (new: under review)."""
    if "broadcast" not in text.lower and "ถ่ายทอด" not in text.plain:
        return []
    found = []
    for m in _BROADCAST_FROM.finditer(text.lower):
        if m.group().startswith("ถ"):
            end = thai_place_end(text, m.end())
        else:
            # (an address's parts up to the sentence's end: "…, Sukhumvit 21 Road (Asoke), …,
            # Bangkok.")
            stop = _SENTENCE_STOP.search(text.plain, m.end(), m.end() + MAX_BROADCAST_CHARS)
            end = stop.start() if stop else phrase_end(text, m.end())
        if VENUE_WORDS.search(text.plain, m.end(), end):
            # (a building: "broadcast live from 24 countries" names where it is watched)
            found.append(Candidate(m.end(), end, 3))
    return found


_SENTENCE_STOP = re.compile(r"\.(?=\s+[A-Z]|\s*$)|\n[ \t]*\n")
MAX_BROADCAST_CHARS = 200


# "การประชุมอาเซียนซัมมิท ครั้งที่ 36 ที่เวียดนาม": a meeting's number, then "ที่" and a place.
_ORDINAL_AT = re.compile(
    r"ครั้งที่[^\S\n]*(?P<number>[\d๐-๙]+)(?:/[\d๐-๙]+)?[^\S\n]+ที่[^\S\n]*(?=[ก-๙])"
)


def ordinal_at(text: MessageText) -> list[Candidate]:
    """A city or country right after a meeting's number (new: under review)."""
    if "ครั้งที่" not in text.plain:
        return []
    found = []
    for m in _ORDINAL_AT.finditer(text.plain):
        places = find_places(text.plain, m.end(), min(len(text.plain), m.end() + CITY_REACH))
        # (round nineteen: "ครั้งที่ 12 ที่สาธารณรัฐฝรั่งเศส", a country by its formal name)
        if places and _TITLES.fullmatch(text.plain, m.end(), places[0].start):
            found.append(Candidate(m.end(), places[0].end, 1))
    return found


# "ได้เดินทางถึงกรุงฮานอย ประเทศเวียดนามแล้ว เพื่อเข้าร่วมการประชุม…", "arrived in Hanoi to
# attend the summit": where those who meet have come for the meeting.
# (round seventeen: "จะเดินทางไปยังนครคุนหมิง … เพื่อประชุมผู้นำ…", where they travel to)
# (round eighteen: "… ไปยังท่าอากาศยาน<name> (<English name>) กรุงนิวเดลี …", the airport of the
# city they fly to, the city after its title)
_ARRIVED = re.compile(
    r"เดินทาง(?:ไป)?ถึง[^\S\n]*|เดินทางไป(?:ยัง)?[^\S\n]*|\barrived\s+in\s+(?=[A-Z])"
    # (round nineteen: "departs for Kuala Lumpur on Sunday to attend the summit")
    r"|\bdepart(?:s|ed|ing)?\s+for\s+(?=[A-Z])"
    r"|ไปยัง(?=ท่าอากาศยาน)"
    # ("เดินทางออกจากกรุง<A>ไปยังกรุง<B>": from one city to the titled city they go to)
    rf"|ไปยัง(?={cues.THAI_CITY_TITLE})"
)
_ARRIVED_CUES = ("เดินทางถึง", "เดินทางไป", "arrived in", "ไปยัง")
# (looked for only where "depart" is: most texts have none)
_DEPART_CUES = ("depart for", "departs for", "departed for", "departing for")
_AIRPORT = "ท่าอากาศยาน"
_TITLE_BEFORE = re.compile(rf"{cues.THAI_CITY_TITLE}[^\S\n]*\Z")
_TO_ATTEND = re.compile(
    r"เพื่อ(?:เข้า)?ร่วม(?:การ)?ประชุม|เพื่อ(?:การ)?ประชุม|\bto\s+(?:attend|join)\b"
    r"|\bfor\s+the\s+(?:[\w-]+\s+){0,4}(?:summit|meeting|conference|session|forum)\b"
)
_ARRIVED_REACH = 80
# A Thai sentence names those who travel with the leader before saying what for.
_THAI_REACH = 320


def arrived_for(text: MessageText) -> list[Candidate]:
    """The place those who meet arrived in to attend the meeting (new: under review)."""
    if not any(cue in text.plain for cue in _ARRIVED_CUES) and not (
        "depart" in text.plain and any(cue in text.plain for cue in _DEPART_CUES)
    ):
        return []
    found = []
    for m in _ARRIVED.finditer(text.plain):
        reach = min(len(text.plain), m.end() + _ARRIVED_REACH)
        places = find_places(text.plain, m.end(), reach)
        # (a Thai city's title the gazetteer's spelling may leave out: "นครคุนหมิง")
        titled = _CITY_TITLE.match(text.plain, m.end())
        start = m.end()
        # (places-r23: or after a country's formal titles, "ไปยัง สาธารณรัฐสิงคโปร์")
        formal = _TITLES.match(text.plain, m.end())
        if text.plain.startswith(_AIRPORT, m.end()):
            # (the phrase from the city: the airport is no venue of the meeting)
            if not places or not _titled_city(text, places[0]):
                continue
            start = places[0].start
        elif not places or places[0].start not in (
            m.end(),
            titled.end() if titled else m.end(),
            formal.end() if formal else m.end(),
        ):
            # ("ไปยังกรุงจากาตาร์": a titled city the list lacks, by GeoNames' Thai name)
            world = titled_city_at(text.plain, titled.end()) if titled else None
            if world is not None and _to_attend(text, m, world[1], reach):
                found.append(Candidate(start, world[1], 1))
            continue
        last = places[1] if len(places) > 1 and places[1].start - places[0].end < 12 else places[0]
        if _to_attend(text, m, last.end, reach):
            found.append(Candidate(start, last.end, 1))
    return found


def _to_attend(text: MessageText, arrived: re.Match[str], end: int, reach: int) -> bool:
    """Whether the sentence says the journey that ends at `end` is to attend a meeting."""
    # (the Thai sentence's clause of purpose, up to its line's end)
    if not arrived.group().isascii() and (line_end := text.line_at(end)[1]) > reach:
        reach = min(line_end, end + _THAI_REACH)
    return _TO_ATTEND.search(text.plain, end, reach) is not None


def _titled_city(text: MessageText, place: PlaceMatch) -> bool:
    """Whether the place is a city written after its Thai title ("กรุงนิวเดลี")."""
    return place.is_city and (
        text.plain.startswith(cues.THAI_CITY_TITLES, place.start)
        or bool(_TITLE_BEFORE.search(text.plain, max(0, place.start - 8), place.start))
    )


# "… this year's meeting, which would be hosted by Brunei, …": the host country, where an
# intergovernmental meeting sits; "Course Period in Japan: 8 - 24 May", "are invited to Japan
# for 17 days": where a programme's participants go.
_HOSTED_BY_COUNTRY = re.compile(
    r"\bhosted\s+by\s+(?:the\s+(?:Government|Kingdom|Republic)\s+of\s+)?(?=[A-Z])"
    r"|\bperiod\s+in\s+(?=[A-Z][^\n:]{2,40}:)"
    r"|\binvited\s+to\s+"
    r"(?=[A-Z][\w ]{2,30}\s+for\s+(?:\d+|two|three|four|five|six)\s+(?:days|weeks)\b)"
)
_HOST_CUES = ("hosted by", "period in", "invited to")


def host_countries(text: MessageText) -> list[Candidate]:
    """A country that hosts the meeting, or that a programme's participants go to (new: under
    review)."""
    found = []
    hosted = any(cue in text.lower for cue in _HOST_CUES)
    for m in _HOSTED_BY_COUNTRY.finditer(text.plain) if hosted else ():
        places = find_places(text.plain, m.end(), min(len(text.plain), m.end() + CITY_REACH))
        if places and places[0].start == m.end() and not places[0].is_city:
            found.append(Candidate(m.end(), places[0].end, 1))
    for m in _HOST_WORD.finditer(text.plain) if "host" in text.lower else ():
        said = _TO_HOST.search(text.plain, max(0, m.start() - _TO_HOST_REACH), m.start())
        if said is None:
            continue
        places = find_places(text.plain, max(0, said.start() - CITY_REACH), said.start())
        if places and places[-1].end == said.start() and not places[-1].is_city:
            found.append(Candidate(places[-1].start, places[-1].end, 1))
    return found


# "Philippines to host ASEAN labor ministers' meeting", "The Philippines will be hosting the
# 27th …": a country, the subject of hosting (round eighteen; its name looked behind "host").
_HOST_WORD = re.compile(r"host(?:ing)?[^\S\n]+(?=\S)")
_TO_HOST = re.compile(r"[^\S\n]+(?:is[^\S\n]+)?(?:to|will)[^\S\n]+(?:be[^\S\n]+)?\Z")
_TO_HOST_REACH = 20
