"""Round seven's field classes left by fields7 (tests/realmail/FAILURES.md, D2), each in an
invented text of the class's shape: a meeting's hour written apart from its days."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.record import DeadlineKind
from tests.understanding.helpers import extract_text


def test_a_range_takes_the_hour_its_first_day_opens_at_in_another_sentence() -> None:
    meeting = extract_text(
        "The Regional Forum on Skills invites your organisation to the twelfth session of the"
        " Forum, which will be held from 14 to 16 October 2026 at the Riverside Convention"
        " Centre, Kuala Lumpur, Malaysia. The opening session will begin at 09:30 on Wednesday,"
        " 14 October.\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(
        2026, 10, 14, 9, 30, tzinfo=meeting.start.value.tzinfo
    )
    assert meeting.start.value.utcoffset() == dt.timedelta(hours=8)  # Kuala Lumpur's wall clock
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2026, 10, 16)
    assert "09:30" in meeting.start.source


def test_a_written_weekday_settles_an_unwritten_year() -> None:
    # sent in April: 14 October last year is nearer, but only this year's is a Wednesday
    meeting = extract_text(
        "The committee will meet on Wednesday, 14 October, at the town hall.\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 10, 14)


def test_an_hour_on_another_day_of_the_range_is_not_its_start() -> None:
    meeting = extract_text(
        "The Regional Forum on Skills will be held from 14 to 16 October 2026 in Kuching,"
        " Malaysia. The closing session will begin at 15:00 on Friday, 16 October.\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 10, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Written statements for the session should reach the secretariat no later than"
        " 12 May 2026 (Geneva time).",
        "The deadline for abstract submission is 30 April 2026.",
        "ส่งบทคัดย่อภายในวันที่ 30 เมษายน 2569",
    ],
)
def test_what_a_session_asks_to_be_written_for_it_is_due_as_documents(sentence: str) -> None:
    deadlines = extract_text(f"Dear colleagues,\n\n{sentence}\n").meeting.deadlines
    assert [d.kind for d in deadlines] == [DeadlineKind.DOCUMENTS]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the next word written on after the unit, a number in words
        ("ขอให้สหกรณ์สมาชิกส่งผู้แทนแห่งละหนึ่งคนเพื่อเข้าร่วมประชุมใหญ่สามัญประจำปี", 1),
        ("ขอเชิญผู้ใหญ่บ้านส่งผู้แทนหมู่บ้านละสามคนเข้าร่วมประชุมประชาคมตำบล", 3),
        ("ขอให้องค์กรปกครองส่วนท้องถิ่นส่งผู้แทน หน่วยละ 2 คน เข้าร่วมการอบรม", 2),
    ],
)
def test_a_thai_count_per_body_or_place_is_what_each_is_asked_to_send(
    sentence: str, count: int
) -> None:
    delegates = extract_text(f"เรียน นายกองค์การบริหารส่วนตำบล\n\n{sentence}\n").meeting
    assert delegates.delegates_requested is not None
    assert delegates.delegates_requested.value == count


def test_the_last_word_of_a_thai_number_is_not_a_count_of_its_own() -> None:
    meeting = extract_text("ที่ประชุมมีผู้เข้าร่วมสิบสองคน และได้หารือเรื่องงบประมาณ\n").meeting
    assert meeting.delegates_requested is None or meeting.delegates_requested.value != 2


def test_a_thai_count_in_tens_is_read_whole() -> None:
    meeting = extract_text("ขอให้แต่ละจังหวัดส่งผู้แทนจังหวัดละสิบสองคนเข้าร่วมประชุม\n").meeting
    assert meeting.delegates_requested is not None
    assert meeting.delegates_requested.value == 12


def test_a_quota_per_village_asked_of_no_office_stays_under_review() -> None:
    # a village meeting's own arrangement, not what an office is asked to send
    meeting = extract_text("ที่ประชุมมีมติให้คัดเลือกตัวแทนแต่ละหมู่บ้านมารับสิ่งของหมู่บ้านละ 4 คน\n").meeting
    count = meeting.delegates_requested
    assert count is None or count.confidence < 0.8
