"""The venue's name in a place phrase: the building or room, without the city and country
the phrase ends with, nor the street and district of a Thai address."""

from __future__ import annotations

import re

from bot.understanding import cues
from bot.understanding.fields.gazetteer import PlaceMatch, find_places
from bot.understanding.fields.text import clean
from bot.understanding.fields.thai_venue import THAI_ADDRESS, THAI_AT, THAI_VENUES
from bot.understanding.fields.title_words import MEETING_NOUNS

# The street and district of a Thai address follow the building: "... ถนนศรีอยุธยา แขวง..."
# (A provincial hall's province is its name, though a PDF put a space before it:
# "ศาลากลาง จังหวัดบึงกาฬ".)
# (thnames-r23) A state abroad, and the city by its title before it, close the address too:
# "วัด<name> เมือง<city> รัฐ<state>" (not "รัฐสภา", a parliament's building, nor (mend-r23d2)
# a word "รัฐ" opens: a faculty's "รัฐประศาสนศาสตร์", "รัฐวิสาหกิจ", "รัฐมนตรี").
_THAI_ADDRESS = re.compile(
    rf"(?<!ศาลากลาง)\s(?:{THAI_ADDRESS}|(?:เมือง|นคร)\S+\s+รัฐ(?!สภา)"
    r"|รัฐ(?=[ก-๙])(?!สภา|บาล|ประศาสน|วิสาหกิจ|ศาสตร์|มนตรี|ธรรมนูญ|กิจ|พิธี))\S*.*$"
)
VENUE_WORDS = re.compile(
    # Whole English words ("shall" holds no hall, "High-Level" no level), plural or not.
    # ("Conference" or "Convention" alone names an event, a guide, a programme: with a hall,
    # a centre or a room it is a building.)
    r"(?<![\w-])(?:hotels?|resorts?|halls?|cent(?:re|er)s?|buildings?|(?:ball|board|class|court|function)?rooms?"
    r"|offices?|institutes?|auditori(?:um|a)|theat(?:re|er)s?|museums?|library"
    r"|stadium|pavilions?|arena|ministry|secretariat|headquarters|house|palace|campus"
    r"|university|suites?|plaza|towers?|floor|level|college|school|academy|gallery|lounge|park"
    r"|gardens?|club|villa|lodge|inn|chambers"
    # a city's own hall
    r"|guildhall|town\s?hall"
    r"|Hilton|Marriott|Shangri-La|Sheraton|Hyatt|InterContinental|Novotel|Pullman|Sofitel"
    r"|Mandarin\s+Oriental|Centara|Avani|Amari|Swiss[oô]tel|M[ée]ridien|Westin|Renaissance"
    r"|Holiday\s+Inn|Crowne\s+Plaza|Ritz|Four\s+Seasons|Fairmont|Melia|Lotte|Ascott|Eastin)\b"
    rf"|{THAI_VENUES}"
    # (thnames-r23) a temple, its name's word first ("ณ วัด<name>"; "จังหวัด" holds "วัด")
    r"|(?<![ก-๙])วัด(?=[ก-๙])",
    re.IGNORECASE,
)
MAX_VENUE_CHARS = 160
# "… Board Meeting yesterday, at The Centrepoint Hotel in Gadong.": a building's name after
# "at", in any sentence; the weakest statement of where, as no verb of holding says it.
# (The word first, its boundary looked behind: the engine then skips to each "at".)
AT_NAME = re.compile(r"at(?<!\wat)\s+(?:the\s+)?(?=[A-Z])")
# "At the Former Customs House in Penang, …": the phrase opens a sentence.
AT_NAME_OPENING = re.compile(r"At(?<!\wAt)\s+(?:the\s+)?(?=[A-Z])")
NAME_WORDS = re.compile(
    r"(?:(?:[A-Z][\w'’&.-]*|of|the|and|de|for|headquarters|premises|campus)(?:\s+|$))+"
)
# "สถานเอกอัครราชทูตฟิลิปปินส์" (in Kuwait), "the Embassy of Japan": whose, not where.
EMBASSY_OF = re.compile(
    r"(?:สถานเอกอัครราชทูต|สถานทูต|สถานกงสุล(?:ใหญ่)?|(?i:embassy|consulate(?:[\s-]general)?)"
    r"\s+of(?:\s+the)?)\s*$"
)
# "สถานเอกอัครราชทูต ณ กรุง…", "the Embassy in …": the embassy's seat, not its service's place.
EMBASSY_SEAT = re.compile(
    r"(?:สถานเอกอัครราชทูต|สถานทูต|สถานกงสุล(?:ใหญ่)?)[ก-๙]{0,12}\s*(?:ณ\s*)?$"
    r"|(?i:\b(?:embassy|consulate(?:[\s-]general)?))(?:\s+of\s+[\w ]{1,30}?)?\s+(?:in|at)\s+$"
    # "ซึ่งมีสำนักงานใหญ่ตั้งอยู่ ณ …", "a group headquartered in …": a body's seat, said of it
    r"|สำนักงานใหญ่\s*(?:ตั้งอยู่)?\s*(?:ณ|ที่)\s*$|(?i:\bheadquartered\s+in\s+)$"
)
# "Venue: Virtually - Kuala Lumpur": a label naming where an online meeting is hosted from.
ONLINE_PLACE = re.compile(
    r"(?i:\b(?:virtual(?:ly)?|online|zoom|webex|teams|video[\s-]?conferenc\w*)\b)"
    r"|ออนไลน์|ทางไกล"
)
_THAI_TEXT = re.compile(r"[ก-๙]")


