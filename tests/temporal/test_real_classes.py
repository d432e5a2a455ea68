"""Classes of real date expressions the engine once misread, each with its own cases: zones in
words and letters, 24-hour office forms, noon after a bare hour, apostrophe years, ranges said in
two clauses or timed at their end, Thai counts in words and "วัน ทำการ" with a blank."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.number_words import thai_count
from tests.temporal.cases import describe

REFERENCE = dt.datetime(2024, 1, 10, 9)


def _read(text: str) -> list[str]:
    return [describe(item) for item in find_temporal(text, reference=REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The call starts at 10:00 EDT on 14 March 2024.",
         "datetime|2024-03-14T10:00:00-04:00|-|America/New_York"),
        ("Webinar: 14 January 2024, 9:00 am PST",
         "datetime|2024-01-14T09:00:00-08:00|-|America/Los_Angeles"),
        ("Meeting on 14 March 2024 at 14:00 EAT",
         "datetime|2024-03-14T14:00:00+03:00|-|Africa/Nairobi"),
        ("14 March 2024, 10:00 CET", "datetime|2024-03-14T10:00:00+01:00|-|Europe/Zurich"),
        ("14 July 2024, 10:00 CEST", "datetime|2024-07-14T10:00:00+02:00|-|Europe/Zurich"),
        ("14 March 2024 at 15:00 SGT", "datetime|2024-03-14T15:00:00+08:00|-|Asia/Singapore"),
        ("14 March 2024 at 15:00 ICT", "datetime|2024-03-14T15:00:00+07:00|-|Asia/Bangkok"),
        # British summer time, and GMT that stays UTC all year.
        ("14 July 2024 at 15:00 BST", "datetime|2024-07-14T15:00:00+01:00|-|Europe/London"),
        ("14 July 2024 at 15:00 GMT", "datetime|2024-07-14T15:00:00+00:00|-|UTC"),
        ("14 March 2024 at 10:00 Geneva local time",
         "datetime|2024-03-14T10:00:00+01:00|-|Europe/Zurich"),
        ("14 March 2024 at 10:00 Nairobi time",
         "datetime|2024-03-14T10:00:00+03:00|-|Africa/Nairobi"),
        ("14 March 2024 at 10:00 (Nairobi time)",
         "datetime|2024-03-14T10:00:00+03:00|-|Africa/Nairobi"),
        ("14 March 2024 at 10:00 Addis Ababa local time",
         "datetime|2024-03-14T10:00:00+03:00|-|Africa/Addis_Ababa"),
        ("14-15 March 2024, 9:00 – 17:00 Nairobi time",
         "range|2024-03-14T09:00:00+03:00|2024-03-15T17:00:00+03:00|Africa/Nairobi"),
        ("14 March 2024 9:00 – 10:30 EAT",
         "range|2024-03-14T09:00:00+03:00|2024-03-14T10:30:00+03:00|Africa/Nairobi"),
        ("14 March 2024 at 00:00 am (GMT+7)", "datetime|2024-03-14T00:00:00+07:00|-|UTC+07:00"),
    ],
)  # fmt: skip
def test_a_zone_stated_in_words_or_letters_is_kept(text: str, expected: str) -> None:
    assert _read(text) == [expected]


def test_capitalised_words_before_time_that_name_no_city_leave_the_default_zone() -> None:
    assert _read("14 March 2024, 10:00 Start Time") == [
        "datetime|2024-03-14T10:00:00+07:00|-|Asia/Bangkok"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 14 March 2024 from 0930 to 1145 hrs (Geneva time)",
         "range|2024-03-14T09:30:00+01:00|2024-03-14T11:45:00+01:00|Europe/Zurich"),
        ("14 March 2024, 0930-1145hrs",
         "range|2024-03-14T09:30:00+07:00|2024-03-14T11:45:00+07:00|Asia/Bangkok"),
        ("14 March 2024, 10 – 12 noon",
         "range|2024-03-14T10:00:00+07:00|2024-03-14T12:00:00+07:00|Asia/Bangkok"),
        ("March 14, 2024, 9:30 a.m.-noon ET",
         "range|2024-03-14T09:30:00-04:00|2024-03-14T12:00:00-04:00|America/New_York"),
    ],
)  # fmt: skip
def test_office_hours_and_noon_close_the_range_before_them(text: str, expected: str) -> None:
    assert _read(text) == [expected]


def test_a_bare_number_before_noon_is_no_clock() -> None:
    assert _read("Section 3 – 12 noon") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 3 '24 – Mar 5 '24", "range|2024-03-03|2024-03-05|Asia/Bangkok"),
        ("3 Mar ’24", "date|2024-03-03|-|Asia/Bangkok"),
        ("March 3, '25", "date|2025-03-03|-|Asia/Bangkok"),
    ],
)
def test_a_year_after_an_apostrophe_is_of_this_century(text: str, expected: str) -> None:
    assert _read(text) == [expected]


def test_a_range_said_in_two_clauses_is_one_range() -> None:
    assert _read("Registration opens on Saturday, 4 May and closes on Wednesday, 12 June.") == [
        "range|2024-05-04|2024-06-12|Asia/Bangkok"
    ]


def test_two_dates_joined_by_closes_without_an_opening_stay_two() -> None:
    assert len(_read("We met on 4 May and it closes on 12 June.")) == 2


def test_the_time_and_zone_after_a_range_until_a_day_belong_to_that_day() -> None:
    text = "Open from Tuesday, 2 April until Monday, 6 May 2024 5 p.m., Paris time."
    assert _read(text) == ["range|2024-04-02|2024-05-06T17:00:00+02:00|Europe/Paris"]


def test_a_time_after_a_range_written_with_a_dash_starts_each_day() -> None:
    assert _read("14-15 March 2024, 9:00 Nairobi time") == [
        "range|2024-03-14T09:00:00+03:00|2024-03-15|Africa/Nairobi"
    ]


@pytest.mark.parametrize(
    ("word", "value"),
    [("สอง", 2), ("สิบ", 10), ("สิบเอ็ด", 11), ("สิบสอง", 12), ("ยี่สิบ", 20),
     ("ยี่สิบเอ็ด", 21), ("สามสิบ", 30), ("เก้าสิบเก้า", 99)],
)  # fmt: skip
def test_thai_counts_in_words(word: str, value: int) -> None:
    assert thai_count(word) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ส่งภายในสิบสองวันนับแต่วันที่ได้รับหนังสือ", "relative|12 day|after|วันที่ได้รับหนังสือ"),
        ("ภายในยี่สิบเอ็ดวันนับแต่วันที่ได้รับหนังสือ", "relative|21 day|after|วันที่ได้รับหนังสือ"),
        ("ภายใน 5 วัน ทำการ นับแต่วันที่ได้รับหนังสือ",
         "relative|5 day working|after|วันที่ได้รับหนังสือ"),
    ],
)  # fmt: skip
def test_thai_periods_in_words_and_with_a_blank(text: str, expected: str) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A PDF copy spaces the ordinal from its day: the day, not the month as a whole.
        ("Summary report 19 th November 2023 Colombo", "date|2023-11-19|-|Asia/Bangkok"),
        ("held in Colombo on the 2 nd of March 2024.", "date|2024-03-02|-|Asia/Bangkok"),
        ("from 21 st to 23 rd May 2024", "range|2024-05-21|2024-05-23|Asia/Bangkok"),
        # ... or a copy that lost the blank between the ordinal and the month.
        (
            "at New Delhi between 10-13thSeptember, 2024.",
            "range|2024-09-10|2024-09-13|Asia/Bangkok",
        ),
        ("on 21stMay 2024", "date|2024-05-21|-|Asia/Bangkok"),
    ],
)
def test_an_ordinal_spaced_from_its_day_is_the_day(text: str, expected: str) -> None:
    assert _read(text) == [expected]


def test_a_spaced_ordinal_needs_a_word_end() -> None:
    # "3 three" or "5 the" is no ordinal: the day stays without a month.
    assert _read("On 5 thematic areas, May 2024 review") == [
        "range|2024-05-01|2024-05-31|Asia/Bangkok"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Thai PDF font without Unicode for sara aa: lost, or copied as U+0003.
        ("ประชุมทงวิชกร 28 กุมภพันธ์ 2567", "date|2024-02-28|-|Asia/Bangkok"),
        ("ประชุม 28 กุมภ\x03พันธ์ 2567", "date|2024-02-28|-|Asia/Bangkok"),
        ("17 พฤศจิกยน 2566 - 31 มกรคม 2567", "range|2023-11-17|2024-01-31|Asia/Bangkok"),
    ],
)
def test_a_thai_month_that_lost_its_sara_aa_in_a_pdf_is_the_month(text: str, expected: str) -> None:
    assert _read(text) == [expected]


BKK = "Asia/Bangkok"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 25 and 26, 2024, the delegation met.", [f"range|2024-03-25|2024-03-26|{BKK}"]),
        ("March 31 and April 1, 2024", [f"range|2024-03-31|2024-04-01|{BKK}"]),
        ("Sep 20 & 21, 2024", [f"range|2024-09-20|2024-09-21|{BKK}"]),
        # days that do not follow each other stay two days
        ("on June 3 and 10, 2024", [f"date|2024-06-03|-|{BKK}", f"date|2024-06-10|-|{BKK}"]),
    ],
)  # fmt: skip
def test_days_joined_by_and_after_their_month(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


def test_an_afternoon_hour_written_with_a_needless_pm_is_read_as_written() -> None:
    assert _read("09 November 2024, 13:30 PM - 16:30 PM | By invitation only") == [
        f"range|2024-11-09T13:30:00+07:00|2024-11-09T16:30:00+07:00|{BKK}"
    ]
    assert _read("9 November 2024, 13:30 AM") == [f"date|2024-11-09|-|{BKK}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geneva, 5 16 June 2024", [f"range|2024-06-05|2024-06-16|{BKK}"]),
        ("Conference (1 13 June 2024)", [f"range|2024-06-01|2024-06-13|{BKK}"]),
        # a count before a date is no lost dash, nor is a larger day
        ("Room 5 16 June 2024", [f"date|2024-06-16|-|{BKK}"]),
        ("Geneva, 20 16 June 2024", [f"date|2024-06-16|-|{BKK}"]),
        # the day before a date in numbers, listed ahead of it
        ("Directors Meeting in Bangkok (25, 26/7/2024)", [f"range|2024-07-25|2024-07-26|{BKK}"]),
        ("items 3, 26/7/2024", [f"date|2024-07-26|-|{BKK}"]),
    ],
)  # fmt: skip
def test_a_range_whose_dash_a_copy_lost(text: str, expected: list[str]) -> None:
    assert _read(text) == expected
