"""Round twenty-one's rules of when the meeting is (tests/realmail/FAILURES.md, "Round
twenty-one fixes (dates-r21)"), each on invented text with a guard beside it."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.series_rows import NEXT_ROW_REASON
from bot.understanding.temporal.types import day_of
from bot.understanding.temporal.zone_words import region_after
from tests.understanding.helpers import BANGKOK, confidence_of, meeting_of, value_of

_MARCH_3 = dt.datetime(2026, 3, 3, 9, 0, tzinfo=BANGKOK)
_NO_DAY_YET = (
    "The Example Rowing Society's annual meeting needs the treasurer's figures first, and the "
    "auditors have not finished them, so we are not able to set a firm date for our annual "
    "meeting yet; we think it will fall in April or May. Members will hear from the "
    "committee as soon as we know more."
)


def test_the_notice_s_own_date_line_is_no_day_of_a_meeting_whose_day_is_not_set() -> None:
    meeting = meeting_of(
        f"Annual meeting 2026\n\nDate: 3 March 2026\n\n{_NO_DAY_YET}",
        "Annual meeting 2026",
        sent=_MARCH_3,
    )
    assert meeting.start is None


def test_another_date_of_a_meeting_whose_day_is_not_set_is_held_under_review() -> None:
    meeting = meeting_of(
        f"AGM 2026\n\nDate: 27 February 2026\n\n{_NO_DAY_YET}",
        "AGM 2026",
        sent=_MARCH_3,
    )
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_next_meeting_without_a_day_leaves_this_one_s_day() -> None:
    meeting = meeting_of(
        "Annual meeting 2026\n\nDate: 3 March 2026\n\nThe Example Rowing Society's annual "
        "meeting is held today at 18:00 in the boathouse, Example Lane. No date has been set "
        "for the next meeting of the committee.",
        "Annual meeting 2026",
        sent=_MARCH_3,
    )
    assert day_of(value_of(meeting.start)) == dt.date(2026, 3, 3)


def test_guard_a_cancelled_meeting_keeps_its_day_when_no_new_one_is_set() -> None:
    meeting = meeting_of(
        "The Example Rowing Society's committee meeting of 10 March 2026 is cancelled. A new "
        "date has not yet been set.",
        "Committee meeting cancelled",
        sent=_MARCH_3,
    )
    assert day_of(value_of(meeting.start)) == dt.date(2026, 3, 10)


def _form(hours_row: str, second_row: str = "PLACE: Room 4, Example Centre, Chiang Mai") -> str:
    return (
        "Example Regional Meeting\n\nThe members' meeting is set out below.\n\n"
        f"DATE: 20th March 2026\n\n{second_row}\n\n{hours_row}\n\nAgenda\n1. Opening"
    )


def test_a_four_digit_hours_row_in_local_time_gives_the_day_its_hour() -> None:
    meeting = meeting_of(
        _form("TIMES: 0900 - 1800 Local Time"), "Example Regional Meeting, 20 March 2026"
    )
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert (start.date(), start.hour) == (dt.date(2026, 3, 20), 9)
    assert confidence_of(meeting.start) < 0.8


def test_an_hours_row_s_range_gives_the_meeting_s_end_too() -> None:
    meeting = meeting_of(
        _form("TIMES: 0900 - 1800 Local Time"), "Example Regional Meeting, 20 March 2026"
    )
    end = value_of(meeting.end)
    assert isinstance(end, dt.datetime)
    assert (end.date(), end.hour) == (dt.date(2026, 3, 20), 18)
    assert confidence_of(meeting.end) < 0.8


def test_guard_an_hours_row_of_one_hour_gives_no_end() -> None:
    meeting = meeting_of(_form("Time: 14:30"), "Example Regional Meeting, 20 March 2026")
    assert isinstance(value_of(meeting.start), dt.datetime)
    assert not isinstance(value_of(meeting.end), dt.datetime)


def test_a_time_row_two_rows_below_the_date_row_gives_its_hour() -> None:
    meeting = meeting_of(_form("Time: 14:30 - 16:00"), "Example Regional Meeting, 20 March 2026")
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert (start.hour, start.minute) == (14, 30)


def test_guard_another_row_s_hour_is_not_the_meeting_s() -> None:
    meeting = meeting_of(
        _form("PLACE: Room 4, Example Centre, Chiang Mai", second_row="Registration: 08:30"),
        "Example Regional Meeting, 20 March 2026",
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 20)


def test_guard_four_digits_without_a_unit_or_local_time_are_no_hours() -> None:
    meeting = meeting_of(_form("TIMES: 0900 - 1800"), "Example Regional Meeting, 20 March 2026")
    assert value_of(meeting.start) == dt.date(2026, 3, 20)


_JULY_25 = dt.datetime(2026, 7, 25, 9, 0, tzinfo=BANGKOK)


def test_a_thai_report_s_day_beats_the_day_of_an_event_its_meeting_discussed() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 20 กรกฎาคม 2569 ผู้อำนวยการสำนักงานตัวอย่างเป็นประธานการประชุมคณะทำงานตัวอย่าง "
        "ครั้งที่ 12 ณ ห้องประชุมชั้น 3 โดยที่ประชุมได้หารือเกี่ยวกับกิจกรรมเพื่อเฉลิมฉลองวันสถาปนา"
        "สำนักงานตัวอย่าง ในวันที่ 14 สิงหาคม 2569 ด้วย",
        "ประชุมคณะทำงานตัวอย่าง ครั้งที่ 12",
        sent=_JULY_25,
    )
    assert value_of(meeting.start) == dt.date(2026, 7, 20)


def test_an_english_report_s_day_no_longer_ties_with_a_celebration_discussed() -> None:
    meeting = meeting_of(
        "The director chaired the 12th meeting of the Example Working Group on 20 July 2026 in "
        "Room 3, where members discussed the arrangements for the anniversary celebration on "
        "14 August 2026.",
        "Example Working Group, 12th meeting",
        sent=_JULY_25,
    )
    assert meeting.start is not None
    assert value_of(meeting.start) == dt.date(2026, 7, 20)
    assert not any("another date scores" in reason for reason in meeting.start.reasons)


def test_guard_a_work_plan_discussed_names_no_other_event() -> None:
    meeting = meeting_of(
        "คณะทำงานตัวอย่างได้หารือแผนงานของปีหน้า ในวันที่ 14 สิงหาคม 2569 ณ ห้องประชุมชั้น 3 สำนักงานตัวอย่าง",
        "ประชุมคณะทำงานตัวอย่าง",
        sent=_JULY_25,
    )
    assert value_of(meeting.start) == dt.date(2026, 8, 14)


_NOVEMBER_2 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=BANGKOK)
_SUMMARY_ROWS = (
    "สาระสำคัญของ การประชุมใหญ่สมาคมตัวอย่าง ครั้งที่ 2/ 2569\n"
    "1) สมาชิกที่ลงชื่อเข้าประชุมทั้งหมด จำนวน 120 คน ครบองค์ประชุม\n"
    "2) ที่ประชุมรับรองรายงานการประชุมครั้งก่อนโดยไม่มีการแก้ไข\n"
    "3) ที่ประชุมเห็นชอบงบการเงินประจำปีของสมาคมตัวอย่าง"
)


def test_a_line_wrapped_after_an_ordinal_s_slash_keeps_the_meeting_before_its_day() -> None:
    meeting = meeting_of(
        "สรุปสาระสำคัญ ของการประชุมใหญ่สมาคมตัวอย่าง ครั้งที่ 2/\n"
        "2569 วันศุกร์ที่ 16 ตุลาคม 2569 โดย นายกมล ตัวอย่าง นายก\nสมาคมตัวอย่าง\n" + _SUMMARY_ROWS,
        "สรุปการประชุมใหญ่สมาคมตัวอย่าง",
        sent=_NOVEMBER_2,
    )
    assert meeting.start is not None
    assert value_of(meeting.start) == dt.date(2026, 10, 16)
    assert any(reason.startswith("meeting_words") for reason in meeting.start.reasons)


def test_guard_a_line_ending_on_a_full_stop_is_not_joined_to_the_next() -> None:
    meeting = meeting_of(
        "สรุปสาระสำคัญ ของการประชุมใหญ่สมาคมตัวอย่าง.\nปรับปรุงข้อมูลเมื่อ 16 ตุลาคม 2569\n" + _SUMMARY_ROWS,
        "สรุปการประชุมใหญ่สมาคมตัวอย่าง",
        sent=_NOVEMBER_2,
    )
    assert value_of(meeting.start) != dt.date(2026, 10, 16)


_NOVEMBER_1 = dt.datetime(2026, 11, 1, 9, 0, tzinfo=BANGKOK)


def test_the_day_a_host_said_it_will_hold_a_meeting_is_not_the_meeting_s() -> None:
    meeting = meeting_of(
        "Example City (Example Wire) - Exampleland said on October 27 it will host the first "
        "online gathering of the Example Forum's ministers this year.\nIts foreign minister "
        "is to chair on November 19 the ministers' round table of all nine members.",
        "Exampleland to host online ministers' meeting",
        sent=_NOVEMBER_1,
    )
    assert value_of(meeting.start) == dt.date(2026, 11, 19)


def test_guard_a_day_someone_said_something_of_the_past_is_left_alone() -> None:
    meeting = meeting_of(
        "Example City (Example Wire) - Exampleland said on October 27 the ministers had met "
        "online. A report will follow.",
        "Exampleland ministers met online",
        sent=_NOVEMBER_1,
    )
    assert value_of(meeting.start) == dt.date(2026, 10, 27)


def _series(every: str, rows: str) -> str:
    return (
        f"The Example Tooling Circle gathers {every} at 3:00PM US/Eastern, and between those "
        f"weeks its docs team takes the slot.\nDial-in details follow the list.\n{rows}\n"
        "Join: https://example.org/call/circle"
    )


_THURSDAY_ROWS = "\n".join(
    f"{day} 3:00 PM" for day in ("Mar 5, 2026", "Mar 19, 2026", "Apr 2, 2026", "Apr 16, 2026")
)


def test_a_standing_series_listed_day_by_day_gives_its_next_day_under_review() -> None:
    meeting = meeting_of(
        _series("every other Thursday", _THURSDAY_ROWS), "Example Tooling Circle", sent=_MARCH_3
    )
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert (start.date(), start.hour) == (dt.date(2026, 3, 5), 15)
    assert start.utcoffset() == dt.timedelta(hours=-5)
    assert value_of(meeting.timezone) == "America/New_York"
    assert confidence_of(meeting.start) < 0.8


def test_guard_rows_off_the_named_weekday_are_no_series_days() -> None:
    meeting = meeting_of(
        _series("every other Monday", _THURSDAY_ROWS), "Example Tooling Circle", sent=_MARCH_3
    )
    assert confidence_of(meeting.start) < 0.8
    assert NEXT_ROW_REASON not in (meeting.start.reasons if meeting.start else ())


def test_a_us_slash_region_after_an_hour_is_its_zone() -> None:
    written = region_after("calls at 4:30PM US/Pacific.", len("calls at 4:30PM"))
    assert written is not None
    assert written.zone == "America/Los_Angeles"


def test_guard_a_us_slash_region_running_on_is_no_zone() -> None:
    assert region_after("at 4:30PM US/Pacific office", len("at 4:30PM")) is None
