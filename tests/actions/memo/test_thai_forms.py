import datetime as dt

import pytest

from bot.actions.memo.thai_forms import thai_day_span
from bot.actions.memo.urgency import urgency_mark

THRESHOLDS = {"ด่วนที่สุด": 3, "ด่วนมาก": 7, "ด่วน": 14}
TODAY = dt.date(2025, 9, 10)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2025, 12, 16), dt.date(2025, 12, 18), "๑๖-๑๘ ธันวาคม ๒๕๖๘"),
        (dt.date(2025, 9, 30), None, "๓๐ กันยายน ๒๕๖๘"),
        (dt.date(2025, 9, 30), dt.date(2025, 10, 2), "๓๐ กันยายน - ๒ ตุลาคม ๒๕๖๘"),
        (dt.date(2025, 12, 30), dt.date(2026, 1, 2), "๓๐ ธันวาคม ๒๕๖๘ - ๒ มกราคม ๒๕๖๙"),
    ],
)
def test_day_spans_in_thai(start, end, expected):
    assert thai_day_span(start, end) == expected


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (-9, "ด่วนที่สุด"),
        (0, "ด่วนที่สุด"),
        (3, "ด่วนที่สุด"),
        (4, "ด่วนมาก"),
        (7, "ด่วนมาก"),
        (8, "ด่วน"),
        (14, "ด่วน"),
        (15, None),
    ],
)
def test_urgency_from_days_left(days_left, expected):
    deadline = TODAY + dt.timedelta(days=days_left)
    assert urgency_mark(deadline, TODAY, THRESHOLDS) == expected


def test_a_cited_urgency_is_kept_and_no_deadline_means_no_mark():
    assert urgency_mark(None, TODAY, THRESHOLDS) is None
    far = TODAY + dt.timedelta(days=60)
    assert urgency_mark(far, TODAY, THRESHOLDS, also=["ด่วนที่สุด"]) == "ด่วนที่สุด"
    assert urgency_mark(TODAY, TODAY, {"ด่วน": 5}) == "ด่วน"  # only the configured marks
