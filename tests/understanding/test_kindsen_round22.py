"""Message kinds in the forms of round twenty-two's English failure classes
(tests/realmail/FAILURES.md, "Round twenty-two fixes (kindsen-r22)"; the texts are invented in
each class's shape): a recurring call's standing page whose only "when" is its rhythm of days
("second and fourth Monday of each month", "Every month on the last Fri") announces no one
meeting, whatever link to join it gives; a rolling agenda, each session a heading under its
day, is a log of sessions, and the session struck off in it ("canceled") calls off no meeting; a
counterfactual "if we had hosted" tells of no meeting held; a year's calendar of open meetings
is a circular though it welcomes the public; instructions on how to join a body's meetings, no
day given, are formalities.
Guards: the same page with one dated meeting is that meeting's notice; a heading's
"cancelled" with no log of sessions around it still calls the meeting off; "the ministry hosted"
still reports; one open meeting on its day, and instructions beside one dated meeting, are
that meeting's notice.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_SERIES = (
    "# Sample Tools Users Call\n\n"
    "A call for people who use the sample tools.\n\n"
    "**When**: {when} at 16:00 UTC\n"
    "**Where**: Zoom link: https://zoom.us/j/91234567890\n\n"
    "Notes of past calls are kept in the notes folder. Anyone may add an item to the agenda "
    "by opening a pull request.\n"
)


def test_a_call_told_by_its_rhythm_of_days_is_its_standing_page() -> None:
    body = _SERIES.format(when="Second and fourth Monday of each month")
    assert kind_of("Sample Tools Users Call", body) is MessageKind.OTHER


def test_a_call_every_month_on_the_last_friday_is_its_standing_page() -> None:
    body = _SERIES.format(when="Every month on the last Fri")
    assert kind_of("Sample Tools Users Call", body) is MessageKind.OTHER


def test_guard_the_same_page_with_one_dated_call_is_not_a_standing_page() -> None:
    body = _SERIES.format(when="Monday 13 April 2026")
    assert kind_of("Sample Tools Users Call", body) is not MessageKind.OTHER


_LOG = (
    "# Sample Working Group - Agenda and Notes\n\n"
    "- Time: Every Tuesday, 15:00 UTC\n"
    "- Zoom: https://zoom.us/j/98765432100\n\n"
    "## Meeting - 14 Apr 2026\n\n"
    "1. Welcome\n"
    "2. Status update on the sample draft\n\n"
    "## Meeting - 7 Apr 2026\n\n"
    "1. Welcome\n"
    "2. Review of open issues\n\n"
    "## ~~Meeting - 31 Mar 2026~~ canceled\n"
)


def test_a_rolling_agenda_with_one_session_struck_off_is_a_log() -> None:
    assert kind_of("Sample Working Group - Agenda and Notes", _LOG) is MessageKind.OTHER


_STRUCK = (
    "# Sample Working Group\n\n"
    "## ~~Meeting - 31 Mar 2026~~ canceled\n\n"
    "The meeting of the sample working group on 31 March will not take place. We meet again "
    "next month.\n"
)


def test_guard_a_session_struck_off_without_a_log_is_called_off() -> None:
    assert kind_of("Sample Working Group", _STRUCK) is MessageKind.CANCELLATION


_WHAT_IF = (
    "Sample Republic to hold the 2027 regional forum online\n\n"
    "The Minister of Sample Affairs said on Monday that the regional forum in 2027 will go "
    "ahead on video platforms. {said} thousands of guests would have had to travel to "
    "the capital for a week.\n"
)


def test_a_forum_that_would_have_been_hosted_is_no_report() -> None:
    """(mend-r22f: the kind it is, not only what it is not: news of a forum ahead with no day
    read, for information.)"""
    body = _WHAT_IF.format(said="If we had hosted an in-person forum,")
    subject = "Sample Republic to hold the 2027 regional forum online"
    assert kind_of(subject, body) is MessageKind.OTHER


def test_guard_a_forum_the_ministry_hosted_is_a_report() -> None:
    body = _WHAT_IF.format(said="Last year the ministry hosted an in-person forum, and")
    subject = "Sample Republic to hold the 2027 regional forum online"
    assert kind_of(subject, body) is MessageKind.REPORT


_BOARD_YEAR = (
    "Open Meetings of the Sample Trust\n"
    "Members of the public may sit in on open meetings as observers, and papers are "
    "posted a week before each meeting.\n\n"
    "Open meetings for 2026-2027\n\n"
    "{days}"
)
_DAYS = (
    "September 16, 2026\nMeeting papers\n\nOctober 2026 - no open meeting\n\n"
    "November 18, 2026\nMeeting papers\n\nJanuary 20, 2027\nMeeting papers\n\n"
    "March 17, 2027\nMeeting papers\n\nMay 19, 2027\nMeeting papers\n"
)


def test_a_year_of_open_meetings_that_welcomes_the_public_is_a_calendar() -> None:
    body = _BOARD_YEAR.format(days=_DAYS)
    assert kind_of("Open Meetings of the Sample Trust", body) is MessageKind.CIRCULAR


def test_guard_one_open_meeting_that_welcomes_the_public_is_its_notice() -> None:
    body = _BOARD_YEAR.format(days="September 16, 2026 at 6 pm\nMeeting papers\n")
    assert kind_of("Open Meetings of the Sample Trust", body) is MessageKind.INVITATION


_HOW_TO = (
    "Residents can watch Sample Board meetings and speak in the public comment item by joining "
    "through the video portal.{day} Here are instructions on how to join them and speak.\n\n"
    "1. Open the portal page and type your name.\n"
    "2. Raise your hand with the hand button when the chair opens public comment.\n"
)


def test_instructions_on_how_to_join_a_bodys_meetings_are_formalities() -> None:
    body = _HOW_TO.format(day="")
    assert kind_of("Online Sample Board Meetings", body) is MessageKind.CIRCULAR


def test_guard_instructions_beside_one_dated_meeting_are_its_notice() -> None:
    body = _HOW_TO.format(day=" The Board meets on Tuesday 14 April 2026 at 7 pm.")
    assert kind_of("Online Sample Board Meetings", body) is MessageKind.INVITATION
