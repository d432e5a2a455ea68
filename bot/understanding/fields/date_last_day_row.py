"""A conference's last day listed as a row of its own: an "important
dates" page lists "<day>: Welcome event and official start of the conference" and, below it,
"<day>: Last official conference day". The last row names the conference too, so the date
roles may weigh it highest; it is the meeting's end, and its first day is the row saying the
conference starts. Asked after the dates are chosen (extract.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.understanding.fields.dates_record import MeetingDates
from bot.understanding.fields.text import MessageText
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.record import Extracted
from bot.understanding.temporal.types import Temporal, TemporalKind, day_of

# Worked out from two rows, not written as one range: a person looks.
PAIRED_ROWS_CONFIDENCE = 0.75
PAIRED_ROWS_REASON = "the rows of the conference's first and last days, listed apart"
# No row says where it starts: the last day alone is no start.
LAST_ROW_CONFIDENCE = 0.6
LAST_ROW_REASON = "a row of the conference's last day, not its first"
# A conference's rows of its first and last days lie within two weeks of each other.
_REACH = dt.timedelta(days=14)

_ROW_HEAD = re.compile(r"[^\S\n]*+[:|\t–-][^\S\n]*+")
# "Last official conference day", "Final day of the workshop", "Closing day", "End of the
# congress" (not "Final day for early registration": the day a deadline falls on).
_LAST_DAY = re.compile(
    r"(?i:(?:last|final|closing)[^\S\n]+(?:official[^\S\n]+)?"
    rf"(?:(?:{MEETING_NOUNS})[^\S\n]+)?day\b(?![^\S\n]+(?:for|to)\b)"
    rf"|(?:end|close)[^\S\n]+of[^\S\n]+the[^\S\n]+(?:{MEETING_NOUNS})\b)"
)
# "Welcome event and official start of the conference", "First conference day", "Opening of
# the workshop", "Conference opens"; not the first day of something else ("Poster hall opens;
# first day of the book fair", review mend).
_FIRST_DAY = re.compile(
    rf"(?i:(?:start|opening|beginning)[^\S\n]+of[^\S\n]+the[^\S\n]+(?:{MEETING_NOUNS})\b"
    rf"|first[^\S\n]+(?:official[^\S\n]+)?(?:(?:{MEETING_NOUNS})[^\S\n]+)?day\b"
    rf"(?![^\S\n]+(?:for|to)\b|[^\S\n]+of\b(?![^\S\n]+the[^\S\n]+(?:{MEETING_NOUNS})\b))"
    rf"|\b(?:{MEETING_NOUNS})[^\S\n]+(?:starts|opens|begins)\b)"
)


def last_day_row(text: MessageText, found: MeetingDates) -> MeetingDates | None:
    """The first and last days where the chosen date is a row labelled the conference's last
    day: from the row above it labelled its start, or the last day held for a person to look
    at where no row says where the conference starts; None where the chosen date is no such
    row."""
    if found.start is None or found.chosen_span is None or "day" not in text.lower:
        return None
    chosen = next((t for t in text.temporals if t.span == found.chosen_span), None)
    last = day_of(chosen.start) if chosen is not None else None
    if chosen is None or last is None or chosen.kind is not TemporalKind.DATE:
        return None
    if not _LAST_DAY.match(_label(text, chosen)):
        return None
    firsts = [
        (t, day)
        for t in text.temporals
        if t.span[0] < chosen.span[0]
        and t.kind is TemporalKind.DATE
        and (day := day_of(t.start)) is not None
        and last - _REACH <= day < last
        and _FIRST_DAY.search(_label(text, t))
    ]
    if not firsts:
        start = found.start
        reasons = (*start.reasons, LAST_ROW_REASON)
        held = replace(
            start, confidence=min(start.confidence, LAST_ROW_CONFIDENCE), reasons=reasons
        )
        return replace(found, start=held)
    first, day = firsts[-1]
    source = f"{text.snippet(*first.span)} … {found.start.source}"
    confidence = min(found.start.confidence, PAIRED_ROWS_CONFIDENCE)
    reasons = (*first.reasons, PAIRED_ROWS_REASON)
    return replace(
        found,
        start=Extracted(day, source, confidence, reasons),
        end=Extracted(last, source, confidence, reasons),
        chosen_span=first.span,
    )


def _label(text: MessageText, item: Temporal) -> str:
    """The words after a date opening its line, past a colon, bar or dash; "" where the date
    does not open its line."""
    line_start, line_end = text.line_at(item.span[0])
    if text.plain[line_start : item.span[0]].strip():
        return ""
    head = _ROW_HEAD.match(text.plain, item.span[1], line_end)
    return text.plain[head.end() : line_end] if head else ""
