"""Mends of a review of titles-r22b's generic names (tests/realmail/FAILURES.md, "Round
twenty-two, review mends: generic titles (mend-r22h)"): each misfire on invented text, with a
guard that the rule's own case still holds."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, value_of


def test_a_month_said_often_before_a_conference_names_no_body() -> None:
    meeting = meeting_of(
        "Sign up now for the July conference of growers on 6 July 2026. July is harvest time,"
        " so the hall in Sampleton opens early each July morning.\n",
        "Sign up now",
    )
    assert value_of(meeting.title) is None


def test_a_bodys_word_said_often_before_a_forum_still_names_it() -> None:
    """Guard: the body's own word, said three times, names its forum."""
    meeting = meeting_of(
        "Sign up now for the Quillon forum of growers on 6 July 2026. Quillon is a league of"
        " farm towns, and Quillon dues are waived this year.\n",
        "Sign up now",
    )
    assert_under_review(meeting.title, "Quillon forum")


def test_a_conference_call_is_no_generic_conference() -> None:
    meeting = meeting_of(
        "Please dial in to our quarterly conference call on Monday 6 July 2026 at 15:00;"
        " the bridge number is in the calendar entry.\n",
        "Dial-in details",
    )
    assert value_of(meeting.title) is None


def test_a_meeting_point_is_no_generic_meeting() -> None:
    meeting = meeting_of(
        "Coaches for the orchard visit leave from the general meeting point by the north gate"
        " at 07:30 on Monday 6 July 2026.\n",
        "Orchard visit",
    )
    assert value_of(meeting.title) is None


def test_the_quarterly_conference_itself_is_still_read() -> None:
    """Guard: the generic name followed by its day, not by a thing, is still read."""
    meeting = meeting_of(
        "Please note that our quarterly conference on Monday 6 July 2026 at 15:00 moves to the"
        " small hall of the sample library.\n",
        "Change of room",
    )
    assert_under_review(meeting.title, "quarterly conference")


def test_a_subjects_extraordinary_general_meeting_is_read_whole() -> None:
    meeting = meeting_of(
        "All members are asked to come on Monday 6 July 2026 at 18:00 to the boat shed, where"
        " the meeting will vote on the mooring fees.\n",
        "reminder: extraordinary general meeting",
    )
    assert_under_review(meeting.title, "extraordinary general meeting")


def test_a_subjects_general_meeting_alone_is_still_read() -> None:
    """Guard: a general meeting with nothing before it keeps its two words."""
    meeting = meeting_of(
        "All members are asked to come on Monday 6 July 2026 at 18:00 to the boat shed, where"
        " the meeting will vote on the mooring fees.\n",
        "reminder: general meeting",
    )
    assert_under_review(meeting.title, "general meeting")
