"""Round nineteen, second pass: English title classes test19 left (tests/realmail/FAILURES.md,
"Round nineteen, second pass (titles24b)"), each in an invented text of the class's shape, with
a guard beside each. Every new reading is under review (below 0.8)."""

from __future__ import annotations

from tests.understanding.helpers import assert_under_review, news_meeting, rule_code

# A body's numbered sitting named by its number and noun alone --------------------------------


def test_a_numbered_council_is_the_bodys_sitting() -> None:
    meeting = news_meeting(
        "Examplia Office news\n\nThe Agency's 58th Council, which gathers this morning, "
        "will weigh two requests for observer status from island states.\n"
    )
    assert_under_review(meeting.title, "58th Council")
    assert rule_code(meeting.title) == "title.numbered_body"


def test_a_numbered_council_meeting_is_not_cut_to_the_body() -> None:
    """Guard: a name goes on after the body's noun ("… Council Meeting"): not this rule's."""
    meeting = news_meeting(
        "Examplia Office news\n\nPapers for the 58th Council Planning Day are posted below "
        "for members to read before they travel.\n"
    )
    assert rule_code(meeting.title) != "title.numbered_body"


# A numbered meeting written in lower case ------------------------------------------------------


def test_a_lower_case_numbered_conference() -> None:
    meeting = news_meeting(
        "Trade desk\n\nNo new day was fixed for the 7th ministerial conference, which the "
        "trading bloc had planned for the coast.\nDelegates were told to wait for a notice.\n"
    )
    assert_under_review(meeting.title, "7th ministerial conference")
    assert rule_code(meeting.title) == "title.numbered_lower"


def test_a_numbered_meeting_of_something_is_not_cut() -> None:
    """Guard: "the 4th meeting of …" is of what follows: its first words name nothing."""
    meeting = news_meeting(
        "Trade desk\n\nNo new day was fixed for the 4th meeting of the harbour users, "
        "which had been set for the coast.\n"
    )
    assert rule_code(meeting.title) != "title.numbered_lower"
