"""Message kinds in the forms of round eighteen's second pass (tests/realmail/FAILURES.md,
"Round eighteen, second pass (kinds23b)"; the texts are invented in the class's shape): a page
with no word of an invitation, a change or a follow-up whose subject is the meeting itself,
singular ("… Meeting", "… Office Hours"), and which gives the meeting's hour or a link to join
it is the organiser's notice, an invitation.
Guards: such a subject with a day but no hour nor link, a subject of several meetings, and a
subject that names the meeting after other words ("<purpose>, <Body> Meeting") stay updates.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_COMMENTS = (
    "The session is shown on the town's video channel and recorded for the archive. "
    "Written comments on items before the board are accepted until "
    "noon the day before the session and are shared with every board member.\n"
)


def test_a_subject_that_is_the_meeting_with_its_hour_is_the_organisers_notice() -> None:
    subject = "Parks Board Meeting - Tue, April 14, 2026 - 6:30 pm"
    body = "Session Information\nTuesday, April 14, 2026 at 6:30 pm\n" + _COMMENTS
    assert kind_of(subject, body) is MessageKind.INVITATION


def test_a_subject_that_is_the_meeting_with_a_join_link_is_the_organisers_notice() -> None:
    subject = "Example Working Group Interim Meeting - May 2026"
    body = (
        "Arrangements for the working group's interim session in May.\n"
        "Video link: https://example.zoom.us/j/81234567890\n"
        "Participants are expected to have read the current drafts.\n"
    )
    assert kind_of(subject, body) is MessageKind.INVITATION


def test_guard_a_subject_that_is_the_meeting_with_a_day_only_stays_an_update() -> None:
    subject = "Parks Board Meeting - Tuesday, April 14, 2026"
    body = "Session Information\nTuesday, April 14, 2026\n" + _COMMENTS
    assert kind_of(subject, body) is MessageKind.UPDATE


def test_guard_a_subject_of_several_meetings_stays_an_update() -> None:
    subject = "Parks Board Meetings - April 14 and 28, 2026 - 6:30 pm"
    body = "Session Information\nTuesdays, April 14 and April 28, 2026 at 6:30 pm\n" + _COMMENTS
    assert kind_of(subject, body) is MessageKind.UPDATE


def test_guard_a_subject_that_names_the_meeting_after_other_words_stays_an_update() -> None:
    subject = "Comment window and seating, Parks Board Meeting - 6:30 pm"
    body = "Session Information\nTuesday, April 14, 2026 at 6:30 pm\n" + _COMMENTS
    assert kind_of(subject, body) is MessageKind.UPDATE


def test_an_office_hours_subject_with_its_hour_is_the_organisers_notice() -> None:
    subject = "Example Toolkit Office Hours"
    body = (
        "The toolkit's maintainers hold a monthly video meeting for contributors' questions.\n"
        "When: Thursday, April 9, 2026 at 1400 UTC, by video.\n"
        "Add the topics you would like covered as comments on the tracking issue.\n"
    )
    assert kind_of(subject, body) is MessageKind.INVITATION
