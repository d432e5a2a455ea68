"""What an officer types into a correction: the Buddhist era, Thai digits, words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.meetings.typed_values import (
    TypedValueError,
    typed_count,
    typed_deadlines,
    typed_mode,
    typed_url,
    typed_when,
    typed_zone,
)

# The day the form is filled in: the years typed below are around it.
TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2570-03-03", "2027-03-03"),
        ("๒๕๗๐-๐๓-๐๓ ๐๙.๓๐ น.", "2027-03-03T09:30:00+07:00"),
        ("2027-03-03 9:30", "2027-03-03T09:30:00+07:00"),
        ("2027-03-03T09:30+08:00", "2027-03-03T09:30:00+08:00"),
    ],
)
def test_a_day_and_a_time_as_thai_officers_write_them(typed, read):
    assert typed_when(typed, "Asia/Bangkok", today=TODAY) == read


def test_a_date_that_does_not_read_says_the_form_expected():
    with pytest.raises(TypedValueError, match="YYYY-MM-DD"):
        typed_when("3 มีนาคม 2570", "Asia/Bangkok", today=TODAY)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("in person", "in_person"),
        ("ประชุมออนไลน์", "virtual"),
        ("Hybrid", "hybrid"),
        ("ออนไลน์", "virtual"),
        ("ไฮบริด", "hybrid"),
        ("ณ  สถานที่", "in_person"),
        ("In-person", "in_person"),
    ],
)
def test_the_mode_by_its_name(typed, code):
    assert typed_mode(typed) == code


def test_deadlines_a_kind_and_a_date_each():
    assert typed_deadlines(
        "ลงทะเบียน 2570-02-13 17:00; travel: 2027-02-20", "Asia/Bangkok", today=TODAY
    ) == [
        {"kind": "registration", "due": "2027-02-13T17:00:00+07:00", "relative": None},
        {"kind": "travel", "due": "2027-02-20", "relative": None},
    ]
    with pytest.raises(TypedValueError, match="เสนอรายชื่อผู้แทน \\(nomination\\)"):
        typed_deadlines("soon 2027-02-20", "Asia/Bangkok", today=TODAY)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # 2567 and 2571 are 2024 and 2028, leap years, though neither divides by four.
        ("2567-02-29", "2024-02-29"),
        ("๒๕๗๑-๐๒-๒๙", "2028-02-29"),
    ],
)
def test_the_leap_day_of_a_buddhist_era_year(typed, read):
    assert typed_when(typed, "Asia/Bangkok", today=TODAY) == read


@pytest.mark.parametrize("typed", ["2572-02-29", "2570-13-01", "25/02/2027", "๓/๓/๒๕๗๐"])
def test_a_day_that_does_not_exist_or_read_is_refused_with_the_form(typed):
    # 2572 is 2029, no leap year, though 2572 divides by four.
    with pytest.raises(TypedValueError, match="YYYY-MM-DD"):
        typed_when(typed, "Asia/Bangkok", today=TODAY)
    with pytest.raises(TypedValueError, match="YYYY-MM-DD"):
        typed_deadlines(f"ลงทะเบียน {typed}", "Asia/Bangkok", today=TODAY)


def test_a_deadline_at_a_time_written_with_its_thai_mark():
    assert typed_deadlines("ส่งเอกสาร 2570-02-26 16.30 น.", "Asia/Bangkok", today=TODAY) == [
        {"kind": "documents", "due": "2027-02-26T16:30:00+07:00", "relative": None}
    ]


@pytest.mark.parametrize("typed", ["2399-03-03", "1857-03-03", "2300-03-03 09:00"])
def test_a_year_neither_era_makes_plausible_is_refused(typed):
    # 2399 is no Buddhist-era year (CE 1856) and no meeting's CE year either.
    with pytest.raises(TypedValueError, match=r"พ\.ศ\. or CE"):
        typed_when(typed, "Asia/Bangkok", today=TODAY)


def test_a_quota_in_either_digits_and_nothing_else():
    assert typed_count("๒") == typed_count(" 2 ") == 2
    for typed in ("สอง", "-1", "0", "2.5"):
        with pytest.raises(TypedValueError, match="a number of people"):
            typed_count(typed)


@pytest.mark.parametrize("zone", ["Bangkok", "UTC+7", "../etc", ""])
def test_a_time_in_a_zone_that_is_none_is_refused_by_name(zone):
    # Not the unknown-key LookupError the workspace answers as "no such meeting".
    with pytest.raises(TypedValueError, match="Asia/Bangkok"):
        typed_when("2027-03-05 09:30", zone, today=TODAY)
    assert typed_when("2027-03-05", zone, today=TODAY) == "2027-03-05", "a day needs no zone"


def test_the_organisers_zone_is_an_iana_name():
    assert typed_zone(" Europe/Zurich ") == "Europe/Zurich"
    with pytest.raises(TypedValueError, match="IANA"):
        typed_zone("Geneva")


@pytest.mark.parametrize("typed", ["2570-03-03 09.30-12.00 น.", "2027-03-03 09:30-10:00"])
def test_a_span_of_hours_is_not_read_as_a_time_behind_utc(typed):
    # ISO reads "09:30-12:00" as 09:30 at UTC-12, nineteen hours from what was meant.
    with pytest.raises(TypedValueError, match="End"):
        typed_when(typed, "Asia/Bangkok", today=TODAY)


@pytest.mark.parametrize(
    "typed", ["2507-03-03", "1964-03-03", "2566-12-31", "2030-01-01", "๒๖๐๗-๐๓-๐๓ ๐๙.๓๐"]
)
def test_a_year_no_meeting_around_today_has_is_refused_thai_first(typed):
    # 2507 is 1964 (a slip for 2570); 2566 is 2023, three years back; 2030 four ahead.
    with pytest.raises(TypedValueError, match=r"ไม่ใช่ปีของการประชุม รับปี พ\.ศ\. 2567–2572 / "):
        typed_when(typed, "Asia/Bangkok", today=TODAY)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2567-01-01", "2024-01-01"),
        ("2029-12-31 17:00", "2029-12-31T17:00:00+07:00"),
        ("๒๕๖๙-๑๒-๐๖", "2026-12-06"),
    ],
)
def test_the_years_around_today_are_taken(typed, stored):
    assert typed_when(typed, "Asia/Bangkok", today=TODAY) == stored


def test_a_link_is_an_http_address_a_browser_reads_as_meetbot_does():
    assert typed_url(" https://forms.example.org/r?x=1 ") == "https://forms.example.org/r?x=1"
    for typed in ("see the letter", "forms.example.org/r", "mailto:a@example.org", "https://"):
        with pytest.raises(TypedValueError, match=r"^.+: ลิงก์ต้องเป็น.+ / a web address"):
            typed_url(typed)
    with pytest.raises(TypedValueError, match="a browser would go elsewhere"):
        typed_url("https://portal.example\\@zoom.us/j/1")
