"""The correction form is filled with the current value as an officer types it, and
reading that text back gives the value it came from."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.meetings.typed_text import typed_text
from bot.meetings.typed_values import typed_deadlines, typed_mode, typed_when

# The day the form is filled in: the years typed below are around it.
TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("stored", "zone", "shown"),
    [
        ("2027-03-05T09:30:00+08:00", "Asia/Singapore", "2570-03-05 09:30"),
        ("2027-03-05T09:30:00+08:00", "Asia/Bangkok", "2570-03-05 08:30"),
        ("2027-03-05", "Asia/Bangkok", "2570-03-05"),
    ],
)
def test_a_day_and_hour_in_the_buddhist_era_and_the_forms_zone(stored, zone, shown):
    text = typed_text("start", {"value": stored, "source": "x", "confidence": 0.9}, zone)
    assert text == shown
    read_back = typed_when(text, zone, today=TODAY)
    if "T" in stored:  # the same moment, written in the form's zone
        assert dt.datetime.fromisoformat(read_back) == dt.datetime.fromisoformat(stored)
    else:
        assert read_back == stored


def test_a_zone_the_form_would_refuse_keeps_the_moment_as_stored():
    text = typed_text("start", {"value": "2027-03-05T09:30:00+08:00"}, "Bangkok")
    assert text == "2570-03-05 09:30+08:00"
    assert typed_when(text, "Asia/Bangkok", today=TODAY) == "2027-03-05T09:30:00+08:00"


def test_deadlines_a_line_each_and_back():
    stored = [
        {
            "kind": "registration",
            "due": "2027-02-13T17:00:00+07:00",
            "relative": None,
            "source": "register by 13 February, 17:00",
            "confidence": 0.9,
        },
        {"kind": "nomination", "due": "2027-02-19", "relative": None, "source": ""},
    ]
    text = typed_text("deadlines", stored, "Asia/Bangkok")
    assert text == "ลงทะเบียน 2570-02-13 17:00; เสนอรายชื่อผู้แทน 2570-02-19"
    assert typed_deadlines(text, "Asia/Bangkok", today=TODAY) == [
        {"kind": "registration", "due": "2027-02-13T17:00:00+07:00", "relative": None},
        {"kind": "nomination", "due": "2027-02-19", "relative": None},
    ]


def test_a_deadline_counted_from_the_meeting_keeps_its_count_as_json():
    relative = {"days": 14, "after": "end"}
    stored = [{"kind": "report", "due": "2027-03-20", "relative": relative, "source": "s"}]
    text = typed_text("deadlines", stored, "Asia/Bangkok")
    assert json.loads(text) == [{"kind": "report", "due": "2027-03-20", "relative": relative}]


def test_a_deadline_meetbot_derived_is_not_put_in_the_officers_hands():
    stored = [{"kind": "nomination", "due": "2027-02-10", "relative": None, "derived": True}]
    assert typed_text("deadlines", stored, "Asia/Bangkok") == ""


def test_the_mode_by_its_thai_name_and_nothing_for_an_empty_value():
    text = typed_text("mode", {"value": "virtual"}, "Asia/Bangkok")
    assert text == "ประชุมออนไลน์"
    assert typed_mode(text) == "virtual"
    assert typed_text("venue", {"value": None}, "Asia/Bangkok") == ""
    assert typed_text("online_meetings", [], "Asia/Bangkok") == ""
