"""Round sixteen's classes of value given confidence >= 0.8 and wrong on test16's blind start
(tests/realmail/FAILURES.md, "Round sixteen fixes (calib21)"), each in an invented text of the
class's shape, with a near text the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.date_doubts import (
    LISTED_REASON,
    NEW_DATE_ELSEWHERE_REASON,
    PREPARED_REASON,
    ZONE_OF_ANOTHER_EVENT,
)
from bot.understanding.temporal.find import find_temporal
from tests.understanding.helpers import (
    BANGKOK,
    REVIEW_AT,
    assert_trusted,
    assert_under_review,
    confidence_of,
    meeting_of,
    read_of,
)

_OCTOBER = dt.datetime(2026, 10, 8, 9, tzinfo=BANGKOK)
_NOVEMBER = dt.datetime(2026, 11, 28, 9, tzinfo=BANGKOK)
_JANUARY = dt.datetime(2027, 1, 10, 9, tzinfo=BANGKOK)
_MARCH = dt.datetime(2027, 3, 10, 9, tzinfo=BANGKOK)


# A story of a meeting that prepares another: the days of either stand beside the other's.


def test_the_prepared_summit_named_after_the_reported_meeting_is_under_review() -> None:
    meeting = meeting_of(
        "Senior officials of the Example Community met in Example City on 7 October to discuss"
        " preparations for the 12th Example Summit.\n\nTaking place on 9-11 October, the 12th"
        " Example Summit will discuss the region's plans for the next decade.\n",
        "Example officials meet on preparations for the Example Summit",
        sent=_OCTOBER,
    )
    assert_under_review(meeting.start)
    assert_under_review(meeting.end)
    assert meeting.start is not None
    assert PREPARED_REASON in meeting.start.reasons


def test_the_summit_held_after_the_preparation_in_its_sentence_is_under_review() -> None:
    meeting = meeting_of(
        "Person A presided over the Example Senior Officials' Meeting with the participation of"
        " delegates from ten members and the Example Secretariat on 6 October at the Example"
        " Hall, Example City.\n\nThe officials went over many matters on the"
        " preparation for the 12th Example Summit which will be held on 10-12 October in Example"
        " City.\n",
        "Officials tackle community plans and summit prep",
        sent=_OCTOBER,
    )
    assert confidence_of(meeting.start) < REVIEW_AT
    assert confidence_of(meeting.end) < REVIEW_AT


def test_a_summit_whose_delegations_are_asked_to_prepare_keeps_its_days() -> None:
    meeting = meeting_of(
        "The 12th Example Summit will be held on 9-11 November 2026 at the Example Hall, Example"
        " City.\n\nDelegations are asked to prepare for the summit by reading the attached"
        " papers.\n",
        "Example Summit 2026",
        sent=_OCTOBER,
    )
    assert_trusted(meeting.start, dt.date(2026, 11, 9))


# A postponement's old day chosen while the text writes a new one.


def test_the_old_day_of_a_postponement_is_under_review() -> None:
    meeting = meeting_of(
        "Postponement of Council Meeting 30th of November, 2026 - to be held 7th December, 2026"
        "\n\nDue to a public holiday the Council meeting scheduled for 30 November 2026 has been"
        " postponed until 14 December 2026.\n\nHowever, the Mayor has asked that the meeting be"
        " rescheduled to the following week, as below:\n\nMonday 7 December 2026 - Council meeting"
        " at Example Town.\n",
        "Postponement of Council Meeting 30th of November, 2026",
        sent=_NOVEMBER,
    )
    start, confidence = read_of(meeting.start)
    if start == dt.date(2026, 11, 30):
        assert confidence < REVIEW_AT
        assert meeting.start is not None
        assert NEW_DATE_ELSEWHERE_REASON in meeting.start.reasons


def test_the_new_day_of_a_postponement_keeps_its_confidence() -> None:
    meeting = meeting_of(
        "The Council meeting scheduled for 30 November 2026 has been postponed until 14 December"
        " 2026 in the Example Town hall.\n",
        "Council Meeting",
        sent=_NOVEMBER,
    )
    assert_trusted(meeting.start, dt.date(2026, 12, 14))


def test_a_thai_sitting_got_ready_for_on_its_own_day_is_no_prepared_meeting() -> None:
    meeting = meeting_of(
        "ประธานสภาสั่งงดการประชุมวันที่ 27 ก.ค. เพราะเป็นการเตรียมการประชุมในวันที่ 28 ก.ค. 2569"
        " ซึ่งจะเป็นการประชุมร่วมของรัฐสภา\n",
        "ประชุมร่วมรัฐสภา 28 ก.ค.",
        sent=dt.datetime(2026, 7, 25, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert PREPARED_REASON not in meeting.start.reasons


def test_the_day_a_cancellation_calls_off_keeps_its_confidence() -> None:
    meeting = meeting_of(
        "August 19 Council meeting cancelled\n\nThe Council has cancelled the Aug. 19 regular"
        " meeting as there are no items on the agenda. The next regular meeting will now be"
        " held on Sept. 3.\n\nAugust 19 Council meeting: cancelled\n",
        "August 19 Council meeting cancelled",
        sent=dt.datetime(2026, 8, 12, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert NEW_DATE_ELSEWHERE_REASON not in meeting.start.reasons


# Days listed after a range: the meeting ends on the last.


def test_a_range_a_list_continues_ends_on_the_last_day_listed() -> None:
    meeting = meeting_of(
        "April 6-9 and 12-15, 2027 Example Council Meeting\n\nThis meeting will be conducted via"
        " webinar only.\n",
        "April 6-9 and 12-15, 2027 Example Council Meeting",
        sent=_MARCH,
    )
    assert_under_review(meeting.end, dt.date(2027, 4, 15))
    assert meeting.end is not None
    assert LISTED_REASON in meeting.end.reasons


def test_a_count_after_a_range_is_no_day_listed() -> None:
    meeting = meeting_of(
        "Example Council Meeting, April 6-9, 12 delegates per member\n\nThis meeting will be"
        " conducted via webinar only.\n",
        "Example Council Meeting",
        sent=_MARCH,
    )
    assert read_of(meeting.end)[0] == dt.date(2027, 4, 9)


# A document's symbol between slashes is no date.


def test_a_month_in_a_document_symbol_is_no_date() -> None:
    text = "The documents requiring feedback are EXF/NOV20/1/3 and EXF/NOV20/1/4."
    assert find_temporal(text, reference=_OCTOBER) == []


def test_a_date_beside_a_document_symbol_is_read() -> None:
    text = "The meeting on 20 Nov 2026 will discuss document EXF/2026/1/3."
    (found,) = find_temporal(text, reference=_OCTOBER)
    assert found.start == dt.date(2026, 11, 20)


def test_a_key_dates_page_whose_papers_carry_a_month_gives_no_start_from_them() -> None:
    meeting = meeting_of(
        "Key dates ahead of the December 2026 meeting of the Example Fund\n\nThe upcoming"
        " December 2026 meeting will be held remotely. The documents requiring feedback are"
        " EXF/NOV20/1/3 and EXF/NOV20/1/4, which will be discussed at the meeting.\n",
        "Key dates ahead of the December 2026 meeting of the Example Fund",
        sent=_OCTOBER,
    )
    assert read_of(meeting.start)[0] != dt.date(2026, 11, 20)


# A zone written only on a registration window's end is that deadline's.


def test_a_zone_written_on_a_registration_deadline_is_under_review() -> None:
    meeting = meeting_of(
        # (the hour in brackets: written bare after the last day, the window is no meeting's
        # days at all, dates21's closing window, and no zone is given)
        "Example Committee, second session\n\nOnline registration will be open from 6 February"
        " to 3 March 2027 (6 p.m., New York time). The session itself will be held at the"
        " Example Centre in Vienna.\n",
        "Example Committee registration",
        sent=_JANUARY,
    )
    assert_under_review(meeting.timezone)
    assert meeting.timezone is not None
    assert meeting.timezone.reasons == (ZONE_OF_ANOTHER_EVENT,)


def test_a_zone_written_on_the_meetings_own_hours_keeps_its_confidence() -> None:
    meeting = meeting_of(
        "The second session of the Example Committee will be held from 6 to 8 March 2027, 10"
        " a.m. to 1 p.m., New York time, at the Example Hall.\n",
        "Example Committee",
        sent=_JANUARY,
    )
    assert_trusted(meeting.timezone, "America/New_York")
