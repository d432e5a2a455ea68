"""Round seventeen's classes of when the meeting is and in which zone (tests/realmail/FAILURES.md,
"Round seventeen fixes (dates22)"), each in an invented text of the class's shape, with a near
text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

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


# Z1: a zone written as a nation's time after the hour ("<h>pm Australian Daylight Saving Time"):
# the nation's one zone, or its capital's, held for review


def test_z1_a_nations_daylight_saving_time_is_its_capitals_zone() -> None:
    meeting = meeting_of(
        "Example Garden Club members' meeting\nWhen: Saturday 30 October 2027\n"
        "Starts: 4pm Australian Daylight Saving Time\nOnline only, by video call.",
        "Example Garden Club members' meeting",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.datetime(2027, 10, 30, 16, tzinfo=_SYDNEY))
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
        "Example Garden Club members' meeting\nWhen: Saturday 30 October 2027\n"
        "Starts: 2pm Australian Western Standard Time\nOnline only, by video call.",
        "Example Garden Club members' meeting",
        sent=_SENT,
    )
    assert value_of(meeting.timezone) != "Australia/Sydney"


# P1: a postponement whose verb stands far before its new dates, past what is moved, where and
# the old dates ("decided to postpone the meeting in <city> from <days>, until <days>")


def test_p1_postponed_from_old_days_until_new_ones_far_after_the_verb() -> None:
    meeting = meeting_of(
        "Our board has agreed to postpone the regional gathering of the Example Guild at the "
        "Example Hall in Sometown, from October 14-16, 2027, until October 12-14, 2028.\n"
        "Members will hear more soon.",
        "Regional gathering postponed",
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


# S1: a mail stamp's shape ("<Month> <day>, <year> at <h>:<mm> pm") right after the verb that
# holds the meeting, with no "on" between ("will take place <Month> <day>, ..."): the meeting's
# day and hour, held for review


def test_s1_a_stamp_shaped_hour_right_after_take_place_is_the_meetings() -> None:
    meeting = meeting_of(
        "The Example Garden Club's autumn committee meeting will take place September 21, 2027 "
        "at 7:00 pm. Please bring last month's minutes to the club room.",
        "Autumn committee meeting",
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
# what was said ("ให้สัมภาษณ์ในวันนี้ (8 ก.ย.) ว่า …"): the day of the saying, not the meeting's


def test_t1_the_day_a_spokesman_spoke_on_is_not_the_meetings() -> None:
    meeting = news_meeting(
        "ข่าวสมมติ 8 ก.ย. -- Person A โฆษกกรมสมมติ ให้สัมภาษณ์ที่อาคารสมมติ"
        "ในวันนี้ (8 ก.ย.) ว่า ผู้แทนของกรมจะไปร่วมการประชุมระดับอธิบดี"
        "กลุ่มสมมติครั้งที่ 6 ซึ่งเมืองเจ้าภาพจัดขึ้น ในวันที่ 16-18 ก.ย. "
        "ณ เมืองสมมติ และจะพบหารือกับผู้แทนชาติอื่นด้วย",
        "โฆษกเผยผู้แทนกรมจะร่วมประชุมระดับอธิบดีกลุ่มสมมติ",
    )
    assert value_of(meeting.start) == dt.date(2026, 9, 16)
    assert value_of(meeting.end) == dt.date(2026, 9, 18)


def test_t1_guard_a_resolution_on_the_meetings_day_keeps_it() -> None:
    meeting = news_meeting(
        "คณะกรรมการตัวอย่างได้ประชุมและมีมติในวันที่ 14 ก.ย. 2569 ว่า จะปรับปรุงระเบียบการเงินของชมรม",
        "คณะกรรมการตัวอย่างประชุม",
    )
    assert value_of(meeting.start) == dt.date(2026, 9, 14)


# C1: a cancellation whose only day read is the next meeting's, said so in its clause ("The
# board's next scheduled session will be on <day>"): no day is given, rather than that one


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Dear residents,\nThis evening's session of the Example Parks Board is called off: "
            "too few board members can attend to make a quorum.\nThe board's next scheduled "
            "session will be on Sept. 21.",
            "Parks Board session called off",
        ),
        (
            "ขอแจ้งยกเลิกการประชุมคณะกรรมการตัวอย่าง ซึ่งกำหนดไว้ในวันพรุ่งนี้ เนื่องจากกรรมการ"
            "ไม่ครบองค์ประชุม\nส่วนประชุมครั้งต่อไปมีขึ้นวันอังคารที่ 21 กันยายน 2570",
            "ยกเลิกการประชุมคณะกรรมการตัวอย่าง",
        ),
    ],
)
def test_c1_a_cancellations_next_meeting_day_is_not_the_one_called_off(
    body: str, subject: str
) -> None:
    extraction = extract_text(body, subject, sent=_SENT)
    assert extraction.kind is MessageKind.CANCELLATION
    assert extraction.meeting.start is None


def test_c1_guard_an_invitation_to_the_next_meeting_keeps_its_day() -> None:
    meeting = meeting_of(
        "Dear members,\nPlease confirm your attendance: the board's next monthly meeting will be "
        "held on Sept. 21, 2027 at the Example Hall.",
        "Example Parks Board meeting",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 9, 21)
