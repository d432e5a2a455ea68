"""A course or a series held as sessions listed a row each, at the same hour ("Mon Apr 6 | 11:00
am PDT | Introduction", "Wed Apr 8 | 11:00 am PDT | Design", …): a row's words ("Open
Session", a heading above) may score one row best, but the series starts at the first row and
ends on the last row's day."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import replace

from bot.understanding.fields.text import MessageText
from bot.understanding.temporal.types import Temporal, day_of

# The rows are read as one series, its first day worked out: a person should look.
FIRST_ROW_CONFIDENCE = 0.7
FIRST_ROW_REASON = "the first of the sessions listed a row each at the same hour"
# Fewer rows may be a meeting and its follow-up; three or more at one hour are a schedule.
MIN_ROWS = 3
# The most line breaks between two rows: blank lines, a cell a PDF wraps over lines.
_ROW_BREAKS = 4
# What may stand before a row's date on its line: a bullet, a table's bar.
_ROW_OPENING = frozenset(" \t-•*▪●◦|")


def first_session_row(
    text: MessageText, best: Temporal, candidates: Sequence[Temporal]
) -> Temporal | None:
    """`best` moved to the first row of the schedule of sessions it is a row of, ending on the
    schedule's last day; None when it is no such row or is the first."""
    if not isinstance(best.start, dt.datetime):
        return None
    hour = best.start.timetz()
    rows = sorted((t for t in candidates if _opens_row(text, t, hour)), key=lambda t: t.span[0])
    run = _run_holding(text, rows, best)
    if len(run) < MIN_ROWS or run[0] is best:
        return None
    days = [day_of(t.start) for t in run]
    if any(b is None or a is None or b <= a for a, b in itertools.pairwise(days)):
        return None  # not a schedule read forward: a list of past meetings, a table's mix
    first, last = run[0], days[-1]
    return replace(
        first, end=last, span=(first.span[0], first.span[1]),
        confidence=min(first.confidence, FIRST_ROW_CONFIDENCE),
        reasons=(*first.reasons, FIRST_ROW_REASON),
    )  # fmt: skip


def _opens_row(text: MessageText, item: Temporal, hour: dt.time) -> bool:
    """Whether a date at `hour` opens its line."""
    if not isinstance(item.start, dt.datetime) or item.start.timetz() != hour:
        return False
    line_start = text.line_at(item.span[0])[0]
    return all(c in _ROW_OPENING for c in text.plain[line_start : item.span[0]])


def _run_holding(text: MessageText, rows: list[Temporal], best: Temporal) -> list[Temporal]:
    """The rows on consecutive lines (blank lines between allowed) around `best`."""
    run: list[Temporal] = []
    for row in rows:
        if run and text.plain[run[-1].span[1] : row.span[0]].count("\n") > _ROW_BREAKS:
            if any(t is best for t in run):
                break
            run = []
        run.append(row)
    return run if any(t is best for t in run) else []
