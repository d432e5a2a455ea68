"""Venues as real notices write them: Thai places after ณ or ที่ that end at a clause, not
at a listed verb; English buildings after "at"; the city a meeting's name is "in"."""

from __future__ import annotations

import pytest

from bot.understanding.fields.world_places import city_held_in
from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract, mail


def _meeting(body: str, subject: str = "") -> MeetingRecord:
    return extract(mail(body, subject)).meeting


def _place(meeting: MeetingRecord) -> tuple[str | None, str | None, str | None]:
    return (
        meeting.venue.value if meeting.venue else None,
        meeting.city.value if meeting.city else None,
        meeting.country.value if meeting.country else None,
    )


@pytest.mark.parametrize(
    ("clause", "venue"),
    [
        # a person, the sentence's subject, follows the place
        (
            "ที่ห้องประชุม 512 ศาลากลางจังหวัดลำปาง นายสมชาย ใจดี เป็นประธาน",
            "ห้องประชุม 512 ศาลากลางจังหวัดลำปาง",
        ),
        # the next clause, whatever its verb
        (
            "ณ ห้องประชุมสุขใจ ชั้น 3 อาคารเอนกประสงค์ สำหรับการประชุมครั้งนี้ได้พิจารณา",
            "ห้องประชุมสุขใจ ชั้น 3 อาคารเอนกประสงค์",
        ),
        ("ณ ห้องประชุมสุขใจ อาคารเอนกประสงค์ พิจารณาเห็นชอบแผนงานประจำปี", "ห้องประชุมสุขใจ อาคารเอนกประสงค์"),
        # a name goes on over a short word or two; "และ" glued inside a name is no clause
        ("ณ โรงแรม ดิ ซันไรส์ ซึ่งเป็นที่พัก", "โรงแรม ดิ ซันไรส์"),
        ("ณ ศูนย์ประชุมและแสดงสินค้านานาชาติ เพื่อหารือ", "ศูนย์ประชุมและแสดงสินค้านานาชาติ"),
    ],
)
def test_a_thai_venue_ends_where_a_clause_begins(clause: str, venue: str) -> None:
    meeting = _meeting(f"เมื่อวันที่ 20 ตุลาคม 2568 {clause}")
    assert meeting.venue is not None
    assert meeting.venue.value == venue
    assert meeting.venue.confidence < 0.8  # a phrase in a sentence, not a labelled line


def test_thai_at_introduces_a_building_but_not_an_office_as_subject() -> None:
    assert _place(_meeting("วันที่ 3 มีนาคม 2568 ที่หอประชุมกลาง อำเภอเมือง จังหวัดสุรินทร์"))[0] == (
        "หอประชุมกลาง"
    )
    # "ตามหนังสือที่กรม…" is "the letter which the Department…", no place
    assert _meeting("ตามหนังสือที่กรมการจัดหางานแจ้ง ลงวันที่ 3 มีนาคม 2568").venue is None


def test_a_thai_venue_gives_its_province_or_capital_and_country() -> None:
    meeting = _meeting("วันที่ 7-8 สิงหาคม 2570 ที่ศูนย์นิทรรศการกลางฟิลิปปินส์ (CEP) กรุงมะนิลา ประเทศฟิลิปปินส์")
    # a short form in brackets goes on; a place glued to a Thai noun is the building's name
    assert _place(meeting) == ("ศูนย์นิทรรศการกลางฟิลิปปินส์ (CEP)", "Manila", "Philippines")
    meeting = _meeting("วันที่ 19 ก.ค. 2568 ที่ห้องประชุมทองคำ โรงแรมสยาม อ.เมืองระยอง จ.ระยอง")
    assert _place(meeting) == ("ห้องประชุมทองคำ โรงแรมสยาม", "Rayong", "Thailand")


def test_a_thai_venue_wrapped_inside_a_word_by_a_pdf_is_one_name() -> None:
    line = "ชมรมนักวิ่งจะจัดประชุมใหญ่สมาชิกเพื่อเลือกตั้งกรรมการชุดใหม่ในวันศุกร์ที่ 14 มีนาคม 2568 ณ หอ"
    meeting = _meeting(f"{line}\nประชุมเล็กโรงเรียนบ้านหนองบัว (โปรดนำบัตรสมาชิกมาด้วย)")
    assert meeting.venue is not None
    assert meeting.venue.value.replace(" ", "") == "หอประชุมเล็กโรงเรียนบ้านหนองบัว"


@pytest.mark.parametrize(
    ("sentence", "city", "country"),
    [
        # the gazetteer's own cities count, GeoNames' or not (Bali is an island there)
        (
            "Our network is hosting a small planning meeting in Bali, Indonesia next spring.",
            "Bali",
            "Indonesia",
        ),
        (
            "the Growers' Meeting in Colombo was arranged by Person A for a Tuesday.",
            "Colombo",
            "Sri Lanka",
        ),
        ("Two Clerks to Join the 9th Choir Week in Geneva, Switzerland", "Geneva", "Switzerland"),
        ("Orchard Forum in Bali Set to Open", "Bali", "Indonesia"),
    ],
)
def test_the_city_a_meeting_is_in(sentence: str, city: str, country: str) -> None:
    found = city_held_in(sentence)
    assert found is not None
    assert (found.city, found.country) == (city, country)


