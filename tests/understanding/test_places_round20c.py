"""Round twenty fixes (places-r20c): a city's name inside a building's name ("Hotel Vienna
House, Bangkok", "โรงแรมเวียนนาเฮาส์ จังหวัดขอนแก่น") names no city of the meeting when the
address gives another city after it on the line (tests/realmail/FAILURES.md, "Round twenty
fixes (places-r20c)")."""

from __future__ import annotations

from tests.understanding.helpers import meeting_of, value_of

_HELD = "The Example Board will meet on 14 May 2027 at {place}.\n"
_THAI = "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 เวลา 09.00 น. ณ {place}\n"


def _city(body: str, subject: str = "Example Board meeting") -> str | None:
    return value_of(meeting_of(body, subject).city)


def test_a_hotel_named_for_a_city_gives_way_to_the_address() -> None:
    body = "Venue: Hotel Vienna House, Bangkok\nDate: 14 May 2027\n"
    assert _city(body) == "Bangkok"
    assert _city(_HELD.format(place="Hotel Vienna House, Bangkok")) == "Bangkok"


def test_a_tower_named_for_a_city_gives_way_to_the_address() -> None:
    assert _city(_HELD.format(place="the Paris Tower Hotel, Example Road, Manila")) == "Manila"


def test_a_thai_hotel_named_for_a_city_gives_way_to_the_province() -> None:
    body = _THAI.format(place="โรงแรมเวียนนา เฮาส์ กรุงเทพมหานคร")
    assert _city(body, "เชิญประชุม") == "Bangkok"
    body = _THAI.format(place="โรงแรมเวียนนาเฮาส์ จังหวัดขอนแก่น")
    assert _city(body, "เชิญประชุม") == "Khon Kaen"


# Guards: a hotel named for the city it stands in, a hotel before its city's comma, a hotel's
# name with no other city after it.


def test_a_hotel_named_for_its_own_city_keeps_it() -> None:
    assert _city(_HELD.format(place="Vienna House Hotel, Vienna")) == "Vienna"
    assert _city(_HELD.format(place="Hotel Bangkok Palace, Bangkok")) == "Bangkok"
    assert _city(_HELD.format(place="Centara Grand Bangkok, Example Road, Bangkok")) == "Bangkok"
    body = _THAI.format(place="โรงแรมกรุงเทพพาเลซ กรุงเทพมหานคร")
    assert _city(body, "เชิญประชุม") == "Bangkok"


def test_a_hotel_before_its_citys_comma_leaves_it() -> None:
    assert _city(_HELD.format(place="Example Hotel, Vienna")) == "Vienna"


def test_a_hotel_named_for_a_city_with_no_other_city_keeps_it() -> None:
    assert _city(_HELD.format(place="Hotel Bangkok Palace")) == "Bangkok"
