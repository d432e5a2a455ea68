"""The temporal engine on random Thai and English mixed the way the office's mail mixes them.

tests/temporal/test_properties.py feeds pieces of expressions and arbitrary text; here
whole words of both languages, both digit sets, Buddhist and Common Era years, clock
times and zones run together in sentences, with references and default zones of every
kind. The promises: no exception, exact spans inside the text, start <= end, confidence
in [0, 1], aware datetimes. Derandomized, so CI runs the same examples every time.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.thai_digits import to_thai_digits
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import When

THAI = [
    "การประชุม", "ระหว่างวันที่", "วันที่", "ถึง", "เวลา", "น.", "ณ", "กรุงเทพมหานคร", "ภายใน",
    "ก่อน", "หลัง", "วันทำการ", "สัปดาห์", "เดือน", "มกราคม", "กุมภาพันธ์", "ธันวาคม", "ธ.ค.",
    "ม.ค.", "พ.ศ.", "ค.ศ.", "วันจันทร์ที่", "วันศุกร์ที่", "ตั้งแต่", "จนถึง", "กำหนด", "เลื่อน",
]  # fmt: skip
ENGLISH = [
    "meeting", "from", "to", "until", "on", "at", "by", "no later than", "within", "days",
    "working days", "weeks", "after", "before", "the Meeting", "January", "Dec", "December",
    "Monday", "Friday,", "hrs", "a.m.", "p.m.", "noon", "GMT+7", "(GMT+8)", "Jakarta time",
    "ICT", "UTC", "Bangkok time", "rescheduled", "deadline", "registration",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "-", "–", "/", ".", ":", ",", "\n", " (", ") ", "\t"]
ZONES = ["Asia/Bangkok", "Asia/Singapore", "Asia/Jakarta", "UTC", "Pacific/Kiritimati"]


NUMBER = st.integers(0, 3000).map(str)

MONTHS = ["มกราคม", "ธันวาคม", "ก.ย.", "ธ.ค.", "January", "Sep", "December", "Feb"]
# Most random word runs contain no date; these make sure many do, with damage around them.
DATE_LIKE = st.tuples(
    st.integers(0, 35).map(str),
    st.sampled_from([" ", "-", "–", " - "]),
    st.sampled_from(MONTHS),
    st.sampled_from([" ", " พ.ศ. ", ", "]),
    st.one_of(st.integers(2020, 2030), st.integers(2560, 2575)).map(str),
).map("".join)
WORD = st.one_of(
    DATE_LIKE,
    DATE_LIKE.map(to_thai_digits),
    st.sampled_from(THAI),
    st.sampled_from(ENGLISH),
    NUMBER,
    NUMBER.map(to_thai_digits),
    st.integers(2500, 2600).map(str),  # Buddhist-era years
    st.tuples(st.integers(0, 30), st.integers(0, 70)).map(lambda t: f"{t[0]}.{t[1]:02}"),
    st.tuples(st.integers(0, 30), st.integers(0, 70)).map(lambda t: f"{t[0]}:{t[1]:02}"),
)
TEXT = st.lists(st.tuples(WORD, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
REFERENCE = st.datetimes(
    dt.datetime(1971, 1, 1),
    dt.datetime(2150, 12, 31),
    timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=7)), None]),
)


def _instant(value: When) -> dt.datetime:
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None, f"naive {value}"
        return value
    return dt.datetime.combine(value, dt.time(), dt.UTC)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=TEXT, reference=REFERENCE, zone=st.sampled_from(ZONES))
def test_mixed_thai_and_english(text: str, reference: dt.datetime, zone: str) -> None:
    for item in find_temporal(text, reference=reference, default_tz=zone):
        start, end = item.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == item.text
        assert 0.0 <= item.confidence <= 1.0, item
        if item.start is not None:
            _instant(item.start)
        if item.start is not None and item.end is not None:
            if type(item.start) is type(item.end):
                assert _instant(item.start) <= _instant(item.end), item
            else:
                assert _instant(item.start).date() <= _instant(item.end).date(), item
