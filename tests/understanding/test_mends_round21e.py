"""Review mends of round twenty-one's date rules (tests/realmail/FAILURES.md, "Round twenty-one,
review mends (mend-r21e)"): near texts the new rules misread, invented here. A day not set for
another thing than the meeting (papers due, a site visit, "ยังไม่ได้กำหนดวันส่ง", the programme's
details) or set since ("it is now set for …", "บัดนี้ …") leaves the meeting's day alone; a talk to
come or agreed before ("จะได้หารือ", "ตามที่ได้หารือ", "will have discussed") names no event
discussed, nor does a group said to meet again after the event ("and the board meets again on
…"); a day confirmed of the meeting itself ("is now confirmed on …, we will …") is no
statement's day; a "Time:" row below another day's row is not the "Date:" row's hour.
Guards beside each: the rule's own form still reads as it did (test_dates_round21.py holds the
rest)."""

from __future__ import annotations

import datetime as dt

from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import BANGKOK, confidence_of, meeting_of, value_of

_BOARD = "Example Board meeting"
_APRIL_20 = dt.date(2026, 4, 20)
_HELD = "The Example Board meets on 20 April 2026 at 10:00 in Room 4, Example House. "
_INVITED = "ขอเชิญประชุมคณะทำงานตัวอย่าง ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ ห้องประชุมตัวอย่าง "
_WORKING_GROUP = "เชิญประชุมคณะทำงานตัวอย่าง"
_UNSET = "the text says the meeting's day is not set yet: this date may be another's"


def _reasons(body: str, subject: str = _BOARD) -> tuple[str, ...]:
    start = meeting_of(body, subject).start
    assert start is not None
    assert day_of(value_of(start)) == _APRIL_20
    return start.reasons


def test_no_date_set_for_papers_leaves_the_meeting_s_day_alone() -> None:
    body = f"{_HELD}No date has yet been set for the submission of papers."
    assert _UNSET not in _reasons(body)


def test_dates_of_a_site_visit_yet_to_be_set_leave_the_meeting_s_day_alone() -> None:
    body = f"{_HELD}Specific dates for the site visit are yet to be determined."
    assert _UNSET not in _reasons(body)


def test_guard_no_date_set_for_the_meeting_itself_holds_its_day_under_review() -> None:
    body = "Example Board\n\nDate: 27 March 2026\n\nNo date has yet been set for the board meeting."
    meeting = meeting_of(body, _BOARD)
    assert meeting.start is not None
    assert _UNSET in meeting.start.reasons
    assert confidence_of(meeting.start) < 0.8


def test_a_thai_day_not_set_for_papers_or_the_programme_leaves_the_meeting_s_day_alone() -> None:
    for rest in ("ส่วนการส่งเอกสาร ยังไม่ได้กำหนดวันส่ง", "ทั้งนี้ ยังไม่มีกำหนดการโดยละเอียด จะแจ้งให้ทราบต่อไป"):
        assert _UNSET not in _reasons(f"{_INVITED}{rest}", _WORKING_GROUP)


def test_guard_a_thai_meeting_s_day_not_set_holds_a_date_under_review() -> None:
    body = (
        "การประชุมคณะทำงานตัวอย่าง ในวันที่ 27 มีนาคม 2569 ณ ห้องประชุมตัวอย่าง "
        "เนื่องจากรายงานยังไม่แล้วเสร็จ จึงยังไม่ได้กำหนดวันประชุม"
    )
    meeting = meeting_of(body, _WORKING_GROUP)
    assert meeting.start is not None
    assert _UNSET in meeting.start.reasons


def test_a_meeting_today_keeps_its_day_when_another_thing_s_date_is_not_set() -> None:
    meeting = meeting_of(
        "Board meeting today\n\nDate: 2 April 2026\n\nThe Example Board meets today at 14:00 in "
        "Room 4. No date has been set for the submission of papers.",
        "Board meeting today",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 2, 14, 0, tzinfo=BANGKOK)


def test_a_day_set_since_it_was_not_is_no_day_under_review() -> None:
    body = (
        "Dear members, when we last wrote it was not possible to give a date for the AGM. It is "
        "now set for 20 April 2026 at 10:00 in Room 4, Example House."
    )
    assert _UNSET not in _reasons(body, "AGM 2026")


def test_a_thai_talk_to_come_on_an_activity_names_no_event_discussed() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมคณะทำงานตัวอย่าง ผู้เข้าร่วมจะได้หารือแนวทางการจัดกิจกรรม ในวันที่ 20 เมษายน 2569 "
        "เวลา 09.30 น. ณ ห้องประชุมตัวอย่าง",
        _WORKING_GROUP,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 20, 9, 30, tzinfo=BANGKOK)


def test_an_activity_as_discussed_before_keeps_its_day() -> None:
    meeting = meeting_of(
        "ตามที่ได้หารือกันไว้ กิจกรรมวันเด็กตัวอย่างจะจัดขึ้นในวันที่ 20 เมษายน 2569 เวลา 09.00 น. ณ ลานตัวอย่าง",
        "กิจกรรมวันเด็กตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 20, 9, 0, tzinfo=BANGKOK)


def test_an_english_talk_to_come_on_a_celebration_names_no_event_discussed() -> None:
    meeting = meeting_of(
        "Members of the Example Group will meet soon, where the members will have discussed the "
        "arrangements for the anniversary celebration on 20 April 2026 at 10:00 in Room 4.",
        "Example Group meeting",
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 20, 10, 0, tzinfo=BANGKOK)


def test_a_day_confirmed_of_the_meeting_itself_is_no_statement_s_day() -> None:
    meeting = meeting_of(
        "The date of the Example Board meeting is now confirmed on 20 April 2026, we will send "
        "papers on 10 April 2026.",
        _BOARD,
    )
    assert value_of(meeting.start) == _APRIL_20


def test_a_time_row_below_another_day_s_row_is_not_the_meeting_s_hour() -> None:
    meeting = meeting_of(
        "Example Board\n\nDate: 20 April 2026\n\nVenue: Room 4\n\nRSVP by: 15 April 2026\n\n"
        "Time: 17:00 (replies close)\n",
        _BOARD,
    )
    assert value_of(meeting.start) == _APRIL_20


def test_guard_a_time_row_below_a_clock_row_is_still_the_meeting_s_hour() -> None:
    meeting = meeting_of(
        "Example Board\n\nDate: 20 April 2026\n\nRegistration: 08:30\n\nTime: 09:00 - 12:00\n\n"
        "Venue: Room 4\n",
        _BOARD,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 20, 9, 0, tzinfo=BANGKOK)


def test_the_group_meeting_again_after_an_event_discussed_keeps_its_day() -> None:
    for body, subject in (
        (
            "At its March meeting the Example Board discussed plans for the open day celebration, "
            "and the board meets again on 20 April 2026 at 10:00 in Room 4.",
            _BOARD,
        ),
        (
            "ที่ประชุมครั้งก่อนได้หารือเรื่องการจัดกิจกรรมวันเด็ก และคณะกรรมการจะพบกันอีกครั้งในวันที่ "
            "20 เมษายน 2569 เวลา 10.00 น. ณ ห้องประชุมตัวอย่าง",
            _WORKING_GROUP,
        ),
    ):
        assert value_of(meeting_of(body, subject).start) == dt.datetime(
            2026, 4, 20, 10, 0, tzinfo=BANGKOK
        )
