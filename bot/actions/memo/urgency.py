"""The urgency mark of a memo (ด่วน, ด่วนมาก, ด่วนที่สุด) from the time left to a deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

# Strongest first: a letter cited as ด่วนที่สุด keeps that mark even when the deadline is far.
MARKS = ("ด่วนที่สุด", "ด่วนมาก", "ด่วน")


def urgency_mark(
    deadline: dt.date | None,
    today: dt.date,
    thresholds: Mapping[str, int],
    *,
    also: Iterable[str | None] = (),
) -> str | None:
    """The strongest mark whose threshold (days left, inclusive) the deadline meets.

    A deadline already past gives the strongest configured mark: the registration is
    late and the memo must move at once (the seeds' memos often come after it). `also`
    are marks that must be kept, such as the urgency of the letter being answered.
    """
    wanted = {mark for mark in also if mark in MARKS}
    if deadline is not None:
        days_left = (deadline - today).days
        for mark in MARKS:
            limit = thresholds.get(mark)
            if limit is not None and days_left <= limit:
                wanted.add(mark)
                break
    return next((mark for mark in MARKS if mark in wanted), None)
