"""Round twenty-three: English title classes of test23 and the kinds of a group's page of
recurring calls (tests/realmail/FAILURES.md, "Round twenty-three fixes (titlesen-r23)"), each in
an invented text of the class's shape, with a guard beside each: a near text the rule must leave
as it was. Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of

# Headlines: a weekday's possessive, two parties' letters before a summit -------------------


def test_a_weekdays_possessive_is_when_not_whose() -> None:
    meeting = meeting_of(
        "The chair of the Sample League asked that the meeting be put off.\n",
        "Chair Asks to Postpone Friday's Example-Sample Ministerial Meeting",
    )
    assert value_of(meeting.title) == "Example-Sample Ministerial Meeting"


def test_guard_a_bodys_possessive_still_opens_the_name() -> None:
    meeting = meeting_of(
        "The members will gather in the main hall.\n",
        "Notice of the Sample League's Ministerial Meeting",
    )
    assert value_of(meeting.title) == "Sample League's Ministerial Meeting"


def test_two_parties_letters_before_a_summit_put_off() -> None:
    meeting = meeting_of(
        "A summit of the leaders of the two blocs due later this month has been put off, a "
        "spokesperson told reporters on Tuesday.\n",
        "Spokesperson says EXA-U.K. summit postponed, seeking new date",
    )
    assert value_of(meeting.title) == "EXA-U.K. summit"


def test_guard_two_parties_summit_in_a_headline_sentence_is_no_name() -> None:
    meeting = meeting_of(
        "A summit of the leaders of the two blocs due later this month has been put off, a "
        "spokesperson told reporters on Tuesday.\n",
        "Spokesperson says EXA-U.K. summit taps way for a trade pact",
    )
    assert value_of(meeting.title) is None


# A meeting that prepared another's work ------------------------------------------------------


_PREPARED = (
    "The Example Labour Officials Meeting (ELOM), its 9th edition, took place by video link on "
    "3 March 2026.\n\n"
    "The 9th ELOM {verb} the content for the 14th Example Labour Ministers' Meeting (ELMM) and "
    "the ELMM Plus Two, to be chaired by the minister of Sampleland on 5 March 2026.\n"
)


def test_what_a_meeting_prepared_the_content_for_is_another() -> None:
    meeting = meeting_of(_PREPARED.format(verb="prepared"), "Sampleland news")
    assert value_of(meeting.title) == "Example Labour Officials Meeting"


def test_guard_what_an_agency_prepared_for_is_the_news() -> None:
    """Guard: letters that define no meeting prepare nothing of their own: the ministers'
    meeting they readied papers for keeps its rank."""
    text = (
        "The Example Labour Agency (ELA) met the press on 3 March 2026.\n\n"
        "The ELA prepared the papers for the 14th Example Labour Ministers' Meeting (ELMM), to "
        "be chaired by the minister of Sampleland on 5 March 2026.\n"
    )
    title = value_of(meeting_of(text, "Sampleland news").title)
    assert title is not None
    assert title.startswith("14th Example Labour Ministers' Meeting")


# A group's page of its meetings, its calls' noun, a name in lower case -----------------------


def test_a_groups_page_of_its_meetings_is_named_by_the_group() -> None:
    """(mend-r23b: the page writes the group again, its heading here)"""
    meeting = meeting_of(
        "Sample Data WG\nCalls are open to every member. The agenda is sent to the list the day "
        "before.\n",
        "Sample Data WG: Information on Meetings",
    )
    assert value_of(meeting.title) == "Sample Data WG"


def test_guard_a_reminders_page_of_meetings_is_not_named_reminder() -> None:
    meeting = meeting_of(
        "Calls are open to every member. The agenda is sent to the list the day before.\n",
        "Reminder: meetings are held on Tuesdays",
    )
    assert value_of(meeting.title) is None


def test_a_groups_teleconferences_named_by_the_subject() -> None:
    meeting = meeting_of(
        "The group works mostly by email. This page proposes a second weekly call at another "
        "hour, so that more members can join.\n",
        "Proposal for EXWG Teleconferences",
    )
    assert value_of(meeting.title) == "EXWG Teleconferences"


def test_guard_a_services_teleconferences_are_no_name() -> None:
    meeting = meeting_of(
        "The group works mostly by email. This page proposes a second weekly call at another "
        "hour, so that more members can join.\n",
        "Proposal for Zoom Teleconferences",
    )
    assert value_of(meeting.title) is None


def test_a_conference_named_by_its_bodys_word_and_edition() -> None:
    meeting = meeting_of(
        "Dear SAMPLE friends,\n\nThe SAMPLE 27 conference, set for 4-6 June 2027, has been put "
        "off. The SAMPLE board will write to the SAMPLE community when a plan is agreed.\n",
        "#SAMPLE27 put off",
    )
    assert value_of(meeting.title) == "SAMPLE 27 conference"


def test_guard_a_number_that_is_no_edition_names_none() -> None:
    meeting = meeting_of(
        "Dear SAMPLE friends,\n\nThe SAMPLE 7 conference, set for 4-6 June 2027, has been put "
        "off. The SAMPLE board will write to the SAMPLE community when a plan is agreed.\n",
        "#SAMPLE7 put off",
    )
    assert value_of(meeting.title) is None


def test_a_bodys_ministerial_conference_in_lower_case() -> None:
    meeting = meeting_of(
        "The sixth Example Process ministerial conference was held in Sampletown on Friday. "
        "Ministers spoke of trade routes.\n",
        "Trade envoy named",
    )
    assert value_of(meeting.title) == "sixth Example Process ministerial conference"


def test_guard_a_bodys_press_conference_is_no_name() -> None:
    meeting = meeting_of(
        "The sixth Example Process press conference was held in Sampletown on Friday. "
        "Ministers spoke of trade routes.\n",
        "Trade envoy named",
    )
    assert value_of(meeting.title) is None


def test_a_capitalised_word_before_a_lower_case_meeting_of_a_body() -> None:
    meeting = meeting_of(
        "The virtual Ministerial meeting of EXAMPLE was held on 1 April and included all its "
        "member states.\n",
        "Digest of the week",
    )
    assert value_of(meeting.title) == "Ministerial meeting of EXAMPLE"


def test_guard_letters_before_a_lower_case_meeting_stay_out() -> None:
    """Guard: letters ("TV") are no word of the name."""
    meeting = meeting_of(
        "The TV meeting of the Example Harbour Commission was held on 1 April and included all "
        "its members.\n",
        "Digest of the week",
    )
    assert value_of(meeting.title) == "meeting of the Example Harbour Commission"


# Kinds: a group's page of recurring calls ----------------------------------------------------

_CALLS_PAGE = (
    "Sample Data WG\nHow we meet\nRemote calls\n"
    "For members there are weekly teleconferences, on Wednesdays at rotating hours.\n"
    "See the group's calendar for the entries.\n"
    "Face-to-face meetings\n- 10 and 11 September 2025 (Sampletown)\n"
    "Meeting Minutes\nMeeting minutes (of every call) are listed separately.\n"
)


def test_a_page_of_weekly_teleconferences_is_the_groups_standing_page() -> None:
    assert kind_of("Sample Data WG: Information on Meetings", _CALLS_PAGE) is MessageKind.OTHER


def test_guard_the_same_page_with_the_next_call_singled_out_is_not() -> None:
    page = _CALLS_PAGE + "The next meeting will be held on 8 April 2026.\n"
    assert kind_of("Sample Data WG: Information on Meetings", page) is not MessageKind.OTHER


def test_a_minutes_heading_over_where_they_are_kept_is_no_report() -> None:
    """(The group's standing rule told as before round twenty-three: "holds weekly
    meetings".)"""
    page = _CALLS_PAGE.replace(
        "there are weekly teleconferences", "the group holds weekly meetings"
    )
    assert kind_of("Sample Data WG: Information on Meetings", page) is MessageKind.OTHER


def test_guard_a_minutes_heading_over_minutes_is_still_a_report() -> None:
    minutes = (
        "Meeting Minutes\nPresent: A. Sample, B. Example.\nThe group agreed the draft on "
        "1 April 2026.\n"
    )
    assert kind_of("Sample Data WG call", minutes) is MessageKind.REPORT


def test_meetings_held_on_weekdays_in_the_plural_is_a_standing_page() -> None:
    page = (
        "Meetings are held:\n- Thursdays at 15:00 UTC\n- by video in the browser\n"
        "- with a standing agenda of open issues, oldest first\n"
        "Chairs send the agenda to the list before each meeting, its subject line dated:\n"
        "[AGENDA] Sample Traceability Call - 2026-04-09\n"
    )
    assert kind_of("Sample Traceability: meetings", page) is MessageKind.OTHER


def test_guard_a_meeting_held_on_one_thursday_is_not() -> None:
    page = (
        "Meetings are held on Thursday 9 April 2026 at 15:00 UTC by video in the browser, "
        "with an agenda of open issues.\n"
    )
    assert kind_of("Sample Traceability: meeting", page) is not MessageKind.OTHER
