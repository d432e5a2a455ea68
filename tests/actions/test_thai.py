import datetime as dt

import pytest
from pythainlp.util import thai_strftime

from bot.actions.thai import thai_date, thai_time
from bot.reading.thai_digits import to_thai_digits as thai_digits


def _every_day(start: dt.date, end: dt.date):
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def test_thai_date_matches_pythainlp_for_every_day_2025_to_2027():
    for day in _every_day(dt.date(2025, 1, 1), dt.date(2027, 12, 31)):
        moment = dt.datetime(day.year, day.month, day.day)
        assert thai_date(day) == thai_strftime(moment, "%-d %B %Y", thaidigit=True)
        assert thai_date(day, weekday=True) == thai_strftime(
            moment, "%Aที่ %-d %B %Y", thaidigit=True
        )
        assert thai_date(day, abbreviated=True, digits=False) == thai_strftime(moment, "%-d %b %Y")


@pytest.mark.parametrize(("value", "expected"), [(0, "๐"), ("2568", "๒๕๖๘"), ("ที่ 12/3", "ที่ ๑๒/๓")])
def test_thai_digits(value, expected):
    assert thai_digits(value) == expected


def test_thai_time_uses_dot_and_na():
    assert thai_time(dt.time(9, 30)) == "๐๙.๓๐ น."
