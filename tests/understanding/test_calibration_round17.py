"""Round seventeen's classes of day held for review (calib22): a day scored at its base, 0.8,
whose year was inferred from the message's date or which a news story opens with, was often
wrong on the eleven blind starts; a city followed right after by another year than the
meeting's (tests/realmail/FAILURES.md, "Round seventeen fixes (calib22)"). Each in an invented
text of the class's shape, with a near text that keeps its confidence."""

from __future__ import annotations

import datetime as dt

from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import (
    BANGKOK,
    assert_held_unseen,
    assert_trusted,
    assert_under_review,
    meeting_of,
)

_MAY_16 = dt.datetime(2026, 5, 16, 9, tzinfo=BANGKOK)
_JUNE_20 = dt.datetime(2026, 6, 20, 9, tzinfo=BANGKOK)


# A day without its year, the year taken from the message's date, little else around it.


def test_a_day_without_its_year_at_its_base_is_held() -> None:
    meeting = meeting_of(
        "Dear colleagues,\n\nThe Example Working Group will meet on 14 May at the Example Hall,"
        " Example City. The Example Working Group meets on 14 May to adopt its report.\n\n"
        "Person A\n",
        "Example Working Group",
    )
    assert_held_unseen(meeting.start, dt.date(2026, 5, 14))


def _group_meeting(heading: str) -> MeetingRecord:
    """A working group's meeting whose days `heading`, its first line, writes."""
    return meeting_of(
        f"{heading}\n\nThe Example Working Group will meet in Example City to adopt its"
        " report.\n\nPerson A\n",
        "Example Working Group",
    )


_MAY_14, _MAY_15 = dt.date(2026, 5, 14), dt.date(2026, 5, 15)


def test_both_days_of_a_range_without_its_year_in_a_heading_are_held() -> None:
    meeting = _group_meeting("EXAMPLE WORKING GROUP MEETING, 14-15 MAY")
    assert_held_unseen(meeting.start, _MAY_14)
    assert_held_unseen(meeting.end, _MAY_15)


def test_the_same_days_with_their_year_written_keep_their_confidence() -> None:
    meeting = _group_meeting("EXAMPLE WORKING GROUP MEETING, 14-15 MAY 2026")
    assert_trusted(meeting.start, _MAY_14)
    assert_trusted(meeting.end, _MAY_15)


def test_days_without_their_year_said_to_be_the_meetings_keep_their_confidence() -> None:
    # more than the base: words of a meeting around them as well as the heading (0.85)
    meeting = _group_meeting("Example Working Group meeting set to be held on 14-15 May")
    assert_trusted(meeting.start, _MAY_14)
    assert_trusted(meeting.end, _MAY_15)


# The day a news story opens with, saying what happened on it, and little else.


def test_a_thai_story_day_at_its_base_is_held() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 14 พฤษภาคม 2569 นายตัวอย่าง เป็นประธานการประชุมคณะกรรมการตัวอย่าง"
        " ณ ห้องประชุมตัวอย่าง เพื่อพิจารณางบประมาณ\n",
        "ประชุมคณะกรรมการตัวอย่าง",
        sent=_JUNE_20,
    )
    assert_held_unseen(meeting.start, dt.date(2026, 5, 14))


def test_a_story_day_said_of_a_meeting_in_its_own_words_keeps_its_confidence() -> None:
    meeting = meeting_of(
        "On Thursday, 14 May 2026, the Example Council held its meeting at the Example Hall and"
        " agreed its budget.\n",
        "Example Council agrees budget",
        sent=_MAY_16,
    )
    assert_trusted(meeting.start, dt.date(2026, 5, 14))


# A place read from a sentence that names another year than the meeting's, and no day.

_AUGUST_10 = dt.datetime(2026, 8, 10, 9, tzinfo=BANGKOK)
_OPENING = (
    "The 9th Example Trade Ministers' Meeting opened on 10 August with delegates of ten"
    " members.\n\nThe ministers will discuss the region's trade plans over three days.\n\n"
)


def test_a_city_from_a_sentence_of_another_year_is_under_review() -> None:
    meeting = meeting_of(
        _OPENING + "The 8th meeting was held in the coastal city of Busan in March, 2025, when"
        " Korea chaired the group.\n",
        "Example ministers open talks on trade",
        sent=_AUGUST_10,
    )
    assert_under_review(meeting.city, "Busan")
    assert_under_review(meeting.country)


def test_a_city_followed_by_the_meetings_own_year_keeps_its_confidence() -> None:
    meeting = meeting_of(
        _OPENING + "The meeting is held in the coastal city of Busan in August, 2026, while"
        " Korea chairs the group.\n",
        "Example ministers open talks on trade",
        sent=_AUGUST_10,
    )
    assert_trusted(meeting.city, "Busan")
