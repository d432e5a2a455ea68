"""Round nineteen's second pass on when the meeting is (tests/realmail/FAILURES.md, "Round
nineteen, second pass (dates24b)"): each rule in an invented text of the class's shape, with a
near text the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.understanding.helpers import SENT_DAY, confidence_of, news_meeting, value_of

# "<Council>, which opens today", "officially opened this morning" under the page's own stamp:
# the day the page writes is the meeting's (a sent day may be only an estimate)


def test_a_meeting_which_opens_today_opens_on_the_day_of_writing() -> None:
    meeting = news_meeting(
        "Latest items\n\nExample Union Assembly Opens in Sample Town\n\nPosted on 2 April 2026"
        "\n\nThe Example Union's "
        "52nd Assembly, which opens today, will this week weigh requests to join from three "
        "island states.",
        "Example Union Assembly Opens in Sample Town",
    )
    assert value_of(meeting.start) == SENT_DAY
    assert confidence_of(meeting.start) < 0.8


def test_a_meeting_opened_this_morning_is_of_the_day_of_writing() -> None:
    meeting = news_meeting(
        "02/04/2026 11:45\nExample Agency - The 30th plenary of the Sample Parliamentary Forum "
        "officially opened this morning in Sample Town, with eight member parliaments present.",
        "Sample Parliamentary Forum Opens",
    )
    assert value_of(meeting.start) == SENT_DAY
    assert confidence_of(meeting.start) < 0.8


def test_guard_without_the_pages_own_day_this_morning_names_none() -> None:
    meeting = news_meeting(
        "Example Agency - The 30th plenary of the Sample Parliamentary Forum officially opened "
        "this morning in Sample Town, with the speakers of eight member parliaments present.",
        "Sample Parliamentary Forum Opens",
    )
    assert meeting.start is None


def test_guard_registration_that_opens_today_names_no_meeting_day() -> None:
    meeting = news_meeting(
        "Posted on 2 April 2026\n\nRegistration for the Example Union's yearly assembly opens "
        "today on the union's website, and places are limited.",
        "Example Union assembly registration",
    )
    assert meeting.start is None


# A video meeting's news after a postponement: "<Leader> will attend the <meeting> via video
# call on <day>" names the day to come, not only the schedule given up (under review)


def test_a_day_someone_will_attend_after_a_postponement_is_the_one_to_come() -> None:
    meeting = news_meeting(
        "Premier Person E will attend the fourth Example Basin leaders' meeting via a video "
        "call on April 8, the foreign office announced on Thursday. The meeting was to have "
        "been held in Sample City early this year, but was postponed because of the outbreak.",
        "Premier to attend Example Basin leaders' meeting via video call",
    )
    assert value_of(meeting.start) == dt.date(2026, 4, 8)
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_day_attended_before_the_message_is_not_the_one_to_come() -> None:
    meeting = news_meeting(
        "Premier Person E will attend the fourth Example Basin leaders' meeting via a video "
        "call, which was scheduled for March 30 before it was postponed because of the "
        "outbreak. No new date has been set.",
        "Example Basin leaders' meeting put off",
    )
    assert value_of(meeting.start) != dt.date(2026, 3, 30)
