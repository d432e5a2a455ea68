"""Message kinds in the forms of round fourteen's second-pass classes (tests/realmail/FAILURES.md,
"Round fourteen, second pass (kinds19)"; the texts are invented in each class's shape): a
call-off told of another time (in the past perfect, dated in a past year, "last year"), of any
meeting ("a rescheduled meeting" in a rule, a notice period), or as one entry of a schedule
calls nothing off; nominations only for a body's seats are a call read for information.
Guards: the same meetings called off or put off in a notice's own words, and nominations of
delegates to a session, keep their kinds. Messages are sent on 2 April 2026
(tests.understanding.helpers)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_CALLED_OFF = (MessageKind.CANCELLATION, MessageKind.POSTPONEMENT)


@pytest.mark.parametrize(
    "body",
    [
        "The secretariat said that two seminars were foreseen: one in Exampleland, that had "
        "originally been planned for January but postponed at the request of the host, and "
        "another in Example City. The Example Colloquium will be held from 20 to 24 May 2026 "
        "in Example City.\n",
        "We have been holding our planning meetings online since our in-person meetings were "
        "cancelled in March 2020. The next planning meeting is on Monday, 20 April 2026 at "
        "7:00 pm on Zoom.\n",
        "The Example Summit was meant to take place last year but was deferred because of the "
        "floods, Person A said. The summit will be held in Example City on 30 August 2026.\n",
    ],
)
def test_a_call_off_told_of_another_time_calls_nothing_off(body: str) -> None:
    assert kind_of("Example meetings", body) not in _CALLED_OFF


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "The Example Workshop, which had been scheduled for 20 May 2026, has been postponed "
            "to 10 June 2026.\n",
            MessageKind.POSTPONEMENT,
        ),
        (
            "The planning meeting of 20 April 2026 is cancelled. We will meet again in May.\n",
            MessageKind.CANCELLATION,
        ),
    ],
)
def test_a_call_off_in_the_notices_own_words_stays(body: str, kind: MessageKind) -> None:
    assert kind_of("Example meetings", body) is kind


def test_a_rescheduled_meeting_in_a_rule_is_no_postponement_nor_an_invitation() -> None:
    body = (
        "We cannot meet tonight. The bylaws require fourteen days' notice of a "
        "rescheduled meeting, so Person A proposes that the April meeting of the Example Club be "
        "skipped.\n"
    )
    assert kind_of("Example Club April meeting", body) not in (
        *_CALLED_OFF,
        MessageKind.INVITATION,
    )


def test_a_meeting_rescheduled_by_the_notice_is_a_postponement() -> None:
    body = "The April meeting of the Example Club has been rescheduled to 27 April 2026.\n"
    assert kind_of("Example Club April meeting", body) is MessageKind.POSTPONEMENT


_SCHEDULE = (
    "The Example Society's planning meetings are held on the third Monday of the month at "
    "7:00 pm on Zoom. The 2026 meeting schedule is:\n"
    "Monday, April 20\nMonday, May 18, two weeks late due to rescheduling of the hall\n"
    "Monday, June 15\nMonday, July 20, cancelled\nMonday, August 17\nMonday, September 21\n"
)


def test_one_entry_called_off_in_a_schedule_calls_nothing_off() -> None:
    assert kind_of("Meetings: 2026 meeting schedule", _SCHEDULE) not in _CALLED_OFF


def test_a_meeting_called_off_with_the_next_ones_named_is_a_cancellation() -> None:
    body = (
        "The planning meeting of Monday, April 20 is cancelled. The next meetings are on "
        "Monday, May 18 and Monday, June 15 at 7:00 pm.\n"
    )
    assert kind_of("Planning meeting", body) is MessageKind.CANCELLATION


def test_a_thai_call_off_is_untouched() -> None:
    body = "ขอยกเลิกการประชุมคณะกรรมการตัวอย่าง ในวันที่ 20 เมษายน 2569 ณ ห้องประชุมตัวอย่าง\n"
    assert kind_of("ยกเลิกการประชุมคณะกรรมการตัวอย่าง", body) is MessageKind.CANCELLATION


def test_nominations_for_a_bodys_seats_are_a_circular() -> None:
    body = (
        "Session of the Example Council, Example City, 20-22 May 2026\n"
        "The Council elects the members of the Example Committee for two years. The deadline "
        "for nominations for election is 30 April 2026. A nomination form is appended.\n"
    )
    assert kind_of("Election of members of the Example Committee", body) is MessageKind.CIRCULAR


def test_nominations_of_delegates_to_a_session_stay_an_invitation() -> None:
    body = (
        "Member States are requested to nominate delegates to the session of the Example "
        "Committee in Example City, 20-22 May 2026. Nominations should reach the secretariat "
        "by 30 April 2026. The Committee will hold the election of its officers.\n"
    )
    assert kind_of("Session of the Example Committee", body) is MessageKind.INVITATION


def test_what_is_to_be_stated_in_the_minutes_is_no_report() -> None:
    body = (
        "Example City Council Meeting Agenda, 20 April 2026\n"
        "Join: https://zoom.us/j/12345678901\n"
        "Why the council meets online this time is to be stated in the minutes of the "
        "sitting.\n"
    )
    assert kind_of("City Council Meeting Agenda", body) is not MessageKind.REPORT


def test_minutes_of_a_meeting_are_a_report() -> None:
    body = "Minutes of the Example City Council meeting of 20 March 2026\nPresent: Person A\n"
    assert kind_of("Minutes", body) is MessageKind.REPORT


_NEWS_AHEAD = (
    "At last night's meeting, Person A announced that the next two Example Council meetings, "
    "scheduled for 20 April 2026 and 4 May 2026, will be held on Zoom, said Person B.\n"
)


def test_news_that_meetings_will_be_virtual_is_an_update() -> None:
    subject = "Upcoming Example Council Meetings Will Be Virtual"
    assert kind_of(subject, _NEWS_AHEAD) is MessageKind.UPDATE


def test_news_of_meetings_to_come_is_other() -> None:
    assert kind_of("Upcoming Example Council Meetings", _NEWS_AHEAD) is MessageKind.OTHER


def test_thai_news_of_a_governor_who_presided_and_opened_is_a_report() -> None:
    body = (
        "ประชุมผู้นำเมืองตัวอย่าง ครั้งที่ 3\n1 เมษายน 2569\n\n"
        "นาย ก ผู้ว่าราชการจังหวัดตัวอย่าง เป็นประธานและกล่าวเปิด การประชุมผู้นำเมืองตัวอย่าง "
        "ครั้งที่ 3 ระหว่างวันที่ 1 - 3 เมษายน 2569 ณ โรงแรมตัวอย่าง กรุงเทพมหานคร\n"
    )
    assert kind_of("ประชุมผู้นำเมืองตัวอย่าง ครั้งที่ 3", body) is MessageKind.REPORT


def test_thai_request_to_preside_and_open_stays_an_invitation() -> None:
    body = (
        "ขอเรียนเชิญท่านเป็นประธานและกล่าวเปิดการประชุมผู้นำเมืองตัวอย่าง ครั้งที่ 3 "
        "ในวันที่ 20 เมษายน 2569 ณ โรงแรมตัวอย่าง กรุงเทพมหานคร\n"
    )
    assert kind_of("ขอเชิญเป็นประธานเปิดการประชุม", body) is MessageKind.INVITATION
