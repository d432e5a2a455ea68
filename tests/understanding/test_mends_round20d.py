"""Review mends of round twenty's date rules (tests/realmail/FAILURES.md, "Round twenty, review
mends (mend-r20d)"): invented texts where a dates-r20 rule gave a wrong day, each with a near
text the rule must still read as it did."""

from __future__ import annotations

import datetime as dt

from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import BANGKOK, meeting_of, value_of

# A deadline's word earlier in the sentence, the meeting the subject of the postponement


def test_a_meeting_postponed_after_a_word_of_abstracts_keeps_its_new_day() -> None:
    meeting = meeting_of(
        "Owing to the large number of abstracts received, the Example Workshop has been "
        "postponed to 14 May 2026 and will be held in Room 3, Example Building.",
        "Example Workshop postponed",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 14)


def test_guard_a_deadline_postponed_is_still_not_the_meetings_new_day() -> None:
    meeting = meeting_of(
        "Example Workshop 2026\n\n"
        "- Closing date for submission of abstracts: postponed to 14 May 2026\n"
        "- Workshop: 10-11 June 2026, Room 3, Example Building",
        "Example Workshop: important dates",
    )
    assert value_of(meeting.start) != dt.date(2026, 5, 14)


# A yearless day under a dated line: moved into that line's year only as a list's next row


def test_a_yearless_day_under_a_letters_date_stays_in_the_year_before() -> None:
    meeting = meeting_of(
        "5 January 2026\n\nReport of the meeting held on 28 December\n\n"
        "The Example Committee met in Room 2 and agreed the plan.",
        "Report: Example Committee",
        sent=dt.datetime(2026, 1, 5, 9, 0, tzinfo=BANGKOK),
    )
    assert value_of(meeting.start) == dt.date(2025, 12, 28)


def test_guard_a_yearless_row_right_after_a_dated_row_takes_its_year() -> None:
    meeting = meeting_of(
        "Example Congress: what is when\n"
        "- 8 September 2026: side events for students\n"
        "- 10-12 September: the Example Congress, Example Centre",
        "Example Congress",
        sent=dt.datetime(2026, 1, 15, 9, 0, tzinfo=BANGKOK),
    )
    assert value_of(meeting.start) == dt.date(2026, 9, 10)


# "Monday 28th – Tuesday 29th, September 2026": the comma day is a range's last


def test_a_comma_day_ending_a_range_is_not_read_alone() -> None:
    meeting = meeting_of(
        "The Example Board meets on Monday 28th – Tuesday 29th, September 2026 in Room 4, "
        "Example House.",
        "Example Board",
    )
    assert value_of(meeting.start) != dt.date(2026, 9, 29)


def test_guard_a_comma_day_after_other_words_is_still_read() -> None:
    meeting = meeting_of(
        "The Example Board meets on Tuesday 29th, September 2026 in Room 4, Example House.",
        "Example Board",
    )
    assert value_of(meeting.start) == dt.date(2026, 9, 29)


def test_a_council_meeting_moved_after_a_word_of_proposals_keeps_its_new_day() -> None:
    meeting = meeting_of(
        "Due to the volume of proposals, the Example Council meeting scheduled for 5 May 2026 "
        "is moved to 19 May 2026 at 10:00.",
        "Example Council",
    )
    assert day_of(value_of(meeting.start)) == dt.date(2026, 5, 19)


def test_guard_a_deadline_for_a_named_conference_postponed_is_no_new_meeting_day() -> None:
    meeting = meeting_of(
        "Submission deadline for the Example Conference is postponed to 1 May 2026. The "
        "Example Conference is held on 10-12 June 2026 in Example City.",
        "Example Conference",
    )
    assert value_of(meeting.start) != dt.date(2026, 5, 1)


# A bulleted day and hour before the message: a past meeting's row, weighed as before


def test_a_bulleted_list_of_past_meetings_does_not_outweigh_the_next_one() -> None:
    meeting = meeting_of(
        "Past meetings of the Example Group:\n"
        "- January 6, 2025 at 9:00 AM: first meeting\n"
        "- February 3, 2025 at 9:00 AM: second meeting\n\n"
        "Our third meeting is on March 3, 2025 at 9:00 AM in Room 5.",
        "Example Group: third meeting",
        sent=dt.datetime(2025, 2, 10, 9, 0, tzinfo=BANGKOK),
    )
    assert day_of(value_of(meeting.start)) == dt.date(2025, 3, 3)


def test_guard_a_bulleted_day_and_hour_to_come_is_a_schedule_row() -> None:
    meeting = meeting_of(
        "Example Residents Board\nNext sittings:\n"
        "- March 10, 2025 at 7:00 PM Place: Example Hall\n"
        "- May 12, 2025 at 7:00 PM Place: Example Hall",
        "Example Residents Board sittings",
        sent=dt.datetime(2025, 2, 10, 9, 0, tzinfo=BANGKOK),
    )
    assert day_of(value_of(meeting.start)) == dt.date(2025, 3, 10)


# A programme's dotted row before seven is no morning's hour


def test_a_programme_row_at_two_without_pm_gives_no_hour() -> None:
    meeting = meeting_of(
        "Programme\n\nThursday, 7 May 2026\n\n2.00 – Welcome\n2.15 – Keynote\n3.30 – Close",
        "Example Seminar",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 7)


def test_guard_a_programme_row_at_half_past_nine_gives_its_hour() -> None:
    meeting = meeting_of(
        "Programme\n\nThursday, 7 May 2026\n\n09.30 – Welcome\n10.00 – Keynote",
        "Example Seminar",
    )
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert start.replace(tzinfo=None) == dt.datetime(2026, 5, 7, 9, 30)


# A Thai sentence naming an English deadline's word, then the meeting it postpones


def test_a_thai_meeting_postponed_after_an_abstracts_word_keeps_its_new_day() -> None:
    meeting = meeting_of(
        "เรียน ผู้เข้าร่วมประชุม\n\nกำหนดส่ง Abstract ได้ถึงวันที่ 1 เมษายน 2569 "
        "และขอเลื่อนการประชุมวิชาการตัวอย่างเป็นวันที่ 5 พฤษภาคม 2569 ณ ห้องประชุมตัวอย่าง",
        "เลื่อนการประชุมวิชาการตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 5)


def test_guard_a_thai_abstracts_deadline_postponed_is_no_meetings_new_day() -> None:
    meeting = meeting_of(
        "กำหนดส่ง Abstract เลื่อนเป็นวันที่ 20 เมษายน 2569 "
        "ส่วนการประชุมวิชาการตัวอย่างจัดวันที่ 5 พฤษภาคม 2569 ณ ห้องประชุมตัวอย่าง",
        "การประชุมวิชาการตัวอย่าง",
    )
    assert value_of(meeting.start) != dt.date(2026, 4, 20)
