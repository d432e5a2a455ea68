"""Places and modes as round six's failure classes write them (tests/realmail/FAILURES.md): each
a rule for text nobody here wrote, with the forms written here."""

from __future__ import annotations

import pytest

from bot.understanding.fields.gazetteer import canonical_city
from bot.understanding.record import Mode
from tests.understanding.helpers import extract_text


def _mode(body: str) -> Mode | None:
    mode = extract_text(body).meeting.mode
    return None if mode is None else mode.value


def test_a_postponement_without_a_new_day_puts_its_place_under_review() -> None:
    body = (
        "The Annual General Meeting to be held on 24 April 2026 at the Grand Ballroom, Hotel X,"
        " Vientiane, Lao PDR has been postponed until further notice."
    )
    meeting = extract_text(body, subject="Postponement of the Annual General Meeting").meeting
    assert meeting.start is None
    assert meeting.city is not None
    assert meeting.city.value == "Vientiane"
    assert meeting.city.confidence < 0.8
    assert any("postponement" in reason for reason in meeting.city.reasons)


def test_a_date_and_a_place_on_a_line_of_running_prose_are_no_heading() -> None:
    # a PDF's lines, each cut from the sentence: the place of another meeting in passing
    prose = (
        "The Minister confirmed that the delegation would use the occasion of the senior\n"
        "officials' meeting to be held on 19 May 2026 in Phuket, Thailand to consult partners\n"
        "on new dates for the summit that was postponed from its planned schedule this month.\n"
    )
    city = extract_text(prose).meeting.city
    assert city is not None
    assert city.value == "Phuket"
    assert city.confidence < 0.8
    heading = (
        "The 18th Senior Officials Meeting\n\n19 May 2026, Phuket, Thailand\n\nDear colleagues,"
    )
    city = extract_text(heading).meeting.city
    assert city is not None
    assert city.value == "Phuket"
    assert city.confidence >= 0.8


def test_the_building_another_phrase_names_in_the_same_city_is_the_venue() -> None:
    body = (
        "Summary Report\n\n19 November 2025, Hotel Taj Samudra, Colombo, Sri Lanka\n\n"
        "The Institute organized an international conference on migration, held in Colombo,"
        " on the 19th of November."
    )
    meeting = extract_text(body).meeting
    assert meeting.city is not None
    assert meeting.city.value == "Colombo"
    assert meeting.venue is not None
    assert meeting.venue.value == "Hotel Taj Samudra"


@pytest.mark.parametrize(
    "body",
    [
        "Members meet at the Example Conference Centre in Bangkok and via"
        " videoconferencing on 27, 28 and 29 April 2026.",
        "The meeting will be held on 25 July 2026 at the Avani Hotel, Bangkok, in the blended"
        " mode.",
        "วันที่ 28 ตุลาคม 2569 ปลัดกระทรวงแรงงานเข้าร่วมการประชุมรัฐมนตรีแรงงานอาเซียน"
        " ผ่านระบบการประชุมทางไกล ณ ห้องประชุม 3 ชั้น 7 กระทรวงแรงงาน",
    ],
)
def test_a_room_and_a_link_for_the_same_meeting_is_hybrid(body: str) -> None:
    assert _mode(body) is Mode.HYBRID


def test_a_thai_meeting_on_a_named_platform_is_virtual() -> None:
    body = "วันที่ 30 มีนาคม 2569 จังหวัดจัดประชุมหัวหน้าส่วนราชการ ผ่านโปรแกรม Zoom Cloud Meetings"
    assert _mode(body) is Mode.VIRTUAL


def test_an_in_person_meeting_given_up_for_a_virtual_one_is_virtual() -> None:
    body = (
        "The Division meeting planned for January 2027 will not be held in person. Instead,"
        " plans are being drawn up to hold it virtually on the dates scheduled for the in-person"
        " meeting, and the sessions planned for the in-person meeting will go forward in"
        " virtual format. Hotel reservations made for the in-person meeting will be refunded."
    )
    assert _mode(body) is Mode.VIRTUAL


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        (
            "The Council meets at the Melia Hotel in Hanoi, the Secretariat said on 3 May 2026.",
            "Melia Hotel",
        ),
        (
            "The workshop will be held on 25 July 2026 at the Avani Sukhumvit Bangkok Hotel,"
            " Thailand in the blended mode.",
            "Avani Sukhumvit Bangkok Hotel",
        ),
    ],
)
def test_what_follows_the_city_of_a_building_is_no_part_of_the_venue(body: str, venue: str) -> None:
    meeting = extract_text(body).meeting
    assert meeting.venue is not None
    assert meeting.venue.value == venue


