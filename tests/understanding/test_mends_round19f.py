"""Round nineteen, second-pass mends (mend21c): places24b's Thai place and mode rules on
invented texts nobody had seen (tests/realmail/FAILURES.md, "Round nineteen, second-pass
mends (mend21c)"), each mend with the near case it must keep beside it."""

from __future__ import annotations

from bot.understanding.record import MeetingRecord, Mode
from tests.understanding.helpers import assert_under_review, meeting_of, value_of


def _thai_story(body: str) -> MeetingRecord:
    return meeting_of(body, "ข่าวตัวอย่าง")


# A wire's dated dateline named again only as where a minister sets out from.


def test_a_dated_dateline_named_again_only_as_the_start_of_a_journey_is_no_place() -> None:
    meeting = _thai_story(
        "โตเกียว 29 ก.ย. – รัฐมนตรีตัวอย่างจะเดินทางจากโตเกียวไปยังโซลเพื่อหารือกับคู่เจรจาในวันที่ 3 ตุลาคม\n"
    )
    assert meeting.city is None


def test_a_dated_dateline_named_again_as_where_the_talks_are_is_still_read() -> None:
    meeting = _thai_story(
        "โตเกียว 29 ก.ย. – รัฐมนตรีตัวอย่างจะหารือกับคู่เจรจาในวันที่ 3 ตุลาคม โดยผู้ว่าการโตเกียวจะกล่าวต้อนรับ\n"
    )
    assert_under_review(meeting.city, "Tokyo")


# A titled city visited after the meeting or once before.


def test_a_titled_city_visited_after_the_meeting_is_not_its_place() -> None:
    meeting = _thai_story(
        "รัฐมนตรีตัวอย่างจะเข้าร่วมการประชุมตัวอย่างในวันที่ 4 กรกฎาคม "
        "และหลังการประชุมจะเยือนเมืองพุกามเพื่อชมโบราณสถาน\n"
    )
    assert meeting.city is None


def test_a_titled_city_visited_last_year_is_not_its_place() -> None:
    meeting = _thai_story(
        "เมื่อปีที่แล้ว รัฐมนตรีตัวอย่างเคยเยือนเมืองเซินเจิ้นมาแล้ว ส่วนการประชุมครั้งนี้จะจัดขึ้นในวันที่ 4 กรกฎาคม\n"
    )
    assert meeting.city is None


def test_a_titled_city_visited_for_the_meeting_is_still_its_place() -> None:
    meeting = _thai_story(
        "คณะของรัฐมนตรีตัวอย่างจะเยือนเมืองมัณฑะเลย์ในต้นเดือนกรกฎาคม เพื่อเข้าร่วมการประชุมตัวอย่าง\n"
    )
    assert_under_review(meeting.city, "Mandalay")


# A titled city hosting the next meeting, or one in the past.


def test_a_titled_city_hosting_the_next_meeting_is_not_this_ones() -> None:
    meeting = _thai_story(
        "ที่ประชุมตัวอย่างเห็นชอบว่า เมืองโอซากาจะเป็นเจ้าภาพจัดการหารือครั้งต่อไป ซึ่งจะมีขึ้นในปีหน้า\n"
    )
    assert meeting.city is None


def test_a_titled_city_hosting_next_year_is_not_this_meetings() -> None:
    meeting = _thai_story(
        "การประชุมตัวอย่างจัดขึ้นในวันที่ 8 มีนาคม และในปีหน้าเมืองโอซากาจะเป็นเจ้าภาพจัดการประชุมครั้งที่ 5\n"
    )
    assert meeting.city is None


def test_a_titled_city_that_hosted_last_year_is_not_this_meetings() -> None:
    meeting = _thai_story(
        "การประชุมตัวอย่างครั้งนี้จะมีขึ้นในวันที่ 8 มีนาคม ต่อจากครั้งก่อนที่เมืองโอซากาได้เป็นเจ้าภาพจัดงานเมื่อปีที่แล้ว\n"
    )
    assert meeting.city is None


def test_a_titled_city_hosting_this_meeting_is_still_its_city() -> None:
    meeting = _thai_story("เมืองปูซานจะเป็นเจ้าภาพจัดการประชุมตัวอย่างครั้งนี้ระหว่างวันที่ 8-9 มีนาคม\n")
    assert_under_review(meeting.city, "Busan")


# Faces seen over a video call.


def test_faces_seen_over_a_video_call_are_online() -> None:
    meeting = _thai_story("รัฐมนตรีตัวอย่างทั้งสองจะหารือกันผ่านวิดีโอคอลแบบเห็นหน้ากันในวันที่ 6 ตุลาคม\n")
    assert value_of(meeting.mode) == Mode.VIRTUAL


def test_faces_seen_across_a_table_are_still_in_person() -> None:
    meeting = _thai_story("คณะทำงานตัวอย่างจะประชุมแบบเห็นหน้ากันเป็นครั้งแรกในวันที่ 6 ตุลาคม\n")
    assert value_of(meeting.mode) == Mode.IN_PERSON
