"""The office's working days: Monday to Friday, less public holidays and declared days off.

A reminder is only useful when someone is at their desk to act on it, so one that
would fall on a Saturday, Songkran or a day the office declared off comes on the
working day before, at the morning hour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.config.settings import RemindersSettings
from bot.understanding.temporal.relative import public_holidays

SATURDAY = 5
LONGEST_BREAK_DAYS = 31  # no office is closed longer; stops a loop on a bad configuration


@dataclass(frozen=True)
class OfficeWeek:
    country: str | None = "TH"
    days_off: frozenset[dt.date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, settings: RemindersSettings) -> OfficeWeek:
        return cls(settings.holidays_country, frozenset(settings.days_off))

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= SATURDAY or day in self.days_off:
            return False
        return self.country is None or day not in public_holidays(self.country, day.year)

    def on_or_before(self, day: dt.date) -> dt.date:
        """`day` if the office works then, else the last working day before it."""
        return self._step(day, -1)

    def on_or_after(self, day: dt.date) -> dt.date:
        return self._step(day, 1)

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The `count`-th working day after `day` (not counting `day` itself)."""
        for _ in range(count):
            day = self.on_or_after(day + dt.timedelta(days=1))
        return day

    def _step(self, day: dt.date, direction: int) -> dt.date:
        for _ in range(LONGEST_BREAK_DAYS):
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=direction)
        return day
