"""Round sixteen: place and mode classes missed on test16 (tests/realmail/FAILURES.md, "Round
sixteen fixes (places21)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.record import Mode
from bot.understanding.rules import rule_of
from tests.understanding.helpers import assert_under_review, meeting_of, value_of

# M1. Either way of taking part offered in one clause: "in person, or online through …".


def test_a_choice_of_taking_part_in_person_or_online_is_hybrid() -> None:
    meeting = meeting_of(
        "Expert Group Meeting, 10-12 May 2027\n"
        "Each team can join the talks in person, or online through the shared "
        "video platform. Those coming along will gather in Room 3, Example Centre.\n",
        "Expert Group Meeting",
    )
    assert_under_review(meeting.mode, Mode.HYBRID)
    assert meeting.mode is not None
    assert rule_of(meeting.mode.reasons) == "mode.either_way"


def test_a_choice_with_the_online_way_after_a_comma_is_hybrid() -> None:
    meeting = meeting_of(
        "Working Group, 3-5 June 2027\n"
        "Members may attend the formal sessions in person, through an online platform with "
        "captions, or by both ways at once. The sittings will take place in Hall B.\n",
        "Working Group",
    )
    assert_under_review(meeting.mode, Mode.HYBRID)


def test_guard_in_person_only_with_no_online_way_stays_in_person() -> None:
    meeting = meeting_of(
        "Working Group, 3-5 June 2027\n"
        "Members may attend the sessions in person only, and no remote participation will be "
        "offered. The meeting will be held in Hall B, Example Centre.\n",
        "Working Group",
    )
    assert value_of(meeting.mode) == Mode.IN_PERSON


def test_guard_interest_in_either_way_after_the_meeting_moved_online_is_no_offer() -> None:
    meeting = meeting_of(
        "Annual General Meeting, 24 June 2027, 7.30 pm\n"
        "Our plan was a face-to-face AGM this time, however it will now take place "
        "virtually by Zoom. Please tell Person A whether you would rather join the AGM "
        "either in person, or online via Zoom.\n",
        "Annual General Meeting",
    )
    # (what the text says beside it is weighed as before: not read as an offer of either way)
    assert meeting.mode is None or rule_of(meeting.mode.reasons) != "mode.either_way"


# M2. "Alternatively, the public may attend by computer or telephone" beside the room.


def test_another_way_in_beside_the_room_is_hybrid() -> None:
    meeting = meeting_of(
        "Library Trustees Meeting, 14 June 2027, 6 pm\n"
        "The trustees meet at the Example Town Library. Alternatively, you can "
        "join by phone or laptop: type in the Zoom Meeting ID 123 456 7890.\n",
        "Library Trustees Meeting",
    )
    assert_under_review(meeting.mode, Mode.HYBRID)
    assert meeting.mode is not None
    assert rule_of(meeting.mode.reasons) == "mode.alternatively_online"


def test_guard_an_alternative_day_is_no_second_way() -> None:
    meeting = meeting_of(
        "Library Trustees Meeting, 14 June 2027, 6 pm\n"
        "The trustees meet at the Example Town Library. Alternatively, the trustees may "
        "meet on 21 June if the room is taken.\n",
        "Library Trustees Meeting",
    )
    assert value_of(meeting.mode) != Mode.HYBRID


# M3. "to be held in the Council Chambers, <Street>, <Town> and via Zoom".


def test_a_room_and_via_zoom_after_the_verb_of_holding_is_hybrid() -> None:
    meeting = meeting_of(
        "Residents are told of the next sitting, to be held in the Council "
        "Chambers, 1 Example Street, Example Town and via Zoom:\n"
        "Environment Subcommittee, Thursday 8 July 2027 at 9.00 am\n",
        "Environment Subcommittee",
    )
    assert_under_review(meeting.mode, Mode.HYBRID)
    assert meeting.mode is not None
    assert rule_of(meeting.mode.reasons) == "mode.held_here_and_via"


def test_guard_an_hour_and_via_zoom_is_no_room() -> None:
    meeting = meeting_of(
        "The Environment Subcommittee meeting will be held at 9.00 am and via Zoom only, on "
        "Thursday 8 July 2027.\n",
        "Environment Subcommittee",
    )
    assert value_of(meeting.mode) != Mode.HYBRID


# C1. A city Thai names with its title ("เมือง", "นคร", "กรุง") that only GeoNames knows.


def test_a_thai_city_after_its_title_glued_to_the_verb_is_read() -> None:
    meeting = meeting_of(
        "ระหว่างวันที่ 13 - 15 พฤษภาคม 2570 ทีมงานสถานทูตออกหน่วยกงสุลสัญจรที่เมืองกัวลาตรังกานู "
        "เพื่อรับทำหนังสือเดินทางให้คนไทยในแถบนั้น\n",
        "กงสุลสัญจร",
    )
    assert_under_review(meeting.city, "Kuala Terengganu")
    assert meeting.city is not None
    assert rule_of(meeting.city.reasons) == "city.thai_at.titled_th"
    assert value_of(meeting.country) == "Malaysia"


def test_a_thai_city_after_na_and_its_title_is_read() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมผู้แทนชุมชนไทย ในวันที่ 11 มีนาคม 2570 ณ นครลอสแอนเจลิส\n",
        "ขอเชิญประชุมผู้แทนชุมชนไทย",
    )
    assert_under_review(meeting.city, "Los Angeles")


def test_guard_a_municipality_named_with_its_title_is_no_world_city() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมสภาเทศบาลเมืองตัวอย่าง ในวันที่ 11 มีนาคม 2570 เวลา 10.00 น.\n",
        "ขอเชิญประชุมสภา",
    )
    assert meeting.city is None or rule_of(meeting.city.reasons) != "city.thai_at.titled_th"
