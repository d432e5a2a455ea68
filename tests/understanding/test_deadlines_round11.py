"""Round eleven's registration-deadline classes (tests/realmail/FAILURES.md, "Round eleven fixes
(deadlines15)"), each in an invented text of the class's shape: a call for nominations whose
nomination day is the registration day ("before", "no later than", "Closing Date for
Nominations", a deadline "extended to"), a reply whether a Government attends, a "Due dates:"
list; and the guards: a board's candidates, a Thai letter's day for names, the House of
Representatives, a day counted from the meeting."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.record import DeadlineKind, MeetingRecord
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import extract_text

BANGKOK = ZoneInfo("Asia/Bangkok")
SENT = dt.datetime(2027, 3, 1, 9, tzinfo=BANGKOK)


def _meeting(body: str, subject: str = "") -> MeetingRecord:
    return extract_text(body, subject, sent=SENT).meeting


def _registration_day(meeting: MeetingRecord) -> dt.date | None:
    found = meeting.registration_deadline
    return day_of(found.value) if found is not None else None


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Example regional workshop on ocean data, Example City, 14-16 June 2027.\n\n"
            "Governments may nominate one specialist to take part. Nominations are invited"
            " before 20 April 2027.\n",
            dt.date(2027, 4, 20),
        ),
        (
            "Notification: Example workshop on biodiversity reporting, 3-5 May 2027.\n\n"
            "Each nomination should reach us as early as possible and no later than 12 April"
            " 2027 (signed, scanned and sent by e-mail to someone@example.org).\n",
            dt.date(2027, 4, 12),
        ),
        (
            "EXAMPLE SKILLS ORGANIZATION\nPROJECT NOTIFICATION\n\n"
            "1. Title | Example Workshop for Liaison Officers\n"
            "2. Duration | 6-8 July 2027\n"
            "3. Number of Participants | Up to 18 participants\n"
            "4. Closing Date for Nominations | 28 May 2027\n",
            dt.date(2027, 5, 28),
        ),
    ],
)
def test_a_call_for_nominations_registers_by_its_nomination_day(body: str, day: dt.date) -> None:
    meeting = _meeting(body)
    assert _registration_day(meeting) == day
    assert meeting.registration_deadline is not None
    assert meeting.registration_deadline.confidence < 0.8  # inferred: under review
    # the deadline keeps its own kind
    assert [d.kind for d in meeting.deadlines if day_of(d.due) == day] == [DeadlineKind.NOMINATION]


def test_a_nomination_deadline_extended_is_due_on_the_new_day_only() -> None:
    meeting = _meeting(
        "Reminder: Example regional workshop, 4-8 October 2027, Example City.\n\n"
        "As few names had arrived by the deadline of 5 April 2027, the"
        " nomination deadline has been extended to 10 May 2027. Governments are asked to"
        " nominate two specialists.\n"
    )
    assert _registration_day(meeting) == dt.date(2027, 5, 10)
    assert [day_of(d.due) for d in meeting.deadlines] == [dt.date(2027, 5, 10)]


def test_a_day_before_another_extended_deadline_stays_due() -> None:
    # guard: the extension is in another sentence, the first day still holds
    meeting = _meeting(
        "Example conference, 4-8 October 2027.\n\nPlease register by 5 April 2027. The deadline"
        " for abstracts has been extended to 10 May 2027.\n"
    )
    assert _registration_day(meeting) == dt.date(2027, 4, 5)


def test_a_reply_whether_a_government_attends_is_its_registration() -> None:
    meeting = _meeting(
        "Example Conference on Air Services, 13-17 September 2027\n\nReply to the invitation\n\n"
        "Kindly let me know by e-mail (someone@example.org),"
        " as soon as you can and at the latest by 21 May 2027, whether your"
        " Government plans to attend the Conference and, if it does, who will"
        " represent it.\n"
    )
    assert _registration_day(meeting) == dt.date(2027, 5, 21)
    assert meeting.registration_deadline is not None
    assert meeting.registration_deadline.confidence < 0.8


def test_a_due_dates_list_gives_each_row_its_kind() -> None:
    meeting = _meeting(
        "The Example Commission's session will start on 5 April 2027 in Example City.\n"
        "Due dates:\n"
        "The information note says more on each day below.\n"
        "15 February 2027: Requests for travel assistance\n"
        "17 March 2027:\n"
        "Registration for the session\n"
        "Comments in writing on the agenda\n"
    )
    assert _registration_day(meeting) == dt.date(2027, 3, 17)
    kinds = {day_of(d.due): d.kind for d in meeting.deadlines}
    assert kinds[dt.date(2027, 2, 15)] is DeadlineKind.TRAVEL


def test_days_under_an_important_dates_heading_are_not_due() -> None:
    # guard: "Important dates" lists the meeting's days too, not only what is due
    meeting = _meeting(
        "Important dates:\n17 March 2027: Opening of the conference\n18 March 2027: Excursion\n"
    )
    assert meeting.deadlines == ()


@pytest.mark.parametrize(
    "body",
    [
        # candidates to a board's seats, not a delegation
        "Example Residents' Association annual meeting, 20 May 2027.\n\nThe deadline for candidates"
        " for the board to submit their nomination forms is 20 April 2027.\n",
        # nominations to a committee
        "Example Club online AGM, 24 May 2027.\n\nNominations for the incoming committee can be"
        " sent to the secretary by email before 6pm on 20 May 2027.\n",
        # a day counted from the meeting: the nominee's task after it
        "Example workshop, 4-6 October 2027.\n\nThe nominee is expected to complete"
        " the national report within three weeks after the workshop.\n",
    ],
)
def test_no_registration_day_from_a_nomination_of_seats_or_a_counted_day(body: str) -> None:
    assert _meeting(body).registration_deadline is None


def test_a_thai_letters_day_for_names_is_the_offices_not_the_hosts() -> None:
    # guard: a Thai office collects the names before it registers with the host
    meeting = _meeting(
        "ขอเชิญหน่วยงานเสนอชื่อผู้แทนเข้าร่วมการประชุมตัวอย่าง ระหว่างวันที่ 14 - 16 มิถุนายน 2570"
        " หน่วยงานละ 2 คน โดยขอให้ส่งรายชื่อไปยังกองการต่างประเทศ ภายในวันที่ 24 เมษายน 2570\n"
    )
    assert any(d.kind is DeadlineKind.NOMINATION for d in meeting.deadlines)
    assert meeting.registration_deadline is None


def test_the_house_of_representatives_nominates_nobody() -> None:
    # guard: "สภาผู้แทนราษฎร" is a parliament, not a delegate
    meeting = _meeting(
        "ประธานสภาผู้แทนราษฎรนัดประชุมเพื่อพิจารณาร่างกฎหมายตัวอย่างให้แล้วเสร็จภายในวันที่ 7 เมษายน 2570\n"
    )
    assert all(d.kind is not DeadlineKind.NOMINATION for d in meeting.deadlines)
