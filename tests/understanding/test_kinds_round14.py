"""Message kinds in the forms of round fourteen's failure class K1 (tests/realmail/FAILURES.md,
"Round fourteen fixes (kinds18)"; the texts are invented in each class's shape): a page of a
meeting's details that neither invites nor follows anything, but tells how to register, apply
or reply, names its event as a field, or sets out a draft agenda under a heading, is the
organiser's notice (an invitation), not an update; a page of guidelines for participants or
of due dates is a circular. Guards: the same details with a change word stay an update, and
without any such word the fallback still gives an update. Messages are sent on 2 April 2026
(tests.understanding.helpers)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of

_DETAILS = "The Example Regional Forum 2026 will be held at Example University on 20-21 May 2026.\n"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Example Regional Forum 2026", _DETAILS + "Registration fee: USD 100 per person.\n"),
        ("Example Regional Forum 2026", _DETAILS + "Please download the application form.\n"),
        (
            "การสัมมนาวิชาการตัวอย่าง",
            "การสัมมนาวิชาการตัวอย่าง วันที่ 20 พฤษภาคม 2569 ณ มหาวิทยาลัยตัวอย่าง\n"
            "08.15 - 08.45 น. ลงทะเบียน\n08.45 - 12.00 น. การบรรยาย\n",
        ),
        (
            "แบบตอบรับเข้าร่วมงาน : วันตัวอย่าง",
            "แบบตอบรับเข้าร่วมงาน\nวันตัวอย่าง วันศุกร์ที่ 22 พฤษภาคม 2569 "
            "ณ ห้องประชุมตัวอย่าง มหาวิทยาลัยตัวอย่าง\nชื่อ :\nนามสกุล :\n",
        ),
        (
            "Example Training Workshop",
            "Event: Example Training Workshop on Example Topics\n"
            "Date: 26-28 May 2026 (Example City)\nThe workshop will cover example topics.\n",
        ),
        (
            "Annual meeting of the Example Commission",
            "The annual meeting of the Example Commission will be held online on 15 May 2026.\n\n"
            "Draft Agenda\n9:00 Adoption of the agenda\n9:10 Example item\n",
        ),
    ],
)
def test_a_page_telling_how_to_take_part_is_an_invitation(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.INVITATION


@pytest.mark.parametrize(
    "subject", ["Guidelines for participants and authors", "Example Conference 2026 due dates"]
)
def test_guidelines_or_due_dates_pages_are_circulars(subject: str) -> None:
    body = _DETAILS + "Registration opens at 8.00 am on 20 May 2026.\n"
    assert kind_of(subject, body) is MessageKind.CIRCULAR


def test_registration_details_with_a_change_word_stay_an_update() -> None:
    body = _DETAILS + "Change of venue: the forum moves to Example Hall. Registration fee: USD 1.\n"
    assert kind_of("Example Regional Forum 2026", body) is MessageKind.UPDATE


def test_details_without_any_such_word_stay_the_fallbacks_update() -> None:
    assert kind_of("Example Regional Forum 2026", _DETAILS) is MessageKind.UPDATE


def test_the_register_of_a_list_is_not_registration() -> None:
    body = _DETAILS + "Elements inscribed in the Example Register of Practices are discussed.\n"
    assert kind_of("Example Regional Forum 2026", body) is MessageKind.UPDATE


# K2: a formality asked of those already coming invites no one; an author's acceptance neither.
@pytest.mark.parametrize(
    "body",
    [
        "The eighth session of the Example Meeting of the Parties will be held in Example City.\n"
        "Parties are invited to send copies of their credentials before 1 May 2026.\n",
        "The sixth meeting of the Example Working Group opens on 20 May 2026. Participants are "
        "kindly invited to present copies of the signed letter at the door.\n",
        "If your proposal was accepted, you must confirm by 1 May 2026 that you accept the "
        "invitation to present at the Example Conference.\n",
    ],
)
def test_a_formality_of_those_coming_is_no_invitation(body: str) -> None:
    assert kind_of("Credentials", body) is not MessageKind.INVITATION


def test_an_invitation_to_send_a_delegation_stays_one() -> None:
    body = (
        "Parties are invited to send their delegations to the eighth session of the Example "
        "Meeting of the Parties in Example City on 20-22 May 2026.\n"
    )
    assert kind_of("Example Meeting of the Parties", body) is MessageKind.INVITATION


# K3: a Thai question whether the sitting will be put off puts nothing off.
def test_a_thai_question_whether_it_will_be_postponed_is_no_postponement() -> None:
    body = (
        "ประธานรัฐสภาพร้อมเดินหน้าลงมติตามระเบียบวาระการประชุม 20 เมษายน 2569 "
        "ยังไม่ทราบว่าจะมีสมาชิกเสนอขอเลื่อนวาระออกไปก่อนหรือไม่\n"
    )
    assert kind_of("ประธานรัฐสภาเดินหน้าลงมติ", body) is not MessageKind.POSTPONEMENT


def test_a_thai_postponement_said_stays_one() -> None:
    body = "ขอเลื่อนการประชุมคณะกรรมการตัวอย่าง จากวันที่ 20 เมษายน 2569 ออกไปก่อน\n"
    assert kind_of("เลื่อนการประชุมคณะกรรมการตัวอย่าง", body) is MessageKind.POSTPONEMENT


# K4: Thai news of a departure today for a meeting ahead is no report of a meeting held.
def test_thai_news_of_a_departure_for_a_meeting_is_not_a_report() -> None:
    body = (
        "วันนี้ (2 เมษายน 2569) เวลา 16.00 น. นายกรัฐมนตรีและคณะ จะออกเดินทางจากท่าอากาศยาน"
        "ไปร่วมการประชุมสุดยอดตัวอย่าง ณ เมืองตัวอย่าง ระหว่างวันที่ 2-5 เมษายน 2569\n"
    )
    assert kind_of("นายกฯ เดินทางร่วมประชุมสุดยอดตัวอย่าง", body) is not MessageKind.REPORT


def test_thai_news_of_a_meeting_held_today_stays_a_report() -> None:
    body = (
        "วันนี้ (2 เมษายน 2569) นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 1/2569 "
        "ณ ทำเนียบรัฐบาล ที่ประชุมมีมติเห็นชอบแผนงาน\n"
    )
    assert kind_of("นายกฯ ประชุมคณะกรรมการตัวอย่าง", body) is MessageKind.REPORT
