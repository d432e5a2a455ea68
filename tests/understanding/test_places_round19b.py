"""Round nineteen, second pass (places24b): place and mode classes left on the read parts
(tests/realmail/FAILURES.md, "Round nineteen, second pass (places24b)"), each in an invented
text of the class's shape, with a guard beside it."""

from __future__ import annotations

from bot.understanding.record import MeetingRecord, Mode
from tests.understanding.helpers import assert_under_review, meeting_of, value_of


def _thai_story(body: str) -> MeetingRecord:
    return meeting_of(body, "ข่าวตัวอย่าง")


# T1. A Thai wire's dateline with the day it files: "โอซากา 12 มี.ค. – …".


def test_a_thai_wires_dated_dateline_names_the_city_it_names_again() -> None:
    meeting = _thai_story(
        "โอซากา 12 มี.ค. – ทางการตัวอย่างเผยวันนี้ว่า รัฐมนตรีจากสามประเทศจะหารือร่วมกันสัปดาห์หน้า "
        "โดยผู้ว่าการโอซากาจะกล่าวต้อนรับคณะผู้แทนทั้งหมด\n"
    )
    assert_under_review(meeting.city, "Osaka")
    assert meeting.city is not None
    assert "rule city.thai_dateline" in meeting.city.reasons


def test_a_thai_wires_dateline_not_named_again_is_only_where_it_files() -> None:
    meeting = _thai_story(
        "โอซากา 12 มี.ค. – ทางการตัวอย่างเผยวันนี้ว่า รัฐมนตรีจากสามประเทศจะหารือร่วมกันสัปดาห์หน้า "
        "โดยยังไม่กำหนดสถานที่จัดการประชุม\n"
    )
    assert meeting.city is None


# T2. "แบบเห็นหน้า", face to face as "แบบพบหน้า".


def test_talks_face_to_face_in_thai_are_in_person() -> None:
    meeting = _thai_story("รัฐมนตรีตัวอย่างทั้งสี่คนจะหารือร่วมกันแบบเห็นหน้าในวันที่ 6 ตุลาคม\n")
    assert value_of(meeting.mode) == Mode.IN_PERSON


def test_seeing_a_picture_in_thai_is_no_way_of_meeting() -> None:
    meeting = _thai_story("รัฐมนตรีตัวอย่างทั้งสี่คนจะหารือร่วมกันแบบเห็นภาพในวันที่ 6 ตุลาคม\n")
    assert value_of(meeting.mode) != Mode.IN_PERSON


# T3. A visit to a city by its title: "เยือนเมืองพุกาม".


def test_a_visit_to_a_titled_city_names_the_city() -> None:
    meeting = _thai_story(
        "คณะของรัฐมนตรีตัวอย่างจะเยือนเมืองพุกาม ประเทศเมียนมา ในช่วงต้นเดือนกรกฎาคม "
        "เพื่อเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง\n"
    )
    assert_under_review(meeting.city, "Bagan")


def test_a_visit_to_the_thai_land_names_no_city() -> None:
    meeting = _thai_story(
        "รัฐมนตรีตัวอย่างมีกำหนดเดินทางเยือนเมืองไทย ระหว่างวันที่ 3-4 กรกฎาคม เพื่อเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง\n"
    )
    assert meeting.city is None


# T4. The press's spelling of Nay Pyi Taw.


def test_the_presss_spelling_of_nay_pyi_taw_is_read() -> None:
    meeting = _thai_story(
        "นายกรัฐมนตรีตัวอย่างเดินทางไปเข้าร่วมการประชุมสุดยอดตัวอย่าง ครั้งที่ 9 "
        "ณ กรุงเนปยิดอ ในวันที่ 14 และ 15 มิถุนายน\n"
    )
    assert value_of(meeting.city) == "Nay Pyi Taw"


# T5. A city by its title hosts the meeting: "เมือง<City>จะเป็นเจ้าภาพจัดการประชุม…".


def test_a_titled_city_hosting_the_meeting_is_its_city() -> None:
    meeting = _thai_story(
        "ประธานตัวอย่างกล่าวในวันนี้ว่า เมืองหางโจวจะเป็นเจ้าภาพจัดการประชุมผู้นำตัวอย่าง ในเดือนตุลาคมปีหน้า\n"
    )
    assert_under_review(meeting.city, "Hangzhou")
    assert value_of(meeting.country) == "China"


def test_a_city_that_hosts_no_holding_is_not_the_meetings_city() -> None:
    meeting = _thai_story(
        "ประธานตัวอย่างกล่าวในวันนี้ว่า เมืองหางโจวจะเป็นเจ้าภาพต้อนรับคณะผู้แทนตัวอย่าง ในเดือนตุลาคมปีหน้า\n"
    )
    assert meeting.city is None
