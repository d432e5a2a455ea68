import datetime as dt
from typing import Literal

from bot.understanding.temporal.relative import find_relative, is_working_day, resolve_relative
from bot.understanding.temporal.types import Relative

Unit = Literal["hour", "day", "week", "month"]


def _rel(
    amount: int, unit: Unit = "day", *, working: bool = False, before: bool = False
) -> Relative:
    return Relative(
        amount=amount,
        unit=unit,
        working_days=working,
        direction="before" if before else "after",
        anchor="the Meeting",
    )


def test_working_days_skip_weekends_and_songkran() -> None:
    # Thursday 9 April 2026: Fri 10 is day 1; 13-15 April are Songkran; then 16, 17, 20 … 28.
    assert resolve_relative(_rel(10, working=True), dt.date(2026, 4, 9)) == dt.date(2026, 4, 28)
    assert not is_working_day(dt.date(2026, 4, 13))
    assert not is_working_day(dt.date(2026, 4, 11))  # a Saturday
    assert is_working_day(dt.date(2026, 4, 16))


def test_working_days_before_the_anchor() -> None:
    # Before Tuesday 5 May 2026: Mon 4 May (Coronation Day) and Fri 1 May (Labour Day) are off.
    assert resolve_relative(_rel(1, working=True, before=True), dt.date(2026, 5, 5)) == dt.date(
        2026, 4, 30
    )


def test_calendar_units() -> None:
    anchor = dt.date(2025, 9, 30)
    assert resolve_relative(_rel(2, "week"), anchor) == dt.date(2025, 10, 14)
    assert resolve_relative(_rel(3, before=True), anchor) == dt.date(2025, 9, 27)
    assert resolve_relative(_rel(1, "month"), dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)
    assert resolve_relative(_rel(6, "month", before=True), anchor) == dt.date(2025, 3, 30)


def test_hours_round_to_the_earlier_day() -> None:
    anchor = dt.date(2026, 9, 30)
    assert resolve_relative(_rel(72, "hour", before=True), anchor) == dt.date(2026, 9, 27)
    assert resolve_relative(_rel(36, "hour", before=True), anchor) == dt.date(2026, 9, 28)
    assert resolve_relative(_rel(36, "hour"), anchor) == dt.date(2026, 10, 1)


def test_a_bound_without_a_direction_is_a_duration() -> None:
    assert list(find_relative("Passports must be valid for at least six (6) months.")) == []
    assert list(find_relative("หนังสือเดินทางต้องมีอายุไม่น้อยกว่า ๖ เดือน")) == []
    found = [t.relative for t in find_relative("at least 24 hours prior to the session")]
    assert found == [
        Relative(
            amount=24, unit="hour", working_days=False, direction="before", anchor="the session"
        )
    ]


def test_finding_relative_expressions() -> None:
    found = list(find_relative("within three (3) days before arrival in Malaysia"))
    assert [t.relative for t in found] == [
        Relative(amount=3, unit="day", working_days=False, direction="before", anchor="arrival")
    ]
    assert list(find_relative("three nights, 3 days")) == []  # durations, not points in time
    assert list(find_relative("โทรศัพท์ ๐ ๒๒๔๕ ๑๓๓๐ ภายใน ๓๑๗๔")) == []  # a phone extension


def test_in_advance_counts_back_from_an_anchor_written_before_or_none() -> None:
    def found(text: str) -> list[Relative | None]:
        return [t.relative for t in find_relative(text)]

    assert found("ขอให้ส่งเอกสารล่วงหน้าก่อนวันประชุมอย่างน้อย ๗ วัน") == [
        Relative(amount=7, unit="day", working_days=False, direction="before", anchor="วันประชุม")
    ]
    assert found("โปรดแจ้งล่วงหน้าอย่างน้อย ๓ วันทำการ") == [
        Relative(amount=3, unit="day", working_days=True, direction="before", anchor="")
    ]
    assert found("at least three working days in advance") == [
        Relative(amount=3, unit="day", working_days=True, direction="before", anchor="")
    ]
    # "ก่อนหน้านี้" is "earlier", not an anchor; a bare "๓ วัน" is a duration.
    assert [r.direction for r in found("ก่อนหน้านี้ภายใน ๗ วัน") if r] == ["after"]
    assert found("ประชุม ๓ วัน") == []
