"""Round eleven's classes of when the meeting is, at which hour and in which zone
(tests/realmail/FAILURES.md, "Round eleven fixes (dates14)"), each in an invented text of the
class's shape, with a near text the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.regional_hours import regional_equivalents
from bot.understanding.fields.schedule_words import NEW_DATE
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal
from bot.understanding.temporal.zones import zone_of
from tests.understanding.helpers import BANGKOK, NEW_YORK, meeting_of


def _found(text: str, year: int = 2027) -> list[Temporal]:
    return find_temporal(text, reference=dt.datetime(year, 1, 10, 9, tzinfo=BANGKOK))


def _days(text: str) -> list[tuple[object, object]]:
    return [(t.start, t.end) for t in _found(text)]


# R1: a North American region after the hour, "North American" before it


def test_r1_north_american_eastern_after_the_hour_is_new_york() -> None:
    meeting = meeting_of(
        "Example Lecture Series\n\nLecture: Tuesday, June 8, 2027, 3:00 PM North American\n"
        "Eastern, Room 2\n\nPerson A will talk about example models.\n",
        "Example lecture, 8 June 2027",
        sent=dt.datetime(2027, 6, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 6, 8, 15, tzinfo=NEW_YORK)
    assert meeting.start.confidence < 0.8  # a region without "time": read, under review


def test_r1_guard_north_american_before_another_word_is_no_zone() -> None:
    (found,) = [t for t in _found("Tuesday June 8, 2027 at 12:00 PM North American office.")]
    assert found.zone_assumed


# R2: one hour written in several regions' times, a line each


_REGIONAL = (
    "Example Network\n\nThe members' meeting will be held on Monday March 8 at:\n"
    "10am-11.30am Western Australia\n12-1.30pm Eastern Australia, Papua New Guinea\n"
    "1-2.30pm Solomon Islands\n2-3.30pm New Zealand and Fiji.\n\nThe agenda will cover plans.\n"
)


def test_r2_an_hour_among_regional_equivalents_takes_no_zone_and_stays_under_review() -> None:
    meeting = meeting_of(
        _REGIONAL, "Members' meeting March 8", sent=dt.datetime(2027, 2, 1, 9, tzinfo=BANGKOK)
    )
    assert meeting.start is not None
    assert meeting.start.confidence < 0.8
    assert meeting.timezone is None


def test_r2_guard_a_programme_of_hours_is_no_list_of_regions() -> None:
    programme = "on 8 March at 9:00am Registration\n9:30am Opening remarks\n10:00am Keynote\n"
    at = programme.index("9:00am") + len("9:00am")
    assert not regional_equivalents(programme, at)
    assert regional_equivalents(_REGIONAL, _REGIONAL.index("11.30am") + len("11.30am"))


# R3: a reschedule's new days said with "rescheduled … be held on", "จากเดิม … เป็น"


def test_r3_rescheduled_and_will_be_held_from_gives_the_new_days() -> None:
    meeting = meeting_of(
        "Dear colleagues,\n\nThe Example training course, first set for 3 to 7 May 2027, has"
        " been rescheduled and will be held online from 14 to 18 June 2027.\n\nApplications"
        " already sent stay valid.\n",
        "New dates: Example training course",
        sent=dt.datetime(2027, 3, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.end is not None
    assert (meeting.start.value, meeting.end.value) == (dt.date(2027, 6, 14), dt.date(2027, 6, 18))


def test_r3_rescheduled_our_meeting_to_be_convened_on_gives_the_new_day() -> None:
    meeting = meeting_of(
        "Example Club\n\nAs the hall is closed for repairs, the board has rescheduled the meeting"
        " to be convened on Thursday 27th May 2027 at 5:30pm in the library.\n",
        "Example Club meeting rescheduled",
        sent=dt.datetime(2027, 5, 16, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 5, 27, 17, 30, tzinfo=BANGKOK)


def test_r3_thai_from_the_old_day_and_hour_to_the_new_on_the_next_line() -> None:
    meeting = meeting_of(
        "สมาคมตัวอย่างขอเลื่อนการประชุมใหญ่สามัญประจำปี\n"
        "2570 จากเดิมวันที่ 8 มีนาคม 2570 เวลา 09.30 น. เป็น\n"
        "วันที่ 15 มีนาคม 2570 เวลา 13.00 น. ณ ห้องประชุมสมาคม\n",
        "เลื่อนการประชุมใหญ่สามัญประจำปี 2570",
        sent=dt.datetime(2027, 4, 19, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 3, 15, 13, tzinfo=BANGKOK)


def test_r3_thai_postponed_with_the_thing_moved_between() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\nที่ประชุมสมาชิกลงมติเลื่อนการเลือกตั้งกรรมการ 3 คน จากฝ่าย 'สมาชิกสามัญ'"
        " เป็น 26 พ.ย.70 โดยให้ฝ่ายเลขานุการเตรียมบัญชีรายชื่อใหม่\n\nที่ประชุมเห็นควรให้"
        "เลื่อนการลงคะแนนออกไป\n",
        "ที่ประชุมสมาชิกลงมติเลื่อนการเลือกตั้ง",
        sent=dt.datetime(2027, 11, 8, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 11, 26)


def test_r3_guard_a_postponement_in_another_clause_or_an_old_schedule_is_no_new_date() -> None:
    assert NEW_DATE.search("The meeting, which was postponed last year, will be held on ") is None
    assert NEW_DATE.search("กำหนดการเดิมเป็น") is None
    assert NEW_DATE.search("deferred and will take place online from ") is not None


# R4: a range whose dash and blank a copy lost


def test_r4_a_range_glued_into_one_number_before_its_month() -> None:
    assert _days("The working group meets in Example City on 1415 October 2027.") == [
        (dt.date(2027, 10, 14), dt.date(2027, 10, 15))
    ]
    assert _days("Dates: 910 May 2027") == [(dt.date(2027, 5, 9), dt.date(2027, 5, 10))]


def test_r4_guard_a_room_or_an_invoice_number_before_a_month_is_no_range() -> None:
    assert _days("Room 1015 May 2027") == []
    assert _days("on 1234 December 2027") == []  # 1-234 or 12-34 or 123-4: no two days


# R5: a year glued to the hour after it


def test_r5_a_year_glued_to_its_hour() -> None:
    meeting = meeting_of(
        "Community Workshop\nWhen\nJune 4, 20276:30 pm\nResidents are invited to discuss the"
        " Example Park plan.\n",
        "Community Workshop",
        sent=dt.datetime(2027, 5, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 6, 4, 18, 30, tzinfo=BANGKOK)
    assert meeting.start.confidence < 0.8


def test_r5_guard_a_year_and_hour_apart_read_as_before() -> None:
    (found,) = _found("December 8, 2027 5:00 pm")
    assert found.start == dt.datetime(2027, 12, 8, 17, tzinfo=BANGKOK)
    assert not any("glued" in why for why in found.reasons)


# R6: a one-zone country before "time", and the zone of hours a day does not carry


def test_r6_a_country_of_one_zone_before_time_is_its_zone() -> None:
    assert zone_of("Vanuatu time") == "Pacific/Efate"
    assert zone_of("Australia time") is None  # several zones: none of them


def test_r6_the_one_zone_written_after_the_hours_is_the_meeting_days() -> None:
    meeting = meeting_of(
        "Regional Finance Dialogue\n\nOnline, 9am-1pm (Vanuatu time)\nBegins\n"
        "Tuesday 9th November 2027\n",
        "Regional Finance Dialogue",
        sent=dt.datetime(2027, 10, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.timezone is not None
    assert (meeting.timezone.value, meeting.timezone.confidence) == ("Pacific/Efate", 0.7)


def test_r6_guard_hours_in_two_zones_give_no_zone() -> None:
    meeting = meeting_of(
        "Example Call\n\nCalls alternate: 9am (Tokyo time) or 6pm (London time).\nDate\n"
        "Friday 15th October 2027\n",
        "Example Call",
        sent=dt.datetime(2027, 10, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.timezone is None


# R7: a series of days listed before their month starts on the first


def test_r7_english_days_listed_before_their_month_start_on_the_first() -> None:
    meeting = meeting_of(
        "Example Province Office\n\nThe province will hold four public forums on 13, 15, 17 and"
        " 20 March 2027, 09.00-16.00, at the provincial hall.\n",
        "Public forums",
        sent=dt.datetime(2027, 3, 6, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.end is not None
    assert meeting.start.value == dt.datetime(2027, 3, 13, 9, tzinfo=BANGKOK)
    assert meeting.end.value == dt.datetime(2027, 3, 20, 16, tzinfo=BANGKOK)


def test_r7_thai_days_listed_with_a_slash_across_a_wrap_start_on_the_first() -> None:
    meeting = meeting_of(
        "อำเภอตัวอย่าง จัดประชุมประชาคมหมู่บ้าน\nอำเภอจะจัดประชุมประชาคมจำนวน 4 ครั้ง คือวันที่"
        " 3/5/7 และ\nวันที่ 10 มิถุนายน 2570 เวลา 09.00-16.00 น. ณ หอประชุมอำเภอตัวอย่าง\n",
        "อำเภอตัวอย่าง จัดประชุมประชาคมหมู่บ้าน",
        sent=dt.datetime(2027, 5, 25, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 6, 3, 9, tzinfo=BANGKOK)


def test_r7_guard_a_numbered_item_before_a_date_is_no_listed_day() -> None:
    assert _days("ตามข้อ 3 และ วันที่ 20 มีนาคม 2570") == [(dt.date(2027, 3, 20), None)]


# R8: a date alone on its line with a range of hours is an event's, not a letter's


def test_r8_a_date_line_with_a_range_of_hours_is_the_events() -> None:
    meeting = meeting_of(
        "12 October 2027, 10.30-12.00pm\nSession 2: Example Trade Rules Explained\n\n"
        "Register with the form below. The session runs on Zoom.\n",
        "Session 2: Example Trade Rules Explained (12 October 2027, Zoom)",
        sent=dt.datetime(2027, 10, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 10, 12, 10, 30, tzinfo=BANGKOK)


def test_r8_guard_a_letters_date_alone_on_its_line_is_still_not_the_meeting() -> None:
    meeting = meeting_of(
        "30 November 2027\n\nDear colleagues,\n\nThe Example Committee will meet on 14 December"
        " 2027 at 10:00 in Room 4.\n",
        "Example Committee meeting",
        sent=dt.datetime(2027, 11, 30, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 12, 14, 10, tzinfo=BANGKOK)


# R9: a day's schedule with hours and no day


def test_r9_thai_day_schedule_is_the_mails_day_at_its_first_hour() -> None:
    meeting = meeting_of(
        "เวลา 09.30 น. รัฐมนตรีว่าการกระทรวงตัวอย่าง เป็นประธานการประชุมคณะกรรมการตัวอย่าง"
        " ณ ห้องประชุม 1\n\nเวลา 14.30 น. รัฐมนตรีว่าการกระทรวงตัวอย่าง ประชุมหัวหน้าส่วนราชการ\n",
        "กำหนดการรัฐมนตรีว่าการกระทรวงตัวอย่าง",
        sent=dt.datetime(2027, 3, 6, 7, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 3, 6, 9, 30, tzinfo=BANGKOK)
    assert meeting.start.confidence < 0.8


def test_r9_english_daily_schedule_is_the_mails_day_at_its_first_hour() -> None:
    meeting = meeting_of(
        "09:30 The Minister chairs the meeting of the Example Board, Room 1.\n"
        "14:30 The Minister meets the heads of agencies.\n",
        "Daily schedule of the Minister",
        sent=dt.datetime(2027, 3, 6, 7, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 3, 6, 9, 30, tzinfo=BANGKOK)


def test_r9_guard_hours_without_a_schedule_named_give_no_day() -> None:
    meeting = meeting_of(
        "เวลา 09.30 น. รัฐมนตรีว่าการกระทรวงตัวอย่าง เป็นประธานการประชุมคณะกรรมการตัวอย่าง\n",
        "ข่าวกระทรวงตัวอย่าง",
        sent=dt.datetime(2027, 3, 6, 7, tzinfo=BANGKOK),
    )
    assert meeting.start is None
