"""Round twenty's classes of when the meeting is (tests/realmail/FAILURES.md, "Round twenty
fixes (dates-r20)"), each in an invented text of the class's shape, with a near text the rule
must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.understanding.helpers import confidence_of, meeting_of, value_of

# A Thai range whose month is misspelt ("14-15 กรฎาคม"): both days, not the last alone


def test_a_range_before_a_misspelt_thai_month_keeps_its_first_day() -> None:
    meeting = meeting_of(
        "วันที่ 14-15 กรฎาคม 2569 สำนักงานตัวอย่างจัดการประชุมเชิงปฏิบัติการตัวอย่าง ณ โรงแรมตัวอย่าง จังหวัดตัวอย่าง",
        "ข่าวสำนักงานตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.date(2026, 7, 14)
    assert value_of(meeting.end) == dt.date(2026, 7, 15)
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_later_number_before_a_misspelt_month_is_no_range() -> None:
    meeting = meeting_of(
        "ขอเชิญเข้าร่วมการประชุมคณะทำงานตัวอย่าง ครั้งที่ 18-15 กรฎาคม 2569 ณ ห้องประชุมตัวอย่าง",
        "เชิญประชุมคณะทำงานตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.date(2026, 7, 15)
    assert meeting.end is None


# A weekday's day with a slip of a comma before its month ("Monday 28th, September 2026")


def test_a_comma_between_a_weekdays_day_and_its_month_is_still_the_date() -> None:
    meeting = meeting_of(
        "Members are advised that the Annual Meeting of Example Holdings will now take place "
        "on Monday 28th, September 2026 at 10:15 a.m. by webcast only.\n\nCompany Secretary",
        "Annual Meeting of Example Holdings",
    )
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert start.replace(tzinfo=None) == dt.datetime(2026, 9, 28, 10, 15)
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_comma_day_whose_weekday_does_not_fall_on_it_is_not_read() -> None:
    meeting = meeting_of(
        "Members are advised that the Annual Meeting of Example Holdings will now take place "
        "on Friday 28th, September 2026 at 10:15 a.m. by webcast only.\n\nCompany Secretary",
        "Annual Meeting of Example Holdings",
    )
    assert meeting.start is None or value_of(meeting.start) != dt.date(2026, 9, 28)


# A date that ends a sentence wrapped onto its line labels no row with the next sentence


def test_a_date_closing_a_wrapped_sentence_is_not_a_row_of_the_next() -> None:
    meeting = meeting_of(
        "Registration\n\nEach accepted paper needs one registered author. The fee covers the\n"
        "lunches, the coffee breaks and local transport during the workshop\n"
        "14-16 October 2026. Registration is done in the example system.\n\n"
        "Early rate\nuntil Aug 3rd, 2026\nNormal rate\nAug 4th until Sep 10th, 2026\n",
        "Example Workshop 2026 registration",
    )
    assert value_of(meeting.start) == dt.date(2026, 10, 14)
    assert value_of(meeting.end) == dt.date(2026, 10, 16)


def test_guard_a_date_above_its_rows_label_is_still_that_row() -> None:
    meeting = meeting_of(
        "Example Workshop 2026\n\n"
        "3 August 2026\nPaper submission\n\n"
        "14-16 October 2026\nWorkshop days\n",
        "Example Workshop 2026",
    )
    assert value_of(meeting.start) == dt.date(2026, 10, 14)


# A deadline's new day ("Final date for abstracts: changed to 15 May") is not the meeting's


def test_a_deadline_moved_gives_no_new_date_of_the_meeting() -> None:
    meeting = meeting_of(
        "Example Forum 2026: key dates\n\n"
        "- Final date for submission of abstracts: changed to May 15, 2026.\n"
        "- Early registration closes on June 1, 2026.\n\n"
        "The forum itself runs from July 20 to July 22, 2026 in the example hall.",
        "Example Forum 2026 key dates",
    )
    assert value_of(meeting.start) == dt.date(2026, 7, 20)
    assert value_of(meeting.end) == dt.date(2026, 7, 22)


def test_guard_the_meeting_moved_keeps_its_new_date() -> None:
    meeting = meeting_of(
        "Abstracts were due last month. The Example Forum has been postponed to May 15, 2026, "
        "in the same venue.",
        "Example Forum postponed",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 15)


# A list of dates runs forward: a row without its year, under a row of the next year, is in
# that year ("- 15 January 2027: ..." / "- 3-5 March: Conference"), not the nearest year


def test_a_yearless_row_under_a_dated_row_takes_that_rows_year() -> None:
    meeting = meeting_of(
        "Key dates\n- 30 November 2026: Abstracts due\n- 15 January 2027: Notification\n"
        "- 3-5 March: Example Conference\n",
        "Example Conference key dates",
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 3)
    assert value_of(meeting.end) == dt.date(2027, 3, 5)
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_yearless_row_before_the_rows_day_in_that_year_keeps_its_year() -> None:
    meeting = meeting_of(
        "Key dates\n- 30 November 2026: Abstracts due\n- 15 May 2027: Final programme\n"
        "- 3-5 March: Example Conference\n",
        "Example Conference key dates",
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 3)


# A list's item opening with a day and its hour ("- 12 May 2026 at 6:00 PM Location: ...") is
# one of a schedule's days, not a mail's stamp


def test_a_bulleted_day_and_hour_is_a_schedules_day_not_a_stamp() -> None:
    meeting = meeting_of(
        "Board meetings\nThe board meets on the second Tuesday every other month.\n"
        "Upcoming:\n- May 12, 2026 at 6:00 PM Location: online\n"
        "- July 14, 2026 at 6:00 PM Location: online\n",
        "Example Residents Board",
    )
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert start.replace(tzinfo=None) == dt.datetime(2026, 5, 12, 18, 0)


def test_guard_a_days_hour_above_a_quoted_mail_stays_its_stamp() -> None:
    meeting = meeting_of(
        "See you all then.\n\nMay 12, 2026 at 6:00 PM Person A <a@example.org> wrote:\n"
        "> Is there any news?\n",
        "Re: question",
    )
    assert meeting.start is None


# A programme under its heading and a blank line, each row opening with an hour written with a
# dot ("18.30 – Opening"): the first row's hour is the day's start


def test_a_dotted_hour_opening_a_programmes_row_starts_the_day() -> None:
    meeting = meeting_of(
        "Example Council press office\n\nOutline press programme\n\nThursday 14th May\n\n"
        "18.30 – Arrival of the delegations\n\n19.00 – Working dinner\n",
        "Press advisory: Example ministers' dinner, 14 May 2026",
    )
    start = value_of(meeting.start)
    assert isinstance(start, dt.datetime)
    assert start.replace(tzinfo=None) == dt.datetime(2026, 5, 14, 18, 30)
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_dotted_figure_in_a_sentence_is_no_hour() -> None:
    meeting = meeting_of(
        "Example Council press office\n\nOutline press programme\n\nThursday 14th May\n\n"
        "The fee rose by 18.30 per cent this year, the council said.\n",
        "Press advisory: Example ministers' dinner, 14 May 2026",
    )
    assert not isinstance(value_of(meeting.start), dt.datetime)
