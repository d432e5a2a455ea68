"""Places the invitations of an ASEAN labour office name: countries and meeting cities.

Each entry: the canonical English name, then the spellings seen in English and Thai
text. Matching is case-insensitive for Latin script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.understanding import cues
from bot.understanding.fields.building_names import named_for_a_city
from bot.understanding.fields.countries_th import FARTHER_COUNTRIES_TH
from bot.understanding.fields.name_list import NameList, words_in
from bot.understanding.geo import (
    city_named,
    city_names,
    country_name,
    country_names,
    zone_of_country,
)

COUNTRIES: dict[str, tuple[str, ...]] = {
    "Brunei Darussalam": ("Brunei Darussalam", "Brunei", "บรูไนดารุสซาลาม", "บรูไน"),
    "Cambodia": ("Kingdom of Cambodia", "Cambodia", "ราชอาณาจักรกัมพูชา", "กัมพูชา"),
    "Indonesia": ("Republic of Indonesia", "Indonesia", "สาธารณรัฐอินโดนีเซีย", "อินโดนีเซีย"),
    "Lao PDR": (
        "Lao People's Democratic Republic",
        "Lao PDR",
        "Laos",
        "สาธารณรัฐประชาธิปไตยประชาชนลาว",
        "สปป. ลาว",
        "สปป.ลาว",
    ),
    "Malaysia": ("Malaysia", "มาเลเซีย"),
    "Myanmar": ("Republic of the Union of Myanmar", "Myanmar", "สาธารณรัฐแห่งสหภาพเมียนมา", "เมียนมา"),
    "Philippines": ("Republic of the Philippines", "Philippines", "สาธารณรัฐฟิลิปปินส์", "ฟิลิปปินส์"),
    "Singapore": ("Republic of Singapore", "Singapore", "สาธารณรัฐสิงคโปร์", "สิงคโปร์"),
    "Thailand": ("Kingdom of Thailand", "Thailand", "ราชอาณาจักรไทย", "ประเทศไทย"),
    "Viet Nam": (
        "Socialist Republic of Viet Nam",
        "Viet Nam",
        "Vietnam",
        "สาธารณรัฐสังคมนิยมเวียดนาม",
        "เวียดนาม",
    ),
    "Timor-Leste": ("Timor-Leste", "East Timor", "ติมอร์-เลสเต", "ติมอร์ - เลสเต"),
    "Japan": ("Japan", "ญี่ปุ่น"),
    "China": ("People's Republic of China", "China", "สาธารณรัฐประชาชนจีน", "ประเทศจีน"),
    "Republic of Korea": ("Republic of Korea", "South Korea", "Korea", "สาธารณรัฐเกาหลี", "เกาหลีใต้"),
    "India": ("India", "อินเดีย"),
    "Australia": ("Australia", "ออสเตรเลีย"),
    "New Zealand": ("New Zealand", "นิวซีแลนด์"),
    "Switzerland": ("Switzerland", "สมาพันธรัฐสวิส", "สวิตเซอร์แลนด์"),
    "Italy": ("Italy", "อิตาลี"),
    "France": ("France", "ฝรั่งเศส"),
    "Belgium": ("Belgium", "เบลเยียม"),
    "Germany": ("Germany", "เยอรมนี"),
    "Austria": ("Austria", "ออสเตรีย"),
    "Netherlands": ("Netherlands", "เนเธอร์แลนด์"),
    "United Kingdom": ("United Kingdom", "สหราชอาณาจักร"),
    "United States": ("United States of America", "United States", "USA", "สหรัฐอเมริกา"),
    "Canada": ("Canada", "แคนาดา"),
    "Peru": ("Peru", "เปรู"),
    "Chile": ("Chile", "ชิลี"),
    "Mexico": ("Mexico", "เม็กซิโก"),
    "Qatar": ("Qatar", "กาตาร์"),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "สหรัฐอาหรับเอมิเรตส์"),
    "Saudi Arabia": ("Saudi Arabia", "ซาอุดีอาระเบีย"),
    "Bangladesh": ("Bangladesh", "บังกลาเทศ"),
    "Sri Lanka": ("Sri Lanka", "ศรีลังกา"),
    "Nepal": ("Nepal", "เนปาล"),
    "Mongolia": ("Mongolia", "มองโกเลีย"),
    "Papua New Guinea": ("Papua New Guinea", "ปาปัวนิวกินี"),
}

COUNTRIES.update(FARTHER_COUNTRIES_TH)

CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Bangkok": ("Thailand", ("Bangkok", "กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ")),
    "Chiang Mai": ("Thailand", ("Chiang Mai", "เชียงใหม่")),
    "Phuket": ("Thailand", ("Phuket", "ภูเก็ต")),
    "Phang Nga": ("Thailand", ("Phang Nga", "Phangnga", "พังงา")),
    "Pattaya": ("Thailand", ("Pattaya", "พัทยา")),
    "Khon Kaen": ("Thailand", ("Khon Kaen", "ขอนแก่น")),
    "Hua Hin": ("Thailand", ("Hua Hin", "หัวหิน")),
    "Nonthaburi": ("Thailand", ("Nonthaburi", "นนทบุรี")),
    "Pathum Thani": ("Thailand", ("Pathum Thani", "ปทุมธานี")),
    "Samut Prakan": ("Thailand", ("Samut Prakan", "สมุทรปราการ")),
    "Chiang Rai": ("Thailand", ("Chiang Rai", "เชียงราย")),
    "Krabi": ("Thailand", ("Krabi", "กระบี่")),
    "Ayutthaya": ("Thailand", ("Phra Nakhon Si Ayutthaya", "Ayutthaya", "พระนครศรีอยุธยา")),
    "Nakhon Ratchasima": ("Thailand", ("Nakhon Ratchasima", "Korat", "นครราชสีมา")),
    "Udon Thani": ("Thailand", ("Udon Thani", "อุดรธานี")),
    "Hat Yai": ("Thailand", ("Hat Yai", "หาดใหญ่")),
    "Rayong": ("Thailand", ("Rayong", "ระยอง")),
    "Kuala Lumpur": ("Malaysia", ("Kuala Lumpur", "กรุงกัวลาลัมเปอร์", "กัวลาลัมเปอร์")),
    "Putrajaya": ("Malaysia", ("Putrajaya", "ปุตราจายา")),
    "Penang": ("Malaysia", ("Pulau Pinang", "Penang", "George Town", "ปีนัง")),
    "Langkawi": ("Malaysia", ("Langkawi", "ลังกาวี")),
    "Malacca": ("Malaysia", ("Melaka", "Malacca", "มะละกา")),
    "Kota Kinabalu": ("Malaysia", ("Kota Kinabalu", "โกตากินาบาลู")),
    "Kuching": ("Malaysia", ("Kuching", "กูชิง")),
    "Johor Bahru": ("Malaysia", ("Johor Bahru", "ยะโฮร์บาห์รู")),
    "Ipoh": ("Malaysia", ("Ipoh", "อีโปห์")),
    "Kuantan": ("Malaysia", ("Kuantan", "กวนตัน")),
    "Cyberjaya": ("Malaysia", ("Cyberjaya", "ไซเบอร์จายา")),
    "Jakarta": ("Indonesia", ("Jakarta", "กรุงจาการ์ตา", "จาการ์ตา")),
    "Bali": ("Indonesia", ("Bali", "Nusa Dua", "Denpasar", "บาหลี")),
    "Bandung": ("Indonesia", ("Bandung", "บันดุง")),
    "Surabaya": ("Indonesia", ("Surabaya", "สุราบายา")),
    "Yogyakarta": ("Indonesia", ("Yogyakarta", "ยอกยาการ์ตา")),
    "Batam": ("Indonesia", ("Batam", "บาตัม")),
    "Bogor": ("Indonesia", ("Bogor", "โบกอร์")),
    "Semarang": ("Indonesia", ("Semarang", "เซมารัง")),
    "Medan": ("Indonesia", ("Medan", "เมดาน")),
    "Makassar": ("Indonesia", ("Makassar", "มากัสซาร์")),
    "Lombok": ("Indonesia", ("Lombok", "Mataram", "ลอมบอก")),
    "Labuan Bajo": ("Indonesia", ("Labuan Bajo", "ลาบวนบาโจ")),
    "Manila": ("Philippines", ("Metro Manila", "Manila", "กรุงมะนิลา", "มะนิลา")),
    "Makati": ("Philippines", ("Makati", "มากาติ")),
    "Pasay": ("Philippines", ("Pasay", "ปาไซ")),
    "Quezon City": ("Philippines", ("Quezon City", "เกซอนซิตี")),
    "Cebu": ("Philippines", ("Cebu", "เซบู")),
    "Boracay": ("Philippines", ("Boracay", "โบราไกย์")),
    "Bohol": ("Philippines", ("Bohol", "โบโฮล")),
    "Davao": ("Philippines", ("Davao", "ดาเวา")),
    "Clark": ("Philippines", ("Clark Freeport", "Clark", "คลาร์ก")),
    "Iloilo": ("Philippines", ("Iloilo", "อิโลอิโล")),
    "Tagaytay": ("Philippines", ("Tagaytay", "ตากายไต")),
    "Baguio": ("Philippines", ("Baguio", "บาเกียว")),
    "Subic": ("Philippines", ("Subic", "ซูบิก")),
    "Singapore": ("Singapore", ("Singapore", "สิงคโปร์")),
    "Ha Noi": ("Viet Nam", ("Ha Noi", "Hanoi", "กรุงฮานอย", "ฮานอย")),
    "Ho Chi Minh City": ("Viet Nam", ("Ho Chi Minh City", "Saigon", "นครโฮจิมินห์", "โฮจิมินห์")),
    "Da Nang": ("Viet Nam", ("Da Nang", "Danang", "ดานัง")),
    "Hoi An": ("Viet Nam", ("Hoi An", "ฮอยอัน")),
    "Ha Long": ("Viet Nam", ("Ha Long", "Halong", "ฮาลอง")),
    "Nha Trang": ("Viet Nam", ("Nha Trang", "ญาจาง")),
    "Hai Phong": ("Viet Nam", ("Hai Phong", "Haiphong", "ไฮฟอง")),
    "Can Tho": ("Viet Nam", ("Can Tho", "เกิ่นเทอ")),
    "Quang Ninh": ("Viet Nam", ("Quang Ninh", "กว๋างนิญ")),
    "Hue": ("Viet Nam", ("Hue City", "เว้")),
    "Phnom Penh": ("Cambodia", ("Phnom Penh", "กรุงพนมเปญ", "พนมเปญ")),
    "Siem Reap": ("Cambodia", ("Siem Reap", "เสียมราฐ")),
    "Sihanoukville": ("Cambodia", ("Sihanoukville", "สีหนุวิลล์")),
    # (round nineteen: border towns where the two countries' border committees meet)
    "Koh Kong": ("Cambodia", ("Koh Kong", "เกาะกง")),
    "Battambang": ("Cambodia", ("Battambang", "พระตะบอง")),
    "Vientiane": ("Lao PDR", ("Vientiane", "นครหลวงเวียงจันทน์", "เวียงจันทน์")),
    "Luang Prabang": ("Lao PDR", ("Luang Prabang", "หลวงพระบาง")),
    "Pakse": ("Lao PDR", ("Pakse", "ปากเซ")),
    "Savannakhet": ("Lao PDR", ("Savannakhet", "สะหวันนะเขต")),
    "Yangon": ("Myanmar", ("Yangon", "ย่างกุ้ง")),
    "Nay Pyi Taw": (
        "Myanmar",
        # ("เนปยิดอ": the press's spelling, round nineteen's second pass)
        ("Nay Pyi Taw", "Naypyitaw", "Naypyidaw", "เนปิดอว์", "เนปิดอร์", "เนปยีดอ", "เนปีดอ", "เนปยิดอ"),
    ),
    "Mandalay": ("Myanmar", ("Mandalay", "มัณฑะเลย์")),
    "Bagan": ("Myanmar", ("Bagan", "พุกาม")),
    "Bandar Seri Begawan": ("Brunei Darussalam", ("Bandar Seri Begawan", "บันดาร์เสรีเบกาวัน")),
    "Dili": ("Timor-Leste", ("Dili", "ดิลี")),
    "Geneva": ("Switzerland", ("Geneva", "Genève", "เจนีวา")),
    "Turin": ("Italy", ("Turin", "Torino", "ตูริน")),
    "Rome": ("Italy", ("Rome", "กรุงโรม")),
    "Paris": ("France", ("Paris", "กรุงปารีส", "ปารีส")),
    "Brussels": ("Belgium", ("Brussels", "บรัสเซลส์")),
    "Vienna": ("Austria", ("Vienna", "กรุงเวียนนา", "เวียนนา")),
    "Berlin": ("Germany", ("Berlin", "เบอร์ลิน")),
    "Bonn": ("Germany", ("Bonn", "บอนน์")),
    "The Hague": ("Netherlands", ("The Hague", "กรุงเฮก")),
    "London": ("United Kingdom", ("London", "กรุงลอนดอน", "ลอนดอน")),
    "Tokyo": ("Japan", ("Tokyo", "กรุงโตเกียว", "โตเกียว")),
    "Osaka": ("Japan", ("Osaka", "โอซากา")),
    "Kyoto": ("Japan", ("Kyoto", "เกียวโต")),
    "Yokohama": ("Japan", ("Yokohama", "โยโกฮามา")),
    "Kobe": ("Japan", ("Kobe", "โกเบ")),
    "Nagoya": ("Japan", ("Nagoya", "นาโกยา")),
    "Fukuoka": ("Japan", ("Fukuoka", "ฟุกุโอกะ")),
    "Hiroshima": ("Japan", ("Hiroshima", "ฮิโรชิมา")),
    "Seoul": ("Republic of Korea", ("Seoul", "กรุงโซล", "โซล")),
    "Busan": ("Republic of Korea", ("Busan", "ปูซาน")),
    "Incheon": ("Republic of Korea", ("Incheon", "อินชอน")),
    "Jeju": ("Republic of Korea", ("Jeju", "เชจู")),
    "Gyeongju": ("Republic of Korea", ("Gyeongju", "คย็องจู", "คยองจู")),
    "Ulsan": ("Republic of Korea", ("Ulsan", "อุลซาน")),
    "Daejeon": ("Republic of Korea", ("Daejeon", "แทจอน")),
    "Beijing": ("China", ("Beijing", "กรุงปักกิ่ง", "ปักกิ่ง")),
    "Shanghai": ("China", ("Shanghai", "เซี่ยงไฮ้")),
    "Nanning": ("China", ("Nanning", "หนานหนิง")),
    "Kunming": ("China", ("Kunming", "คุนหมิง")),
    "Shenzhen": ("China", ("Shenzhen", "เซินเจิ้น")),
    "Guangzhou": ("China", ("Guangzhou", "กวางโจว")),
    "Xiamen": ("China", ("Xiamen", "เซี่ยเหมิน")),
    "Hangzhou": ("China", ("Hangzhou", "หางโจว")),
    "Tianjin": ("China", ("Tianjin", "เทียนจิน")),
    "Chengdu": ("China", ("Chengdu", "เฉิงตู")),
    "Xi'an": ("China", ("Xi'an", "Xian", "ซีอาน")),
    "Qingdao": ("China", ("Qingdao", "ชิงเต่า")),
    "Dalian": ("China", ("Dalian", "ต้าเหลียน")),
    "Macao": ("China", ("Macao", "Macau", "มาเก๊า")),
    "Hong Kong": ("China", ("Hong Kong", "ฮ่องกง")),
    "New Delhi": ("India", ("New Delhi", "นิวเดลี")),
    "Canberra": ("Australia", ("Canberra", "แคนเบอร์รา")),
    "Sydney": ("Australia", ("Sydney", "ซิดนีย์")),
    "Melbourne": ("Australia", ("Melbourne", "เมลเบิร์น")),
    "Brisbane": ("Australia", ("Brisbane", "บริสเบน")),
    "Perth": ("Australia", ("Perth", "เพิร์ท")),
    "Wellington": ("New Zealand", ("Wellington", "เวลลิงตัน")),
    "Auckland": ("New Zealand", ("Auckland", "โอ๊คแลนด์")),
    "New York": ("United States", ("New York", "นิวยอร์ก")),
    "Washington, D.C.": ("United States", ("Washington, D.C.", "Washington DC", "วอชิงตัน")),
    "Lima": ("Peru", ("Lima", "ลิมา")),
    "Santiago": ("Chile", ("Santiago", "ซันติอาโก")),
    "Mexico City": ("Mexico", ("Mexico City", "เม็กซิโกซิตี")),
    "Port Moresby": ("Papua New Guinea", ("Port Moresby", "พอร์ตมอร์สบี")),
    "Vancouver": ("Canada", ("Vancouver", "แวนคูเวอร์")),
    "Ottawa": ("Canada", ("Ottawa", "ออตตาวา")),
    "San Francisco": ("United States", ("San Francisco", "ซานฟรานซิสโก")),
    "Honolulu": ("United States", ("Honolulu", "โฮโนลูลู")),
    "Doha": ("Qatar", ("Doha", "โดฮา")),
    "Dubai": ("United Arab Emirates", ("Dubai", "ดูไบ")),
    "Dhaka": ("Bangladesh", ("Dhaka", "ธากา")),
    "Colombo": ("Sri Lanka", ("Colombo", "โคลัมโบ")),
    "Kathmandu": ("Nepal", ("Kathmandu", "กาฐมาณฑุ")),
    "Ulaanbaatar": ("Mongolia", ("Ulaanbaatar", "อูลานบาตอร์")),
}


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    name: str  # canonical
    is_city: bool


_CITY_OF = {s.lower(): name for name, (_, spellings) in CITIES.items() for s in spellings}
_COUNTRY_OF = {s.lower(): name for name, spellings in COUNTRIES.items() for s in spellings}
# "Timor-Leste" is also written "Timor Leste".
_COUNTRY_OF.update({s.replace("-", " "): n for s, n in list(_COUNTRY_OF.items())})


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset[str]:
    """The first words that name a country alone: "Lao" (of Lao PDR), "Viet" (of Viet Nam).

    Decided from the names themselves: the first word of one of the list's short names (a formal
    "Republic of …" is no short name) that opens no other country's name, GeoNames' countries
    counted ("New", "South", "United" open several), nor the name of a city in another country
    ("Sri" opens Sri Ganganagar in India, "East" East London).
    """
    short_names = [s for s in _COUNTRY_OF if " of " not in s]
    words = {s.split()[0] for s in short_names if " " in s}
    countries_of: dict[str, set[str]] = {}
    for name in [*short_names, *(n.lower() for n in country_names())]:
        if " " in name.strip() and (word := name.split()[0]) in words:
            countries_of.setdefault(word, set()).add(canonical_country(name))
    for city, code in city_names():
        if " " in city and (word := city.split()[0].lower()) in words:
            countries_of[word].add(canonical_country(country_name(code) or code))
    return frozenset(word for word, countries in countries_of.items() if len(countries) == 1)


_CITY_NAMES = NameList(s for _, spellings in CITIES.values() for s in spellings)
_COUNTRY_NAMES = NameList(s for spellings in COUNTRIES.values() for s in spellings)


def warm() -> None:
    """Compile the lists of city and country spellings, so that no message pays for them."""
    _CITY_NAMES.compile()
    _COUNTRY_NAMES.compile()


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
    """Cities and countries named in text[start:end], in order; a city wins an overlap."""
    return list(_places_in(text, start, len(text) if end is None else end))


# The readers of a message ask of the same window more than once (about one call in six over
# the benchmark's messages): each window is read once.
@lru_cache(maxsize=256)
def _places_in(text: str, start: int, stop: int) -> tuple[PlaceMatch, ...]:
    words = words_in(text, start, stop)
    found = [
        PlaceMatch(m.start(), m.end(), city, True)
        for m in _CITY_NAMES.finditer(text, start, stop, words)
        if not _NAMES_A_TEXT.match(text, m.end())
        and not named_for_a_city(text, m.start(), m.end(), city := _CITY_OF[_spelling(m)], _cities)
    ]
    for m in _COUNTRY_NAMES.finditer(text, start, stop, words):
        if not m.group().startswith(_COUNTRY_TITLES) and _INSIDE_TITLED_NAME.search(
            text, max(0, m.start() - _TITLED_REACH), m.start()
        ):
            continue  # "กรุงจากาตาร์" (Jakarta as one spells it) holds "กาตาร์" (Qatar)
        if not any(c.start < m.end() and m.start() < c.end for c in found):
            found.append(PlaceMatch(m.start(), m.end(), _COUNTRY_OF[_spelling(m)], False))
    return tuple(sorted(found, key=lambda p: p.start))


# A Thai city's title and the first letters of its name right before a country's name: the
# country's letters are the end of the city's name, not a country.
# ("กรุงเทพฯประเทศไทย": an abbreviation's mark ends the city's name, and a country written
# with its own title begins a word)
_INSIDE_TITLED_NAME = re.compile(rf"{cues.THAI_CITY_TITLE}[ก-ฮะ-๎]{{1,6}}$")
# (the title's four or five letters and the first few of the city's name before the country's:
# further back the title is another word's)
_TITLED_REACH = 10
_COUNTRY_TITLES = ("ประเทศ", "สาธารณรัฐ", "ราชอาณาจักร", "สหพันธ", "รัฐ")
# "the Nagoya Protocol", "the Bali Process", "the Vientiane Declaration": a treaty, a process or a
# declaration named after the city it was made in, no place of the meeting ("Convention" is left
# out: "Bangkok Convention Centre" is a building); "the Colombo Plan", a body named after one.
# (a wrapped line may part them)
_NAMES_A_TEXT = re.compile(
    r"\s+(?:Protocol|Process|Declaration|Agreement|Accord|Consensus|Principles|Charter"
    r"|Action\s+(?:Plan|Programme|Program|Agenda)|Plan)\b"
)


def _cities(text: str, start: int, stop: int) -> list[str]:
    """The cities text[start:stop] spells, as the list has them (a building's refusal asks what
    follows it: no refusal, no cache)."""
    words = words_in(text, start, stop)
    return [_CITY_OF[_spelling(m)] for m in _CITY_NAMES.finditer(text, start, stop, words)]


def _spelling(match: re.Match[str]) -> str:
    return " ".join(match.group().lower().split())


def canonical_city(name: str) -> str:
    """The gazetteer's name for a city however it is spelt ("Hanoi" is "Ha Noi"), or the name
    itself for a city the gazetteer does not list."""
    return _CITY_OF.get(" ".join(name.lower().split()), name)


def canonical_country(name: str) -> str:
    """The gazetteer's name for a country however it is spelt ("Laos" is "Lao PDR"), or the
    name itself for a country the gazetteer does not list."""
    key = " ".join(name.lower().replace("-", " ").split())
    # (GeoNames' "The Netherlands" is the list's "Netherlands")
    return _COUNTRY_OF.get(key) or _COUNTRY_OF.get(key.removeprefix("the "), name)


def is_country(name: str) -> bool:
    """Whether a name is one of the gazetteer's countries, or the first word of one ("Lao")."""
    key = " ".join(name.lower().replace("-", " ").split())
    return key in _COUNTRY_OF or key in _country_first_words()


