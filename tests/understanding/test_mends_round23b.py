"""Mends of a review of titlesen-r23's English titles and two English kinds
(tests/realmail/FAILURES.md, "Round twenty-three, review mends (mend-r23b)"): each misfire on
invented text, with a guard that the rule's own case still holds."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of

# A subject's "<Group>: meetings …" ---------------------------------------------------------


def test_a_subjects_label_before_its_meetings_names_no_group() -> None:
    meeting = meeting_of(
        "Because of the storm warning, every meeting in the Sample Hall on Monday 6 July 2026"
        " is called off; the hall reopens on Tuesday.\n",
        "IMPORTANT: meetings called off",
    )
    assert value_of(meeting.title) != "IMPORTANT"


def test_a_notices_heading_before_its_meetings_names_no_group() -> None:
    meeting = meeting_of(
        "Monday 6 July 2026 is a public holiday: no meeting is held in the Sample Hall that day,"
        " and the office stays shut.\n",
        "Holiday Notice: Meetings",
    )
    assert value_of(meeting.title) != "Holiday Notice"


def test_guard_a_group_its_page_writes_again_is_still_named() -> None:
    meeting = meeting_of(
        "Quillon Tools Group\nWe meet by video; the chairs send the agenda to the list two days"
        " before each call.\n",
        "Quillon Tools Group: meetings",
    )
    assert value_of(meeting.title) == "Quillon Tools Group"


# "<X> prepared … for the <Name>" -------------------------------------------------------------


def test_what_a_body_has_prepared_papers_for_is_the_notices_own_meeting() -> None:
    """A body's letters, defined after a meeting noun but no numbered sitting of it, prepare
    nothing of their own: the meeting the notice calls keeps its rank."""
    meeting = meeting_of(
        "Dear members,\nThe Quillon Steering Meeting (QSM) met on 1 June 2026. The QSM has"
        " prepared the papers for the Annual General Meeting of the Quillon Society, which will"
        " be held on Monday 6 July 2026 at 10:00 in the Sample Hall.\n",
        "Notice to members",
    )
    title = value_of(meeting.title)
    assert title is not None
    assert title.startswith("Annual General Meeting")


def test_guard_a_numbered_sitting_that_prepared_a_summits_work_is_the_news() -> None:
    meeting = meeting_of(
        "Sampleton, 1 June 2026 - The Quillon Officials Meeting (QOM) opened today in"
        " Sampleton.\n\nThe 5th QOM prepared the report for the 9th Quillon Leaders' Summit,"
        " to be held in July.\n",
        "Sampleland news",
    )
    assert value_of(meeting.title) == "Quillon Officials Meeting"


# Kinds: minutes kept elsewhere, a standing schedule ---------------------------------------


def test_minutes_linked_in_the_mail_are_still_a_report() -> None:
    body = (
        "Dear members,\nMinutes of the Quillon Board meeting are linked here:"
        " https://example.org/minutes\nThe board met on 3 June 2026 and agreed the budget.\n"
    )
    assert kind_of("Quillon Board minutes", body) is MessageKind.REPORT


def test_guard_minutes_listed_separately_under_a_heading_are_no_report() -> None:
    body = (
        "Quillon Tools Group\nHow we meet\nThe group holds weekly meetings by video.\n"
        "Meeting Minutes\nMeeting minutes (of each call) are listed separately.\n"
    )
    assert kind_of("Quillon Tools Group: meetings", body) is MessageKind.OTHER


def test_a_clubs_rhythm_told_beside_its_next_meeting_is_no_standing_page() -> None:
    body = (
        "Dear members,\nThere are monthly meetings of the Quillon Club. Our July meeting will"
        " take place on Monday 6 July 2026 at 18:00 in the Sample Hall.\n"
    )
    assert kind_of("Quillon Club meeting", body) is not MessageKind.OTHER


def test_a_clubs_days_told_beside_the_day_it_meets_is_no_standing_page() -> None:
    body = (
        "Dear members,\nMeetings are held on Mondays in the Sample Hall. This month we meet on"
        " Monday 6 July 2026 at 18:00 to elect a new chair.\n"
    )
    assert kind_of("Quillon Club: July meeting", body) is not MessageKind.OTHER


def test_guard_a_page_of_weekly_calls_is_still_a_standing_page() -> None:
    body = (
        "Quillon Tools Group\nFor members there are weekly calls, on Wednesdays at rotating"
        " hours.\nFace-to-face meetings are set a year ahead.\n"
    )
    assert kind_of("Quillon Tools Group: meetings", body) is MessageKind.OTHER
