"""Behaviour of find_temporal beyond the value table: confidence, reasons, zones, spans."""

import datetime as dt

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import TemporalKind

REF = dt.datetime(2025, 9, 1)


def test_a_weekday_slip_keeps_the_date_with_lower_confidence_and_a_reason() -> None:
    (right,) = find_temporal("Tuesday, 30 September 2025", reference=REF)
    (slip,) = find_temporal("Monday, 30 September 2025", reference=REF)
    assert slip.start == right.start == dt.date(2025, 9, 30)
    assert slip.confidence < right.confidence
    assert any("Monday" in r and "Tuesday" in r for r in slip.reasons)


def test_an_inferred_year_is_less_certain_and_says_so() -> None:
    (item,) = find_temporal("on 30 September", reference=REF)
    assert item.start == dt.date(2025, 9, 30)
    assert item.confidence < 0.9
    assert any("inferred" in r for r in item.reasons)


def test_end_of_day_deadline_in_the_zone_written_next_to_it() -> None:
    text = "no later than 15 September 2025 (Singapore Time, GMT+8), using the link"
    (item,) = find_temporal(text, reference=REF)
    assert item.kind is TemporalKind.DEADLINE
    assert item.start == dt.datetime(2025, 9, 15, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert item.text == "15 September 2025 (Singapore Time, GMT+8)"


def test_disagreeing_zones_are_flagged() -> None:
    (item,) = find_temporal("30 September 2025, 10:00 (Singapore Time, GMT+7)", reference=REF)
    assert item.tz == "Asia/Singapore"
    assert any("disagree" in r for r in item.reasons)


def test_the_default_zone_is_a_parameter() -> None:
    (item,) = find_temporal("Wed, Aug 27, 2025 at 11:40 PM", reference=REF, default_tz="UTC")
    assert item.tz == "UTC"
    assert isinstance(item.start, dt.datetime)
    assert item.start.utcoffset() == dt.timedelta(0)
    assert any("not stated" in r for r in item.reasons)


def test_an_aware_reference_is_read_in_the_default_zone() -> None:
    # 31 Dec 2025 20:00 UTC is already 1 January 2026 in Bangkok.
    late = dt.datetime(2025, 12, 31, 20, tzinfo=dt.UTC)
    (item,) = find_temporal("on 2 July", reference=late)
    assert item.start == dt.date(2026, 7, 2)


def test_spans_are_exact_on_the_original_text() -> None:
    text = "หนังสือ ลงวันที่ ๘ ธันวาคม ๒๕๖๘ และ Meeting ID: 848 2516 8770 on 16 – 18 Dec 2025"
    items = find_temporal(text, reference=REF)
    assert [text[a:b] for a, b in (i.span for i in items)] == [i.text for i in items]
    assert [i.text for i in items] == ["วันที่ ๘ ธันวาคม ๒๕๖๘", "16 – 18 Dec 2025"]


def test_json_keys_are_the_stable_interface() -> None:
    (date_item,) = find_temporal("30 September 2025", reference=REF)
    assert list(date_item.to_json()) == [
        "kind", "start", "end", "tz", "text", "span", "confidence", "reasons",
    ]  # fmt: skip
    (rel,) = find_temporal("within two weeks after the Meeting", reference=REF)
    assert rel.to_json()["anchor"] == "the Meeting"
    assert {"amount", "unit", "working_days", "direction"} <= set(rel.to_json())
