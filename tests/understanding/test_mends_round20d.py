"""Review mends of round twenty's date rules (tests/realmail/FAILURES.md, "Round twenty, review
mends (mend-r20d)"): invented texts where a dates-r20 rule gave a wrong day, each with a near
text the rule must still read as it did."""

from __future__ import annotations

import datetime as dt

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
