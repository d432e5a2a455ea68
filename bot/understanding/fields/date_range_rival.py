"""A single day the meeting's own words date, inside a range another event's words date
(round twenty, dates-r20b): "the Example Board meeting on 24 May" / "The audit runs from 20
to 30 May". The range scores higher (its range, its "runs from"), but its days are the audit's:
the day is taken, under review, since a range's words may still name the meeting's days."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.understanding.fields.dates_record import days_of
from bot.understanding.fields.text import MessageText, clause_before, sentence_start
from bot.understanding.fields.title_words import MEETING_NOUNS
from bot.understanding.signals import Signal, Tally
from bot.understanding.temporal.types import Temporal, TemporalKind

DAY_INSIDE_REASON = "said of the meeting, inside another event's range of days: taken over it"

# Another event's words, in the range's own clause: a fair, an audit, a window, a closure.
_ANOTHER_EVENT = re.compile(
    r"(?i:\b(?:audit|festival|fair|carnival|holidays?|vacation|campaign|registration|enrol\w*"
    r"|window|closed|closure|maintenance|works)\b)|มหกรรม|เทศกาล|งานแสดงสินค้า|รับสมัคร|ลงทะเบียน"
    r"|วันหยุด|ปิดปรับปรุง"
)
# The meeting's own words: its noun, or a body that meets ("The Example Council meets on"; not
# "delegates meet on", said of a day inside the meeting's own days).
_OF_A_MEETING = re.compile(rf"(?i:\b(?:{MEETING_NOUNS}|meets)\b)|ประชุม|สัมมนา")


def meeting_day_inside(
    text: MessageText,
    best: Temporal,
    candidates: Sequence[Temporal],
    tallies: Mapping[int, Tally],
    not_the_meetings: Sequence[Signal],
) -> Temporal | None:
    """A single day after the chosen range's first and within it, whose sentence names a
    meeting, where the range's own clause names another event and no meeting (an audit, a
    fair, a window), or None. (A day on the range's first is joined to it again: "a range
    written elsewhere from the same first day says more".)"""
    first, last = days_of(best)
    if best.kind is not TemporalKind.RANGE or first is None or last is None:
        return None
    clause = clause_before(text, best.span[0]) + best.text
    # the other event's words first: rare, where the meeting's nouns are many to try at each place
    if first == last or not _ANOTHER_EVENT.search(clause) or _OF_A_MEETING.search(clause):
        return None
    for day in candidates:
        at = day.span[0]
        on, until = days_of(day)
        if (
            day.kind is not TemporalKind.RANGE
            and on is not None
            and on == (until or on)
            and first < on <= last
            and not any(tallies[id(day)].holds(s) for s in not_the_meetings)
            and _OF_A_MEETING.search(text.plain[sentence_start(text.plain, at) : at])
        ):
            return day
    return None
