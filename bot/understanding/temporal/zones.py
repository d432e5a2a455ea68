"""Time-zone phrases ("GMT+8", "(Singapore Time, GMT+8)", "ICT", "ตามเวลาสิงคโปร์") as zone names.

A zone is written as an IANA name when the text names a place or a zone abbreviation, and as a fixed
offset ("UTC+08:00") when it gives only an offset.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from bot.understanding.geo import world_country, zone_of_capital, zone_of_city, zone_of_country
from bot.understanding.prefilter import LineStart, prefiltered, words
from bot.understanding.temporal.digits import DIGIT, number

_PLACES_EN = {
    "indochina": "Asia/Bangkok", "bangkok": "Asia/Bangkok", "thailand": "Asia/Bangkok",
    "thai": "Asia/Bangkok",
    "singapore": "Asia/Singapore",
    "kuala lumpur": "Asia/Kuala_Lumpur", "malaysia": "Asia/Kuala_Lumpur",
    "malaysian": "Asia/Kuala_Lumpur", "putrajaya": "Asia/Kuala_Lumpur",
    "jakarta": "Asia/Jakarta", "indonesia": "Asia/Jakarta", "western indonesia": "Asia/Jakarta",
    "bali": "Asia/Makassar", "central indonesia": "Asia/Makassar",
    "manila": "Asia/Manila", "philippine": "Asia/Manila", "philippines": "Asia/Manila",
    "hanoi": "Asia/Ho_Chi_Minh", "ha noi": "Asia/Ho_Chi_Minh",
    "ho chi minh city": "Asia/Ho_Chi_Minh",
    "viet nam": "Asia/Ho_Chi_Minh", "vietnam": "Asia/Ho_Chi_Minh",
    "vientiane": "Asia/Vientiane", "lao pdr": "Asia/Vientiane", "laos": "Asia/Vientiane",
    "phnom penh": "Asia/Phnom_Penh", "cambodia": "Asia/Phnom_Penh",
    "yangon": "Asia/Yangon", "nay pyi taw": "Asia/Yangon", "naypyidaw": "Asia/Yangon",
    "myanmar": "Asia/Yangon",
    "bandar seri begawan": "Asia/Brunei", "brunei darussalam": "Asia/Brunei",
    "brunei": "Asia/Brunei",
    "dili": "Asia/Dili", "timor-leste": "Asia/Dili",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "seoul": "Asia/Seoul", "korea": "Asia/Seoul",
    "beijing": "Asia/Shanghai", "china": "Asia/Shanghai", "new delhi": "Asia/Kolkata",
    "india": "Asia/Kolkata", "geneva": "Europe/Zurich", "canberra": "Australia/Sydney",
    "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "sydney": "Australia/Sydney",
    "bern": "Europe/Zurich", "paris": "Europe/Paris", "brussels": "Europe/Brussels",
    "new york": "America/New_York", "washington": "America/New_York", "london": "Europe/London",
    "vienna": "Europe/Vienna", "rome": "Europe/Rome", "uk": "Europe/London",
    "british": "Europe/London",
}  # fmt: skip
# Regions named before "time" as North America and calendars write them: "Pacific Time",
# "(U.S.) Eastern Time", "Central European Summer Time". Never a zone without "time" after it:
# "Central" or "Eastern" alone is a hall or a province.
_REGIONS_EN = {
    "pacific": "America/Los_Angeles", "mountain": "America/Denver", "central": "America/Chicago",
    "eastern": "America/New_York", "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu", "atlantic": "America/Halifax",
    "central european": "Europe/Paris", "western european": "Europe/Lisbon",
    "eastern european": "Europe/Athens", "east africa": "Africa/Nairobi",
    "greenwich mean": "UTC", "coordinated universal": "UTC",
}  # fmt: skip
# Zoom's and Outlook's labels for those regions after a time: "09:00 AM Pacific Time (US and
# Canada)", "(UTC-05:00) Eastern Time (US & Canada)".
_US_LABELS = {
    f"{region} time (us {conjunction} canada)": _REGIONS_EN[region]
    for region in ("pacific", "mountain", "central", "eastern")
    for conjunction in ("and", "&")
}
# The first places of Windows' zone labels as Outlook and Teams print them after a time,
# "(UTC+09:00) Osaka, Sapporo, Tokyo", where the offset alone does not name the zone. Only there:
# nobody writes "Osaka time", and each more place name slows every search for a zone phrase.
_LABEL_PLACES = {
    **_PLACES_EN,
    "osaka": "Asia/Tokyo", "perth": "Australia/Perth", "chennai": "Asia/Kolkata",
    "amsterdam": "Europe/Amsterdam", "dublin": "Europe/Dublin", "abu dhabi": "Asia/Dubai",
    "islamabad": "Asia/Karachi", "dhaka": "Asia/Dhaka", "kathmandu": "Asia/Kathmandu",
    "sri jayawardenepura": "Asia/Colombo", "ulaanbaatar": "Asia/Ulaanbaatar",
    "auckland": "Pacific/Auckland", "brisbane": "Australia/Brisbane",
    "adelaide": "Australia/Adelaide", "darwin": "Australia/Darwin",
    # Zoom's own list of zones, as its invitations print the one chosen.
    **_US_LABELS, "atlantic time (canada)": "America/Halifax", "hawaii": "Pacific/Honolulu",
    "alaska": "America/Anchorage", "arizona": "America/Phoenix", "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid", "lisbon": "Europe/Lisbon", "stockholm": "Europe/Stockholm",
    "istanbul": "Europe/Istanbul", "cairo": "Africa/Cairo", "nairobi": "Africa/Nairobi",
    "johannesburg": "Africa/Johannesburg", "moscow": "Europe/Moscow", "dubai": "Asia/Dubai",
    "karachi": "Asia/Karachi", "mumbai": "Asia/Kolkata", "kolkata": "Asia/Kolkata",
    "shanghai": "Asia/Shanghai", "hong kong sar": "Asia/Hong_Kong",
    "melbourne": "Australia/Melbourne", "wellington": "Pacific/Auckland", "fiji": "Pacific/Fiji",
}  # fmt: skip

_ABBREVIATIONS = {
    "ICT": "Asia/Bangkok", "THA": "Asia/Bangkok", "BKK": "Asia/Bangkok", "SGT": "Asia/Singapore",
    "MYT": "Asia/Kuala_Lumpur", "MST": "Asia/Kuala_Lumpur", "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura", "PHT": "Asia/Manila", "PHST": "Asia/Manila",
    "BNT": "Asia/Brunei", "MMT": "Asia/Yangon", "TLT": "Asia/Dili", "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul", "CEST": "Europe/Zurich", "CET": "Europe/Zurich",
    # Beyond the region: the zones of the UN and ILO seats and of community calls. A summer-time
    # abbreviation names the same zone as its winter one; the date gives the offset.
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
    "CT": "America/Chicago", "CDT": "America/Chicago", "MDT": "America/Denver",
    "EAT": "Africa/Nairobi",
    "BST": "Europe/London", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "HKT": "Asia/Hong_Kong",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland", "MSK": "Europe/Moscow",
}  # fmt: skip

# The abbreviations above that name a zone of the United States ("EDT", "PT"): a notice written
# in them writes its numeric dates month first (temporal/numeric_order.py). "MST" is Malaysia's
# here, as this table reads it.
US_ABBREVIATIONS = tuple(a for a, zone in _ABBREVIATIONS.items() if zone.startswith("America/"))
# Every abbreviation read as a zone, "GMT" and "UTC" too: no word of a name ("UTC-GMT").
ZONE_ABBREVIATIONS = frozenset({"GMT", "UTC", *_ABBREVIATIONS})
# North America's regions as notices name them ("Eastern Time", "2pm (Eastern)").
US_REGION_ZONES = {r: _REGIONS_EN[r] for r in ("eastern", "central", "mountain", "pacific")}

_PLACES_TH = {
    "ประเทศไทย": "Asia/Bangkok", "ไทย": "Asia/Bangkok", "กรุงเทพมหานคร": "Asia/Bangkok",
    "กรุงเทพฯ": "Asia/Bangkok", "กรุงเทพ": "Asia/Bangkok",
    "สิงคโปร์": "Asia/Singapore", "มาเลเซีย": "Asia/Kuala_Lumpur",
    "กัวลาลัมเปอร์": "Asia/Kuala_Lumpur", "อินโดนีเซีย": "Asia/Jakarta",
    "จาการ์ตา": "Asia/Jakarta", "ฟิลิปปินส์": "Asia/Manila", "มะนิลา": "Asia/Manila",
    "เวียดนาม": "Asia/Ho_Chi_Minh", "ฮานอย": "Asia/Ho_Chi_Minh", "ลาว": "Asia/Vientiane",
    "เวียงจันทน์": "Asia/Vientiane", "กัมพูชา": "Asia/Phnom_Penh", "พนมเปญ": "Asia/Phnom_Penh",
    "เมียนมา": "Asia/Yangon", "เมียนมาร์": "Asia/Yangon", "ย่างกุ้ง": "Asia/Yangon",
    "บรูไน": "Asia/Brunei", "ติมอร์-เลสเต": "Asia/Dili", "ญี่ปุ่น": "Asia/Tokyo",
    "เกาหลี": "Asia/Seoul", "จีน": "Asia/Shanghai", "โตเกียว": "Asia/Tokyo", "โซล": "Asia/Seoul",
    "ปักกิ่ง": "Asia/Shanghai", "เจนีวา": "Europe/Zurich", "บันดาร์เสรีเบกาวัน": "Asia/Brunei",
    "เนปิดอว์": "Asia/Yangon", "ดิลี": "Asia/Dili", "โฮจิมินห์": "Asia/Ho_Chi_Minh",
}  # fmt: skip


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A city's name as written before "time": one to three capitalised words.
_CITY_WORDS = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_PLACE_EN = _alternation([*_PLACES_EN, *_REGIONS_EN]).replace(r"\ ", r"\s+")
_LABEL_PLACE = _alternation(list(_LABEL_PLACES)).replace(r"\ ", r"\s+")
# IANA names as calendars print them: "Time zone: Asia/Jakarta".
_IANA_AREAS = ("Asia", "Europe", "America", "Australia", "Africa", "Pacific", "Atlantic", "Indian")
_OFFSET = rf"(?:GMT|UTC)\s?(?P<sign>[+\-−–])\s?(?P<oh>{DIGIT}{{1,2}})(?::?(?P<om>{DIGIT}{{2}}))?"
_ONE_ZONE = (
    rf"(?:{_OFFSET}"
    rf"|(?<![A-Za-z])(?i:(?:u\.?s\.?[^\S\n]+)?(?P<place>{_PLACE_EN})"
    rf"(?:\s+(?:standard|daylight(?:\s+savings?)?|summer|local))?\s+time)(?![A-Za-z])"
    # Any other city of the world before "time": "Nairobi time", "Addis Ababa local time".
    rf"|(?<![A-Za-z])(?P<city>{_CITY_WORDS})(?:\s+local)?\s+(?i:time)(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?P<abbr>{_alternation(list(_ABBREVIATIONS))})(?![A-Za-z])"
    rf"|(?<![A-Za-z/])(?P<iana>(?:{'|'.join(_IANA_AREAS)})/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
    rf"(?![A-Za-z_/])"
    rf"|(?:ตาม)?เวลา(?:มาตรฐาน)?(?:ของ)?(?:ประเทศ|กรุง|นคร|เมือง)?"
    rf"(?P<place_th>{_alternation(list(_PLACES_TH))})"
    # "+0700" as in mail headers, and "+07:00" (a colon only after "+": "09:00 -10:30" is a
    # range), also right after a time as ISO 8601 writes it: "09:00:00+07:00".
    rf"|(?:(?<![\w+\-])|(?<=[0-9])(?=\+[01][0-9]:))(?P<nsign>[+\-])(?P<nh>[01]{DIGIT})(?:(?<=\+[01][0-9]):)?(?P<nm>[0-5]{DIGIT})"
    rf"(?![0-9๐-๙])"
    rf"|(?<![A-Za-z])(?:GMT|UTC)(?![A-Za-z+\-−–]))"
)
ONE_ZONE = re.compile(_ONE_ZONE)
# ONE_ZONE anywhere in a text, tried only where a zone can begin (bot.understanding.prefilter).
ZONE_ANYWHERE = prefiltered(
    [
        *("GMT", "UTC", *_ABBREVIATIONS, "ตามเวลา", "เวลา", r"\+", "-"),
        *(f"{area}/" for area in _IANA_AREAS),
        *words(*{place.split()[0] for place in (*_PLACES_EN, *_REGIONS_EN)}, word_start=True),
        r"[A-Z](?<![A-Za-z][A-Z])(?=[a-z]+(?:[ -][A-Z][a-z]+){0,2}\s+(?:local\s+)?[Tt]ime)",
    ],
    _ONE_ZONE,
)

# A zone written right after an expression, bare or in brackets, alone or as a pair
# "(Singapore Time, GMT+8)", "GMT+8 (MYT)".
_GAP = r"[^\S\n]*+\**+[^\S\n]*+"
ZONE_TAIL = re.compile(
    rf"{_GAP}[,;|]?{_GAP}(?P<open>\()?[^\S\n]*+(?P<z1>{_ONE_ZONE.replace('?P<', '?P<a_')})"
    rf"(?:[^\S\n]*+(?:[,/;]|\(|\)[^\S\n]*+\()[^\S\n]*+(?P<z2>{_ONE_ZONE.replace('?P<', '?P<b_')}))?"
    rf"[^\S\n]*+\)?"
)


# Bare place names as Outlook and Zoom print them after a time or an offset: "(UTC+07:00) Bangkok,
# Hanoi, Jakarta", "(UTC+06:30) Yangon (Rangoon)", "Jan 28, 2026 02:00 PM Kuala Lumpur", and in
# brackets: "at 08:00 (Singapore) or 13:00 (New Zealand)", and as Zoom's webinar mails write it:
# "May 14, 2026 09:00 AM in Pacific Time (US and Canada)". The clause must end there, so that
# "at 10:00 Singapore Management University" names no zone.
PLACE_AFTER = re.compile(
    rf"[^\S\n]*+(?:(?P<open>\()[^\S\n]*+)?(?:(?i:in)[^\S\n]++)?(?i:(?P<place>{_LABEL_PLACE}))(?![A-Za-z])"
    rf"(?:[^\S\n]*+,[^\S\n]*+(?i:{_LABEL_PLACE})(?![A-Za-z]))*"
    rf"(?=[^\S\n]*+(?:[\n.,;|()]|\Z))"
    r"(?(open)[^\S\n]*+\))"
)

# A place named without "time" where a zone is expected: "Time zone: Singapore (UTC+8)".
BARE_PLACE = re.compile(rf"[^\S\n]*+(?i:(?P<place>{_LABEL_PLACE}))(?![A-Za-z])")

# A zone written just before an expression: "(GMT+8) 10:00 – 11:30, Thursday 11 June 2026", also
# with a second form in brackets: "Yangon time (UTC+06:30), 10:00 hrs, 23 September 2026".
ZONE_BEFORE = re.compile(
    rf"(?P<open>\()?[^\S\n]*+(?P<z1>{_ONE_ZONE})[^\S\n]*+(?(open)\))"
    rf"(?:[^\S\n]*+\([^()\n]{{0,12}}?(?P<z2>{_ONE_ZONE.replace('?P<', '?P<b_')})[^\S\n]*+\))?"
    rf"[^\S\n]*+[,:\-–]?[^\S\n]*+\Z"
)

# Words that state one zone for every time of a document or section: "All times are in Singapore
# time (GMT+8)", "Time Zone: GMT+8 (MYT)", "เวลาที่ระบุเป็นเวลาประเทศไทย". The zone follows them.
ZONE_STATEMENT = prefiltered(
    [*words(r"all\s", "time", word_start=True), "เวลา"],
    r"(?:"
    r"(?i:(?<![A-Za-z])all\s+(?:the\s+)?times?(?![A-Za-z])[^.\n]{0,40}?"
    r"(?<![A-Za-z])(?:are|is|in|refer\s+to)(?![A-Za-z])"
    r"(?:\s+(?:given\s+|expressed\s+|indicated\s+|stated\s+)?in(?![A-Za-z]))?"
    r"|(?<![A-Za-z])times?\s+(?:are|is)\s+(?:given\s+|expressed\s+|indicated\s+|stated\s+)?in"
    r"(?![A-Za-z])"
    r"|(?<![A-Za-z])time\s*zone[*\s]*[:：])"
    r"|เวลา(?:ทั้งหมด|ที่ระบุ(?:ไว้)?(?:ทั้งหมด)?)[^\S\n]*+(?:เป็น|คือ|ใช้)?)"
    r"(?i:\s+local\s+time,?)?",
)

# Where one message of a mail chain ends and another begins: a zone stated in one does not
# reach into the next.
SECTION_BREAK = LineStart(
    r"^[^\S\n]*+(?:-{2,}+[^\n]*(?:Forwarded|Original)[^\n]*|Begin forwarded message:"
    r"|(?:From|จาก)[^\S\n]*+:[^\n]*|On [^\n]*wrote:|[^\n]*เขียนว่า:|บันทึกข้อความ)[^\S\n]*+$",
)


def place_zone(name: str) -> str:
    """The zone of a place name matched by the `place` group of PLACE_AFTER or BARE_PLACE."""
    return _LABEL_PLACES[re.sub(r"\s+", " ", name.lower())]


# The widest offset any zone has (Kiribati's UTC+14:00).
MOST_OFFSET_MINUTES = 14 * 60


def zone_of(phrase: str) -> str | None:
    """The zone a phrase names: an IANA name, "UTC+08:00" for a bare offset, or None."""
    m = ONE_ZONE.fullmatch(phrase.strip())
    if m is None:
        return None
    if m["place"]:
        place = re.sub(r"\s+", " ", m["place"].lower())
        return _PLACES_EN.get(place) or _REGIONS_EN[place]
    if m["city"]:
        return _city_zone(m["city"])
    if m["abbr"]:
        return _ABBREVIATIONS[m["abbr"]]
    if m["iana"]:
        return m["iana"] if m["iana"] in _iana_names() else None
    if m["place_th"]:
        return _PLACES_TH[m["place_th"]]
    if m["nh"]:  # "+0700", as in mail headers
        minutes, sign = number(m["nh"]) * 60 + number(m["nm"]), m["nsign"]
    elif m["oh"] is None:
        return "UTC"
    else:
        minutes = number(m["oh"]) * 60 + (number(m["om"]) if m["om"] else 0)
        sign = "+" if m["sign"] == "+" else "-"
    if minutes > MOST_OFFSET_MINUTES:  # "GMT+80", a typo for GMT+8: no zone of the earth
        return None
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


_IANA_NAME = prefiltered(
    [f"{area}/" for area in _IANA_AREAS],
    rf"(?<![A-Za-z/])(?:{'|'.join(_IANA_AREAS)})/[A-Za-z_]+(?:/[A-Za-z_]+)?(?![A-Za-z_/])",
)


def written_iana_zone(text: str) -> str | None:
    """The one IANA zone a text writes ("Asia/Bangkok timezone" under an event's dates), or
    None when it writes none or several."""
    found = {zone for m in _IANA_NAME.finditer(text) if (zone := zone_of(m[0])) is not None}
    return found.pop() if len(found) == 1 else None


# Capitalised words before "time" that name no city: "Start Time", "Standard Time".
_NOT_CITIES = frozenset(
    ("start", "end", "local", "standard", "meeting", "session", "opening", "closing", "arrival",
     "departure", "registration", "daylight", "summer", "winter", "same", "your", "the", "our",
     "lunch", "dinner", "break", "coffee", "tea", "date", "due", "deadline", "event", "call")
)  # fmt: skip


def _city_zone(name: str) -> str | None:
    """The zone of a city of the world named before "time", from GeoNames, or of a country
    of one zone ("Vanuatu time")."""
    if name.split()[0].lower() in _NOT_CITIES:
        return None
    return zone_of_city(name) or zone_of_country(name) or _nation_zone(name)


# The words of a zone's season between its nation and "time": "Australian Daylight Saving Time".
_SEASON_WORDS = frozenset(("standard", "daylight", "saving", "savings", "summer"))
# How a nation's adjective is made from its name, and what to undo: the name itself ("Pakistan
# Standard Time"), Australia-n, Canad(a)-ian, Brazil-ian, Japan-ese.
_NATION_ENDINGS = (("", ""), ("n", ""), ("ian", "a"), ("ian", ""), ("ese", ""))
NATION_DOUBT = "the zone of a nation's time read as its capital's"


def _nation_zone(name: str) -> str | None:
    """The zone of a country named by its adjective before its season and "time": its one zone,
    or its capital's (where national standard or summer time is kept). None without a season
    ("Australia time" has several zones, none named) or with a region too ("Australian Western
    Standard Time" is not the capital's)."""
    words = name.lower().split()
    while len(words) > 1 and words[-1] in _SEASON_WORDS:
        words.pop()
    if len(words) != 1 or words[0] == name.lower():
        return None
    for ending, undo in _NATION_ENDINGS:
        if words[0].endswith(ending):
            country = world_country(words[0][: len(words[0]) - len(ending)] + undo)
            if country is not None:
                return zone_of_country(country) or zone_of_capital(country)
    return None


def by_nation(phrase: str) -> bool:
    """Whether a zone phrase names its zone by a nation's adjective, not by a place."""
    m = ONE_ZONE.fullmatch(phrase.strip())
    city = m["city"] if m is not None else None
    return city is not None and _city_zone(city) == _nation_zone(city) is not None


@lru_cache(maxsize=1)
def _iana_names() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=256)
def tzinfo_of(zone: str) -> dt.tzinfo:
    """The tzinfo for a name from `zone_of` or any IANA name; ZoneInfo raises on unknown names."""
    if zone == "UTC":
        return dt.UTC
    m = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", zone)
    if m:
        delta = dt.timedelta(hours=int(m[2]), minutes=int(m[3]))
        return dt.timezone(delta if m[1] == "+" else -delta)
    return ZoneInfo(zone)


def is_fixed_offset(zone: str) -> bool:
    return zone == "UTC" or zone.startswith(("UTC+", "UTC-"))