def test_the_location_of_a_registration_desk_is_not_the_meetings() -> None:
    body = (
        "339th Session of the Example Board (Geneva, 24 October-7 November 2026)\n\n"
        "Registration Desk\n\nOpening hours: 8:30 a.m. to 4:30 p.m.\n\n"
        "Location: R2 South level, beside the bank\n"
    )
    meeting = extract_text(body).meeting
    assert meeting.venue is None
    assert meeting.city is not None
    assert meeting.city.value == "Geneva"


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "10 August, Kathmandu: Session 18 of the Example Officials' Meeting opened.",
            "Kathmandu",
        ),
        (
            "Officials gathered in Vientiane, Laos for two days of talks, 28 and 29 June 2026.",
            "Vientiane",
        ),
        (
            "The Minister attended the 21st meeting of the Example Commission in\n"
            "Luang Prabang, Laos on January 16-17.",
            "Luang Prabang",
        ),
        ("The Prime Minister arrived in Vientiane on 4 April to attend the Summit.", "Vientiane"),
        ("Teachers meet at a three-day event in Busan, Korea.", "Busan"),
        ("Registration\n\nNusa Dua Bali, May 6-7, 2026\n\n1. Read the provisions.", "Bali"),
    ],
)
def test_a_city_a_report_or_a_heading_names_is_read_under_review(body: str, city: str) -> None:
    found = extract_text(body).meeting.city
    assert found is not None
    assert found.value == city
    assert found.confidence < 0.8


def test_a_place_whose_sentence_dates_another_meeting_is_under_review() -> None:
    body = (
        "The Permanent Secretary opened the 18th Coordinating Board Meeting on 12 October 2026."
        "\n\nShe recalled the 12th Senior Labour Officials' Meeting, held in May 2026 in"
        " Vientiane, Lao PDR, where the officials reviewed the report."
    )
    meeting = extract_text(body).meeting
    assert meeting.start is not None
    assert meeting.city is not None
    assert meeting.city.value == "Vientiane"
    assert meeting.city.confidence < 0.8
    stated = "The 18th Coordinating Board Meeting will be held on 12 October 2026 in Vientiane."
    city = extract_text(stated).meeting.city
    assert city is not None
    assert city.confidence >= 0.8


def test_a_thai_venue_named_in_latin_letters_ends_at_its_country() -> None:
    body = "ระหว่างวันที่ 3 - 4 พฤษภาคม 2569 ณ โรงแรม Marina Mandarin สาธารณรัฐสิงคโปร์ ซึ่งผู้แทนได้ร่วมประชุม"
    meeting = extract_text(body).meeting
    assert meeting.venue is not None
    assert meeting.venue.value == "โรงแรม Marina Mandarin"
    assert meeting.city is not None
    assert meeting.city.value == "Singapore"


def test_where_a_thing_passes_from_is_no_place_of_it() -> None:
    body = "พิธีรับมอบตำแหน่งประธาน ณ คูเวต จากมาเลเซียเป็นเวียดนาม เมื่อวันที่ 8 กุมภาพันธ์ 2569"
    assert extract_text(body).meeting.country is None
    jakarta = "การประชุมรัฐมนตรี ครั้งที่ 34 วันที่ 5 มีนาคม 2569 ณ กรุงจาการ์ตา ประเทศอินโดนีเซีย"
    city = extract_text(jakarta).meeting.city
    assert city is not None
    assert city.value == "Jakarta"


def test_a_city_spelt_another_way_is_the_gazetteers_city() -> None:
    assert canonical_city("Hanoi") == "Ha Noi"
    assert canonical_city("  SAIGON ") == "Ho Chi Minh City"
    assert canonical_city("Palm Springs") == "Palm Springs"


def test_a_small_city_with_its_region_on_the_next_line_and_its_building_after_at() -> None:
    body = (
        "3. WHEN AND WHERE\n"
        "The first senior officials' round will take place February 14-28, 2027, in Palm Springs,\n"
        "California, mainly at the Palm Springs Convention Center and a\n"
        "hotel nearby.\n"
    )
    meeting = extract_text(body).meeting
    assert meeting.city is not None
    assert meeting.city.value == "Palm Springs"
    assert meeting.venue is not None
    assert meeting.venue.value.startswith("Palm Springs Convention Center")


def test_a_provincial_hall_keeps_its_province_and_an_officials_province_is_not_the_venues() -> None:
    body = (
        "เมื่อวันที่ 17 ธันวาคม 2569 รองผู้ว่าราชการจังหวัดอุดรธานี ไปร่วมประชุมรับฟังแนวทาง"
        " ณ ห้องประชุมศาลากลาง จังหวัดบึงกาฬ โดยมีนายอำเภอเมืองบึงกาฬร่วมด้วย"
    )
    meeting = extract_text(body).meeting
    assert meeting.venue is not None
    assert meeting.venue.value == "ห้องประชุมศาลากลาง จังหวัดบึงกาฬ"
    # a province GeoNames has no Thai name for (PyThaiNLP's list has it), and not Udon Thani
    assert meeting.city is not None
    assert meeting.city.value == "Bueng Kan"
    assert meeting.country is not None
    assert meeting.country.value == "Thailand"


def test_conference_alone_names_no_building() -> None:
    body = "Delegates' Handbook, 106th Session of the Example Labour Conference, 1-13 June 2026"
    assert extract_text(body).meeting.venue is None
    held = "The Forum will be held on 3 May 2026 at the Queen Sirikit National Convention Center."
    venue = extract_text(held).meeting.venue
    assert venue is not None
    assert venue.value == "Queen Sirikit National Convention Center"


