"""The meeting's dates as chosen (fields/meeting_dates.py), the record its readers take: the
start, the end and the zone, and what the choice saw of a postponement and of its signals; and
the days a date spans, by which the choosers tell dates apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.understanding.record import Extracted, When
from bot.understanding.temporal.types import Temporal, day_of


@dataclass(frozen=True)
class MeetingDates:
    start: Extracted[When] | None
    end: Extracted[When] | None
    timezone: Extracted[str] | None
    # Where the chosen date stands in the text, and which new dates a postponement gives:
    # whether it is the one, some other, or none (see `only_old_schedule`).
    chosen_span: tuple[int, int] | None = None
    chosen_is_new: bool = False
    new_date_written: bool = False
    # A new date is written for the meeting and the chosen days are none of the new ones.
    old_day_chosen: bool = False
    # The inputs the date's confidence was read from (date_confidence.features), when it was
    # chosen among the text's dates: what benchmarks/fit_signals.py fits the model on.
    confidence_inputs: Mapping[str, float] = field(default_factory=dict)


def days_of(item: Temporal) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day: "30 September" and "30 September, 09:30-17:30" are one."""
    first = day_of(item.start)
    return first, day_of(item.end) or first
