"""Round twelve's classes of when the meeting is and at which hour (tests/realmail/FAILURES.md,
"Round twelve fixes (dates16)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.date_context import said_tomorrow
from bot.understanding.fields.date_periods import within_days
from bot.understanding.fields.date_stamps import reporter_day, stamped_minute, wire_stamp
from bot.understanding.fields.schedule_words import given_up_before
from bot.understanding.fields.text import MessageText
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal
from tests.understanding.helpers import BANGKOK, NEW_YORK, meeting_of, value_of


def _found_in(text: MessageText, year: int = 2027) -> list[Temporal]:
    return find_temporal(text.plain, reference=dt.datetime(year, 8, 7, 9, tzinfo=BANGKOK))


def _first(text: str, year: int = 2027) -> tuple[MessageText, Temporal]:
    message = MessageText.of(text)
    return message, _found_in(message, year)[0]


# S1: a page's stamp written to the second is no meeting's hour


_STAMPED_PAGE = (
    'สภาตัวอย่างเคาะประชุมสัปดาห์ละสองวัน "พุธ-พฤหัสฯ"\n2027-03-04 21:45:13\n'
    "มติที่ประชุมสภาตัวอย่าง กำหนดให้ประชุมทุกวันพุธ ตั้งคณะ\nกรรมการ 15 คน เมื่อวันที่ 4 มี.ค."
    " ประธานสภาตัวอย่างเป็นประธานการประชุมสภาตัวอย่าง ครั้งที่ 3 ณ ห้องประชุมใหญ่\n"
)


def test_s1_a_stamp_to_the_second_gives_the_day_but_no_hour() -> None:
    meeting = meeting_of(
        _STAMPED_PAGE, "มติสภาตัวอย่าง", sent=dt.datetime(2027, 3, 4, 9, tzinfo=BANGKOK)
    )
    assert meeting.start is None or meeting.start.value == dt.date(2027, 3, 4)


def test_s1_guard_a_time_with_zero_seconds_is_no_stamp() -> None:
    _, stamp = _first("Posted 2027-03-04 21:45:13")
    _, called = _first("The call opens at 2027-03-04 10:00:00")
    assert stamped_minute(stamp)
    assert not stamped_minute(called)


# S2: the hours of a standing week ("สัปดาห์ละ 2 วัน คือ วันพุธ เริ่มเวลา …") are no one sitting's


def test_s2_a_weekly_rule_s_start_hour_is_not_joined_to_the_day() -> None:
    meeting = meeting_of(
        "ข่าวสภาตัวอย่าง\n\nวันที่ 5 มี.ค. 2570 สภาตัวอย่างประชุมครั้งที่ 2 ที่ห้องประชุมใหญ่"
        " และลงมติให้ประชุมทุกสัปดาห์ในวันพุธ เริ่มในเวลา 13.00 น. กับวันพฤหัสบดีซึ่งจะ"
        " เริ่มเวลา 09.30 น.\n",
        "ข่าวสภาตัวอย่าง",
        sent=dt.datetime(2027, 3, 5, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 3, 5)


def test_s2_guard_one_meeting_s_start_hour_is_still_joined() -> None:
    meeting = meeting_of(
        "ข่าวสภาตัวอย่าง\n\nวันที่ 5 มี.ค. 2570 สภาตัวอย่างประชุมครั้งที่ 2 ที่ห้องประชุมใหญ่ โดยเริ่มเวลา 09.30 น.\n",
        "ข่าวสภาตัวอย่าง",
        sent=dt.datetime(2027, 3, 5, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 3, 5, 9, 30, tzinfo=BANGKOK)


# S3: a move "from Tuesday <D> to Friday <D>" in Thai, the new day's name broken off by a PDF


def test_s3_thai_moved_to_a_day_whose_name_a_line_break_splits() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\nนายกเทศมนตรีตัวอย่างจะลงพื้นที่ตรวจราชการระหว่างวันที่ 2-5 ธันวาคม 2570"
        " ทำให้ต้องเลื่อน\nการประชุมคณะผู้บริหาร จากวันอังคารที่ 30 พฤศจิกายนนี้ ไปเป็นวัน\n"
        "ศุกร์ที่ 3 ธันวาคม ที่ศาลากลางตัวอย่าง\n",
        "เลื่อนประชุมคณะผู้บริหาร",
        sent=dt.datetime(2027, 11, 29, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 12, 3)


def test_s3_thai_the_old_day_then_put_off_to_the_new() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\nสำนักเลขาธิการแจ้งให้เลื่อนการประชุมคณะกรรมการตัวอย่าง วันอังคารที่\n"
        "5 ต.ค. ออกไปเป็นวันพุธที่ 6 ต.ค. เนื่องจากประธานติดภารกิจ\n",
        "เลื่อนการประชุมคณะกรรมการตัวอย่าง",
        sent=dt.datetime(2027, 10, 3, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 10, 6)


def test_s3_guard_a_new_line_after_a_stop_reads_no_cue_from_the_line_above() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\nคณะกรรมการจะประชุมในวันที่ 5 ต.ค. 2570 ที่ศาลากลางตัวอย่าง\n\n"
        "ส่วนกิจกรรมเดินรณรงค์ ได้เลื่อนออกไปเป็น\n\n8 ต.ค. 2570\n",
        "ประชุมคณะกรรมการตัวอย่าง",
        sent=dt.datetime(2027, 10, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 10, 5)


# S4: "the AGM planned for <D> was postponed", the new day said only as the meeting's


_POSTPONED_AGM = (
    "Annual General Meeting 2027\n\nOur AGM\nOnline at 3 pm\n"
    "Thursday September 23\n\n"
    "The AGM planned for Thursday 24 June 2027 was postponed because the hall was closed."
    " Members voted for a Zoom meeting at 3 pm on Thursday 23 September 2027.\n"
)


def test_s4_a_day_said_given_up_leaves_the_later_one_as_the_new() -> None:
    meeting = meeting_of(
        _POSTPONED_AGM,
        "Annual General Meeting 2027",
        sent=dt.datetime(2027, 9, 9, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 9, 23, 15, tzinfo=BANGKOK)
    assert meeting.start.confidence < 0.8  # new by inference only


def test_s4_guard_postponed_with_no_new_day_gives_none() -> None:
    meeting = meeting_of(
        "Annual General Meeting 2027\n\nThe AGM planned for Thursday 24 June 2027 was postponed"
        " because the hall was closed. A new date will be announced.\n",
        "AGM postponed",
        sent=dt.datetime(2027, 6, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None


def test_s4_guard_postponed_until_further_notice_gives_no_new_day() -> None:
    assert not given_up_before(
        "The AGM planned for 24 June 2027 was postponed until further notice.",
        dt.date(2027, 9, 23),
        _found_in(MessageText.of("The AGM planned for 24 June 2027 was postponed")),
    )
    assert given_up_before(
        "The AGM planned for 24 June 2027 was postponed because the hall was closed.",
        dt.date(2027, 9, 23),
        _found_in(MessageText.of("The AGM planned for 24 June 2027 was postponed")),
    )


# S5: sessions listed a row each at one hour: the series starts at the first row


_ROWS = (
    "Example mini-course\n\nLive sessions we will facilitate during this course:\n\n"
    "Date | Time | Topic | Facilitators\n"
    "Mon Apr 5 | 11:00 am EDT | Introduction to the course | Person A\n"
    "Wed Apr 7 | 11:00 am EDT | Design process | Person B\n"
    "Fri Apr 9 | 11:00 am EDT | Open Session - questions | Person A\n"
    "Mon Apr 12 | 11:00 am EDT | Wrap up | Person B\n"
)


def test_s5_a_table_of_sessions_at_one_hour_starts_at_its_first_row() -> None:
    meeting = meeting_of(
        _ROWS, "Example mini-course", sent=dt.datetime(2027, 3, 20, 9, tzinfo=BANGKOK)
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 4, 5, 11, tzinfo=NEW_YORK)
    assert meeting.start.confidence < 0.8
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2027, 4, 12)


def test_s5_guard_two_rows_are_no_schedule() -> None:
    lines = _ROWS.splitlines(keepends=True)
    two = "".join(line for line in lines if "Apr 7" not in line and "Apr 12" not in line)
    meeting = meeting_of(
        two, "Example mini-course", sent=dt.datetime(2027, 3, 20, 9, tzinfo=BANGKOK)
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 4, 9, 11, tzinfo=NEW_YORK)


# S6: "ในวันพรุ่งนี้ (8 ส.ค.)": the day after the message, said so, over a later event's range


def test_s6_tomorrow_s_date_in_brackets_outweighs_the_event_it_prepares() -> None:
    meeting = meeting_of(
        "โฆษกตัวอย่างแจ้งว่า ในวันพรุ่งนี้ (8 ส.ค.) ผู้ว่าราชการจังหวัดตัวอย่างจะเป็นประธานการประชุม"
        "คณะกรรมการเตรียมการจัดงานมหกรรมตัวอย่าง ครั้งที่ 2/2570 ผ่านระบบวีดิทัศน์ทางไกล"
        " เพื่อเตรียมการจัดงานมหกรรมตัวอย่าง ระหว่างวันที่ 18-19 พ.ย.70 ที่ศูนย์ประชุมตัวอย่าง\n",
        "ผู้ว่าฯ เป็นประธานการประชุมคณะกรรมการเตรียมการจัดงาน ครั้งที่ 2/2570",
        sent=dt.datetime(2027, 8, 7, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 8, 8)
    assert meeting.start.confidence < 0.8


def test_s6_guard_a_bracketed_day_that_is_not_tomorrow_is_not_counted() -> None:
    text, item = _first("ในวันพรุ่งนี้ (9 ส.ค.) จะมีการประชุม")
    assert not said_tomorrow(text, item, dt.datetime(2027, 8, 7, 9, tzinfo=BANGKOK))
    text, item = _first("ในวันพรุ่งนี้ (8 ส.ค.) จะมีการประชุม")
    assert said_tomorrow(text, item, dt.datetime(2027, 8, 7, 9, tzinfo=BANGKOK))


# S7: "วันนี้ (D) ผู้สื่อข่าวรายงานว่า": the day the report is filed, not the meeting's


def test_s7_the_reporter_s_day_gives_way_to_the_meeting_s_day_and_hour() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\nวันนี้ (16 ก.ค.) ผู้สื่อข่าวประจำทำเนียบรายงานว่า ตามกำหนดการประชุมคณะรัฐมนตรีนอกสถานที่"
        " ที่จังหวัดตัวอย่าง ฉบับใหม่ ตัดการพบผู้นำท้องถิ่นออก ส่วนฉบับก่อนหน้า มีการประชุม"
        "ผู้นำท้องถิ่น เวลา 15.00 น. วันที่ 24 ก.ค.\n",
        "ครม.นอกสถานที่ จังหวัดตัวอย่าง",
        sent=dt.datetime(2027, 7, 16, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 7, 24, 15, tzinfo=BANGKOK)


def test_s7_guard_today_s_date_without_a_reporter_is_no_filing_day() -> None:
    text, item = _first("วันนี้ (25 ก.พ.) ที่สำนักงานตัวอย่าง มีการประชุม")
    assert not reporter_day(text, item)
    text, item = _first("วันนี้ (25 ก.พ.) ผู้สื่อข่าวรายงานว่า")
    assert reporter_day(text, item)


# S8: a wire's stamp, "<day> <hour> —<news agency>", is no meeting's hour


def test_s8_a_wire_stamp_gives_no_start_hour() -> None:
    meeting = meeting_of(
        "ผู้นำอาเซียนเดินทางถึงแล้ว\n\nข่าวต่างประเทศ Thursday April 8, 2027 15:05 —สำนักข่าวตัวอย่าง\n\n"
        "ผู้นำประเทศสมาชิกเดินทางถึงเมืองตัวอย่างแล้ว เพื่อเข้าร่วมการประชุมสุดยอดซึ่งมีกำหนดเปิดในช่วงบ่ายวันนี้\n",
        "ผู้นำอาเซียนเดินทางถึงแล้ว",
        sent=dt.datetime(2027, 4, 8, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None or not isinstance(meeting.start.value, dt.datetime)


def test_s8_guard_a_programme_row_after_a_dash_is_no_wire() -> None:
    text, item = _first("8 April 2027 10:00 – Opening Press Conference")
    assert not wire_stamp(text, item)
    text, item = _first("8 April 2027 15:05 – Example News Agency")
    assert wire_stamp(text, item)


# S9: a message with no usable Date header whose only year is of the last century


def test_s9_the_only_year_written_dates_a_day_without_one() -> None:
    meeting = meeting_of(
        "EXAMPLE AGREEMENT  SPECIAL/3  11^1961\n\nINFORMATION FOR DELEGATIONS\n\nThe opening"
        " meeting of the session will take place in Room XV at 3 p.m. on 11 May.\n",
        "Information for delegations",
        sent=None,
    )
    assert meeting.start is not None
    assert isinstance(meeting.start.value, dt.datetime)
    assert meeting.start.value.date() == dt.date(1961, 5, 11)


def test_s9_guard_a_later_year_still_wins() -> None:
    meeting = meeting_of(
        "Example Society (founded 1961)\n\nAnnual meeting 2027\n\nThe annual meeting will take"
        " place at 3 p.m. on 11 May in Room 2.\n",
        "Example Society",
        sent=None,
    )
    assert meeting.start is not None
    assert isinstance(meeting.start.value, dt.datetime)
    assert meeting.start.value.date() == dt.date(2027, 5, 11)


# S10: an arrival's hour first in the day's sentence, the meeting's next


def test_s10_the_hour_after_an_arrival_s_is_the_meeting_s() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\n15 ส.ค.2570 - ผู้สื่อข่าวรายงานว่า ผู้ว่าราชการจังหวัดตัวอย่าง"
        " เดินทางเข้าศาลากลาง ในเวลา 08.45 น. โดยมีกำหนดการเวลา 09.30 น."
        " จะนั่งเป็นประธานการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 1/2570\n",
        "ผู้ว่าฯ ประชุมคณะกรรมการตัวอย่าง",
        sent=dt.datetime(2027, 8, 15, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 8, 15, 9, 30, tzinfo=BANGKOK)


def test_s10_guard_a_first_hour_said_of_the_meeting_is_kept() -> None:
    meeting = meeting_of(
        "ข่าวตัวอย่าง\n\n15 ส.ค.2570 - ผู้สื่อข่าวรายงานว่า ผู้ว่าราชการจังหวัดตัวอย่าง"
        " ในเวลา 09.00 น. เป็นประธานการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 1/2570"
        " และเวลา 13.30 น. ลงพื้นที่ตรวจงาน\n",
        "ผู้ว่าฯ ประชุมคณะกรรมการตัวอย่าง",
        sent=dt.datetime(2027, 8, 15, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 8, 15, 9, tzinfo=BANGKOK)


# S11: a city read from the sender's header lines gives no zone to a meeting without an hour


def _circular(when: str) -> str:
    # No "Dated:" line beside the address: there the address is the sender's and no place at
    # all (places16), and these tests are about a letterhead city that is read.
    return (
        "Government of Example\nMinistry of Examples\nTraining Division\n\n"
        "Block-4, Example Campus, New Delhi-67\n\n"
        f"Subject: Example Co-Creation Program to be held in Japan {when}\n\n"
        "I am asked to inform you that the Example Agency has invited applications"
        f" for the Example Co-Creation Program to be held in Japan {when}.\n"
    )


def test_s11_a_letterhead_city_gives_no_zone_to_days_without_an_hour() -> None:
    # (days a header line's date may be: a run of weeks is none, and its place is then read
    # from "held in Japan" instead, which would test nothing of the letterhead)
    meeting = meeting_of(
        _circular("from 17.10.2027 to 19.10.2027"),
        "Example Co-Creation Program",
        sent=dt.datetime(2027, 6, 1, 9, tzinfo=BANGKOK),
    )
    assert value_of(meeting.city) == "New Delhi"  # the letterhead's city is read
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 10, 17)
    assert value_of(meeting.timezone) != "Asia/Kolkata"


def test_s11_guard_a_letterhead_city_still_zones_a_written_hour() -> None:
    meeting = meeting_of(
        _circular("on 17.10.2027 at 10:00 am"),
        "Example Co-Creation Program",
        sent=dt.datetime(2027, 6, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.city is not None
    assert meeting.city.value == "New Delhi"
    assert meeting.timezone is not None
    assert meeting.timezone.value == "Asia/Kolkata"


# S12: single days of the text inside the subject's short run of days are the subject's


_BRIEFINGS = (
    "Example regional meeting on the Strategic Approach to Chemicals Management\n\n"
    "Example City, Thailand, 23-25 January 2025\n\nRegional meetings\n\nThe Bureau at its"
    " last meeting held on 21 July 2027 agreed to convene briefings for the regions"
    " in early September 2027 in order:\n\n  • To share what the survey found;"
    "\n  • To hear what each region thinks.\n\n"
    "7 September 2027, 10 am – 12 pm CET (online)\n\nEastern region\n"
    "7 September 2027, 2 pm – 4 pm CET (online)\n\nPacific region\n"
    "8 September 2027, 10 am – 12 pm CET (online)\n"
)


def test_s12_days_inside_the_subject_s_run_outweigh_a_page_s_old_heading() -> None:
    meeting = meeting_of(
        _BRIEFINGS,
        "Example regional briefings, 7-8 September 2027 (online)",
        sent=dt.datetime(2027, 8, 27, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert isinstance(meeting.start.value, dt.datetime)
    assert meeting.start.value.date() == dt.date(2027, 9, 7)
    assert meeting.start.value.hour == 10


def test_s12_guard_a_month_long_run_in_the_subject_says_nothing_of_one_day() -> None:
    september = (dt.date(2027, 9, 1), dt.date(2027, 9, 30))
    one_day = (dt.date(2027, 9, 7), dt.date(2027, 9, 7))
    assert not within_days(one_day, [september])
    assert within_days(one_day, [(dt.date(2027, 9, 7), dt.date(2027, 9, 8))])