def venue_in(phrase: str, places: list[PlaceMatch], city: str | None = None) -> str | None:
    """The phrase without the city and country parts it ends with, when it names a building;
    `city` is a city the gazetteer does not know."""
    # Lines of an address block are parts; a Thai phrase wrapped at a line break is not.
    parts = [clean(p) for p in re.split(r",|\n(?![ \t]*[ก-๙])", phrase)]
    kept: list[str] = []
    for part in parts:
        if not part:
            continue
        named = find_places(part)
        is_only_place = bool(named) and not re.sub(
            r"[\s,.\-]|\d{4,6}|(?:ประเทศ|กรุง|นคร|เมือง|the|of)", "", _strip(part, named)
        )
        if DESK.search(part):
            continue  # "Registration Desk, Level 1": where badges are collected
        if (street := _STREET_NEXT.search(part)) and VENUE_WORDS.search(part, 0, street.start()):
            # the street's line joined to the building's as a wrapped sentence's
            part = part[: street.start()]
        if city_after := _in_city_after_building(part, named):
            # "… Congress Building in Example City APEC Meeting Held": the building ends at its
            # city, whatever a headline joined to the line says after it
            part = part[:city_after]
        if not is_only_place and part != city and not POSTCODE.search(part):
            kept.append(part)
        if kept and any(p.is_city for p in named):
            # A building is named before its city: what follows the city is the sentence's
            # ("… Hotel in Hanoi, the Council will …", "… Bangkok Hotel, Thailand in the
            # blended mode").
            break
    venue = _without_trailing_places(_THAI_ADDRESS.sub("", clean(", ".join(kept))))
    # "Palm Springs, California at the Palm Springs Convention Center": the building is
    # after "at" when no building is named before it
    if (at := _AT.search(venue)) and not VENUE_WORDS.search(venue, 0, at.start()):
        venue = venue[at.end() :]
    venue = _TRAILING_IN_NAME.sub("", _LEADING_AT.sub("", venue))
    if (short := _SHORT_NAME.search(venue)) and VENUE_WORDS.search(venue, 0, short.start()):
        # "… Conference Center (ICC Example) Takaragaike": the short name closes the building's
        venue = venue[: short.end()]
    if clause := _CLAUSE_VERB.search(venue):
        venue = venue[: clause.start()].rstrip(" ,")
    if not venue or not VENUE_WORDS.search(venue) or len(venue) > MAX_VENUE_CHARS:
        return None
    if _ONLY_A_FLOOR.fullmatch(venue):
        return None  # "Level 3": where in a building, not which building
    if _NAMES_A_MEETING.search(venue):
        return None  # "… Centre Directors Meeting": a meeting's name, not its building
    if _ONLINE_ROOM.search(venue):
        return None  # "our UberConference room": a call's room, no building
    if _UNNAMED.fullmatch(venue):
        return None  # (round nineteen) "a Singapore hotel": a kind of building, none named
    return venue


# An indefinite article before a few words and a building's noun ("A Famosa Resort", capital,
# is a name).
_UNNAMED = re.compile(r"an?\s+(?:[\w'’-]+\s+){0,2}(?:hotel|resort|venue|hall|cent(?:re|er))")


def unnamed_building(phrase: str) -> bool:
    """Whether a place phrase names a kind of building and not its name ("at a Bangkok hotel"):
    no venue, yet a room the meeting is held in."""
    return _UNNAMED_IN.search(phrase) is not None


_UNNAMED_IN = re.compile(rf"(?<![\w'’-]){_UNNAMED.pattern}\b")


