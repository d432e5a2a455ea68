"""Round eight's classes of which date is the meeting and in which zone (tests/realmail/FAILURES.md,
Z3, D1, D2), each in an invented text of the class's shape: a venue's city named only in its
address's postcode line, a registration desk's second day, a held meeting's day in a Thai report
whose chair is named after it, a session's first day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract_text

BANGKOK = ZoneInfo("Asia/Bangkok")


def _meeting(body: str, *, sent: dt.datetime | None = None) -> MeetingRecord:
    return extract_text(body, sent=sent).meeting


@pytest.mark.parametrize(
    ("address", "zone"),
    [
        ("Example Conference Centre\nExample Street 12\n1211 Geneva\n", "Europe/Zurich"),
        ("Example Hotel\n12 Example Road, Kuala Lumpur 50480\n", "Asia/Kuala_Lumpur"),
    ],
)
def test_the_venues_city_in_its_postcode_line_gives_the_zone_under_review(
    address: str, zone: str
) -> None:
    meeting = _meeting(f"The meeting will open at 9:30 a.m. on Thursday, 14 May 2026.\n\n{address}")
    assert meeting.timezone is not None
    assert meeting.timezone.value == zone
    assert meeting.timezone.confidence < 0.8
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 14, 9, 30, tzinfo=ZoneInfo(zone))


def test_a_letterheads_postcode_line_above_the_day_gives_no_zone() -> None:
    # guard: the sender's address stands above the meeting's day
    meeting = _meeting(
        "Example Ministry\n1211 Geneva 22\n\n"
        "The meeting will open at 9:30 a.m. on Thursday, 14 May 2026.\n"
    )
    assert meeting.timezone is None


def test_a_registration_desks_second_day_is_not_the_meetings_opening_hour() -> None:
    meeting = _meeting(
        "The Example Regional Conference will be held on 14-15 May 2026 at the Example"
        " Convention Centre.\n\n"
        "Registration will be open on Wednesday, 13 May, from 14.00 to 18.00 and again on"
        " Thursday, 14 May, from 08.00 onwards. The opening ceremony starts at 09.30 on 14 May.\n"
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 14, 9, 30, tzinfo=BANGKOK)


def test_a_meetings_second_day_after_and_is_still_the_meetings() -> None:
    # guard: "and on" adds a day to the meeting when the sentence is the meeting's
    meeting = _meeting(
        "The Example Board will meet on Wednesday, 13 May 2026, from 14.00 to 18.00 and again on"
        " Thursday, 14 May 2026, from 08.00 to 12.00.\n"
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 13, 14, 0, tzinfo=BANGKOK)


def test_a_thai_reports_day_is_the_meeting_when_its_chair_is_named_on_the_next_line() -> None:
    meeting = _meeting(
        "ประชุมหัวหน้าส่วนราชการ ประจำเดือนเมษายน 2569\n\n"
        "ในวันพุธที่ 15 เมษายน 2569 เวลา 09.30 น. นายตัวอย่าง ผู้ว่าราชการจังหวัดตัวอย่าง\n"
        "เป็นประธานการประชุมหัวหน้าส่วนราชการ ประจำเดือนเมษายน 2569 ณ ห้องประชุมศาลากลาง\n"
        "จังหวัดตัวอย่าง โดยที่ประชุมได้พิจารณาเรื่องต่าง ๆ ที่เสนอเมื่อวันที่ 1 เมษายน 2569\n",
        sent=dt.datetime(2026, 4, 27, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 4, 15, 9, 30, tzinfo=BANGKOK)


def test_a_thai_reports_day_is_the_meeting_when_a_long_office_stands_before_the_chair() -> None:
    meeting = _meeting(
        "ข่าวประชาสัมพันธ์\n\n"
        "วันพุธที่ 15 เมษายน 2569 เวลา 09.30 น. นายตัวอย่าง นามสมมุติ รองผู้ว่าราชการจังหวัด"
        "ตัวอย่าง ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดตัวอย่าง เป็นประธานการประชุมคณะกรรมการ"
        "ตัวอย่าง ครั้งที่ 2/2569 ณ ห้องประชุมศาลากลางจังหวัดตัวอย่าง\n"
        "ที่ประชุมรับทราบผลการดำเนินงานเมื่อวันที่ 2 เมษายน 2569\n",
        sent=dt.datetime(2026, 4, 27, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 4, 15, 9, 30, tzinfo=BANGKOK)


def test_a_sessions_first_day_is_no_sitting() -> None:
    # "กำหนดให้วันที่ … เป็นวันเริ่มสมัยประชุม": the day a session begins, its period's first day
    meeting = _meeting(
        "ประกาศสภาองค์การบริหารส่วนตำบลตัวอย่าง\n\n"
        "- สมัยสามัญ สมัยที่ 2 ประจำปี 2569 กำหนดให้วันที่ 13 สิงหาคม\n"
        "2569 เป็นวันเริ่มสมัยประชุมสามัญประจำปี 2569 มีกำหนด 45 วัน\n",
        sent=dt.datetime(2026, 8, 1, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is None


def test_a_yearless_next_session_said_to_come_is_not_put_before_the_message() -> None:
    meeting = _meeting(
        "The fifth session of the Example Committee has been cancelled. The sixth session is"
        " tentatively scheduled for 12 October to 16 October.\n",
        sent=dt.datetime(2026, 11, 20, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 10, 12)


def test_a_yearless_day_said_of_the_past_keeps_the_nearest_year() -> None:
    # guard: a report of a session held five weeks before the message
    meeting = _meeting(
        "The sixth session of the Example Committee was held from 12 to 16 October.\n",
        sent=dt.datetime(2026, 11, 20, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 10, 12)


def test_a_councils_yearless_day_takes_the_session_year_of_its_heading() -> None:
    meeting = _meeting(
        "ประกาศสภาองค์การบริหารส่วนตำบลตัวอย่าง\n"
        "เรื่อง เรียกประชุมสภาสมัยสามัญ สมัยแรก ประจำปี พ.ศ. 2570\n\n"
        "จึงขอเรียกประชุมสภา ในวันที่ 5 กุมภาพันธ์ เวลา 09.00 น. ณ ห้องประชุมสภา\n",
        sent=dt.datetime(2026, 2, 20, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 2, 5, 9, 0, tzinfo=BANGKOK)


def test_the_past_meeting_that_set_a_session_is_not_the_meeting() -> None:
    meeting = _meeting(
        "ประกาศสภาเทศบาลตำบลตัวอย่าง เรื่อง ประชาสัมพันธ์กำหนดวันประชุมสภา สมัยสามัญ สมัยที่สอง"
        " ประจำปี พ.ศ. 2570\n\n"
        "ตามมติที่ประชุมสภาเทศบาลตำบลตัวอย่าง สมัยสามัญ สมัยที่สอง ประจำปี พ.ศ. 2569\n"
        "เมื่อวันพุธที่ 18 กุมภาพันธ์ 2569 ได้กำหนดให้มีสมัยประชุมสภา สมัยสามัญ สมัยที่สอง"
        " ประจำปี พ.ศ. 2570 มีกำหนดระยะเวลา 45 วัน เริ่มตั้งแต่วันที่ 2 กุมภาพันธ์ 2570 ไว้แล้วนั้น\n",
        sent=dt.datetime(2027, 2, 18, 9, 0, tzinfo=BANGKOK),
    )
    assert meeting.start is None


def test_a_ranges_first_day_takes_the_start_hour_said_without_a_day() -> None:
    meeting = _meeting(
        "The Example Regional Workshop will be held in Siem Reap on 14-15 May 2026. The opening"
        " session starts at 8:30 a.m.\n"
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(
        2026, 5, 14, 8, 30, tzinfo=ZoneInfo("Asia/Phnom_Penh")
    )
    assert meeting.start.confidence < 0.8


def test_a_ranges_first_day_takes_no_registration_desks_hour() -> None:
    # guard: the desk's hour is not the meeting's
    meeting = _meeting(
        "The Example Regional Workshop will be held in Siem Reap on 14-15 May 2026. Registration"
        " starts at 8:00 a.m.\n"
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 5, 14)
