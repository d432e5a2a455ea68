"""Days and months named from the day of writing: read against the reference, kept only as
deadlines."""

import datetime as dt

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import TemporalKind

BANGKOK = dt.timezone(dt.timedelta(hours=7))
WEDNESDAY = dt.datetime(2026, 3, 4)


def test_a_weekday_after_a_cue_is_the_next_such_day_with_a_reason() -> None:
    (item,) = find_temporal("Comments are due by Monday.", reference=WEDNESDAY)
    assert item.kind is TemporalKind.DEADLINE
    assert item.start == dt.datetime(2026, 3, 9, 23, 59, tzinfo=BANGKOK)
    assert item.confidence < 0.9
    assert any("first Monday on or after the reference date 2026-03-04" in r for r in item.reasons)


def test_the_weekday_of_the_reference_is_that_day() -> None:
    (item,) = find_temporal("Please reply by Wednesday.", reference=WEDNESDAY)
    assert item.start == dt.datetime(2026, 3, 4, 23, 59, tzinfo=BANGKOK)


def test_a_thai_weekday_with_a_cue() -> None:
    (item,) = find_temporal("ขอให้ตอบกลับภายในวันจันทร์นี้", reference=WEDNESDAY)
    assert item.start == dt.datetime(2026, 3, 9, 23, 59, tzinfo=BANGKOK)


def test_a_weekday_without_a_cue_or_in_a_span_of_days_is_no_date() -> None:
    for text in (
        "The call is on Friday.",
        "The office is open Monday until Friday.",
        "Working hours: Monday – Friday, 08:30 to 16:30.",
    ):
        assert find_temporal(text, reference=WEDNESDAY) == [], text


def test_a_weekday_before_a_date_belongs_to_the_date() -> None:
    (item,) = find_temporal("Please reply by Friday, 13 March 2026.", reference=WEDNESDAY)
    assert item.start == dt.datetime(2026, 3, 13, 23, 59, tzinfo=BANGKOK)
    assert item.text == "Friday, 13 March 2026"


def test_this_and_next_month_fall_due_at_their_end() -> None:
    (this,) = find_temporal("Please send it before the end of this month.", reference=WEDNESDAY)
    (later,) = find_temporal("โปรดส่งภายในสิ้นเดือนหน้า", reference=WEDNESDAY)
    assert this.start == dt.datetime(2026, 3, 31, 23, 59, tzinfo=BANGKOK)
    assert later.start == dt.datetime(2026, 4, 30, 23, 59, tzinfo=BANGKOK)


def test_next_month_in_december_is_january() -> None:
    (item,) = find_temporal(
        "Nominations are due by next month.", reference=dt.datetime(2026, 12, 5)
    )
    assert item.start == dt.datetime(2027, 1, 31, 23, 59, tzinfo=BANGKOK)
