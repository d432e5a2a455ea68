"""`find_temporal`: every date, time, range, deadline and relative expression in a text.

The work is done in passes over the original text: candidate dates from each pattern (dates.py,
deictic.py), the longest non-overlapping ones kept, neighbouring full dates joined into ranges and
"the week of" a day widened to the week (weeks.py), clock times
(clocks.py) attached to the date they belong to, then the zone and a deadline cue (assemble.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
from itertools import chain

from bot.understanding.temporal.anaphora import next_day_hits
from bot.understanding.temporal.assemble import assemble
from bot.understanding.temporal.clocks import find_clocks
from bot.understanding.temporal.comma_day import comma_day_hits
from bot.understanding.temporal.dates import DateHit, date_hits
from bot.understanding.temporal.deictic import deictic_hits
from bot.understanding.temporal.evening_hours import evening_hours
from bot.understanding.temporal.future_years import days_to_come
from bot.understanding.temporal.glued_year import glued_hours, unglue_years
from bot.understanding.temporal.listed_days import list_days
from bot.understanding.temporal.lost_dash import glued_day_ranges, widen_lost_dashes
from bot.understanding.temporal.misspelt_months import misspelt_month_hits
from bot.understanding.temporal.not_text import not_text_spans
from bot.understanding.temporal.ranges import join_ranges
from bot.understanding.temporal.relative import find_relative
from bot.understanding.temporal.types import Temporal, TemporalKind
from bot.understanding.temporal.weekday_numeric import weekday_numeric_hits
from bot.understanding.temporal.weeks import widen_weeks
from bot.understanding.temporal.zones import tzinfo_of


def find_temporal(
    text: str, *, reference: dt.datetime, default_tz: str = "Asia/Bangkok"
) -> list[Temporal]:
    """Every temporal expression in `text`, in order of position.

    `reference` is when the message was written: it decides the year of dates written without
    one. `default_tz` is the zone of times whose zone the text does not state.
    """
    if reference.tzinfo is not None:
        reference = reference.astimezone(tzinfo_of(default_tz))
    today = reference.date()
    # An address or link holds "@", "://" or "www.": no need to look for them otherwise.
    has_links = "@" in text or "://" in text or "www." in text
    blocked = not_text_spans(text) if has_links else []
    candidates = [
        h
        for h in chain(
            date_hits(text, today),
            deictic_hits(text, today),
            weekday_numeric_hits(text, today),
            misspelt_month_hits(text, today),
            comma_day_hits(text, today),
            glued_day_ranges(text),
        )
        if not _overlaps_any(h.span, blocked) and not _in_symbol(text, h.span)
    ]
    relatives = [t for t in find_relative(text) if not _overlaps_any(t.span, blocked)]
    hits, kept_relatives = _select(candidates, relatives)
    hits = list_days(text, widen_lost_dashes(text, unglue_years(text, hits)))
    # (a year moved before its week is widened: the week is the moved day's)
    hits = days_to_come(text, join_ranges(text, hits), today)
    hits = next_day_hits(text, widen_weeks(text, hits))
    hit_spans = [h.span for h in hits]
    clocks = evening_hours(
        text, [c for c in find_clocks(text) if not _overlaps_any(c.span, hit_spans)]
    )
    if glued := list(glued_hours(text, hits)):
        clocks = sorted([*clocks, *glued], key=lambda c: c.span)
    assembled = zip(hits, assemble(text, hits, clocks, default_tz), strict=True)
    dated = [t for h, t in assembled if not h.deictic or t.kind is TemporalKind.DEADLINE]
    return sorted([*kept_relatives, *dated], key=lambda t: t.span)


def _in_symbol(text: str, span: tuple[int, int]) -> bool:
    """Whether a word read as a date is a part of a document's symbol between slashes:
    "EXF/NOV20/1/3" names a paper, not 20 November."""
    start, end = span
    return (
        text[start - 1 : start] == "/" and text[end : end + 1] == "/" and " " not in text[start:end]
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlaps_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of `spans`, which are sorted and do not overlap each other."""
    # Only the last span starting before `span` ends can reach into it: a long mail has
    # hundreds of addresses, so no scan over all of them.
    i = bisect.bisect_left(spans, (span[1], span[1])) - 1
    return i >= 0 and _overlaps(span, spans[i])


def _select(hits: list[DateHit], relatives: list[Temporal]) -> tuple[list[DateHit], list[Temporal]]:
    """The longest candidates that do not overlap; a longer match explains more of the text."""
    ranked: list[tuple[tuple[int, int], DateHit | Temporal]] = [
        *((h.span, h) for h in hits),
        *((t.span, t) for t in relatives),
    ]
    ranked.sort(key=lambda item: (item[0][0] - item[0][1], item[0][0]))
    taken: list[tuple[int, int]] = []
    kept_hits: list[DateHit] = []
    kept_relatives: list[Temporal] = []
    for span, item in ranked:
        if _overlaps_any(span, taken):
            continue
        bisect.insort(taken, span)
        if isinstance(item, DateHit):
            kept_hits.append(item)
        else:
            kept_relatives.append(item)
    kept_hits.sort(key=lambda h: h.span)
    return kept_hits, kept_relatives
