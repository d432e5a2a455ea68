"""Message kinds in the forms of round ten's failure classes (tests/realmail/FAILURES.md, "test10"
K1-K3; "Round ten fixes (kinds14)"; the texts are invented in each class's shape)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import BANGKOK, extract, mail


def _kind(subject: str, body: str, sent: dt.date = dt.date(2026, 4, 2)) -> MessageKind:
    return extract(mail(body, subject, sent=dt.datetime.combine(sent, dt.time(9), BANGKOK))).kind


# K2: a call-off said on a condition, as a possibility or of long ago calls nothing off.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # a typhoon signal's arrangements: the sitting goes ahead unless the signal is up
            "Arrangements of the Example Council meeting under adverse weather",
            "With a tropical storm edging closer, the arrangements of the Example Council "
            "meeting tomorrow (April 3) will be as follows:\n"
            "(1) if Typhoon Signal No. 8 is issued and remains in force between 7am and 9am "
            "tomorrow, the Council meeting scheduled for 9am tomorrow will be rescheduled;\n"
            "(2) if Typhoon Signal No. 8 is cancelled, the President will decide whether to "
            "hold the meeting two hours after the cancellation of the signal.\n",
        ),
        (  # a conference's rule for bad weather, its lines broken as a PDF breaks them
            "Example Conference 2026 - Adverse Weather Arrangement",
            "Adverse Weather Arrangement\nIf the Black Rainstorm Signal is hoisted on or after\n"
            "7am, the sessions of the Conference will be cancelled for that particular\nday.\n",
        ),
        (  # a Thai headline: the Senate ready to call its sitting off if a joint sitting is held
            "วุฒิสภาตัวอย่างพร้อมงดการประชุมหากมีประชุมร่วมกันของรัฐสภา",
            "วุฒิสภาตัวอย่างนัดประชุม 21-22 เม.ย. นี้ เพื่อพิจารณารายงานของคณะกรรมาธิการ "
            "แต่พร้อมงดหากมีการประชุมร่วมกันของรัฐสภา\n",
        ),
        (  # may be called off
            "Example Board meeting on 20 April",
            "The Example Board meeting on 20 April may be called off if the budget is not ready "
            "in time. Members will be told by 15 April.\n",
        ),
        (  # news of a summit ahead recalls one cancelled years ago
            "Example City ready to host regional summit",
            "Security was tightened, mindful of the incident ten years ago when a summit of "
            "regional leaders had to be cancelled after protesters stormed the venue. The "
            "summit will take place on Saturday (April 11) in Example City.\n",
        ),
    ],
)
def test_a_call_off_on_a_condition_cancels_nothing(subject: str, body: str) -> None:
    assert _kind(subject, body) is not MessageKind.CANCELLATION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # guard: called off, then a sentence opening with "If"
            "Example Committee meeting",
            "The Example Committee meeting of 20 April has been cancelled. If you have booked "
            "travel, please contact the secretariat.\n",
        ),
        (  # guard: cancelled because of a condition that holds
            "Example Committee meeting",
            "As Typhoon Signal No. 8 has been issued, the Example Committee meeting scheduled "
            "for this afternoon is cancelled.\n",
        ),
        (  # guard: a Thai notice calling a sitting off; a condition on another line
            "ประกาศงดการประชุมสภาตัวอย่าง",
            "ขอยกเลิกการประชุมสภาตัวอย่าง สมัยสามัญ สมัยที่ 2 ในวันที่ 20 เมษายน 2569\n"
            "หากมีข้อสงสัย โปรดติดต่อสำนักปลัด\n",
        ),
    ],
)
def test_a_call_off_that_holds_still_cancels(subject: str, body: str) -> None:
    assert _kind(subject, body) is MessageKind.CANCELLATION