def test_a_heading_of_a_meeting_its_city_and_its_days_names_the_city_under_review() -> None:
    body = "Upcoming\n\nJoint Working Group Meeting, Colombo, Sri Lanka - 23 - 24 January 2027\n"
    city = extract_text(body).meeting.city
    assert city is not None
    assert city.value == "Colombo"
    assert city.confidence < 0.8


def test_a_wire_dateline_with_a_long_dash_and_a_thai_capital_after_thi() -> None:
    city = extract_text(
        "Jakarta – ASEAN Member States have agreed on 3 May 2027 to meet."
    ).meeting.city
    assert city is not None
    assert city.value == "Jakarta"
    body = "ผู้แทนไทยเข้าร่วมการประชุมเจ้าหน้าที่อาวุโส เมื่อวันที่ 3 พฤษภาคม 2570 ที่กรุงมะนิลา ฟิลิปปินส์"
    city = extract_text(body).meeting.city
    assert city is not None
    assert city.value == "Manila"


def test_a_thai_room_and_a_named_program_for_the_same_meeting_is_hybrid() -> None:
    body = "วันที่ 3 พฤษภาคม 2570 จังหวัดจัดประชุมหัวหน้าส่วนราชการ ณ ห้องประชุม 1 และผ่านโปรแกรม Zoom"
    assert _mode(body) is Mode.HYBRID


def test_a_header_blocks_place_line_beside_its_days() -> None:
    body = (
        "79th session of the Example Commission\n\n26 to 28 April 2027\n"
        "Grand Ballroom, Shangri-La Hotel, Kuala Lumpur, Malaysia\n\nThe session will open."
    )
    meeting = extract_text(body).meeting
    assert meeting.city is not None
    assert meeting.city.value == "Kuala Lumpur"
    assert meeting.city.confidence < 0.8
    # a sender's address beside a year is no header of the meeting's
    letter = "Address: 12 Silom Road, Bangkok 10500, Thailand\n\nAnnual Report 2027\n"
    assert extract_text(letter).meeting.city is None


def test_at_a_bodys_seat_in_its_city() -> None:
    body = "The Minister spoke at the Asian Development Bank in Manila on 3 May 2027."
    city = extract_text(body).meeting.city
    assert city is not None
    assert city.value == "Manila"


def test_a_venue_ends_at_a_verb_and_a_meetings_name_is_no_venue() -> None:
    body = (
        "Upcoming\n\nAmbassadors' Meeting, 5-6 January 2027, Hotel Galadari Colombo was"
        " convened by the Ministry\n"
    )
    venue = extract_text(body).meeting.venue
    assert venue is None or "convened" not in venue.value
    body = "Took part in the Example Heads Meeting in Bangkok, Thailand (25-26 July 2027)."
    assert extract_text(body).meeting.venue is None


def test_a_building_a_sentence_of_holding_names_fills_the_city_of_another() -> None:
    body = (
        "You can now register for the Leaders' Week, which will be held in San Francisco, 11-17"
        " November 2027.\n\nMost of the Week takes place at the Moscone Center, with other"
        " events around town."
    )
    meeting = extract_text(body).meeting
    assert meeting.city is not None
    assert meeting.city.value == "San Francisco"
    assert meeting.venue is not None
    assert meeting.venue.value == "Moscone Center"


def test_a_header_place_line_over_a_blank_line_beside_one_day() -> None:
    body = (
        "Seventeenth Session of the Governing Council\n\n09 November 2027, 13:30 - 16:30\n\n"
        "Seoul, Intercontinental Seoul COEX Hotel\n\nThe Session was held on 9 November 2027 in"
        " Seoul, Republic of Korea."
    )
    meeting = extract_text(body).meeting
    assert meeting.venue is not None
    assert meeting.venue.value == "Intercontinental Seoul COEX Hotel"


def test_a_thai_video_conference_room_on_the_next_line_of_a_pdf_is_hybrid() -> None:
    body = (
        "ปลัดกระทรวงแรงงานเข้าร่วมการประชุมรัฐมนตรีแรงงานอาเซียน ครั้งที่ 31 ผ่านระบบการประชุม\n"
        "ทางไกลผ่านจอภาพ ณ ห้องประชุม 3 ชั้น 7 กระทรวงแรงงาน เมื่อวันที่ 28 ตุลาคม 2570"
    )
    assert _mode(body) is Mode.HYBRID


def test_a_thai_city_glued_to_a_buildings_name() -> None:
    body = "สหกรณ์ตัวอย่างประชุมใหญ่ ในวันพุธที่ 10 กุมภาพันธ์ 2570 ณ ห้องประชุมใหญ่มหาวิทยาลัยราชภัฏนครศรีธรรมราช"
    city = extract_text(body).meeting.city
    assert city is not None
    assert city.value == "Nakhon Si Thammarat"
    assert city.confidence < 0.8
    # a short name that may end any word is not read: "โรงเรียนบ้านนา" is no town's
    assert (
        extract_text("ประชุมผู้ปกครอง วันที่ 9 กุมภาพันธ์ 2570 ณ หอประชุมโรงเรียนบ้านนา").meeting.city is None
    )
