"""Review mends of round twenty-three's rules of when the meeting is (dates-r23; FAILURES.md,
"Round twenty-three, review mends (mend-r23c)"): each misfire on invented text, with a guard
that the rule's own case still holds."""

from __future__ import annotations

import datetime as dt

from tests.understanding.helpers import BANGKOK, confidence_of, meeting_of, value_of

_MARCH_2 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=BANGKOK)
_MARCH_6 = dt.datetime(2026, 3, 6, 9, 0, tzinfo=BANGKOK)
_APRIL_2 = dt.datetime(2026, 4, 2, 9, 0, tzinfo=BANGKOK)

# (an important-dates page: its rows one to a paragraph, the row between its first and last
# day's given by each test)
_KEY_DATES = "\n\n".join(
    [
        "Key dates for the Example Lattice Colloquium are listed below.",
        "6 April: Closing date for short abstracts.",
        "20 April: Speaker list published online.",
        "11 May: Opening reception and official start of the colloquium.",
        "{middle}",
        "14 May: Last official colloquium day.\n",
    ]
)


def test_a_row_of_another_thing_s_first_day_is_not_the_conference_s_start() -> None:
    meeting = meeting_of(
        _KEY_DATES.format(middle="12 May: Poster hall opens; first day of the book fair."),
        "Example Lattice Colloquium 2026",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 11)
    assert value_of(meeting.end) == dt.date(2026, 5, 14)


def test_guard_the_row_of_the_conference_s_start_still_starts_it() -> None:
    meeting = meeting_of(
        _KEY_DATES.format(middle="12 May: Poster hall opens to all speakers."),
        "Example Lattice Colloquium 2026",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 11)
    assert value_of(meeting.end) == dt.date(2026, 5, 14)
    assert confidence_of(meeting.start) < 0.8


def test_a_phone_call_s_hour_is_still_a_stamp_not_a_day_held() -> None:
    meeting = meeting_of(
        "Hi Person A,\nI called on April 1, 2026 at 4:15 PM about the agenda. The committee "
        "meets next on 20 April 2026 at 10:00.\n",
        "Example Committee",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 20, 10, 0, tzinfo=BANGKOK)


def test_a_future_day_with_its_hour_in_brackets_under_a_label_is_the_meeting_s() -> None:
    meeting = meeting_of(
        "Meeting of the Example Board\n\nWhen:\nThursday, 14 May 2026 (10:00)\n"
        "Where: Room 3, Example Hall\n",
        "Meeting of the Example Board",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 5, 14, 10, 0, tzinfo=BANGKOK)


def test_a_future_thai_day_with_its_hour_in_brackets_is_the_meeting_s() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมคณะกรรมการบริหาร\nวันและเวลา\n14 พฤษภาคม 2569 ( 13:30 )\nณ ห้องประชุม 2\n",
        "ขอเชิญประชุมคณะกรรมการบริหาร",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 5, 14, 13, 30, tzinfo=BANGKOK)


def test_guard_a_past_day_with_its_clock_in_brackets_stays_a_page_s_stamp() -> None:
    # (the stamp the only date: read as the meeting's, its start would be 1 April at 14:25)
    meeting = meeting_of(
        "ข่าวประชาสัมพันธ์\nคณะกรรมการตัวอย่างหารือแผนงานประจำปี\n1 เมษายน 2569 ( 14:25 )\n"
        "คณะกรรมการตัวอย่างได้หารือแผนงานประจำปีร่วมกับหน่วยงานในพื้นที่\n",
        "คณะกรรมการตัวอย่างหารือแผนงานประจำปี",
        sent=_APRIL_2,
    )
    assert meeting.start is None


def test_a_thai_occasion_s_heading_above_a_meeting_s_line_leaves_the_meeting_s_day() -> None:
    meeting = meeting_of(
        "โครงการเนื่องในวันแม่แห่งชาติ\n"
        "ประชุมคณะกรรมการวันที่ 15 เมษายน 2569 เวลา 13.15 น. ที่อาคารตัวอย่าง ชั้นสี่\n",
        "ขอเชิญประชุมคณะกรรมการ",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 4, 15, 13, 15, tzinfo=BANGKOK)


def test_guard_a_thai_occasion_s_name_wrapped_across_lines_is_still_the_occasion() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมสมัชชาตัวอย่าง ระหว่างวันที่ 16-17 เมษายน 2569\n"
        "ณ หอประชุมตัวอย่าง ซึ่งจัดขึ้นเนื่องในวัน\nครอบครัวตัวอย่างวันที่ 20 เมษายน 2569\n",
        "ขอเชิญประชุมสมัชชาตัวอย่าง",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 4, 16)


def test_the_subject_s_own_meeting_followed_after_a_reception_keeps_its_day() -> None:
    meeting = meeting_of(
        "A welcome reception for delegates will be held on 11 May 2026, followed by the "
        "Meeting of the Example Council on 12 May 2026 at the Example Hall.\n\n"
        "Please register at https://example.org/register.\n",
        "Meeting of the Example Council",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 12)


def test_guard_another_body_s_session_before_the_meeting_is_not_its_day() -> None:
    meeting = meeting_of(
        # (the other body's day written first: read as the meeting's, it would win)
        "The Example Ministerial Meeting, to be preceded by the 2nd Session of the Example "
        "Standing Group (ESG) on 1 June 2026, will be held online on 3 June 2026.\n",
        "Example Ministerial Meeting",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 3)


def test_a_bulletin_heading_naming_a_workshop_keeps_the_workshop_s_days() -> None:
    meeting = meeting_of(
        "Example Water Bulletin: Regional Workshop on River Basins (12 – 13 May 2026)\n\n"
        "The workshop will gather officials of the region in Example City. Please reply to "
        "info@example.org.\n",
        "Invitation: Regional Workshop on River Basins",
        sent=_APRIL_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 12)
    assert confidence_of(meeting.start) >= 0.8


def test_a_counted_number_after_a_thai_short_month_is_no_year() -> None:
    meeting = meeting_of("ขอเชิญประชุมวันที่ 5 ตุลา 68 คน ณ ห้องประชุม\n", "ประชุม", sent=_APRIL_2)
    assert value_of(meeting.start) != dt.date(2025, 10, 5)


def test_guard_a_thai_short_month_s_two_digit_year_is_still_read() -> None:
    meeting = meeting_of("ขอเชิญประชุมวันที่ 23 เมษา 69 เวลา 09.00 น.\n", "ประชุม", sent=_APRIL_2)
    assert value_of(meeting.start) == dt.datetime(2026, 4, 23, 9, 0, tzinfo=BANGKOK)


_WIRE = (
    "(@ExampleWire)\n\n"
    "EXAMPLE CITY (Example News / Example Agency - 06th March, 2026) {sentence}, the body's "
    "spokesperson Person A said.\n"
)


def test_the_new_day_said_after_the_old_schedule_is_the_meeting_s() -> None:
    meeting = meeting_of(
        _WIRE.format(
            sentence="The regional ministers' meeting originally planned for this week will "
            "now take place on Monday after a delay"
        ),
        "Ministers' meeting moved",
        sent=_MARCH_6,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 9)


def test_guard_the_original_weekday_of_a_meeting_put_off_is_still_no_start() -> None:
    meeting = meeting_of(
        _WIRE.format(
            sentence="The chair has asked that the regional ministers' meeting, originally "
            "set to take place online on Friday, be postponed"
        ),
        "Chair asks to postpone ministers' meeting",
        sent=_MARCH_6,
    )
    assert meeting.start is None
