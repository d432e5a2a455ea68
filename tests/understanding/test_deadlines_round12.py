"""Round twelve's registration-deadline and delegate classes (tests/realmail/FAILURES.md, "Round
twelve fixes (kinds16)"), each in an invented text of the class's shape: applying to take part
is registering (under review), and a Thai count said as the sum of those just named asks nobody;
and the guards: a form whose label cell stands over another row's value, a Thai cap, a share per
office."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.text import MessageText
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import REVIEW_AT, extract_text

BANGKOK = ZoneInfo("Asia/Bangkok")
SENT = dt.datetime(2027, 3, 1, 9, tzinfo=BANGKOK)


def _meeting(body: str, subject: str = "") -> MeetingRecord:
    return extract_text(body, subject, sent=SENT).meeting


@pytest.mark.parametrize(
    ("subject", "body", "day"),
    [
        (
            "Example Youth Forum: application platform",
            "Application platform\nDeadline for applications: 30 June 2027\nFAQ\n"
            "Step 1 - Upload your motivation letter to join the Forum.\n",
            dt.date(2027, 6, 30),
        ),
        (
            "Example Course on Public Administration, Example City, 4-15 October 2027",
            "Officials of member governments may take part in the course. Please apply by"
            " 20 August 2027 through the online form.\n",
            dt.date(2027, 8, 20),
        ),
        (
            "Example Leadership Programme 2027",
            "Application deadline: 14 May 2027. The programme runs in Example City from 1 to 12"
            " July 2027.\n",
            dt.date(2027, 5, 14),
        ),
    ],
)
def test_applying_to_take_part_is_registering_under_review(
    subject: str, body: str, day: dt.date
) -> None:
    found = _meeting(body, subject).registration_deadline
    assert found is not None
    assert day_of(found.value) == day
    assert found.confidence < REVIEW_AT


def test_a_forms_label_cell_over_another_rows_value_is_no_application_day() -> None:
    # guard: the form's labels stand first, then its values: the issue date follows the label
    body = (
        "PROJECT NOTIFICATION\n\nIssue Date\n\nTitle\n\nClosing Date for Applications\n\n"
        "17 January 2027\n\nExample Planning Workshop\n\n3 May 2027\n"
    )
    found = _meeting(body).registration_deadline
    assert found is None or day_of(found.value) != dt.date(2027, 1, 17)


def test_the_sum_of_those_named_in_thai_asks_nobody() -> None:
    body = (
        "เมื่อวันที่ 9 มีนาคม 2570 สถานกงสุลใหญ่ได้จัดการประชุมออนไลน์ร่วมกับผู้แทนนักศึกษาไทย"
        "จากมหาวิทยาลัยในภูมิภาคตัวอย่างเหนือ ตัวอย่างกลาง และตัวอย่างใต้ รวม 11 คน"
        " เพื่อหารือแนวทางการทำงานร่วมกัน\n"
    )
    assert find_delegates_requested(MessageText.of(body)) is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # guards: a cap on the whole delegation, and an office's share beside a total
        ("ขอให้ส่งผู้แทนเข้าร่วมประชุม รวมไม่เกิน 3 คน ภายในวันที่ 20 มีนาคม 2570\n", 3),
        ("ขอให้มอบหมายผู้แทนหน่วยงานละ 2 คน รวม 24 คน เข้าร่วมการประชุม\n", 2),
    ],
)
def test_a_thai_cap_or_share_is_still_read(body: str, value: int) -> None:
    found = find_delegates_requested(MessageText.of(body))
    assert found is not None
    assert found.value == value
