"""Round twenty-one, second pass (places-r21b): place classes missed on test21
(tests/realmail/FAILURES.md, "Round twenty-one fixes (places-r21b)"), each in an invented text
of the class's shape, with a guard beside it."""

from __future__ import annotations

from tests.understanding.helpers import meeting_of, value_of

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
