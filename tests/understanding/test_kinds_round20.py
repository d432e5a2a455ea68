"""Message kinds in the forms of round twenty's English failure classes (tests/realmail/FAILURES.md,
"Round twenty fixes (kindsen-r20)"; the texts are invented in each class's shape): a
conference's "important dates" page is for information, though it tells how to register; a
standing rule that a body's meetings are held on a weekday of each month announces none of
them; a calendar of many meetings, each line opening on its day, chooses none; a partner's
quoted answer that the meeting "has been rescheduled" puts it off, though the question before
it was asked last month; a payment page's "full cancellations" call off no meeting; a notice
that calls the first day off and convenes the meeting anew ("notice is hereby given that …
will be held") is an invitation.
Guards: a conference's own notice with its day and registration stays an invitation; one
series' "this meeting is held the first Monday of the month" is its own notice; a notice of a
meeting with its dry run names too few days to be a calendar; a call-off told last month, not
quoted, stays conditional; a meeting cancelled with its next one named stays a cancellation, and
one called off on its own dates page too.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_DATES = (
    "Submission deadlines\n"
    "- 15 May 2026: abstracts due for the Example Forum on Placeholder Studies\n"
    "- 30 June 2026: notification of acceptance\n"
    "- 20 August 2026: presenters' registration closes\n"
    "- 8-10 October 2026: the forum at the Example Hall\n"
    "Registration\n"
    "- Early registration ends on 31 July 2026 for all participants.\n"
)


def test_a_conference_important_dates_page_is_other() -> None:
    assert kind_of("Example Forum 2026 Important dates", _DATES) is MessageKind.OTHER


def test_guard_a_conference_notice_with_its_registration_is_no_dates_page() -> None:
    assert kind_of("Example Forum 2026", _DATES) is not MessageKind.OTHER


_STANDING = (
    "Notices\n\n"
    "Board meetings are held on the second Wednesday of each month at the Example Hall, "
    "starting at 6:30 pm. Members of the public may join by Zoom; the link is posted on the "
    "board's page.\n"
)


def test_a_standing_rule_of_monthly_meetings_is_other() -> None:
    assert kind_of("Example Board monthly meeting", _STANDING) is MessageKind.OTHER


def test_guard_one_series_held_monthly_is_its_own_notice() -> None:
    body = _STANDING.replace("Board meetings are", "This meeting is")
    assert kind_of("Example Board monthly meeting", body) is not MessageKind.OTHER


_CALENDAR = (
    "Sessions of the Example Bodies in 2026\n"
    "12-13 February: Example City\nPlaceholder Committee: ninth session\n\n"
    "4-6 March: Example City\nExample Board: 21st session\n\n"
    "18 May: Sample Town\nRegional Committee for the North: fourth session\n\n"
    "7-9 September: Sample Town\nRegional Committee for the South: fourth session\n\n"
    "2 November: Example City\nExample Board: 22nd session\n"
)


def test_a_calendar_of_many_sessions_is_for_information() -> None:
    # (a circular since round twenty-two, kindsen-r22: read before its words of taking part)
    assert kind_of("Dates of sessions", _CALENDAR) is MessageKind.CIRCULAR


def test_guard_a_session_with_its_dry_run_is_no_calendar() -> None:
    body = "\n\n".join(_CALENDAR.split("\n\n")[:2])
    assert kind_of("Dates of sessions", body) is not MessageKind.OTHER


_QUOTED = (
    "When I asked the company about the AGM last month, this is what its office answered:\n"
    '"The Annual General Meeting planned for 12 May has been rescheduled. The company will '
    'file a fresh notice once the agenda is final."\n'
)


def test_a_quoted_answer_that_the_meeting_is_rescheduled_puts_it_off() -> None:
    assert kind_of("Questions on the AGM", _QUOTED) is MessageKind.POSTPONEMENT


def test_guard_a_rescheduling_told_of_last_month_in_one_sentence_is_no_postponement() -> None:
    body = _QUOTED.replace(':\n"', ", ").replace('."\n', ".\n")
    body = body.replace("The Annual", "the Annual").replace(". The company", ", and the company")
    assert kind_of("Questions on the AGM", body) is not MessageKind.POSTPONEMENT


def test_full_cancellations_on_a_dates_page_call_off_nothing() -> None:
    body = (
        "Key days of the Example Conference, 8-10 October 2026\n\n"
        "- Full cancellations (that is, a cancellation of one's whole stay at the conference, "
        "its visits and its dinner) are accepted until 1 September.\n"
    )
    assert kind_of("Example Conference 2026 Important dates", body) is MessageKind.OTHER


_CONVENED = (
    "Dear Member\n"
    "The Society's Annual General Meeting planned for 9 May 2026 had to be cancelled because "
    "the hall was closed for repairs.\n"
    "NOTICE IS HEREBY GIVEN that the Annual General Meeting of the Example Society will be "
    "held at 10am on 20 June 2026 at the Example Hall, Sample Town, to pass the resolutions "
    "below.\n"
)


def test_a_call_off_with_the_meeting_convened_anew_is_an_invitation() -> None:
    assert kind_of("AGM 2026", _CONVENED) is MessageKind.INVITATION


def test_guard_a_cancellation_naming_the_next_meeting_stays_one() -> None:
    body = _CONVENED.replace("NOTICE IS HEREBY GIVEN that the", "The next")
    assert kind_of("AGM 2026", body) is MessageKind.CANCELLATION


def test_guard_a_conference_called_off_on_its_dates_page_is_cancelled() -> None:
    body = "Key days\n\nThe Example Conference of 8-10 October 2026 has been cancelled.\n"
    assert kind_of("Example Conference 2026 Important dates", body) is MessageKind.CANCELLATION


_GUIDE = (
    "Online hearings guide\n\n"
    "The Example Commission will hold its hearings online until further notice. Members of "
    "the public may watch the webcast or listen by phone. Parties on an agenda will receive a "
    "separate invitation from the clerk so that they can speak. The revised steps for joining "
    "are set out on page 2.\n"
)


def test_a_separate_invitation_still_to_come_invites_no_one_here() -> None:
    assert kind_of("Online hearings guide", _GUIDE) is not MessageKind.INVITATION


def test_guard_a_guide_that_invites_its_reader_still_invites() -> None:
    body = _GUIDE + "You are invited to join the hearing on 20 April 2026 at 10:00.\n"
    assert kind_of("Online hearings guide", body) is MessageKind.INVITATION


_ABOUT = (
    "The Example Union brings together the assemblies of forty placeholder states.\n\n"
    "Its 12th Assembly and related meetings will be held in Sample Town from 14 to 18 "
    "September 2026, the second time the town hosts it.\n"
)


def test_a_site_about_page_is_other() -> None:
    assert kind_of("About the 12th Assembly", _ABOUT) is MessageKind.OTHER


def test_guard_the_same_text_under_the_assembly_name_is_no_about_page() -> None:
    assert kind_of("12th Assembly of the Example Union", _ABOUT) is not MessageKind.OTHER
