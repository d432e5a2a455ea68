"""Days a meeting is not held on, though they stand as candidates: a period the text names (a
whole month, a year, a fiscal year) and a window another event keeps open until an hour."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.date_periods import is_fiscal_year, is_whole_year
from bot.understanding.fields.date_roles import DateSignal
from bot.understanding.signals import Tally
from bot.understanding.temporal.types import Temporal, TemporalKind


def a_period(item: Temporal, tally: Tally) -> bool:
    """A candidate that is a period or a window: never chosen as the meeting's days."""
    return (
        tally.holds(DateSignal.WHOLE_MONTH)
        or is_whole_year(item)
        or is_fiscal_year(item)
        or closing_window(item, tally)
    )


def closing_window(item: Temporal, tally: Tally) -> bool:
    """ "Registration will be open from Monday, 6 February until Friday, 3 March, 6 p.m.": days
    said of another event whose last alone has an hour are a window that closes then, not a
    meeting's days (round sixteen)."""
    return (
        item.kind is TemporalKind.RANGE
        and isinstance(item.end, dt.datetime)
        and not isinstance(item.start, dt.datetime)
        and tally.holds(DateSignal.OTHER_EVENT)
    )
