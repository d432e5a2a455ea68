"""Venues as real notices write them: Thai places after ณ or ที่ that end at a clause, not
at a listed verb; English buildings after "at"; the city a meeting's name is "in"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reading.document import MailDocument
from bot.understanding.extract import extract_message
from bot.understanding.fields.world_places import city_held_in
from bot.understanding.record import MeetingRecord

SENT = dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def _meeting(body: str, subject: str = "") -> MeetingRecord:
    doc = MailDocument(
        message_id="venues@example.org", subject=subject, sender=None, to=(), cc=(), date=SENT,
        in_reply_to=None, references=(), authentication_results=(), text=body,
    )  # fmt: skip
    return extract_message(doc, default_tz="Asia/Bangkok").meeting


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
    meeting = _meeting(
        "วันที่ 3-4 กุมภาพันธ์ 2569 ที่ศูนย์การประชุมนานาชาติฟิลิปปินส์ (PICC) กรุงมะนิลา สาธารณรัฐฟิลิปปินส์"
    )
    # a short form in brackets goes on; a place glued to a Thai noun is the building's name
    assert _place(meeting) == ("ศูนย์การประชุมนานาชาติฟิลิปปินส์ (PICC)", "Manila", "Philippines")
    meeting = _meeting("วันที่ 19 ก.ค. 2568 ที่ห้องประชุมทองคำ โรงแรมสยาม อ.เมืองระยอง จ.ระยอง")
    assert _place(meeting) == ("ห้องประชุมทองคำ โรงแรมสยาม", "Rayong", "Thailand")


def test_a_thai_venue_wrapped_inside_a_word_by_a_pdf_is_one_name() -> None:
    line = "สหกรณ์ได้รับอนุญาตให้จัดประชุมใหญ่สามัญประจำปีในวันพุธที่ 9 กุมภาพันธ์ 2565 ณ หอ"
    meeting = _meeting(f"{line}\nประชุมใหญ่มหาวิทยาลัยราชภัฏสุรินทร์ (ภายใต้มาตรการควบคุมโรค)")
    assert meeting.venue is not None
    assert meeting.venue.value.replace(" ", "") == "หอประชุมใหญ่มหาวิทยาลัยราชภัฏสุรินทร์"


@pytest.mark.parametrize(
    ("sentence", "city", "country"),
    [
        # the gazetteer's own cities count, GeoNames' or not (Bali is an island there)
        (
            "The ILO is hosting a high-level meeting in Bali, Indonesia on 7-8 November.",
            "Bali",
            "Indonesia",
        ),
        (
            "the Ambassadors' Meeting in Colombo was convened by the Ministry on 5 January.",
            "Colombo",
            "Sri Lanka",
        ),
        ("Delegates to Attend the 112th ILC in Geneva, Switzerland", "Geneva", "Switzerland"),
        ("G20-LEMM in Bali Ready to be Held", "Bali", "Indonesia"),
    ],
)
def test_the_city_a_meeting_is_in(sentence: str, city: str, country: str) -> None:
    found = city_held_in(sentence)
    assert found is not None
    assert (found.city, found.country) == (city, country)


def test_an_organisation_in_a_city_or_a_previous_meeting_names_no_meeting_city() -> None:
    assert city_held_in("Our Permanent Representative to the UN in Geneva presented it.") is None
    assert city_held_in("The previous Meeting in Hanoi agreed on a work plan.") is None