def test_an_organisation_in_a_city_or_a_previous_meeting_names_no_meeting_city() -> None:
    assert city_held_in("Our Permanent Representative to the UN in Geneva presented it.") is None
    assert city_held_in("The previous Meeting in Hanoi agreed on a work plan.") is None


@pytest.mark.parametrize(
    ("sentence", "venue", "city"),
    [
        # a building after "at", in a sentence without a verb of holding
        (
            "The Minister opened the Dialogue on 3 May 2026 at the Pullman Grand Hotel in Bangkok.",
            "Pullman Grand Hotel",
            "Bangkok",
        ),
        (
            "The Board Meeting opened yesterday, at The Riverside Hotel in Vientiane.",
            "Riverside Hotel",
            "Vientiane",
        ),
        # a clause after a comma, and a town the gazetteer does not know, are no part of it
        (
            "We meet on 3 May 2026 at the Ransom Library in Plainwell, unless told otherwise.",
            "Ransom Library",
            None,
        ),
        # an address's postcode line is its city's, not the building's
        (
            "The venue will be Hollybank Library, Fenwick Lane, Cambridge CB5 9ZZ.",
            "Hollybank Library, Fenwick Lane",
            "Cambridge",
        ),
    ],
)
def test_an_english_building_and_its_city(sentence: str, venue: str, city: str | None) -> None:
    found = _place(_meeting(sentence))
    assert found[:2] == (venue, city)


def test_a_building_named_after_at_is_read_with_doubt() -> None:
    meeting = _meeting("Delegates met on 3 May 2026 at the Galle Face Hotel. Sri Lanka chairs.")
    assert meeting.venue is not None
    assert meeting.venue.value == "Galle Face Hotel"
    assert meeting.venue.confidence < 0.8


def test_a_heading_names_the_building_before_the_days_but_not_a_letters_date_line() -> None:
    heading = "Maison des Lacs and Example Union headquarters Geneva, 4 to 15 October 2027"
    assert _place(_meeting(f"{heading}\n\nThe Conference opens.")) == (
        "Maison des Lacs and Example Union headquarters",
        "Geneva",
        "Switzerland",
    )
    # a single day after a place dates the letter where it was written
    assert _meeting("Geneva Office, 5 May 2026\n\nDear Sir, we write.").venue is None


def test_the_next_sentence_after_a_date_is_no_place_of_the_heading() -> None:
    meeting = _meeting(
        "The PM chairs the Summit in Hanoi on April 14, 2026. Photo by Vietnam's Ministry."
    )
    assert meeting.venue is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("SIEM REAP – Senior officials have concluded a regional meeting.", "Siem Reap"),
        ("KUALA LUMPUR, Nov 24 — The Prime Minister will open the Meeting here.", "Kuala Lumpur"),
        (
            "Press release | BANGKOK | 22 August 2026\n\nThe ILO will hold its Meeting here.",
            "Bangkok",
        ),
        ("In 2026 the WHO EURO RCM76 meets in Rome, Italy from 17 to 20 September.", "Rome"),
    ],
)
def test_a_capital_dateline_or_a_meeting_that_meets_in_a_city(text: str, city: str) -> None:
    found = city_held_in(text)
    assert found is not None
    assert found.city == city


def test_a_thai_provincial_notice_is_in_its_province_when_no_place_is_named() -> None:
    meeting = _meeting(
        "วันอังคารที่ 11 มีนาคม 2568 เวลา 13.30 น. ผู้ว่าราชการจังหวัดชลบุรี มอบให้รองผู้ว่าฯ นั่งเป็นประธาน",
        subject="การประชุมคณะกรมการจังหวัดชลบุรี ครั้งที่ 1/2568",
    )
    assert _place(meeting)[1:] == ("Chon Buri", "Thailand")
    assert meeting.country is not None
    assert meeting.country.confidence < 0.8


def test_an_embassy_names_whose_it_is_not_where_it_stands() -> None:
    meeting = _meeting("วันที่ 9 มกราคม 2569 ได้เข้าร่วมพิธีส่งมอบตำแหน่ง ณ สถานเอกอัครราชทูตฟิลิปปินส์")
    assert meeting.country is None
    assert _meeting("The reception on 9 May 2026 was held at the Embassy of Japan.").country is None


def test_a_country_beyond_the_list_where_a_meeting_takes_place() -> None:
    meeting = _meeting("Our pottery workshop will take place in Slovenia in autumn 2027.")
    assert meeting.city is None
    assert meeting.country is not None
    assert meeting.country.value == "Slovenia"
    assert meeting.country.confidence < 0.8
    # a country the sentence cites for another meeting is not this one's
    assert _meeting("The previous workshop took place in Slovenia in June 2025.").country is None
