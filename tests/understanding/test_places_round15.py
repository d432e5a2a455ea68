"""Round fifteen: place and mode classes left on test15 (tests/realmail/FAILURES.md, "Round
fifteen fixes (places20)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.fields.world_towns import in_country_written
from bot.understanding.geo import city_named
from bot.understanding.record import MeetingRecord, MessageKind, Mode
from bot.understanding.rules import rule_of
from tests.understanding.helpers import assert_under_review, extract_text, value_of

# P. A postponement with no new day: the room and the travel are of the plan put off.


def _postponed(news: str) -> MeetingRecord:
    """The meeting of members' mail saying `news` of a postponement."""
    found = extract_text(f"Dear members,\n\n{news}\n", "Meeting postponed")
    assert found.kind is MessageKind.POSTPONEMENT
    return found.meeting


def test_a_postponement_without_a_new_day_gives_no_way_from_its_room() -> None:
    meeting = _postponed(
        "The steering committee has decided to postpone the annual conference that was to be "
        "held at the Example Convention Centre in October 2027. New dates will be announced "
        "in due course. Hotel accommodation booked for October can be cancelled free of "
        "charge."
    )
    assert meeting.start is None
    assert meeting.mode is None


def test_guard_a_postponement_moved_online_keeps_its_way() -> None:
    meeting = _postponed(
        "The annual general meeting has been postponed. It will be held online via Zoom; "
        "the new date will be announced soon."
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_guard_a_postponement_with_a_new_day_keeps_its_room() -> None:
    meeting = _postponed(
        "The annual conference has been postponed to 14-16 March 2028. It will be held at the "
        "Example Convention Centre as planned; please rebook your hotel accommodation."
    )
    assert meeting.start is not None
    assert value_of(meeting.mode) is Mode.IN_PERSON


# R. A desk reached online ("the online event registration system") is no online meeting.


def test_online_registration_of_delegations_gives_no_virtual_mode() -> None:
    found = extract_text(
        "Permanent Representatives are requested to register their delegations through the "
        "online event registration system, which will close on 3 May 2027. The link to the "
        "online registration for the session remains valid.\n",
        "Registration of delegations",
    )
    assert value_of(found.meeting.mode) is not Mode.VIRTUAL


def test_guard_an_online_event_is_still_virtual() -> None:
    found = extract_text(
        "The regional forum will be an online event on 3 May 2027, 10:00-12:00 (Bangkok "
        "time). Participants will receive the link by e-mail.\n",
        "Regional forum",
    )
    assert value_of(found.meeting.mode) is Mode.VIRTUAL


# L. A room named, and the public invited to listen in from afar: hybrid.

_LISTEN_IN = (
    "The Example Fishery Council will hold a two-day meeting on 4-5 May 2027. {invite}\n"
    "MEETING LOCATION: {room}\n"
    "START TIME: The webinar link opens at 8:00 a.m. each day.\n"
)


def test_a_room_and_the_public_listening_in_by_webinar_is_hybrid() -> None:
    found = extract_text(
        _LISTEN_IN.format(
            invite="Any member of the public may listen in by webinar or by phone.",
            room="Example Harbour Hotel, 12 Harbour Street, Portland, Maine.",
        ),
        "Council meeting",
    )
    assert value_of(found.meeting.mode) is Mode.HYBRID
    assert rule_of(found.meeting.mode.reasons if found.meeting.mode else ()) == (
        "mode.public_listens"
    )
    assert_under_review(found.meeting.mode)


def test_guard_the_public_listening_in_with_no_room_stays_virtual() -> None:
    found = extract_text(
        "The Example Council will meet by webinar on 4 May 2027 at 8:00 a.m. Members of the "
        "public may listen in via webinar or telephone.\n",
        "Council meeting",
    )
    assert value_of(found.meeting.mode) is Mode.VIRTUAL


# T. A town whose name is another, bigger town's alternate name abroad: the country written
# beside it decides.


def test_a_town_spelt_as_another_countrys_city_stays_in_the_country_written() -> None:
    largest = city_named("Placencia")
    assert largest is not None
    assert largest.country_code != "BZ"
    found = in_country_written("Placencia", largest, [" Belize"])
    assert (found.name, found.country_code) == ("Placencia", "BZ")


def test_a_resort_town_held_in_reads_the_country_written_beside_it() -> None:
    found = extract_text(
        "The regional workshop will be held from 7 to 10 October 2027 at the Example Beach "
        "Resort in Placencia, Belize.\n",
        "Regional workshop",
    )
    assert value_of(found.meeting.city) == "Placencia"
    assert value_of(found.meeting.country) == "Belize"
    assert_under_review(found.meeting.city)


def test_guard_a_misspelt_city_of_its_own_name_keeps_it() -> None:
    # "Oakland, New Zealand": the largest Oakland is named so itself (a misspelt Auckland)
    largest = city_named("Oakland")
    assert largest is not None
    assert in_country_written("Oakland", largest, [" New Zealand"]) == largest


def test_guard_a_city_in_its_own_country_is_unchanged() -> None:
    largest = city_named("Piacenza")
    assert largest is not None
    assert in_country_written("Piacenza", largest, [" Italy"]) == largest


# H. A page's head line: "<Building>, <City>, <Country>", or the venue above the zone's line.


def test_a_place_line_at_a_pages_head_names_venue_city_and_country() -> None:
    found = extract_text(
        "Starts\nEnds\nEurope/Zurich\nIn-Person\n"
        "Example Palace of Nations, Geneva, Switzerland\n"
        "Room Nine\n\n"
        "Delegates intending to attend the meeting are kindly requested to register by "
        "30 April 2027.\n",
        "Meeting of the Parties: registration",
    )
    assert value_of(found.meeting.venue) == "Example Palace of Nations"
    assert value_of(found.meeting.city) == "Geneva"
    assert value_of(found.meeting.country) == "Switzerland"
    assert rule_of(found.meeting.city.reasons if found.meeting.city else ()) == "city.page_head"
    assert_under_review(found.meeting.venue)


def test_a_venue_above_a_pages_zone_line_is_the_venue() -> None:
    found = extract_text(
        "15 September 2027\nExample Palace of Assemblies\nEurope/Zurich timezone\n\n"
        "Registration Form\nOpened 16 Aug 2027\n",
        "Registration: event at the Example Palace of Assemblies",
    )
    assert value_of(found.meeting.venue) == "Example Palace of Assemblies"
    assert_under_review(found.meeting.venue)


def test_guard_a_city_line_that_names_the_wrong_country_is_not_read() -> None:
    found = extract_text(
        "Example Palace of Nations, Geneva, Japan\n\n"
        "Delegates are kindly requested to register by 30 April 2027.\n",
        "Registration",
    )
    meeting = found.meeting
    read = [rule_of(f.reasons) for f in (meeting.venue, meeting.city, meeting.country) if f]
    assert not any(rule and rule.endswith("page_head") for rule in read)


def test_guard_a_virtual_meetings_head_line_gives_no_place() -> None:
    found = extract_text(
        "Example Regional Office, Cairo, Egypt\n\n"
        "The committee will meet virtually using the Zoom video conferencing platform on "
        "12 October 2027.\n",
        "Regional committee",
    )
    assert value_of(found.meeting.mode) is Mode.VIRTUAL
    assert found.meeting.city is None


# N. Thai "ที่นคร<City>": a city's title before its name after "ที่".


def test_a_thai_city_after_its_title_is_read() -> None:
    heading = "ข่าวชุมชน : ออกหน่วยกงสุลที่นครเมลเบิร์น ออสเตรเลีย"
    found = extract_text(
        f"{heading}\n\nเมื่อวันที่ ๒๗ สิงหาคม ๒๕๗๐ สถานเอกอัครราชทูตได้จัดกิจกรรมให้บริการกงสุลแก่ชุมชนไทย\n",
        heading,
    )
    assert value_of(found.meeting.city) == "Melbourne"
    assert value_of(found.meeting.country) == "Australia"
    assert rule_of(found.meeting.city.reasons if found.meeting.city else ()) == "city.thai_at"
    assert_under_review(found.meeting.city)


def test_guard_a_thai_title_word_inside_a_word_reads_no_city() -> None:
    # "เมือง" opening another word ("เมืองหลวง", a capital), no city's name after it
    found = extract_text(
        "การประชุมหารือที่เมืองหลวงของประเทศสมาชิก จะกำหนดวันภายหลัง\n",
        "การประชุมหารือ",
    )
    assert found.meeting.city is None


# K. Thailand hosting the meeting it holds ("ไทยเป็นเจ้าภาพจัดการประชุม…"): its country.


def test_thailand_hosting_the_meeting_it_holds_is_its_country() -> None:
    found = extract_text(
        "โฆษกกระทรวงเปิดเผยว่า ประเทศไทยจะเป็นเจ้าภาพจัดการประชุมผู้นำกลุ่มความร่วมมือตัวอย่าง "
        "ครั้งที่ 3 ระหว่างวันที่ 2-4 เมษายน 2570\n",
        "ไทยเตรียมเป็นเจ้าภาพประชุมผู้นำ",
    )
    assert value_of(found.meeting.country) == "Thailand"
    assert rule_of(found.meeting.country.reasons if found.meeting.country else ()) == (
        "country.thai_host"
    )
    assert_under_review(found.meeting.country)


def test_guard_thailand_as_a_later_meetings_host_names_no_country() -> None:
    found = extract_text(
        "สมาคมจะพิจารณาว่าการประชุมครั้งถัดไปซึ่งประเทศไทยจะเป็นเจ้าภาพ ควรจะจัดในปีใด "
        "โดยการประชุมครั้งนี้เลื่อนไปเป็นวันที่ 1-3 พฤศจิกายน 2570\n",
        "เลื่อนการประชุมสมาคม",
    )
    assert found.meeting.country is None


# V. A Thai venue's name over a hyphen, and cut before "ถึง…" (what was told there).


def test_a_thai_hotels_borrowed_name_over_a_hyphen_is_kept() -> None:
    found = extract_text(
        "การประชุมผู้นำจัดขึ้นระหว่างวันที่ 2-4 เมษายน 2570 ที่โรงแรม ซันเซ็ท-บีช "
        "ถือเป็นการประชุมระหว่างประเทศครั้งแรกของปีนี้\n",
        "ประชุมผู้นำ",
    )
    assert value_of(found.meeting.venue) == "โรงแรม ซันเซ็ท-บีช"


def test_a_thai_venue_ends_before_what_was_told_there() -> None:
    found = extract_text(
        "เมื่อวันที่ 13 มีนาคม 2570 เจ้าหน้าที่ได้ร่วมประชุมแกนนำเครือข่าย ณ โรงเรียนตัวอย่าง "
        "ถึงความคืบหน้า ของการจัดงาน\n",
        "ประชุมแกนนำเครือข่าย",
    )
    assert value_of(found.meeting.venue) == "โรงเรียนตัวอย่าง"


def test_guard_a_name_that_holds_the_letters_of_until_is_kept() -> None:
    # "ถึง" glued inside a name is no clause's
    found = extract_text(
        "การประชุมจัดขึ้นในวันที่ 13 มีนาคม 2570 ณ ห้องประชุมสุขถึงใจ อาคาร 2\n",
        "ประชุมคณะทำงาน",
    )
    assert value_of(found.meeting.venue) == "ห้องประชุมสุขถึงใจ อาคาร 2"


# O. A move online left behind ("resume in-person meetings after shifting to online").


def test_a_move_online_left_behind_is_no_virtual_meeting() -> None:
    found = extract_text(
        "The Example Organization will go back to in-person meetings this autumn, after "
        "shifting to online calls for two flu seasons. Its first meeting back in the room "
        "will be held on 19-23 September 2027.\n",
        "Example Organization to resume in-person meetings",
    )
    assert value_of(found.meeting.mode) is Mode.IN_PERSON


def test_guard_a_meeting_moved_online_stays_virtual() -> None:
    found = extract_text(
        "Because of the storm, the council meeting on 19 September 2027 has moved online. "
        "The link will be sent to members.\n",
        "Council meeting",
    )
    assert value_of(found.meeting.mode) is Mode.VIRTUAL
