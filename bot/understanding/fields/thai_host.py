"""Thailand as the meeting's host, in a Thai story that names no place of it: "ไทยเป็นเจ้าภาพจัด
การประชุม…", "ประเทศไทยจะเป็นเจ้าภาพจัดการประชุมผู้นำ…". Hosting is said with the verb of holding
right after it ("จัด"): "การประชุมครั้งถัดไปซึ่งประเทศไทยจะเป็นเจ้าภาพ ควรจะจัดในปีใด" is a later
meeting's host, and "โดยมีไทยเป็นเจ้าภาพ" may name the host of talks held across a border. Under
review: the host of an online meeting hosts no room (the caller reads it only for a meeting not
held online).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding import cues
from bot.understanding.fields.gazetteer import country_of_city, find_places
from bot.understanding.fields.place import Place
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted
from bot.understanding.rules import ruled

_HOSTING = r"(?:จะ|ได้รับ|ได้)?เป็นเจ้าภาพ(?:ใน)?(?:การ)?จัด"
_HOSTS = re.compile(rf"(?:ประเทศ)?ไทย{_HOSTING}")
_LATER = "(?:ครั้ง|ปี)(?:ต่อไป|ถัดไป|หน้า)"
# (round nineteen's second pass) A city by its title hosts as a country does: "เมืองเซินเจิ้น
# จะเป็นเจ้าภาพจัดการประชุม…" is held in that city; its name whole, as the list spells it.
# (mend21c) Only a host to come ("จะ", not "ได้": one of the past), and not of the next
# meeting ("…จัดการประชุมครั้งต่อไป", "ปีหน้าเมือง…จะเป็นเจ้าภาพ") in the same clause.
_CITY_HOSTS = re.compile(
    rf"{cues.THAI_CITY_TITLE}(?P<name>[ก-๙]{{2,30}}?)(?:จะ)?เป็นเจ้าภาพ(?:ใน)?"
    rf"(?:การ)?จัด(?!\S*{_LATER})"
)
_LATER_BEFORE = re.compile(rf"{_LATER}\S*$")
HOST_CONFIDENCE = 0.7


def thai_host(text: MessageText, place: Place) -> Place:
    """The place, with Thailand its country when it names none and the text says Thailand
    hosts the meeting it holds."""
    if place.country is not None or "เจ้าภาพ" not in text.plain:
        return place
    if (hosts := _HOSTS.search(text.plain)) is None:
        return _host_city(text, place)
    source = text.snippet(*hosts.span())
    country = Extracted("Thailand", source, HOST_CONFIDENCE, ruled("country.thai_host"))
    return replace(place, country=country)


def _host_city(text: MessageText, place: Place) -> Place:
    """The place with the city a story says hosts the meeting, and its country."""
    if place.city is not None or (hosts := _CITY_HOSTS.search(text.plain)) is None:
        return place
    if _LATER_BEFORE.search(text.plain, 0, hosts.start()):
        return place
    named = find_places(hosts["name"])
    if not named or not named[0].is_city or named[0].end != len(hosts["name"]):
        return place
    city, source = named[0].name, text.snippet(*hosts.span())
    how = ruled("city.thai_host", f'"{hosts.group()}": the city hosts it')
    return replace(
        place,
        city=Extracted(city, source, HOST_CONFIDENCE, how),
        country=Extracted(
            country_of_city(city), source, HOST_CONFIDENCE, ruled("country.thai_host")
        ),
    )
