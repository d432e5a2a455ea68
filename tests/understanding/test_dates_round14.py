"""Round fourteen's classes of when the meeting is, at which hour and in which zone
(tests/realmail/FAILURES.md, "Round fourteen fixes (dates18)"), each in an invented text of the
class's shape, with a near text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal, day_of
from tests.understanding.helpers import (
    BANGKOK,
    NEW_YORK,
    assert_under_review,
    meeting_of,
    value_of,
)

_SENT = dt.datetime(2027, 5, 3, 9, tzinfo=BANGKOK)
_PARIS = ZoneInfo("Europe/Paris")


def _found(text: str) -> list[Temporal]:
    return find_temporal(text, reference=_SENT)


def _start(body: str, subject: str) -> dt.datetime:
    """The meeting's start read from a message sent on 3 May 2027, which must have an hour."""
    start = value_of(meeting_of(body, subject, sent=_SENT).start)
    assert isinstance(start, dt.datetime)
    return start


# D4: the meridiem of a range's end, and its zone, on the line a PDF wrapped them onto


def test_d4_a_meridiem_wrapped_onto_the_next_line_keeps_the_zone_after_it() -> None:
    (found,) = _found("The meeting will be held on Tuesday 18 May 2027 (9:00 am – 11:00\nam CET).")
    assert found.start == dt.datetime(2027, 5, 18, 9, tzinfo=_PARIS)
    assert found.end == dt.datetime(2027, 5, 18, 11, tzinfo=_PARIS)
    assert not found.zone_assumed


def test_d4_the_meeting_of_such_a_text_is_at_the_zones_hour() -> None:
    start = _start(
        "The annual meeting of the Example Commission will take place online on Tuesday 18 May"
        " 2027 (2:00 pm – 4:30\npm CEST).\n",
        "Annual Meeting of the Example Commission",
    )
    assert start == dt.datetime(2027, 5, 18, 14, tzinfo=_PARIS)


def test_d4_guard_a_line_opening_with_am_words_is_no_meridiem() -> None:
    # "AM Session" under a 24-hour time names a part of the day's programme, not the hour's half
    (found,) = _found("Programme of Tuesday 18 May 2027 at 14:00\nAM Sessions repeated")
    assert found.start == dt.datetime(2027, 5, 18, 14, tzinfo=BANGKOK)
    assert found.zone_assumed


# D4: an hour without its zone, written again elsewhere with the same day and the zone


def test_d4_the_zone_of_the_same_day_and_hour_written_again_is_the_meetings() -> None:
    meeting = meeting_of(
        "On Monday, May 17, 2027, at 6:45 P.M., the Example City Council will hold a public"
        " hearing by remote technology.\n\nWritten comments are welcome.\n\n"
        "When: May 17, 2027 06:45 PM Eastern Time (US and Canada)\nTopic: Public Hearing\n",
        "Example City Hearing Notice",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.datetime(2027, 5, 17, 18, 45, tzinfo=NEW_YORK)
    assert_under_review(meeting.timezone, "America/New_York")


def test_d4_guard_the_same_hour_of_another_day_lends_no_zone() -> None:
    meeting = meeting_of(
        "On Monday, May 17, 2027, at 6:45 P.M., the Example City Council will hold a public"
        " hearing by remote technology.\n\nWritten comments are welcome.\n\n"
        "The replay: May 18, 2027 06:45 PM CET\n",
        "Example City Hearing Notice",
        sent=_SENT,
    )
    assert value_of(meeting.timezone) is None


# D2: a day and hour with a place after them is a sentence's, not a mail's stamp


def test_d2_an_hour_then_a_place_is_the_meetings_not_a_stamp() -> None:
    start = _start(
        "Tuesday, May 4, 2027\n\nExample Board Meeting Date Change\n\nFrom a Board Member:\n\n"
        "Because of conflicts, the next meeting of the board will take place Monday, May 10 at"
        " 3:00 pm at the Community Center.\n",
        "Date Change",
    )
    assert (start.date(), start.hour) == (dt.date(2027, 5, 10), 15)


def test_d2_guard_a_quoted_mails_stamp_stays_a_stamp() -> None:
    start = _start(
        "The Example Board will meet on 20 May 2027 at 10:00 in Room 2.\n\n"
        "On Monday, May 10, 2027 at 3:00 PM Person A <someone@example.org> wrote:\n> Thanks.\n",
        "Re: Example Board",
    )
    assert start.date() == dt.date(2027, 5, 20)


# D1: two days listed with their weekdays before the month: the service starts on the first


def test_d1_thai_days_listed_with_their_weekdays_are_each_a_day() -> None:
    found = find_temporal(
        "วันเสาร์ที่ 22 และวันอาทิตย์ที่ 23 พฤษภาคม 2570 เวลา 09.30-17.30 น.", reference=_SENT
    )
    assert [day_of(t.start) for t in found] == [dt.date(2027, 5, 22), dt.date(2027, 5, 23)]


def test_d1_the_service_of_two_listed_days_starts_on_the_first() -> None:
    meeting = meeting_of(
        "โครงการกงสุลสัญจร ณ เมืองตัวอย่าง\n\nวันและเวลาให้บริการ\n\n"
        "วันเสาร์ที่ 22 และวันอาทิตย์ที่ 23 พฤษภาคม 2570 เวลา 09.30-17.30 น.\n",
        "กงสุลสัญจร",
        sent=_SENT,
    )
    start = value_of(meeting.start)
    assert day_of(start) == dt.date(2027, 5, 22)


def test_d1_guard_a_day_then_other_words_before_the_date_is_no_list() -> None:
    found = find_temporal(
        "ตอบรับภายในวันศุกร์ที่ 21 และเข้าร่วมประชุมวันเสาร์ที่ 22 พฤษภาคม 2570", reference=_SENT
    )
    assert [day_of(t.start) for t in found] == [dt.date(2027, 5, 22)]


# D1: a timeline's earlier step that scores as much as the meeting's own row


def test_d1_of_dates_scoring_alike_the_one_said_of_another_event_loses() -> None:
    meeting = meeting_of(
        "2027 EXAMPLE GENERAL ASSEMBLY TIMELINE\nDate | Step\n"
        "September 17, 2027 | Deadline for sending invitations to the participants.\n"
        "October 17, 2027 | Deadline for the nominations of candidates, sent by the member"
        " federations to the secretariat.\n"
        "November 17, 2027 | Deadline for the credentials of the delegates, sent by the member"
        " federations to the secretariat.\n"
        "December 2, 2027 | Deadline for the reports of the commissions, sent by their chairs.\n"
        "December 17, 2027 | GENERAL ASSEMBLY\n",
        "2027 Example General Assembly timeline",
        sent=_SENT,
    )
    assert day_of(value_of(meeting.start)) == dt.date(2027, 12, 17)
    assert_under_review(meeting.start)
