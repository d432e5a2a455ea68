"""Working days of a Thai government office: Monday to Friday, less public holidays.

The holidays come from the `holidays` package (Thailand, public and government
categories), which follows the Cabinet's yearly announcements including substitute
days and bridge holidays.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

SATURDAY = 5  # datetime.weekday(): Monday is 0


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    # GOVERNMENT adds days only civil servants have off (the Royal Ploughing Ceremony).
    calendar = holidays.country_holidays(
        "TH", years=year, categories=(holidays.PUBLIC, holidays.GOVERNMENT)
    )
    return frozenset(calendar.keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < SATURDAY and day not in _holidays(day.year)


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The working day `count` working days after `day` (before it when negative).

    `day` itself is not counted, whether or not it is a working day: three working
    days before Monday 15 September 2025 is Wednesday 10 September.
    """
    step = dt.timedelta(days=1 if count >= 0 else -1)
    remaining = abs(count)
    current = day
    while remaining:
        current += step
        if is_working_day(current):
            remaining -= 1
    return current
