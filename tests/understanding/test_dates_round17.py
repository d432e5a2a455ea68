"""Round seventeen's classes of when the meeting is and in which zone (tests/realmail/FAILURES.md,
"Round seventeen fixes (dates22)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.understanding.record import MessageKind
from tests.understanding.helpers import (
    BANGKOK,
    assert_under_review,
    extract_text,
    meeting_of,
    news_meeting,
    value_of,
)

_SENT = dt.datetime(2027, 9, 6, 9, tzinfo=BANGKOK)
_SYDNEY = ZoneInfo("Australia/Sydney")


# Z1: a zone written as a nation's time after the hour ("2pm Australian Daylight Saving Time"):
# the nation's one zone, or its capital's, held for review


def test_z1_a_nations_daylight_saving_time_is_its_capitals_zone() -> None:
    meeting = meeting_of(
        "Notice of Annual General Meeting\nDate: Saturday 30th October 2027\n"
        "Time: 2pm Australian Daylight Saving Time\nThe meeting will be held by Zoom only.",
        "Example Society AGM 2027",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.datetime(2027, 10, 30, 14, tzinfo=_SYDNEY))
    assert value_of(meeting.start).utcoffset() == dt.timedelta(hours=11)  # type: ignore[union-attr]
    assert_under_review(meeting.timezone, "Australia/Sydney")


def test_z1_a_nations_standard_time_of_one_zone() -> None:
    meeting = meeting_of(
        "The Example Board will meet online on 14 September 2027 at 7:00 pm Indian Standard "
        "Time.\nPlease join ten minutes early.",
        "Example Board meeting",
        sent=_SENT,
    )
    assert_under_review(meeting.timezone, "Asia/Kolkata")
    assert value_of(meeting.start) == dt.datetime(2027, 9, 14, 19, tzinfo=ZoneInfo("Asia/Kolkata"))


def test_z1_guard_a_region_of_the_nation_named_is_not_its_capitals() -> None:
    # Western Australia keeps another zone than Canberra: no zone is read from these words
    meeting = meeting_of(
        "Notice of Annual General Meeting\nDate: Saturday 30th October 2027\n"
        "Time: 2pm Australian Western Standard Time\nThe meeting will be held by Zoom only.",
        "Example Society AGM 2027",
        sent=_SENT,
    )
    assert value_of(meeting.timezone) != "Australia/Sydney"


# P1: a postponement whose verb stands far before its new dates, past what is moved, where and
# the old dates ("decided to postpone the meeting in <city> from <days>, until <days>")


def test_p1_postponed_from_old_days_until_new_ones_far_after_the_verb() -> None:
    meeting = meeting_of(
        "Due to the ongoing pandemic, the Society's Executive Committee has decided to postpone "
        "the annual meeting weekend in Sometown, Example State, from October 14-16, 2027, until "
        "October 12-14, 2028, still in Sometown.\nAnyone holding a hotel booking should cancel.",
        "Annual Meeting Postponed",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.date(2028, 10, 12))
    assert_under_review(meeting.end, dt.date(2028, 10, 14))


def test_p1_guard_a_move_in_an_earlier_sentence_leaves_the_range_alone() -> None:
    meeting = meeting_of(
        "The registration desk has moved from the lobby to Room B. The Example Forum will be "
        "held from October 14, 2027 until October 16, 2027 at the Example Hall.",
        "Example Forum",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 10, 14)
    assert value_of(meeting.end) == dt.date(2027, 10, 16)


# S1: a mail stamp's shape ("March 15, 2027 at 7:00 pm") right after the verb that holds the
# meeting, with no "on" between ("will take place March 15, 2027 at 7:00 pm"): the meeting's
# day and hour, held for review


def test_s1_a_stamp_shaped_hour_right_after_take_place_is_the_meetings() -> None:
    meeting = meeting_of(
        "The next Board of Trustees meeting will take place September 21, 2027 at 7:00 pm. The "
        "agenda can be read at the entrance.\nAttendees can join virtually at 7:00 pm.",
        "September 2027 Board Meeting",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.datetime(2027, 9, 21, 19, tzinfo=BANGKOK))


def test_s1_guard_a_quoted_mails_stamp_after_a_verb_in_another_sentence_stays_a_stamp() -> None:
    meeting = meeting_of(
        "Thank you, the board will meet as planned.\n\nOn September 8, 2027 at 6:30 PM, "
        "Person A wrote:\n> The Example Board will meet on 21 September 2027.",
        "Re: Example Board",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 9, 21)


# T1: Thai news of a statement: the verb of saying, then the day, then "ว่า" (that) opening
# what was said ("แถลงข่าวในวันนี้ (8 ก.ย.) ว่า …"): the day of the saying, not the meeting's


def test_t1_the_day_a_spokesman_spoke_on_is_not_the_meetings() -> None:
    meeting = news_meeting(
        "สำนักข่าวตัวอย่างรายงาน 8 ก.ย. -- นางสาวตัวอย่าง โฆษกกระทรวงการต่างประเทศของประเทศ"
        "ตัวอย่าง แถลงข่าวในวันนี้ (8 ก.ย.) ว่า ประธานาธิบดีของประเทศตัวอย่างมีกำหนดเยือน"
        "ประเทศเจ้าภาพ เพื่อเข้าร่วมการประชุมสุดยอดผู้นำกลุ่มตัวอย่างครั้งที่ 5 ระหว่างวันที่ "
        "20-22 ก.ย. ตามคำเชิญของประธานาธิบดีประเทศเจ้าภาพ",
        "ประธานาธิบดีมีกำหนดร่วมประชุมสุดยอดผู้นำกลุ่มตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.date(2026, 9, 20)
    assert value_of(meeting.end) == dt.date(2026, 9, 22)


def test_t1_guard_a_resolution_on_the_meetings_day_keeps_it() -> None:
    meeting = news_meeting(
        "คณะกรรมการตัวอย่างได้ประชุมและมีมติในวันที่ 14 ก.ย. ว่า จะจัดงานประจำปี "
        "ระหว่างวันที่ 20-22 ต.ค. ที่จังหวัดตัวอย่าง",
        "คณะกรรมการตัวอย่างประชุม",
    )
    assert value_of(meeting.start) != dt.date(2026, 10, 20)


# C1: a cancellation whose only day read is the next meeting's, said so in its clause ("The
# council's next regular meeting is on Nov. 16"): no day is given, rather than that one


def test_c1_a_cancellations_next_meeting_day_is_not_the_one_called_off() -> None:
    extraction = extract_text(
        "Council meeting canceled due to lack of quorum\n\nTuesday night's Example City Council "
        "meeting has been canceled.\nCity officials say they won't have enough members present "
        "for a quorum.\nThe council's next regular meeting is on Sept. 21.",
        "Council meeting canceled due to lack of quorum",
        sent=_SENT,
    )
    assert extraction.kind is MessageKind.CANCELLATION
    assert extraction.meeting.start is None


def test_c1_a_thai_cancellations_next_meeting_day_is_not_the_one_called_off() -> None:
    extraction = extract_text(
        "ขอแจ้งยกเลิกการประชุมคณะกรรมการตัวอย่าง ซึ่งกำหนดไว้ในวันพรุ่งนี้ เนื่องจากกรรมการ"
        "ไม่ครบองค์ประชุม\nการประชุมครั้งต่อไปจะจัดขึ้นในวันที่ 21 กันยายน 2570",
        "ยกเลิกการประชุมคณะกรรมการตัวอย่าง",
        sent=_SENT,
    )
    assert extraction.kind is MessageKind.CANCELLATION
    assert extraction.meeting.start is None


def test_c1_guard_an_invitation_to_the_next_meeting_keeps_its_day() -> None:
    meeting = meeting_of(
        "Dear members,\nThe council's next regular meeting is on Sept. 21, 2027 at the Example "
        "Hall. Please confirm your attendance.",
        "Example City Council meeting",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 9, 21)
