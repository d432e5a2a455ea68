"""Properties that hold for any text: no exception, exact spans inside the text, start <= end."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding.temporal.find import find_temporal

# Pieces of real expressions, so that random texts often come close to dates and stress the
# boundaries between patterns; plain characters fill the gaps.
_PIECES = [
    "30", "๓๐", "16", "-", "–", " ", "\n", "/", ".", ":", "September", "Sep", "ก.ย.", "กย",
    "ธันวาคม", "๒๕๖๘", "2025", "69", "วันที่", "ระหว่าง", "เวลา", "น.", "hrs", "pm", "at",
    "(GMT+8)", "Singapore Time", "ภายใน", "no later than", "by", "within", "two", "weeks",
    "after", "the Meeting", "วันทำการ", "(", ")", "Tuesday", "วันอังคารที่", "พ.ศ.", "to",
]  # fmt: skip
_TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=25).map("".join)


def _check(text: str, reference: dt.datetime) -> None:
    for item in find_temporal(text, reference=reference):
        start, end = item.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == item.text
        if item.start is not None and item.end is not None:
            assert _instant(item.start) <= _instant(item.end)


def _instant(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(), dt.UTC)


@settings(max_examples=120, deadline=None)
@given(text=_TEXT, day=st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)))
def test_pieces_of_expressions(text: str, day: dt.date) -> None:
    _check(text, dt.datetime.combine(day, dt.time()))


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=200))
def test_any_text(text: str) -> None:
    _check(text, dt.datetime(2025, 9, 1))
