"""Round eighteen, second pass: place and mode classes the first pass left (tests/realmail/
FAILURES.md, "Round eighteen, second pass (places23b)"), each in an invented text of the
class's shape, with guards."""

from __future__ import annotations

from bot.understanding.geo import city_named
from bot.understanding.record import Mode
from tests.understanding.helpers import (
    assert_under_review,
    extract_text,
    news_meeting,
    value_of,
)

# T1. A foreign city's Thai name written with its tone marks or silenced letters other than
# GeoNames writes them is the same city.


def test_a_thai_name_without_its_silenced_letter_is_the_city() -> None:
    city = city_named("แคนเบอรา", min_population=15_000)
    assert city is not None
    assert city.name == "Canberra"


def test_a_thai_name_with_a_tone_mark_added_is_the_city() -> None:
    city = city_named("ลอนด้อน", min_population=15_000)
    assert city is not None
    assert city.name == "London"


def test_guard_a_thai_name_with_another_vowel_is_no_city() -> None:
    # (only marks a writer may choose are folded, not the letters that say the name)
    assert city_named("ปาริส", min_population=15_000) is None


# T2. "เดินทางออกจากกรุง<A>ไปยังกรุง<B> … เพื่อเข้าร่วมการประชุม": the titled city they go to, to
# attend the meeting, though the gazetteer's list lacks its spelling.

_GOES_TO = "เช้าวันนี้ รัฐมนตรีตัวอย่างได้เดินทางออกจากกรุงเทพมหานครไปยังกรุงแคนเบอรา ประเทศออสเตรเลีย"


def test_the_titled_city_a_leader_goes_to_for_a_meeting_is_its_city() -> None:
    meeting = news_meeting(
        _GOES_TO + "เพื่อเข้าร่วมการประชุมรัฐมนตรีตัวอย่างภูมิภาคเป็นเวลา 2 วัน\n",
        "รัฐมนตรีตัวอย่างร่วมการประชุมรัฐมนตรีภูมิภาค",
    )
    assert_under_review(meeting.city, "Canberra")


def test_guard_a_titled_city_visited_for_no_meeting_is_not_its_city() -> None:
    meeting = news_meeting(
        _GOES_TO + "เพื่อเยี่ยมชมสวนพฤกษศาสตร์และพบปะนักเรียนไทย\n",
        "รัฐมนตรีตัวอย่างเยือนต่างประเทศ",
    )
    assert value_of(meeting.city) != "Canberra"


# M1. An agenda item's bracketed list of topics ("voting, quorum, …, remote participation")
# is not the way the meeting is held.

_AGENDA = (
    "Example Residents Board\nRegular meeting, Tuesday 14 April 2026, 6:00 PM\n\nAgenda\n"
    "1. Opening by the chair\n2. Notes from March\n"
)


def test_a_way_listed_among_an_agenda_items_topics_is_not_the_mode() -> None:
    extraction = extract_text(
        _AGENDA + "3. Board procedures (quorum, motions, order of speakers, remote participation)\n"
        "4. Adjournment\n",
        "Residents Board agenda",
    )
    assert extraction.meeting.mode is None


def test_guard_a_way_in_brackets_alone_is_still_the_mode() -> None:
    extraction = extract_text(
        _AGENDA + "3. Budget review\n4. Adjournment\n\nThe board meets this time (online "
        "via Zoom) and members join from home.\n",
        "Residents Board agenda",
    )
    assert value_of(extraction.meeting.mode) is Mode.VIRTUAL


# P1. "… held at <a body's> headquarters in <City>, <Country> either physically or online":
# the place phrase ends before the ways.


def test_a_place_phrase_ends_before_either_way_of_attending() -> None:
    extraction = extract_text(
        "Members of the Example Council may attend the session held at the Example Union's "
        "offices in Bern, Switzerland either physically or by video link on 5 May 2026.\n",
        "Example Council session",
    )
    venue = value_of(extraction.meeting.venue)
    assert venue is not None
    assert "either" not in venue
    assert "physically" not in venue


def test_guard_a_place_phrase_without_the_ways_keeps_its_venue() -> None:
    extraction = extract_text(
        "The session will be held at the Example Hall in Bern, Switzerland, where members "
        "meet either Person A or Person B at the door.\n",
        "Example Council session",
    )
    assert value_of(extraction.meeting.venue) == "Example Hall"
    assert value_of(extraction.meeting.city) == "Bern"


# M2. "… members able to attend in person, or by joining via a virtual platform": both ways
# offered to those who attend, a hybrid meeting, however often the text speaks of the virtual.

_CONGRESS = (
    "The 12th Example Assembly is taking place in Nairobi, Kenya, 9-12 August 2026. For the "
    "first time the Assembly offers members the chance to attend in person, or by joining "
)


def test_attending_in_person_or_joining_on_a_virtual_platform_is_hybrid() -> None:
    extraction = extract_text(
        _CONGRESS + "via a virtual platform run by the secretariat. The rules will be "
        "changed to enable virtual voting and virtual participation.\n",
        "Example Assembly",
    )
    assert_under_review(extraction.meeting.mode, Mode.HYBRID)
    assert value_of(extraction.meeting.city) == "Nairobi"


def test_guard_joining_a_list_after_attending_in_person_is_not_hybrid() -> None:
    extraction = extract_text(
        _CONGRESS + "the mailing list run by the secretariat.\n",
        "Example Assembly",
    )
    assert value_of(extraction.meeting.mode) is not Mode.HYBRID