# A verb ends a venue: "… in Colombo was convened by the Ministry", "Nepal's Ministry of
# Foreign Affairs said on".
# "Example Hall only accommodates 120": a modal or a room's capacity does too.
_SPOKEN = "|".join((*cues.SPEECH_VERBS, *cues.STATEMENT_VERBS, "told", "reported"))
_CLAUSE_VERB = re.compile(
    rf"\s(?:was|were|is|are|will|has|have|had|{_SPOKEN}|only"
    r"|accommodates?|can|cannot|may|must|should|could|would|seats|located|situated)\b"
)
_ONLY_A_FLOOR = re.compile(
    r"(?i:(?:level|floor)\s*\w{0,4}|(?:\w{1,6}\s+)?(?:floor|level)|ชั้น\s*\S{0,4})"
)
# A desk or counter in a building: where badges are collected or fees paid, not the meeting.
DESK = re.compile(
    r"(?i:\b(?:registration|accreditation|information|help|check-?in)\s+(?:desks?|counters?"
    r"|booths?|areas?)\b|\b(?:desks?|counters?)\b)|จุดลงทะเบียน|โต๊ะลงทะเบียน"
    # where requests or forms are handed in: "จุดรับแจ้งความประสงค์…", "จุดบริการ…"
    r"|จุด(?:รับ|บริการ|คัดกรอง|แจ้ง)"
)
# A room of a call: "our UberConference room", "the Zoom room", "breakout rooms".
_ONLINE_ROOM = re.compile(
    r"(?i:\b(?:zoom|webex|teams|uberconference|gotomeeting|bluejeans|skype|jitsi|meet|virtual"
    r"|online|breakout|chat|video|conference\s+call)\s+rooms?\b)|ห้อง(?:ประชุม)?(?:ออนไลน์|เสมือน)"
)
_NAMES_A_MEETING = re.compile(rf"(?i:\b(?:{MEETING_NOUNS}))$")


_AT = re.compile(r"\sat\s+(?=[A-Z])|\sat\s+the\s+", re.IGNORECASE)
# A building's short name in brackets, a street or district written on after it.
_SHORT_NAME = re.compile(r"[^\S\n]\([A-Z]{2,8}(?:[^\S\n][A-Z][\w-]{0,20})?\)(?=[^\S\n]+[A-Z])")
# A street's name after a building's, on the same line: "… Headquarters Viale delle Terme".
_STREET_NEXT = re.compile(
    r"\s(?=(?:Viale|Via|Rue|Avenida|Avenue|Calle|Rua|Chemin)\s+(?:d[aeiou]\w{0,3}\s|[A-Z]))"
)
# The city line of an address ("Cambridge CB4 2BD", "Bangkok 10400", "Urbana, IL 61801").
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?)\b")
# "… Library in Plainwell": a name the gazetteer does not know after "in" is the city.
# (places-r23) "<Name> Museum ณ นครลอสแอนเจลิส": a building's Latin name, then a city by its
# Thai title the gazetteer may not know.
_TRAILING_IN_NAME = re.compile(
    r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$"
    r"|(?<=[A-Za-z.)])\s+(?:ณ\s*)?(?:นคร|กรุง|เมือง)[ก-๙]+$"
)
# "the", or a Thai "ณ"/"ที่" left before the building when a heading line gives the place.
_LEADING_AT = re.compile(rf"^(?:(?i:(?:at\s+)?the|at)\s+|{THAI_AT.pattern})")
# What introduces a city at the end of a venue: "กรุงฮานอย", "ILO headquarters in Geneva",
# (places-r21b) "ทำเนียบ… ณ กรุงวอชิงตัน" (its "ณ" too).
_PLACE_LEAD = re.compile(
    r"(?:(?:\sณ\s*)?(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|กรุง|นคร|เมือง)|\sณ|\s(?:in|at))?\s*$",
    re.IGNORECASE,
)
# What may follow a city's name and still be the city: "in Vientiane Capital".
_PLACE_TAIL = re.compile(r"(?:capital|city|province|metropolis)?", re.IGNORECASE)


_IN_BEFORE = re.compile(r"\s+in\s+$")


def _in_city_after_building(part: str, named: list[PlaceMatch]) -> int:
    """Where " in <city>" begins in a part naming a building before it (0 when it does not)."""
    for place in named:
        lead = _IN_BEFORE.search(part, 0, place.start) if place.is_city else None
        if lead and VENUE_WORDS.search(part, 0, lead.start()):
            return lead.start()
    return 0


def _without_trailing_places(venue: str) -> str:
    """ "ห้องประชุม ๑ อาคารกระทรวงแรงงาน กรุงเทพมหานคร" without the city at its end."""
    while True:
        named = find_places(venue)
        tail = venue[named[-1].end :].strip(" ,.-") if named else ""
        if not named or not _PLACE_TAIL.fullmatch(tail):
            return venue
        before = venue[: named[-1].start]
        lead = _PLACE_LEAD.search(before)
        if lead is not None and not lead.group() and _THAI_TEXT.match(before[-1:]):
            # glued to a Thai noun, the place is in the building's name: "ศาลากลางจังหวัดขอนแก่น"
            return venue
        venue = _PLACE_LEAD.sub("", before).rstrip(" ,-")


def _strip(part: str, named: list[PlaceMatch]) -> str:
    for place in sorted(named, key=lambda p: p.start, reverse=True):
        part = part[: place.start] + part[place.end :]
    return part
