"""Forms the fourth blind round drove, each on text of its own rather than the table's rows: the
order of numeric dates, days in lists and words, weeks, clocks in words, durations, times apart
from their dates, and zones printed by calendars."""

import datetime as dt

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal, TemporalKind

REF = dt.datetime(2026, 3, 4)
BANGKOK = dt.timezone(dt.timedelta(hours=7))


def one(text: str) -> Temporal:
    (item,) = find_temporal(text, reference=REF)
    return item


def test_a_us_style_generated_line_reads_month_first_less_certain_and_says_so() -> None:
    generated = one("When: 4/5/2026 2:00 PM-3:00 PM (UTC+07:00) Bangkok, Hanoi, Jakarta")
    by_hand = one("The visit is on 4/5/2026 at 2:00 PM.")
    plain = one("The visit is on 24/5/2026.")
    assert isinstance(generated.start, dt.datetime)
    assert generated.start.date() == dt.date(2026, 4, 5)
    assert generated.confidence < plain.confidence
    assert any("US-style generated line" in r for r in generated.reasons)
    assert isinstance(by_hand.start, dt.datetime)
    assert by_hand.start.date() == dt.date(2026, 5, 4)
    assert any("day first assumed" in r for r in by_hand.reasons)
    assert by_hand.confidence < plain.confidence


def test_a_generated_line_cannot_turn_a_day_over_twelve_into_a_month() -> None:
    item = one("When: 24/5/2026 2:00 PM-3:00 PM (UTC+07:00) Bangkok, Hanoi, Jakarta")
    assert isinstance(item.start, dt.datetime)
    assert item.start.date() == dt.date(2026, 5, 24)


def test_days_listed_before_their_month() -> None:
    spaced = find_temporal("Interviews on 2, 9 and 16 April 2026.", reference=REF)
    assert [(i.kind, i.start, i.text) for i in spaced] == [
        (TemporalKind.DATE, dt.date(2026, 4, 2), "2"),
        (TemporalKind.DATE, dt.date(2026, 4, 9), "9"),
        (TemporalKind.DATE, dt.date(2026, 4, 16), "16 April 2026"),
    ]
    following = one("Sessions on 14, 15 and 16 April 2026.")
    assert (following.start, following.end) == (dt.date(2026, 4, 14), dt.date(2026, 4, 16))
    between = one("The window is between 6 and 17 April 2026.")
    assert (between.start, between.end) == (dt.date(2026, 4, 6), dt.date(2026, 4, 17))


def test_days_in_words_before_of_or_a_second_day() -> None:
    assert one("It opens on the fourteenth of April 2026.").start == dt.date(2026, 4, 14)
    item = one("from the twentieth to the twenty-second of April 2026")
    assert (item.start, item.end) == (dt.date(2026, 4, 20), dt.date(2026, 4, 22))
    # "the second June meeting" is a meeting, not 2 June.
    assert find_temporal("Minutes of the second June meeting", reference=REF) == []


def test_ocr_letters_in_a_day_are_read_with_a_reason() -> None:
    item = one("Date: 2l April 2026")
    assert item.start == dt.date(2026, 4, 21)
    assert item.confidence < 0.9
    assert any("OCR" in r for r in item.reasons)


def test_a_month_name_hyphenated_across_lines_after_a_day() -> None:
    assert one("held on 14 Feb-\nruary 2026").start == dt.date(2026, 2, 14)


def test_the_week_of_a_day_is_monday_to_sunday_and_less_certain() -> None:
    item = one("A mission is planned for the week beginning 15 April 2026.")
    assert (item.start, item.end) == (dt.date(2026, 4, 13), dt.date(2026, 4, 19))
    assert item.confidence < 0.9
    assert item.text == "the week beginning 15 April 2026"


def test_clocks_in_words() -> None:
    evening = one("Dinner at a quarter past seven in the evening on 14 April 2026.")
    assert evening.start == dt.datetime(2026, 4, 14, 19, 15, tzinfo=BANGKOK)
    office = one("The call is at half past three on 14 April 2026.")
    assert office.start == dt.datetime(2026, 4, 14, 15, 30, tzinfo=BANGKOK)
    assert any("office hours" in r for r in office.reasons)
    assert office.confidence < evening.confidence


def test_the_noon_inside_afternoon_is_no_clock() -> None:
    item = one("The session is in the afternoon of 14 April 2026.")
    assert item.kind is TemporalKind.DATE


def test_a_duration_after_a_time_gives_the_end() -> None:
    item = one("14 April 2026, 10:00 (45 mins)")
    assert item.end == dt.datetime(2026, 4, 14, 10, 45, tzinfo=BANGKOK)
    assert any("duration" in r for r in item.reasons)
    # A period before something is no duration of the meeting.
    counted = find_temporal("14 April 2026, 10:00, 2 hours before the reception", reference=REF)
    assert [i.kind for i in counted] == [TemporalKind.DATETIME, TemporalKind.RELATIVE]


def test_a_time_earlier_in_the_sentence_joins_its_date_with_less_confidence() -> None:
    item = one("Opening at 8:30 am, after the registration of delegates, on 14 April 2026.")
    assert item.start == dt.datetime(2026, 4, 14, 8, 30, tzinfo=BANGKOK)
    assert item.confidence <= 0.8
    assert any("apart from its date" in r for r in item.reasons)
    # Not across a second clause: the time is the registration's.
    other = one("Registration closes at 17:00, and the Meeting is on 14 April 2026.")
    assert other.kind is TemporalKind.DATE


def test_a_start_and_an_end_written_as_a_sentence() -> None:
    item = one("It will start at 1:30 PM and will finish at 4 PM on 14 April 2026.")
    assert (item.start, item.end) == (
        dt.datetime(2026, 4, 14, 13, 30, tzinfo=BANGKOK),
        dt.datetime(2026, 4, 14, 16, 0, tzinfo=BANGKOK),
    )


def test_close_of_business_takes_the_hour_and_zone_written_after_it() -> None:
    item = one("Please reply by COB (4:30 PM Manila time) on 14 April 2026.")
    assert item.kind is TemporalKind.DEADLINE
    assert item.tz == "Asia/Manila"
    assert item.start == dt.datetime(2026, 4, 14, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert not any("assumed" in r and "17:00" in r for r in item.reasons)


def test_zones_as_calendars_print_them() -> None:
    iso = one("DTSTART: 2026-04-14T09:00:00+05:30")
    assert iso.tz == "UTC+05:30"
    below = one("Tuesday, April 14⋅9:00 – 10:00am\nTime zone: Asia/Manila")
    assert below.tz == "Asia/Manila"
    unknown = one("Tuesday, April 14⋅9:00 – 10:00am\nTime zone: Asia/Atlantis")
    assert unknown.tz == "Asia/Bangkok"
    label = one("Tuesday, April 14, 2026 9:00 AM-10:00 AM (UTC+09:30) Adelaide")
    assert label.tz == "Australia/Adelaide"
