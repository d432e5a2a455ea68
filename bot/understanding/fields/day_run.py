"""The next days written after a meeting's first day, as its further days: "on the upcoming
Saturday (June 22) and Sunday (June 23)", and a programme's day headings, each alone on its line
or row ("| 03.07.2024 (Wednesday) |" … "| 04.07.2024 (Thursday) |" … "| 05.07.2024 (Friday) |").
Only days that follow one another count: a gap is another event's day."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.fields.text import MessageText
from bot.understanding.temporal.types import Temporal, day_of

# Between a day and the next in one phrase: ") and Sunday (", " & ", ", ".
_AND = re.compile(
    r"[\s)]*+(?:,|&|(?i:and))[^\S\n]*+(?:(?:[A-Z][a-z]{2,8}day|วัน\S{2,9})[^\S\n]*+)?\(?[^\S\n]*+"
)
# What a programme's day heading holds besides its date: a weekday in brackets, cell bars.
_HEADING_REST = re.compile(r"[\s|*:•\-–]*+(?:\((?i:[a-z]{3,9}day)\))?[\s|*:•\-–]*+")
# Two days of a month listed with "and", the first without its month: "06 and 08 September".
_LISTED = re.compile(r"[^\S\n]*+(?:and|&)[^\S\n]++")
_LISTED_REACH = dt.timedelta(days=6)
# How far a programme's next day heading may stand below the last.
_HEADING_REACH = 3000


def following_days(text: MessageText, first_day: dt.date, after: int) -> tuple[dt.date, str] | None:
    """The last of the days after `first_day` (written just before `after`) that follow it one by
    one, and how they were read; None when the text writes no next day so."""
    items = sorted(
        (t for t in text.temporals if t.span[0] >= after and _one_day(t) is not None),
        key=lambda t: t.span,
    )
    next_day = first_day + dt.timedelta(days=1)
    if items and _AND.fullmatch(text.plain, after, items[0].span[0]):
        day = _one_day(items[0])
        if day == next_day:
            return next_day, "the next day written beside the first"
        # "on 06 and 08 September 2021": the days of one meeting, listed
        if (
            day is not None
            and first_day < day <= first_day + _LISTED_REACH
            and _LISTED.fullmatch(text.plain, after, items[0].span[0])
        ):
            return day, "the other day listed with the first"
    if not _heading(text, after - 1, after):
        return None
    last, at = first_day, after
    for item in items:
        if item.span[0] - at > _HEADING_REACH or not _heading(text, *item.span):
            continue
        day = _one_day(item)
        if day == last + dt.timedelta(days=1):
            last, at = day, item.span[1]
        elif day != last:
            break
    return (last, "the programme's next day headings") if last != first_day else None


def _one_day(item: Temporal) -> dt.date | None:
    first = day_of(item.start)
    return first if item.end is None or day_of(item.end) == first else None


def _heading(text: MessageText, start: int, end: int) -> bool:
    """Whether the date at start..end stands alone on its line, as a programme's day heading."""
    line_start, line_end = text.line_at(start)
    before = text.plain[line_start : _date_start(text, start)]
    return bool(
        _HEADING_REST.fullmatch(before) and _HEADING_REST.fullmatch(text.plain, end, line_end)
    )


def _date_start(text: MessageText, pos: int) -> int:
    """Where the date holding `pos` begins."""
    for item in text.temporals:
        if item.span[0] <= pos < item.span[1]:
            return item.span[0]
    return pos
