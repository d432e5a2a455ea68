"""Round seven's place and online-meeting classes left by fields7 (tests/realmail/FAILURES.md,
"Round seven fixes (places9)"), each in an invented text of the class's shape."""

from __future__ import annotations

from tests.understanding.helpers import assert_held_unseen, extract_text

# A city of another meeting, or of a previous host, in the same story


def test_the_city_of_the_meeting_prepared_for_is_not_this_ones() -> None:
    meeting = extract_text(
        "Labour ministers to meet next week\n\n"
        "Labour ministers of the region will meet in the port city of Da Nang on Monday to"
        " agree on a joint statement.\n\n"
        "The ministers' meeting is in preparation for the Leaders' Summit, \u201cWork for"
        " Tomorrow\u201d, to be held in Hanoi in November.\n"
    ).meeting
    assert meeting.city is not None
    assert meeting.city.value == "Da Nang"
    assert meeting.city.confidence < 0.8


def test_a_previous_hosts_city_is_cited_not_the_meetings() -> None:
    meeting = extract_text(
        "The 15th Labour Forum opens on 3 May 2026, ten years after the Philippines hosted the"
        " 5th Labour Forum in Manila.\n"
    ).meeting
    assert meeting.city is None


def test_the_city_of_a_meeting_followed_held_in_a_month_is_that_meetings() -> None:
    meeting = extract_text(
        "The Deputy Minister opened the 9th Regional Labour Inspection Meeting yesterday at the"
        " Riverside Hotel.\n\n"
        "\"We build on the work done following the 4th Senior Officials' Meeting (SOM),\n"
        'held in March 2026 in Phnom Penh, Cambodia," she said.\n'
    ).meeting
    assert meeting.city is None or meeting.city.value != "Phnom Penh"
    assert meeting.venue is not None
    assert meeting.venue.value.endswith("Riverside Hotel")


def test_a_persons_post_at_a_ministry_is_no_venue() -> None:
    meeting = extract_text(
        "The Director-General at the Ministry of Labour spoke at the opening of the Skills"
        " Forum yesterday, at the Lakeside Hotel.\n"
    ).meeting
    assert meeting.venue is not None
    assert "Lakeside Hotel" in meeting.venue.value
    assert "Ministry" not in meeting.venue.value


def test_two_cities_held_in_with_nothing_to_tell_them_apart_are_under_review() -> None:
    meeting = extract_text(
        "The Skills Dialogue will be held at the Grand Hotel in Bangkok.\n\n"
        "The Youth Employment Dialogue will be held in Hanoi.\n"
    ).meeting
    assert meeting.city is not None
    assert meeting.city.confidence < 0.8


def test_one_city_said_twice_stays_sure() -> None:
    meeting = extract_text(
        "The Skills Dialogue will be held at the Grand Hotel in Bangkok.\n\n"
        "Its closing session will be held in Bangkok too.\n"
    ).meeting
    assert meeting.city is not None
    assert meeting.city.value == "Bangkok"
    assert meeting.city.confidence >= 0.8


# Online meetings: a meeting ID typed on a keypad, a table's cells


def _ids(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.meeting_id, s.passcode) for s in extract_text(body).meeting.online_meetings]


def test_a_zoom_id_typed_on_the_keypad_is_the_meetings() -> None:
    assert _ids(
        "The board meets by Zoom on 7 May 2026 at 10:00. To join by phone, dial +1 646 558"
        " 8656.\nMeeting ID# 812 3456 7890# followed by the pound (#) key\n"
    ) == [("81234567890", None)]
    assert _ids("Join by Zoom.\nDial-in: +1 646 558 8656, Meeting ID: 812 3456 7890 #\n") == [
        ("81234567890", None)
    ]


def test_a_webex_access_code_closed_by_hash_is_the_meetings() -> None:
    assert _ids("Join the Webex meeting by phone.\nAccess code: 2634 123 4567#\n") == [
        ("26341234567", None)
    ]


