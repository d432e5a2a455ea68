"""Message kinds in the forms of round thirteen's failure classes (tests/realmail/FAILURES.md,
"Round thirteen fixes (kinds17)"; the texts are invented in each class's shape). Messages are
sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of


# K1: third-party news of a meeting still to come, with its source, is other.
def test_a_wire_story_of_a_meeting_ahead_is_other() -> None:
    body = (
        "EXAMPLE CITY, April 2: Health ministers of eleven countries will hold a five-day "
        "regional committee meeting here from April 20 to 24, 2026, the Example Health "
        "Organization said on Thursday.\n\n"
        "The meeting will discuss dengue, malaria and emergency teams.\n\n(Source: EXA)"
    )
    kind = kind_of("Regional health meeting to discuss priority issues", body)
    assert kind is MessageKind.OTHER


def test_thai_news_of_a_summit_ahead_from_a_spokesman_is_other() -> None:
    body = (
        "วันนี้ (2 เมษายน 2569) โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า นายกรัฐมนตรีมีกำหนดเดินทาง"
        "ไปร่วมการประชุมสุดยอดผู้นำตัวอย่าง ครั้งที่ 9 ณ เมืองตัวอย่าง ในวันที่ 20 เมษายน 2569 "
        "เวลา 09.00 น."
    )
    kind = kind_of("นายกฯ เตรียมร่วมประชุมสุดยอดผู้นำตัวอย่าง", body)
    assert kind is MessageKind.OTHER


# Guards: the organiser's own notice (no source quoted) stays what it was; news that the
# meeting is changed is an update; news of a meeting under way is not news of one ahead.
def test_an_organisers_notice_of_a_meeting_ahead_is_not_news() -> None:
    body = (
        "The Example Regional Committee will meet from April 20 to 24, 2026 at the Example "
        "Convention Centre, Example City.\nThe meeting will discuss dengue and malaria."
    )
    kind = kind_of("Example Regional Committee, 20-24 April 2026", body)
    assert kind is not MessageKind.OTHER


def test_news_that_a_meeting_ahead_moved_online_is_no_other() -> None:
    body = (
        "Example Airways disclosed that the creditors' meeting of 20 April 2026 will be held "
        "online because of the epidemic."
    )
    kind = kind_of("Example Airways moves creditors' meeting online, 20 April", body)
    assert kind is not MessageKind.OTHER


# K2: calls read for information are circulars: nominations with no day of a meeting;
# nominations or entries for a prize or a contest, whatever meeting it is given at; an undated
# registration page citing "the invitation letter"; a call to express interest.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Call for nominations to an Example Sub-Committee",
            "Members are invited to nominate candidates to the Example Sub-Committee on "
            "regional policy, which holds two meetings a year. Nominations should reach the "
            "Secretariat by 30 April 2026.",
        ),
        (
            "Call for Nominations for the Example Prize 2026",
            "The Example Secretariat is calling for nominations for the Example Prize 2026. "
            "The prize will be presented at the Example Leaders' Summit on 20 November 2026.",
        ),
        (
            "Example International Essay Contest",
            "The Example Office launches the Example Essay Contest ahead of the Example "
            "Leaders' Meeting on 18-19 November 2026. Two winners will be invited to the meeting.",
        ),
        (
            "Example Congress: Registration",
            "Registration\n\nAll participants in the Example Conference must be registered in "
            "advance. A note verbale with the registration form (enclosed with the invitation "
            "letter) should be sent to the Secretariat no later than 30 April 2026.",
        ),
        (
            "Example Secretariat seeks participants for the Example Forum",
            "The Example Office is calling for expressions of interest from bodies "
            "keen to attend the Example Forum to be held from 20 to 22 May 2026 in Example City.",
        ),
    ],
)
def test_a_call_read_for_information_is_a_circular(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CIRCULAR


def test_a_call_for_nominations_with_a_meeting_day_still_invites() -> None:
    body = (
        "The Example Workshop will be held in Example City on 20-22 May 2026. Parties are "
        "invited to nominate one expert to attend the workshop."
    )
    kind = kind_of("Example Workshop: call for nominations", body)
    assert kind is MessageKind.INVITATION


def test_a_meeting_notice_without_a_call_stays_an_update() -> None:
    body = (
        "The Example Forum will be held from 20 to 22 May 2026 in Example City.\n"
        "Details of the programme follow."
    )
    kind = kind_of("Example Forum 2026", body)
    assert kind is MessageKind.UPDATE


# K3: Thai news of a meeting held: an office that joined a video conference to listen, those
# it has invited to a meeting on a day gone by, a meeting over the past days.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "สำนักงานตัวอย่าง ร่วมรับฟังการประชุมทางไกล รับนโยบายการคัดเลือกโรงเรียน",
            "วันที่ 2 เมษายน 2569 เวลา 13.30 น. ผู้อำนวยการสำนักงานตัวอย่าง พร้อมด้วยคณะ "
            "ร่วมรับฟังการประชุมทางไกล ณ ห้องประชุมสำนักงานตัวอย่าง",
        ),
        (
            "ประชุมผู้บริหารโรงเรียนตัวอย่าง",
            "สำนักงานตัวอย่าง ได้เชิญผู้บริหารโรงเรียนประชุม เมื่อวันพุธที่ 1 เมษายน 2569 "
            "เวลา 10.00 น. ณ ห้องประชุมโรงเรียนตัวอย่าง",
        ),
        (
            "การประชุมคณะกรรมการชายแดนตัวอย่าง ไม่คืบหน้า",
            "การประชุมคณะกรรมการชายแดนตัวอย่าง ที่เมืองตัวอย่าง ช่วงสามวันที่ผ่านมา ไม่คืบหน้า",
        ),
    ],
)
def test_thai_news_of_a_meeting_joined_or_held_is_a_report(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.REPORT


def test_a_thai_invitation_to_listen_to_a_meeting_still_invites() -> None:
    body = "ขอเชิญร่วมรับฟังการประชุมทางไกล ในวันที่ 2 เมษายน 2569 เวลา 13.30 น. ณ ห้องประชุมสำนักงานตัวอย่าง"
    kind = kind_of("ขอเชิญร่วมรับฟังการประชุมทางไกล", body)
    assert kind is MessageKind.INVITATION


# K4: "You are hereby invited to submit the names of experts" invites ("by invitation" in an
# events list still does not).
def test_hereby_invited_invites() -> None:
    body = (
        "A meeting of the Example Expert Group will take place in Example City later this "
        "year. You are hereby invited to put forward the names of up to two specialists from "
        "your administration who may serve in the expert meeting."
    )
    kind = kind_of("Notification: Example Expert Group", body)
    assert kind is MessageKind.INVITATION
