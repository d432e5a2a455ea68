"""Round twenty-one, second pass (places-r21b): place classes missed on test21
(tests/realmail/FAILURES.md, "Round twenty-one fixes (places-r21b)"), each in an invented text
of the class's shape, with a guard beside it."""

from __future__ import annotations

from tests.understanding.helpers import REVIEW_AT, confidence_of, meeting_of, value_of

# B1. A visit offered or accepted by invitation is one still to come: its country is not
# where the talks reported were held.

_THAI_TALKS = (
    "วันนี้ 3 มี.ค. 68 เวลา 10.00 น. รัฐมนตรีตัวอย่าง พบหารือกับผู้แทนสมมุติ "
    "ในโอกาสเข้าร่วมการประชุมตัวอย่างประจำปี\n\n"
    "ทั้งนี้ ฝ่ายไทย{visit}ญี่ปุ่นในปีหน้า\n"
)


def test_a_thai_visit_accepted_by_invitation_names_no_country() -> None:
    body = _THAI_TALKS.format(visit="ได้ตอบรับคำเชิญที่จะเดินทางเยือน")
    assert value_of(meeting_of(body).country) is None


def test_guard_a_thai_visit_made_at_an_invitation_keeps_its_country() -> None:
    body = _THAI_TALKS.format(visit="เดินทางตามคำเชิญของรัฐบาลสมมุติ เยือน")
    assert value_of(meeting_of(body).country) == "Japan"


_ENGLISH_TALKS = (
    "On 3 March 2025 the Sample Minister met the Example Envoy on the sidelines of the "
    "annual sample assembly.\n\n{visit} Japan.\n"
)


def test_an_english_visit_offered_by_invitation_names_no_country() -> None:
    body = _ENGLISH_TALKS.format(visit="The envoy invited the minister to pay an official visit to")
    assert value_of(meeting_of(body).country) is None


def test_guard_an_english_visit_made_at_an_invitation_keeps_its_country() -> None:
    body = _ENGLISH_TALKS.format(
        visit="At the invitation of the envoy, the minister paid an official visit to"
    )
    assert value_of(meeting_of(body).country) == "Japan"


# B2. A Thai text's hotel by its Latin name ("โรงแรม <brand> <city>"): the city in the hotel's
# name is where it stands, under review as in English.

_THAI_HOTEL = (
    "เมื่อวันที่ 4 มีนาคม 2568 ผู้แทนตัวอย่างได้เป็นประธานการประชุมคณะกรรมการสมมุติ ครั้งที่ 7 "
    "ที่{place} โดยที่ประชุมได้หารือเรื่องกิจกรรมประจำปี\n"
)


def test_a_city_in_a_thai_hotel_latin_name_is_read_under_review() -> None:
    meeting = meeting_of(_THAI_HOTEL.format(place="โรงแรม Example Nairobi Hotel"))
    assert value_of(meeting.city) == "Nairobi"
    assert confidence_of(meeting.city) < REVIEW_AT


def test_guard_a_thai_hall_named_for_no_city_gives_no_city() -> None:
    meeting = meeting_of(_THAI_HOTEL.format(place="ห้องประชุม Example Nairobi"))
    assert value_of(meeting.city) is None
