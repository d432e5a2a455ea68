"""Round seven's date classes left by dates8 (tests/realmail/FAILURES.md), each in an invented
text of the class's shape: a Thai month's name misspelt in the source, a meeting's hour
written apart from its day."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal
from tests.understanding.helpers import SENT, extract_text


def _found(text: str) -> list[Temporal]:
    return find_temporal(text, reference=SENT)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ประชุมในวันที่ 14 พฤษถาคม 2569 ณ ห้องประชุม", dt.date(2026, 5, 14)),  # a letter changed
        ("ประชุมในวันที่ 14 กันยายยน 2569", dt.date(2026, 9, 14)),  # ย doubled
        ("ประชุมในวันที่ 14 ตุลคาม พ.ศ. 2569", dt.date(2026, 10, 14)),  # two letters swapped
        ("ประชุมในวันที่ 3 มิถุนาน 2569", dt.date(2026, 6, 3)),  # the short form, a letter added
        ("ประชุมในวันที่ 3 มิถุนา 2569", dt.date(2026, 6, 3)),  # the short form as said
        ("ประชุมวันที่ 21 มิถุายน เวลา 13.30 น.", dt.date(2026, 6, 21)),  # an hour after it
    ],
)
def test_a_misspelt_thai_month_between_a_day_and_a_year_is_read_under_review(
    text: str, day: dt.date
) -> None:
    (found,) = _found(text)
    assert found.start is not None
    assert (found.start.date() if isinstance(found.start, dt.datetime) else found.start) == day
    assert found.confidence < 0.8
    assert any("read as the month" in reason for reason in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "ผู้แทน 2 คนละคน 2569",  # no month's name near the word
        "ประชุม 14 สิงหาค ณ ห้องประชุม",  # no year or hour after it: no date context
        "ในวันที่ 14 ตุลาคม 2569",  # spelt right: the month patterns' date, at their confidence
    ],
)
def test_a_word_that_is_no_misspelt_month_in_a_dates_context_is_left(text: str) -> None:
    assert all(not any("read as the month" in reason for reason in t.reasons) for t in _found(text))


def test_a_sitting_in_a_misspelt_month_is_the_meeting_not_the_session_it_falls_in() -> None:
    meeting = extract_text(
        "ประกาศสภาเทศบาลตำบลตัวอย่าง\n"
        "เรื่อง เรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี พ.ศ. 2569\n\n"
        "ด้วยสภาเทศบาลตำบลตัวอย่าง กำหนดสมัยประชุมสามัญ สมัยที่ 2 เริ่มสมัยประชุมใน"
        "วันที่ 1 พฤษถาคม 2569 เป็นตันไป มีกำหนดไม่เกิน 45 วัน\n\n"
        "จึงขอเชิญประชาชนผู้สนใจเข้าร่วมรับฟังการประชุมในวันที่ 12 พฤษถาคม 2569"
        " ณ ห้องประชุมสภาเทศบาล เวลา 09.00 น. เป็นต้นไป\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 12, 9, 0, tzinfo=meeting.start.value.tzinfo)
    assert meeting.start.confidence < 0.8


def _start(body: str, subject: str = "") -> tuple[object, float, str]:
    meeting = extract_text(body, subject).meeting
    assert meeting.start is not None
    return meeting.start.value, meeting.start.confidence, meeting.start.source


def test_the_hour_later_in_the_days_own_sentence_is_the_meetings_under_review() -> None:
    value, confidence, source = _start(
        "Members are hereby notified that the annual general meeting of the Example Growers'"
        " Cooperative will be held on Thursday, 14 May 2026, at the cooperative's hall, 12 Mill"
        " Road, Example Town Distt. Example at 10.30 a.m. to transact the following business.\n"
    )
    assert isinstance(value, dt.datetime)
    assert (value.date(), value.hour, value.minute) == (dt.date(2026, 5, 14), 10, 30)
    assert confidence < 0.8
    assert "10.30 a.m." in source


def test_an_hour_after_another_events_words_in_the_sentence_is_not_the_meetings() -> None:
    value, _, _ = _start(
        "The annual general meeting of the Example Growers' Cooperative will be held on"
        " Thursday, 14 May 2026 at the cooperative's hall; registration of members opens at"
        " 8.30 a.m.\n"
    )
    assert value == dt.date(2026, 5, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will hold the vote in a Zoom meeting at 6:30 pm tomorrow (link below).",
        "พรุ่งนี้ เวลา 18.30 น. จะมีการประชุมทางระบบ Zoom เพื่อลงมติ",
    ],
)
def test_an_hour_beside_tomorrow_is_the_hour_of_the_day_tomorrow_names(sentence: str) -> None:
    heading = "Special members' meeting tomorrow, Friday 3/4"
    value, confidence, _ = _start(f"{heading}\n\n{sentence}\n", subject=heading)
    assert isinstance(value, dt.datetime)
    assert (value.date(), value.hour, value.minute) == (dt.date(2026, 4, 3), 18, 30)
    assert confidence < 0.8


def test_an_hour_beside_today_is_not_joined_to_tomorrows_meeting() -> None:
    value, _, _ = _start(
        "Office hours today are 9:00 to 12:00.\nThe members' meeting will be held tomorrow,"
        " Friday 3 April 2026, in the main hall.\n"
    )
    assert value == dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    ("line", "hour"),
    [
        ("The forum will start at 9.00 am sharp; please be seated by then.", 9),
        ("การประชุมจะเริ่มประชุมเวลา 13.30 น. ขอให้ผู้เข้าร่วมมาถึงก่อนเวลา", 13),
    ],
)
def test_a_start_hour_written_without_a_day_joins_the_meetings_only_day(
    line: str, hour: int
) -> None:
    value, confidence, _ = _start(
        "The Example Forum on Skills will be held on Thursday 14 May 2026 at the Example Centre,"
        f" Kuala Lumpur.\n\nParticipants are asked to arrive early.\n\n{line}\n"
    )
    assert isinstance(value, dt.datetime)
    assert (value.date(), value.hour) == (dt.date(2026, 5, 14), hour)
    assert confidence < 0.8


def test_two_start_hours_without_a_day_leave_the_day_without_one() -> None:
    value, _, _ = _start(
        "The Example Forum on Skills will be held on Thursday 14 May 2026 at the Example Centre."
        "\n\nThe morning panel will start at 9.00 am.\n\nThe youth panel will start at 2.00 pm.\n"
    )
    assert value == dt.date(2026, 5, 14)


def test_the_start_hour_joins_the_only_day_when_that_day_is_a_desks() -> None:
    value, confidence, source = _start(
        "Example Forum on Skills: practical information\n\n"
        "The registration desk will open at 8.15 am on Thursday 14 May 2026. Please bring an"
        " identity card.\n\nThe Forum will start at 9.30 am sharp in Room 1.\n"
    )
    assert isinstance(value, dt.datetime)
    assert (value.date(), value.hour, value.minute) == (dt.date(2026, 5, 14), 9, 30)
    assert confidence < 0.8
    assert "9.30 am" in source


def test_the_start_hour_joins_no_day_when_the_text_gives_two() -> None:
    meeting = extract_text(
        "Example Forum on Skills: practical information\n\n"
        "The registration desk will open at 8.15 am on Thursday 14 May 2026 and at 8.30 am on"
        " Friday 15 May 2026.\n\nThe Forum will start at 9.30 am sharp in Room 1.\n"
    ).meeting
    assert meeting.start is None or not (
        isinstance(meeting.start.value, dt.datetime) and meeting.start.value.hour == 9
    )


def test_a_postponements_new_day_named_from_the_storys_date_is_its_start() -> None:
    # sent on Thursday 2 April 2026: "on Friday" said of the future is 3 April
    meeting = extract_text(
        "Regional labour forum moved online\n\n"
        "The Regional Labour Forum, which had been scheduled to take place from 16 to 18 March"
        " in Example City, has been postponed because of the floods. After being postponed by"
        " two weeks, the Forum will be held online on\nFriday.\n",
        subject="Regional labour forum postponed, now online",
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 4, 3)
    assert meeting.start.confidence < 0.8


def test_ministers_who_will_meet_on_a_weekday_meet_on_the_next_one() -> None:
    meeting = extract_text(
        "Labour ministers from the region will meet in the coastal city of Example Bay on"
        " Saturday to prepare for the summit in November, officials said.\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 4, 4)
    assert meeting.start.confidence < 0.8
