import datetime as dt

import pytest

from bot.understanding.temporal.years import infer_year, read_year


def test_buddhist_era_and_gregorian_years() -> None:
    assert read_year("๒๕๖๘", era=None, thai=True) == (2025, ())
    assert read_year("2025", era=None, thai=False) == (2025, ())
    assert read_year("๒๐๔๕", era="ce", thai=True) == (2045, ())
    assert read_year("2568", era="be", thai=False) == (2025, ())


def test_two_digit_years_depend_on_the_script_around_them() -> None:
    year, reasons = read_year("๖๙", era=None, thai=True) or (0, ())
    assert year == 2026
    assert reasons  # a two-digit year is always worth a word of doubt
    assert read_year("25", era=None, thai=False) == (2025, ("two-digit year 25 read as 2025",))


def test_implausible_years_are_not_years() -> None:
    assert read_year("0095", era=None, thai=True) is None
    assert read_year("8770", era=None, thai=False) is None


@pytest.mark.parametrize(
    ("reference", "month", "day", "year"),
    [
        (dt.date(2025, 8, 27), 9, 30, 2025),  # an invitation for next month
        (dt.date(2025, 12, 10), 1, 15, 2026),  # sent in December for January
        (dt.date(2026, 1, 5), 12, 20, 2025),  # a report on last month's meeting
        (dt.date(2025, 5, 27), 5, 23, 2025),
    ],
)
def test_year_inference_takes_the_nearest(
    reference: dt.date, month: int, day: int, year: int
) -> None:
    assert infer_year(month, day, reference) == year