def country_of_city(city: str) -> str:
    return CITIES[city][0]


# The zone a meeting's wall-clock times are in, by country, with the cities of countries
# that span several zones.
COUNTRY_ZONES = {
    "Brunei Darussalam": "Asia/Brunei",
    "Cambodia": "Asia/Phnom_Penh",
    "Indonesia": "Asia/Jakarta",
    "Lao PDR": "Asia/Vientiane",
    "Malaysia": "Asia/Kuala_Lumpur",
    "Myanmar": "Asia/Yangon",
    "Philippines": "Asia/Manila",
    "Singapore": "Asia/Singapore",
    "Thailand": "Asia/Bangkok",
    "Viet Nam": "Asia/Ho_Chi_Minh",
    "Timor-Leste": "Asia/Dili",
    "Japan": "Asia/Tokyo",
    "China": "Asia/Shanghai",
    "Republic of Korea": "Asia/Seoul",
    "India": "Asia/Kolkata",
    "New Zealand": "Pacific/Auckland",
    "Switzerland": "Europe/Zurich",
    "Italy": "Europe/Rome",
    "France": "Europe/Paris",
    "Belgium": "Europe/Brussels",
    "Germany": "Europe/Berlin",
    "Austria": "Europe/Vienna",
    "Netherlands": "Europe/Amsterdam",
    "United Kingdom": "Europe/London",
    "Peru": "America/Lima",
    "Mexico": "America/Mexico_City",
    "Chile": "America/Santiago",
    "Qatar": "Asia/Qatar",
    "United Arab Emirates": "Asia/Dubai",
    "Saudi Arabia": "Asia/Riyadh",
    "Bangladesh": "Asia/Dhaka",
    "Sri Lanka": "Asia/Colombo",
    "Nepal": "Asia/Kathmandu",
    "Mongolia": "Asia/Ulaanbaatar",
    "Papua New Guinea": "Pacific/Port_Moresby",
}
CITY_ZONES = {
    "Bali": "Asia/Makassar",
    "Hong Kong": "Asia/Hong_Kong",
    "Canberra": "Australia/Sydney",
    "Sydney": "Australia/Sydney",
    "Melbourne": "Australia/Melbourne",
    "New York": "America/New_York",
    "Washington, D.C.": "America/New_York",
    "Perth": "Australia/Perth",
    "Brisbane": "Australia/Brisbane",
    "Makassar": "Asia/Makassar",
    "Lombok": "Asia/Makassar",
    "Labuan Bajo": "Asia/Makassar",
    "Macao": "Asia/Macau",
    "Vancouver": "America/Vancouver",
    "Ottawa": "America/Toronto",
    "San Francisco": "America/Los_Angeles",
    "Honolulu": "Pacific/Honolulu",
    "Mexico City": "America/Mexico_City",
}


def zone_of_place(city: str | None, country: str | None) -> str | None:
    """The zone of the region's cities and countries as listed here (GeoNames files northern
    Viet Nam under Asia/Bangkok, and knows no Bali); of any other city, GeoNames' (the
    source "Nairobi time" is read with too)."""
    if city and city in CITY_ZONES:
        return CITY_ZONES[city]
    if city and city not in CITIES and (world := _world_zone(city, country)):
        return world
    country = country or (country_of_city(city) if city in CITIES else None)
    return COUNTRY_ZONES.get(country) if country else None


def _world_zone(city: str, country: str | None) -> str | None:
    """GeoNames' zone of a city (the source "Nairobi time" is read with too), when it lies in
    the country the text names with it ("Oakland, New Zealand" is no city of California)."""
    found = city_named(city, min_population=0)
    if found is None:
        # a town too small for the city table ("Moravske Toplice, Slovenia"): its country's
        # zone, when the country keeps one
        return zone_of_country(country) if country is not None else None
    if country is not None and canonical_country(country_name(found.country_code) or "") != (
        canonical_country(country)
    ):
        return None
    return found.timezone
