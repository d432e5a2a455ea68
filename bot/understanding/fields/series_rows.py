"""The next day of a standing meeting whose days are listed one to a line (round twenty-one):
"The working group meets every other Tuesday at 12:00 PM US/Eastern" above rows "Apr 9, 2024
12:00 PM" / "Apr 23, 2024 12:00 PM" / …. Each row alone on its line reads as a stamp, so no
date is chosen; but rows that all fall on the named weekday at the named hour are the series'
days, and the first of them not before the message's day is the next meeting."""

from __future__ import annotations

import datetime as dt
import re

from bot.config.output_sections import REVIEW_THRESHOLD
from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.fields.day_hours import zone_after_hour
from bot.understanding.fields.hour_nearby import clocks_in
from bot.understanding.fields.text import MessageText
from bot.understanding.record import Extracted, When
from bot.understanding.temporal.types import Temporal, day_of
from bot.understanding.temporal.weekdays import NAMES_EN, weekday_number
from bot.understanding.temporal.zones import tzinfo_of

# A series' next day is worked out from a list, not written as the meeting's: a person looks.
NEXT_ROW_CONFIDENCE = 0.6
NEXT_ROW_REASON = "the first listed day of the standing series not before the message's day"
_EVERY = re.compile(
    rf"\bevery[^\S\n]+(?:other[^\S\n]+|second[^\S\n]+)?(?P<day>{'|'.join(NAMES_EN).lower()})s?\b"
    r"[^\S\n]+at[^\S\n]+"
)
# Fewer rows may be one meeting's sessions; a column of the series' days is longer.
_MIN_ROWS = 4


def next_series_row(
    text: MessageText, reference: dt.datetime, default_tz: str, found: MeetingDates
) -> MeetingDates | None:
    """The next listed day of the standing meeting the text names by weekday and hour, at that
    hour in the zone written after it, where `found` holds no start or one of the rows under
    review; None where the text lists no such column of rows."""
    rules = list(_EVERY.finditer(text.lower)) if "every" in text.lower else []
    if not rules:
        return None  # ("everyone", "every week" are common: the rows are read only after this)
    rows = [(t, t.start) for t in _rows(text) if isinstance(t.start, dt.datetime)]
    today = reference.astimezone(tzinfo_of(default_tz)).date()
    listed = {t.span for t, _ in rows}
    if len(rows) < _MIN_ROWS or any(
        isinstance(t.start, dt.datetime) and t.span not in listed and t.start.date() >= today
        for t in text.temporals
    ):
        return None  # (a day and hour written elsewhere, still to come, is the message's own)
    chosen = found.start
    if chosen is not None and (
        chosen.confidence >= REVIEW_THRESHOLD or found.chosen_span not in listed
    ):
        return None
    for rule in rules:
        window = text.plain[rule.end() : rule.end() + 12]
        clock = next(iter(clocks_in(window, rule.end(), ())), None)
        weekday = weekday_number(rule["day"])
        if (
            clock is None
            or clock.span[0] != rule.end()
            or any(at.weekday() != weekday or at.time() != clock.start for _, at in rows)
        ):
            continue
        upcoming = [(t, at.date()) for t, at in rows if at.date() >= today]
        if not upcoming:
            return None
        row, day = upcoming[0]
        zone, doubts = zone_after_hour(text, clock, day)
        start: When = dt.datetime.combine(day, clock.start, tzinfo=tzinfo_of(zone or default_tz))
        source = f"{text.plain[rule.start() : clock.span[1]]} … {row.text}"
        reasons = (NEXT_ROW_REASON, *doubts)
        tz = Extracted(zone, source, NEXT_ROW_CONFIDENCE) if zone else None
        return MeetingDates(
            Extracted(start, source, NEXT_ROW_CONFIDENCE, reasons), None, tz, chosen_span=row.span
        )
    return None


def _rows(text: MessageText) -> list[Temporal]:
    """The longest run of dates each alone on its line, the lines one below another, in order."""
    best: list[Temporal] = []
    run: list[Temporal] = []
    for t in sorted(text.temporals, key=lambda t: t.span):
        line_start = text.plain.rfind("\n", 0, t.span[0]) + 1
        line_end = text.plain.find("\n", t.span[1])
        line_end = len(text.plain) if line_end < 0 else line_end
        alone = not text.plain[line_start : t.span[0]].strip() and not (
            text.plain[t.span[1] : line_end].strip()
        )
        follows = bool(run) and not text.plain[run[-1].span[1] : t.span[0]].strip()
        if not alone:
            run = []
            continue
        later = follows and (day_of(t.start) or dt.date.min) > (
            day_of(run[-1].start) or dt.date.max
        )
        run = [*run, t] if later else [t]
        best = run if len(run) > len(best) else best
    return best
