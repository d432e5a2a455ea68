"""Round nineteen: English title classes of test19 (tests/realmail/FAILURES.md, "Round nineteen
fixes (titles24)"), each in an invented text of the class's shape, with a guard beside each: a
near text the rule must leave as it was. Every new reading is under review (below 0.8). The
helpers are tests/understanding/helpers.py's."""

from __future__ import annotations

from tests.understanding.helpers import (
    assert_under_review,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# A body's meeting named by its noun alone, where it is called off or moved ------------------


def test_a_council_meeting_the_subject_names_by_its_noun() -> None:
    meeting = meeting_of(
        "Members are asked to note the change below.\nThe agenda papers stay as sent.\n",
        "Board meeting will not go ahead this week",
    )
    assert_under_review(meeting.title, "Board meeting")
    assert rule_code(meeting.title) == "title.body_noun"


def test_a_council_meeting_a_sentence_calls_off() -> None:
    meeting = news_meeting(
        "Examplefield news\n\nThe mayor has decided that the 9 June Council meeting will be "
        "adjourned because of the flood warning.\nResidents may write to the clerk instead.\n"
    )
    assert_under_review(meeting.title, "Council meeting")


def test_a_council_meeting_only_mentioned_names_nothing() -> None:
    """Guard: a sentence that calls nothing off is a calendar's line, not the notice's news."""
    meeting = news_meeting(
        "Examplefield news\n\nThe library reopens on Monday after its repairs.\n"
        "Residents can read the minutes at the next Council meeting in the town hall.\n"
    )
    assert rule_code(meeting.title) != "title.body_noun"


def test_a_named_council_meeting_keeps_its_name() -> None:
    """Guard: where the body's name is written, the name rules read it, not the noun alone."""
    meeting = news_meeting(
        "Examplefield news\n\nThe Examplefield Shire Council meeting set for Tuesday has been "
        "cancelled because of the storm.\n"
    )
    assert value_of(meeting.title) == "Examplefield Shire Council meeting"


# A numbered regional meeting named by its region in the body -------------------------------


def test_a_numbered_regional_meeting_named_by_its_region() -> None:
    meeting = news_meeting(
        "Ministers said growth was uncertain, speaking at the 9th Northern and the Southern "
        "regional meeting organised by the Example Office on Monday.\n"
    )
    assert_under_review(meeting.title, "9th Northern and the Southern regional meeting")


def test_a_regional_meeting_without_a_region_s_name_is_none() -> None:
    """Guard: "a regional meeting" with no capitalised region before it names none."""
    meeting = news_meeting(
        "Ministers said growth was uncertain, speaking at a regional meeting organised by "
        "the office on Monday.\n"
    )
    assert value_of(meeting.title) is None


# A committee's own "on" before its meeting noun --------------------------------------------


def test_a_committee_on_a_topic_meeting_keeps_the_committee() -> None:
    meeting = meeting_of(
        "The secretariat confirms the session is put off until further notice.\n",
        "Update / Example Committee on Sample Labels meeting in Geneva postponed",
    )
    assert_under_review(meeting.title, "Example Committee on Sample Labels meeting")


def test_an_on_after_a_person_is_not_grown_over() -> None:
    """Guard: "on" after a word that is no body's noun starts no name."""
    meeting = meeting_of(
        "The secretariat confirms the session is put off until further notice.\n",
        "Update / Example Report on Sample Labels meeting in Geneva postponed",
    )
    assert value_of(meeting.title) == "Sample Labels meeting"


# A person's title after a name ends it ------------------------------------------------------


def test_a_name_stops_before_an_ambassador_on_the_next_line() -> None:
    meeting = news_meeting(
        "Example news back at work for the twice delayed Example Conference\n"
        "Ambassador Person A of Sampleland, the chair, spoke on Tuesday.\n"
        "Members agreed that the 14th Example Conference will take place in June.\n"
    )
    assert value_of(meeting.title) != "Example Conference Ambassador Person A of Sampleland"
    assert "Ambassador" not in (value_of(meeting.title) or "")


def test_a_capitalised_word_after_a_name_still_grows_it() -> None:
    """Guard: a capitalised word that is no person's title goes on growing the name."""
    meeting = news_meeting(
        "Members agreed that the 14th Example Conference Assembly will take place in June.\n"
    )
    assert value_of(meeting.title) == "14th Example Conference Assembly"


# A meeting named by the two sides it joins --------------------------------------------------


def test_a_meeting_named_by_the_sides_it_joins() -> None:
    meeting = meeting_of(
        "Indicative programme\n18.00 - Arrivals\n18.30 - Family photo\n19.00 - Dinner\n",
        "Media advisory – Informal meeting Examplia-Sample Islands, 3 March 2026",
    )
    assert_under_review(meeting.title, "Informal meeting Examplia-Sample Islands")
    assert rule_code(meeting.title) == "title.subject_parties"


def test_a_meeting_room_with_a_dash_names_no_sides() -> None:
    """Guard: "Meeting Room A-B" is a room's name."""
    meeting = meeting_of(
        "Indicative programme\n18.00 - Arrivals\n18.30 - Family photo\n19.00 - Dinner\n",
        "Media advisory – Meeting Room North-South, 3 March 2026",
    )
    assert rule_code(meeting.title) != "title.subject_parties"


# A resumed meeting with the bodies the subject names --------------------------------------


def test_a_resumed_meeting_keeps_the_bodies_it_resumes() -> None:
    meeting = meeting_of(
        "The resumed meeting will be held on 9 June 2026 in Room 4, Example House.\n",
        "Resumed meeting of the adjourned Example MOP3 & Sample MOP2, 9 June 2026",
    )
    assert_under_review(
        meeting.title, "Resumed meeting of the adjourned Example MOP3 & Sample MOP2"
    )


def test_a_resumed_meeting_without_bodies_stays_short() -> None:
    """Guard: without the bodies after it, the subject's two words are the name as before."""
    meeting = meeting_of(
        "The resumed meeting will be held on 9 June 2026 in Room 4, Example House.\n",
        "Resumed meeting, 9 June 2026",
    )
    assert value_of(meeting.title) == "resumed meeting"


# A working group a calendar page heads with its day ----------------------------------------


def test_a_working_group_headed_with_its_day_and_letters() -> None:
    meeting = meeting_of(
        "Person A\nPerson B\nDate: Wednesday, 9 December 2026\nTime: 14:00 - 15:00 UTC\n",
        "2026-12-09 Example Regional Policy Working Group (ERPWG)",
    )
    assert_under_review(meeting.title, "Example Regional Policy Working Group (ERPWG)")
    assert rule_code(meeting.title) == "title.subject_body"


def test_a_group_that_is_not_working_names_no_body() -> None:
    """Guard: any other group ("Example Reading Group") is no body that meets by this rule."""
    meeting = meeting_of(
        "Person A\nPerson B\nDate: Wednesday, 9 December 2026\nTime: 14:00 - 15:00 UTC\n",
        "2026-12-09 Example Regional Reading Group (ERRG)",
    )
    assert rule_code(meeting.title) != "title.subject_body"
