"""Round twenty fixes (places-r20b): a room a hotel names after a city ("Example Hall (Paris
Room), Manila", "Salle Paris", "ห้องเจนีวา") names no city of the meeting; the city the
address gives after it does (tests/realmail/FAILURES.md, "Round twenty fixes (places-r20b)")."""

from __future__ import annotations

from tests.understanding.helpers import meeting_of, value_of

_HELD = "The Example Board will meet on 14 May 2027 at {place}.\n"
_THAI = "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 เวลา 09.00 น. ณ {place}\n"


def _city(body: str, subject: str = "Example Board meeting") -> str | None:
    return value_of(meeting_of(body, subject).city)


def test_a_room_named_for_a_city_in_brackets_gives_way_to_the_address() -> None:
    assert _city(_HELD.format(place="Example Hall (Paris Room), Manila")) == "Manila"
    assert _city(_HELD.format(place="Example Centre (Vienna Room), Bangkok")) == "Bangkok"


def test_a_ballroom_on_a_venue_line_gives_way_to_the_address() -> None:
    body = "Venue: the Tokyo Ballroom, Example Hotel, Nairobi\nDate: 14 May 2027\n"
    assert _city(body) == "Nairobi"


def test_a_french_room_named_for_a_city_gives_way_to_the_address() -> None:
    assert _city(_HELD.format(place="Salle Paris, Example Centre, Bangkok")) == "Bangkok"


def test_a_room_named_for_a_city_alone_names_no_city() -> None:
    assert _city(_HELD.format(place="the Geneva Room")) is None


def test_a_thai_room_named_for_a_city_gives_way_to_the_province() -> None:
    body = _THAI.format(place="ห้องเจนีวา โรงแรมตัวอย่าง กรุงเทพมหานคร")
    assert _city(body, "เชิญประชุม") == "Bangkok"
    body = _THAI.format(place="ห้องประชุมเวียนนา โรงแรมตัวอย่าง จังหวัดขอนแก่น")
    assert _city(body, "เชิญประชุม") == "Khon Kaen"


# Guards: a room after the city's comma, a hall's number before it, a building named for its
# own city, a room on the line below the address, a Thai room's number before the city.


def test_a_city_before_a_rooms_comma_is_still_the_city() -> None:
    assert _city(_HELD.format(place="the Example Hotel, Paris, Room 5")) == "Paris"
    assert _city(_HELD.format(place="Hall 3, Vienna")) == "Vienna"


def test_a_building_named_for_its_city_still_names_it() -> None:
    assert _city(_HELD.format(place="the Bangkok Convention Centre")) == "Bangkok"


def test_a_room_on_the_line_below_the_city_leaves_it() -> None:
    body = "Venue: Example Centre, Vienna\nRoom B2 (second floor)\nDate: 14 May 2027\n"
    assert _city(body) == "Vienna"


def test_a_thai_numbered_room_before_the_city_leaves_it() -> None:
    body = _THAI.format(place="ห้องประชุม 2 นครเจนีวา สมาพันธรัฐสวิส")
    assert _city(body, "เชิญประชุม") == "Geneva"
