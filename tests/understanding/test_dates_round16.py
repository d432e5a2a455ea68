"""Round sixteen's classes of when the meeting is, at which hour and in which zone
(tests/realmail/FAILURES.md, "Round sixteen fixes (dates21)"), each in an invented text of the
class's shape, with a near text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from tests.understanding.helpers import (
    BANGKOK,
    assert_under_review,
    meeting_of,
    value_of,
)

_SENT = dt.datetime(2027, 3, 10, 9, tzinfo=BANGKOK)  # a Wednesday
_LOS_ANGELES = ZoneInfo("America/Los_Angeles")


# D1: a meeting's day and hour said in its sentence or under its label ("will be held on Tuesday
# May 11, 2027 at 3:00 PM PST", "Meeting Time: …") is no mail's stamp


def test_d1_the_hour_in_a_held_on_sentence_is_the_meetings() -> None:
    meeting = meeting_of(
        "The Example Parks Board Meeting will be held (virtually) on Tuesday March 16, 2027 "
        "at 3:00 PM PST.\nThe March 16, 2027 Example Parks Committee meeting is being conducted "
        "online.\nComments are taken until 10:00am on the morning of the meeting.",
        "Example Parks Board Meeting March 16, 2027",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.datetime(2027, 3, 16, 15, tzinfo=_LOS_ANGELES))


def test_d1_the_hour_under_a_meeting_time_label_is_the_meetings() -> None:
    meeting = meeting_of(
        "Meeting Time: March 17, 2027 at 6:00pm PDT\nNote: the web comment form has "
        "closed.\n\nAgenda Item\n\nPublic participation.",
        "Example Works Commission Virtual Meeting",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.datetime(2027, 3, 17, 18, tzinfo=_LOS_ANGELES))


def test_d1_guard_a_quoted_mails_stamp_stays_a_stamp() -> None:
    meeting = meeting_of(
        "Thank you, see the agenda below.\n\nOn March 8, 2027 at 6:30 PM, Person A wrote:\n"
        "> The Example Board will meet on 18 March 2027.",
        "Re: Example Board",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 18)


# D2: "will commence at 4.00 pm on Sunday, March 21 [with registration …] and conclude on
# Wednesday, March 24th 2027": the words of a start, and a closing day past a bracketed aside


def test_d2_a_conference_that_commences_and_concludes_gives_both_days() -> None:
    meeting = meeting_of(
        "The symposium will commence at 4.30 pm on Sunday, March 21 [with registration and "
        "the welcome reception] and conclude on Wednesday, March 24th 2027.\nPapers are of 30 "
        "minutes.",
        "Example Asia conference",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.datetime(2027, 3, 21, 16, 30, tzinfo=BANGKOK)
    assert_under_review(meeting.end, dt.date(2027, 3, 24))


def test_d2_guard_a_registration_that_closes_does_not_end_the_meeting() -> None:
    meeting = meeting_of(
        "The conference will commence on Sunday, March 21, 2027. Late registration (at the "
        "desk) closes on Wednesday, March 24th 2027.",
        "Example Asia conference",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 21)
    assert meeting.end is None


# D3: "She will attend the summit on Monday and Tuesday": weekdays a story names, counted from
# its day, run to the second weekday


def test_d3_a_delegate_attending_on_two_weekdays_gives_the_first_and_last() -> None:
    meeting = meeting_of(
        "The minister departs for the capital on Sunday.\n\nA spokesman said on Wednesday the "
        "minister will leave at 6.30pm.\n\nShe will attend the Example Regional Summit on "
        "Monday and Tuesday. The summit is hosted by the Example government.",
        "Minister to attend regional summit",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.date(2027, 3, 15))
    assert_under_review(meeting.end, dt.date(2027, 3, 16))


def test_d3_guard_one_weekday_gives_no_last_day() -> None:
    meeting = meeting_of(
        "She will attend the Example Regional Summit on Monday and then fly home.",
        "Minister to attend regional summit",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.date(2027, 3, 15))
    assert meeting.end is None


# D4: a registration window that closes at an hour ("open from Monday, 15 March until Friday,
# 9 April 2027 6 p.m., New York time") is not the meeting's days


def test_d4_a_registration_window_closing_at_an_hour_is_not_the_meeting() -> None:
    meeting = meeting_of(
        "Example Committee: registration\n\nRegistration period\n\nThe registration system "
        "will be open from Monday, 15 March until Friday, 9 April 2027 6 p.m., New York time."
        "\n\nDelegations may take part in the meeting in person or online.",
        "Example Committee: registration (closes 9 April 2027)",
        sent=_SENT,
    )
    assert meeting.start is None
    assert meeting.end is None


def test_d4_guard_a_meetings_days_closing_at_an_hour_stay_its_days() -> None:
    meeting = meeting_of(
        "The Example Committee will be held from Monday, 15 March until Friday, 19 March 2027 "
        "6 p.m., New York time.",
        "Example Committee",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 15)


# D5: a Thai story whose hours are local ones, so many hours ahead of Bangkok's


def test_d5_thai_local_hours_ahead_of_bangkok_take_that_offset() -> None:
    meeting = meeting_of(
        "วันนี้ (วันพฤหัสบดีที่ 11 มีนาคม 2570) เวลา 10.00 น. (ตามเวลาท้องถิ่นเมืองตัวอย่าง "
        "ซึ่งเร็วกว่ากรุงเทพฯ 3 ชั่วโมง) รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง ครั้งที่ 5",
        "รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง",
        sent=_SENT,
    )
    offset = dt.timezone(dt.timedelta(hours=10))
    assert value_of(meeting.start) == dt.datetime(2027, 3, 11, 10, tzinfo=offset)
    assert_under_review(meeting.timezone, "UTC+10:00")


def test_d5_thai_local_hours_behind_bangkok_take_that_offset() -> None:
    meeting = meeting_of(
        "วันนี้ (วันพฤหัสบดีที่ 11 มีนาคม 2570) เวลา 10.00 น. ตามเวลาท้องถิ่น ซึ่งช้ากว่า"
        "ประเทศไทย 6 ชั่วโมง รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง ครั้งที่ 5",
        "รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง",
        sent=_SENT,
    )
    assert_under_review(meeting.timezone, "UTC+01:00")


def test_d5_guard_a_gap_not_said_of_local_hours_leaves_bangkok() -> None:
    meeting = meeting_of(
        "วันนี้ (วันพฤหัสบดีที่ 11 มีนาคม 2570) เวลา 10.00 น. รัฐมนตรีเข้าร่วมการประชุม"
        "รัฐมนตรีตัวอย่าง ครั้งที่ 5 ซึ่งใช้เวลานานกว่าที่กำหนด 2 ชั่วโมง",
        "รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.datetime(2027, 3, 11, 10, tzinfo=BANGKOK)


# D6: "วันนี้ เวลา 13.40 น. ณ … <ผู้ใด> เป็นประธาน…": a Thai story's "today", counted from its day


def test_d6_a_thai_story_today_names_the_days_meeting() -> None:
    meeting = meeting_of(
        "นายกรัฐมนตรีเป็นประธานเปิดโครงการตัวอย่าง\n"
        "วันนี้ เวลา 13.40 น. ณ หมู่บ้านตัวอย่าง อำเภอตัวอย่าง นายกรัฐมนตรี "
        "เป็นประธานการประชุมโครงการตัวอย่าง พร้อมมอบนโยบาย",
        "นายกรัฐมนตรีเป็นประธานเปิดโครงการตัวอย่าง",
        sent=_SENT,
    )
    assert_under_review(meeting.start, _SENT.date())


def test_d6_guard_today_inside_a_phrase_names_no_meeting() -> None:
    meeting = meeting_of(
        "ลงทะเบียนเข้าร่วมการประชุมตัวอย่างได้ตั้งแต่วันนี้ เป็นต้นไป และรัฐมนตรีจะให้ความชัดเจน"
        "ใน 1-2 วันนี้ เวลา ที่เหมาะสม",
        "การประชุมตัวอย่าง",
        sent=_SENT,
    )
    assert meeting.start is None


def test_d6_guard_a_deadline_by_today_names_no_meeting() -> None:
    meeting = meeting_of(
        "ขอให้ส่งแบบตอบรับภายในวันนี้ เพื่อเป็นประธานการประชุมโครงการตัวอย่าง",
        "แบบตอบรับโครงการตัวอย่าง",
        sent=_SENT,
    )
    assert meeting.start is None
