"""The typed flags the engine sets where it once left only a reason's words to find: a year
inferred (`DateHit.year_inferred`), a time written apart from its date (`Temporal.time_apart`)
and a time whose zone the text does not state (`Temporal.zone_assumed`). The readers test the
flag; the reasons stay for people."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.understanding.fields.meeting_zone import zone_stated
from bot.understanding.temporal.dates import DateHit, date_hits
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.future_years import days_to_come
from bot.understanding.temporal.misspelt_months import misspelt_month_hits
from bot.understanding.temporal.ranges import join_ranges

TODAY = dt.date(2026, 11, 20)
NOON = dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)


def _only(hits: list[DateHit]) -> DateHit:
    assert len(hits) == 1, hits
    return hits[0]


def _longest(text: str) -> DateHit:
    """The longest of the candidates (the engine keeps it over those inside it)."""
    return max(date_hits(text, TODAY), key=lambda h: h.span[1] - h.span[0])


def test_a_year_left_unwritten_is_flagged_and_a_written_one_is_not() -> None:
    assert _longest("Example Council meets on 12 October.").year_inferred
    assert _longest("Example Council meets 12-14 October.").year_inferred
    assert not _longest("Example Council meets on 12 October 2027.").year_inferred


def test_a_short_thai_month_without_its_year_is_flagged() -> None:
    hit = _only(list(misspelt_month_hits("ประชุมวันที่ 5 สิงหา เวลา 09.00 น.", TODAY)))
    assert hit.year_inferred
    assert not _only(list(misspelt_month_hits("วันที่ 5 สิงหา 2570", TODAY))).year_inferred


def test_a_range_joined_from_two_days_keeps_the_flag_of_either() -> None:
    text = "15 March to 18 March 2027"
    first = DateHit((0, 8), dt.date(2027, 3, 15), None, year_inferred=True)
    last = DateHit((12, len(text)), dt.date(2027, 3, 18), None)
    joined = _only(join_ranges(text, [first, last]))
    assert joined.last == dt.date(2027, 3, 18)
    assert joined.year_inferred


def test_only_the_flag_moves_a_day_said_to_come_a_year_on() -> None:
    """The reasons' words no longer decide: a hit flagged with no reasons is moved, and one
    whose reasons say "year not written" but is not flagged stays."""
    text = "The next session is tentatively scheduled for 12 October."
    span = (text.index("12"), len(text) - 1)
    flagged = DateHit(span, dt.date(2026, 10, 12), None, year_inferred=True)
    worded = DateHit(span, dt.date(2026, 10, 12), None, reasons=["year not written: 2026 inferred"])
    moved, kept = days_to_come(text, [flagged, worded], TODAY)
    assert moved.first == dt.date(2027, 10, 12)
    assert kept.first == dt.date(2026, 10, 12)


def test_a_time_earlier_in_the_sentence_is_flagged_apart() -> None:
    text = (
        "The session will begin at 2:00 p.m., following the opening remarks of the Chair,"
        " on 3 December 2026."
    )
    (found,) = find_temporal(text, reference=NOON)
    assert isinstance(found.start, dt.datetime)
    assert found.start.hour == 14
    assert found.time_apart
    (beside,) = find_temporal("The session opens on 3 December 2026 at 2:00 p.m.", reference=NOON)
    assert isinstance(beside.start, dt.datetime)
    assert not beside.time_apart


def test_a_time_without_its_zone_is_flagged_and_the_meeting_zone_reads_the_flag() -> None:
    (bare,) = find_temporal("The call opens on 3 December 2026 at 2:00 p.m.", reference=NOON)
    assert bare.zone_assumed
    assert not zone_stated(bare)
    (written,) = find_temporal(
        "The call opens on 3 December 2026 at 2:00 p.m. (UTC+08:00).", reference=NOON
    )
    assert not written.zone_assumed
    assert zone_stated(written)
    # the reasons' words no longer decide: only the flag does
    worded = dataclasses.replace(written, reasons=("time zone not stated: Asia/Bangkok assumed",))
    assert zone_stated(worded)
