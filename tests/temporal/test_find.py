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


def test_close_of_business_is_17_00_with_less_confidence_and_a_reason() -> None:
    (cob,) = find_temporal("by COB Friday, 24 October 2025", reference=REF)
    (eod,) = find_temporal("by EOD Friday, 24 October 2025", reference=REF)
    assert isinstance(cob.start, dt.datetime)
    assert isinstance(eod.start, dt.datetime)
    assert (cob.start.hour, eod.start.hour) == (17, 23)
    assert cob.confidence < eod.confidence
    assert "close of business: 17:00 assumed" in cob.reasons


def test_a_change_of_date_gives_the_old_and_the_new_date_not_a_range() -> None:
    for text in (
        "The meeting has been postponed from 30 September 2025 to 7 October 2025.",
        "The meeting has been postponed from 30 September to 7 October 2025.",
    ):
        items = find_temporal(text, reference=REF)
        assert [i.kind for i in items] == [TemporalKind.DATE, TemporalKind.DATE]
        assert [i.start for i in items] == [dt.date(2025, 9, 30), dt.date(2025, 10, 7)]
    (held,) = find_temporal("held from 30 September to 7 October 2025", reference=REF)
    assert held.kind is TemporalKind.RANGE


def test_the_written_weekday_settles_an_ambiguous_numeric_date() -> None:
    (us,) = find_temporal("Sent: Fri 10/3/2025 10:15 AM", reference=REF)
    (plain,) = find_temporal("on 10/3/2025", reference=REF)
    assert isinstance(us.start, dt.datetime)
    assert us.start.date() == dt.date(2025, 10, 3)
    assert us.confidence > plain.confidence
    assert plain.start == dt.date(2025, 3, 10)
    assert "day first assumed (the text does not say)" in plain.reasons


def test_midnight_is_the_end_of_the_day_and_says_so() -> None:
    (item,) = find_temporal("Registration closes at midnight on 31 October 2025.", reference=REF)
    assert item.kind is TemporalKind.DEADLINE
    assert isinstance(item.start, dt.datetime)
    assert (item.start.date(), item.start.time()) == (dt.date(2025, 10, 31), dt.time(23, 59))
    assert "midnight read as the end of the day (23:59)" in item.reasons


def test_a_month_deadline_falls_due_at_the_end_of_the_month() -> None:
    (item,) = find_temporal("ภายในเดือนธันวาคม ๒๕๖๘", reference=REF)
    assert item.kind is TemporalKind.DEADLINE
    assert isinstance(item.start, dt.datetime)
    assert item.start.date() == dt.date(2025, 12, 31)
    (plain,) = find_temporal("ในเดือนธันวาคม ๒๕๖๘", reference=REF)
    assert plain.kind is TemporalKind.RANGE


def test_a_thai_fiscal_year_runs_october_to_september() -> None:
    (item,) = find_temporal("ปีงบประมาณ พ.ศ. ๒๕๖๙", reference=REF)
    assert (item.start, item.end) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert "fiscal year: 1 October to 30 September" in item.reasons
