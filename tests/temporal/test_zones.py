import datetime as dt

import pytest

from bot.understanding.temporal.zones import ZONE_TAIL, tzinfo_of, zone_of


@pytest.mark.parametrize(
    ("phrase", "zone"),
    [
        ("GMT+8", "UTC+08:00"), ("UTC+07:00", "UTC+07:00"), ("GMT +8", "UTC+08:00"),
        ("UTC-05:30", "UTC-05:30"), ("+0700", "UTC+07:00"), ("GMT", "UTC"),
        ("Singapore Time", "Asia/Singapore"), ("Jakarta time", "Asia/Jakarta"),
        ("Manila time", "Asia/Manila"), ("Kuala Lumpur time", "Asia/Kuala_Lumpur"),
        ("Philippine Standard Time", "Asia/Manila"), ("ICT", "Asia/Bangkok"),
        ("MYT", "Asia/Kuala_Lumpur"), ("WIB", "Asia/Jakarta"), ("PHT", "Asia/Manila"),
        ("SGT", "Asia/Singapore"), ("ตามเวลาสิงคโปร์", "Asia/Singapore"),
        ("ตามเวลาของสิงคโปร์", "Asia/Singapore"), ("เวลาประเทศไทย", "Asia/Bangkok"),
        ("ตามเวลาประเทศอินโดนีเซีย", "Asia/Jakarta"), ("+07:00", "UTC+07:00"),
        ("ตามเวลากรุงจาการ์ตา", "Asia/Jakarta"), ("เวลาเจนีวา", "Europe/Zurich"),
    ],
)  # fmt: skip
def test_zone_phrases(phrase: str, zone: str) -> None:
    assert zone_of(phrase) == zone


def test_not_zones() -> None:
    assert zone_of("Time") is None
    assert zone_of("เวลา") is None
    assert zone_of("-10:30") is None  # the end of "09:00 -10:30", not an offset


def test_fixed_offsets_and_iana_names_give_tzinfo() -> None:
    noon = dt.datetime(2025, 9, 30, 12)
    assert tzinfo_of("UTC+08:00").utcoffset(noon) == dt.timedelta(hours=8)
    assert tzinfo_of("UTC-05:30").utcoffset(noon) == -dt.timedelta(hours=5, minutes=30)
    assert tzinfo_of("Asia/Yangon").utcoffset(noon) == dt.timedelta(hours=6, minutes=30)


def test_a_pair_of_zones_after_an_expression() -> None:
    m = ZONE_TAIL.match(" (Singapore Time, GMT+8), using the link")
    assert m is not None
    assert (m["z1"], m["z2"]) == ("Singapore Time", "GMT+8")
    assert m.group(0) == " (Singapore Time, GMT+8)"


def test_an_offset_no_zone_has_is_no_zone() -> None:
    assert zone_of("GMT+80") is None  # a typo for GMT+8: tzinfo_of would raise on it
    assert zone_of("UTC+14") == "UTC+14:00"