def test_a_teams_phone_conference_id_stays_the_bridges() -> None:
    ids = _ids(
        "Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ab"
        "%40thread.v2/0\nMeeting ID: 245 678 901 234\nPasscode: Xy7abc\n"
        "Phone conference ID: 618 204 937#\n"
    )
    assert ids == [("245678901234", "Xy7abc")]


def test_an_id_and_passcode_in_a_tables_cells() -> None:
    assert _ids("Platform | Zoom\nMeeting ID | 812 3456 7890\nPasscode | 482913\n") == [
        ("81234567890", "482913")
    ]


# Delegates: per State, and totals over all countries


def test_government_delegates_per_state_are_asked_of_each() -> None:
    delegates = extract_text(
        "The Regional Meeting is composed of two Government delegates per State and of the"
        " Employers' and Workers' delegates. Governments are invited to send their"
        " credentials.\n"
    ).meeting.delegates_requested
    assert_held_unseen(delegates, 2)


def test_participants_from_several_countries_are_a_total() -> None:
    delegates = extract_text(
        "The training course with 18 participants from six member countries opens on 4 May 2026.\n"
    ).meeting.delegates_requested
    assert delegates is None


# A venue's address under it; a letterhead is not the venue


def test_the_city_of_the_address_under_the_venue_is_the_meetings_under_review() -> None:
    meeting = extract_text(
        "Practical information\n\nThe Forum on Labour Statistics will be held at the Riverside"
        " Conference Centre:\n\n14, rue des Lilas\n69002 Lyon, France\n+33 4 00 00 00 00\n"
    ).meeting
    assert meeting.city is not None
    assert meeting.city.value == "Lyon"
    assert meeting.city.confidence < 0.8
    assert meeting.country is not None
    assert meeting.country.value == "France"


def test_a_city_in_the_signature_under_a_sentence_is_not_the_venues() -> None:
    meeting = extract_text(
        "The Forum on Labour Statistics will be held at the Riverside Conference Centre.\n\n"
        "Secretariat\n14, rue des Lilas\n69002 Lyon, France\n"
    ).meeting
    assert meeting.city is None or meeting.city.confidence < 0.8


def test_a_royal_dedication_after_a_thai_building_is_its_name() -> None:
    venue = extract_text(
        "การประชุมวิชาการด้านแรงงาน จะจัดขึ้นระหว่างวันที่ 14-16 พฤษภาคม 2569 ณ อาคารนิทรรศการ\n"
        "เฉลิมพระเกียรติ 6 รอบพระชนมพรรษา และในช่วงเวลาเดียวกันจะมีการประชุมอื่นด้วย\n"
    ).meeting.venue
    assert venue is not None
    assert venue.value.replace(" ", "") == "อาคารนิทรรศการเฉลิมพระเกียรติ6รอบพระชนมพรรษา"


# Mode


def test_a_computer_with_internet_to_take_part_says_virtual() -> None:
    mode = extract_text(
        "Joining instructions\n\nAfter registering you will receive your personal agenda for"
        " the Data Colocation Week, 12-14 May 2026. To take part, participants will need a computer"
        " with internet access and a headset.\n"
    ).meeting.mode
    assert mode is not None
    assert mode.value.value == "virtual"


def test_a_room_beside_the_computer_makes_it_hybrid_or_in_person_not_virtual() -> None:
    mode = extract_text(
        "The Data Colocation Week, 12-14 May 2026, will be held at the Grand Hotel in Bangkok."
        " Remote participants will need a computer with internet access.\n"
    ).meeting.mode
    assert mode is not None
    assert mode.value.value != "virtual"


def test_a_thai_clause_between_the_days_and_a_city_is_no_heading() -> None:
    meeting = extract_text(
        "โรงเรียนเลื่อนการเปิดภาคเรียน เนื่องจากการประชุมสุดยอดจัดขึ้นระหว่างวันที่ 2\n"
        "ถึง 4 พฤศจิกายน 2569 ที่ประกาศวันหยุดพิเศษ\n"
        "วันที่ 4-5 พฤศจิกายน 2569 เฉพาะเชียงใหม่และลำพูน\n"
    ).meeting
    assert meeting.city is None or meeting.city.value != "Chiang Mai"
