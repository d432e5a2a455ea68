"""Round fourteen's delegates class Q1 (tests/realmail/FAILURES.md, "Round fourteen fixes
(kinds18)"), in invented texts: a count in a case the text supposes ("if only one delegate is
nominated") is not the number asked; a course "opened to maximum 20 participants" and "three of
the four officers" ask nobody. Guard: the count asked beside the supposed case stays read."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, meeting_of, value_of


def test_a_supposed_case_is_not_the_count_asked() -> None:
    body = (
        "NOMINATION OF DELEGATES for the Example Board Meeting in Example City, 9-11 April 2026\n"
        "Every member club may put forward two delegates. (If only one delegate attends, "
        "she or he casts both of the club's votes.)\n"
    )
    delegates = meeting_of(body, "Nomination of delegates").delegates_requested
    assert_under_review(delegates, 2)


def test_a_courses_places_ask_nobody() -> None:
    body = (
        "The Example Academy runs in Example City on 21-24 March 2026, opened to "
        "maximum 20 selected participants. Applicants must work for a ministry.\n"
    )
    assert value_of(meeting_of(body, "Example Academy").delegates_requested) is None


def test_part_of_a_known_group_asks_nobody() -> None:
    body = (
        "With three of the four club officers away tonight, Person A proposes that the April "
        "meeting of the Example Club on 3 April 2026 be dropped.\n"
    )
    assert value_of(meeting_of(body, "Example Club meeting").delegates_requested) is None
