"""Round seven's date classes left by dates8 (tests/realmail/FAILURES.md), each in an invented
text of the class's shape: a Thai month's name misspelt in the source."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reading.document import MailDocument
from bot.understanding.extract import extract_message
from bot.understanding.record import Extraction
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal

SENT = dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def _extract(body: str, subject: str = "") -> Extraction:
    doc = MailDocument(
        message_id="dates9@example.org", subject=subject, sender=None, to=(), cc=(), date=SENT,
        in_reply_to=None, references=(), authentication_results=(), text=body,
    )  # fmt: skip
    return extract_message(doc, default_tz="Asia/Bangkok")


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
    meeting = _extract(
        "ประกาศสภาเทศบาลตำบลตัวอย่าง\n"
        "เรื่อง เรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 2 ประจำปี พ.ศ. 2569\n\n"
        "ด้วยสภาเทศบาลตำบลตัวอย่าง กำหนดสมัยประชุมสามัญ สมัยที่ 2 เริ่มสมัยประชุมใน"
        "วันที่ 1 พฤษถาคม 2569 เป็นตันไป มีกำหนดไม่เกิน 30 วัน\n\n"
        "จึงขอเชิญประชาชนผู้สนใจเข้าร่วมรับฟังการประชุมในวันที่ 12 พฤษถาคม 2569"
        " ณ ห้องประชุมสภาเทศบาล เวลา 09.00 น. เป็นต้นไป\n"
    ).meeting
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 12, 9, 0, tzinfo=meeting.start.value.tzinfo)
    assert meeting.start.confidence < 0.8
