"""Round fourteen, second pass: place and mode classes left on test14 (tests/realmail/FAILURES.md,
"Round fourteen, second pass (places19)"), each in an invented text of the class's shape, with
guards."""

from __future__ import annotations

from bot.understanding.record import Mode
from bot.understanding.rules import rule_of
from tests.understanding.helpers import assert_under_review, extract_text, meeting_of, value_of

# M. Online words of a meeting called off: of other work, no way; of the meeting, under review.


def test_a_cancelled_meetings_other_work_online_gives_no_mode() -> None:
    found = extract_text(
        "Dear members,\n\n"
        "The board has cancelled the autumn meeting planned for 12-14 October 2027.\n\n"
        "The working groups will seek to set up phone bridges so that their work may still be "
        "accomplished via teleconference.\n",
        "AUTUMN MEETING CANCELLED",
    )
    assert found.kind.value == "cancellation"
    assert found.meeting.mode is None


def test_guard_a_cancelled_meeting_that_was_to_be_online_keeps_its_way() -> None:
    found = extract_text(
        "Dear focal points,\n\n"
        "Please note that the regional forum, which was scheduled to take place on 3 June 2027 "
        "via Zoom, has been cancelled. Kindly disregard the link sent earlier.\n",
        "Cancellation: regional forum",
    )
    assert found.kind.value == "cancellation"
    assert value_of(found.meeting.mode) is Mode.VIRTUAL
    assert_under_review(found.meeting.mode)


def test_guard_a_thai_cancellation_of_a_zoom_meeting_keeps_its_way() -> None:
    found = extract_text(
        "เรียน คณะทำงาน\n\n"
        "ตามที่ได้แจ้งกำหนดการประชุมหารือแผนงานประจำปี ในวันพฤหัสบดีที่ ๑๐ มิถุนายน ๒๕๗๐ "
        "เวลา ๑๐.๐๐ น. ผ่านระบบ Zoom นั้น\n\n"
        "เนื่องจากประธานติดภารกิจ จึงขอยกเลิกการประชุมดังกล่าว\n",
        "ยกเลิกการประชุมหารือแผนงานประจำปี",
    )
    assert found.kind.value == "cancellation"
    assert value_of(found.meeting.mode) is Mode.VIRTUAL
    assert_under_review(found.meeting.mode)


# T. A town too small for the city table, read with its country or US state beside it.


def test_a_small_town_before_its_country_on_a_heading_line() -> None:
    meeting = meeting_of(
        "Extraordinary General Assembly\n\nSaturday, 9 October 2027, 10.00 hrs\n\n"
        "Davos, Switzerland\n\n1. Opening\n2. Adoption of the agenda\n",
        "Extraordinary General Assembly, 9 October 2027",
    )
    assert value_of(meeting.city) == "Davos"
    assert value_of(meeting.country) == "Switzerland"
    assert_under_review(meeting.city)


def test_guard_a_small_town_beside_another_country_is_no_city() -> None:
    meeting = meeting_of(
        "Extraordinary General Assembly\n\nSaturday, 9 October 2027, 10.00 hrs\n\n"
        "Davos, Portugal\n\n1. Opening\n2. Adoption of the agenda\n",
        "Extraordinary General Assembly, 9 October 2027",
    )
    assert value_of(meeting.city) is None


# A. The address after the venue on its line: "<Building> located at <street>, <Town>, <ST>".


def test_the_town_of_the_address_on_the_venues_line() -> None:
    meeting = meeting_of(
        "The Town Council will hold its regular meeting on Tuesday, 8 June 2027, at 6:00 p.m.\n"
        "The hearing will occur within Council Chambers at City Hall, found at 12 Main Street, "
        "Aspen, CO, and as a video meeting via Zoom.\n",
        "Notice of Town Council meeting, 8 June 2027",
    )
    assert value_of(meeting.city) == "Aspen"
    assert value_of(meeting.country) == "United States"
    assert meeting.city is not None
    assert rule_of(meeting.city.reasons) == "city.venue_line"
    assert_under_review(meeting.city)


def test_guard_a_street_with_no_town_after_it_names_no_city() -> None:
    meeting = meeting_of(
        "The Town Council will hold its regular meeting on Tuesday, 8 June 2027, at 6:00 p.m.\n"
        "The hearing will occur within Council Chambers at City Hall, found at 12 Main Street, "
        "Suite 4, and as a video meeting via Zoom.\n",
        "Notice of Town Council meeting, 8 June 2027",
    )
    assert value_of(meeting.city) is None


# Z. A town's zone, not in the city table: its country's, when the country keeps one.


def test_a_small_towns_zone_is_its_one_zone_countrys() -> None:
    meeting = meeting_of(
        "The meeting of the Expert Group, planned to take place on 21 to 22 April 2027 at 10:00 "
        "in Moravske Toplice, Slovenia, will be held as planned.\n",
        "Expert Group meeting",
    )
    assert value_of(meeting.city) == "Moravske Toplice"
    assert value_of(meeting.timezone) == "Europe/Ljubljana"
