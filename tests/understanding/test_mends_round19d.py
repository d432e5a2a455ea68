"""Review mends of dates24b's rules (tests/realmail/FAILURES.md, "Round nineteen, second-pass
mends (mend21a)"): invented texts where "this morning", "opens" and "will attend" named no day
of the meeting's, each beside a near text the rule still reads."""

from __future__ import annotations

import datetime as dt

from tests.understanding.helpers import meeting_of, news_meeting, value_of

# "this morning" names the meeting's day only right after the verb that says it happened (its
# guard, "opened this morning", is test_dates_round19b.py's)


def test_an_agreement_this_morning_is_not_the_meetings_day() -> None:
    meeting = meeting_of(
        "02/04/2026 08:30\nDear colleagues,\n\nAs agreed this morning, the Example Council "
        "will meet to review the draft plan. Please reply by 10 April.",
        "Example Council invitation",
    )
    assert meeting.start is None


# "opens" is a meeting's verb, not a show's that runs on


def test_an_exhibition_that_opens_today_names_no_meeting_day() -> None:
    meeting = news_meeting(
        "Posted on 2 April 2026\n\nA photo exhibition on river life opens today at the Sample "
        "Museum and runs until June.",
        "Sample news",
    )
    assert meeting.start is None


# After a postponement, "will attend" names the day to come only in a sentence that neither puts
# the meeting off nor speaks of the attendees' own plans


def test_a_day_attended_in_the_sentence_that_postpones_is_the_old_one() -> None:
    meeting = meeting_of(
        "The Example Summit, which Premier Person E will attend on 20 April, has been postponed "
        "because of the floods. No new date has been set.",
        "Example Summit postponed",
    )
    assert value_of(meeting.start) != dt.date(2026, 4, 20)


def test_members_who_will_attend_name_the_old_day() -> None:
    meeting = meeting_of(
        "Please note that the Example Board meeting has been postponed. Members who will attend "
        "on 15 April are asked to keep the day free for a training session instead. A new date "
        "will follow.",
        "Example Board meeting postponed",
    )
    assert value_of(meeting.start) != dt.date(2026, 4, 15)


def test_guard_a_leader_who_will_attend_by_video_names_the_day_to_come() -> None:
    meeting = meeting_of(
        "The Example Basin summit, put off last month, will now be held by video. The President "
        "will attend virtually on 15 April, the office said.",
        "Example Basin summit postponed",
    )
    assert value_of(meeting.start) == dt.date(2026, 4, 15)
