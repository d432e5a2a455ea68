"""Message kinds in the forms of round eight's failure classes (issue 13, K1-K2; the texts
here are invented in each class's shape): news of a meeting held read as an update, a
governing body's paper and a registration desk's page read as invitations, and a meeting
held after another event was called off read as a cancellation."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # K1: a public hearing, said to have been held, with no day of its own
            "ข่าวประชาสัมพันธ์ จังหวัดตัวอย่าง",
            "การจัดประชุมรับฟังความคิดเห็นของประชาชน ต่อโครงการก่อสร้างถนนสายตัวอย่าง ครั้งที่ 3 "
            "ได้จัดขึ้นโดยมีผู้แทนชุมชนเข้าร่วมแสดงความคิดเห็นอย่างกว้างขวาง\n",
        ),
        (  # K1: an informal officials' meeting attended today
            "Example Minister attends informal officials' meeting",
            "Example Minister attended the Informal Senior Officials Meeting in Examplia today, "
            "where officials discussed labour mobility.\n",
        ),
        (  # K1: a provincial meeting a governor chaired, told days after
            "จังหวัดตัวอย่างประชุมคณะกรมการจังหวัด",
            "ในวันจันทร์ที่ 30 มีนาคม 2569 เวลา 09.30 น. นายตัวอย่าง ผู้ว่าราชการจังหวัดตัวอย่าง "
            "เป็นประธานการประชุมคณะกรมการจังหวัดตัวอย่าง ประจำเดือนมีนาคม ณ ห้องประชุมศาลากลาง\n",
        ),
        (  # K1: the same with its day lost (a PDF's broken line): what it says still tells
            "จังหวัดตัวอย่างประชุมคณะกรมการจังหวัด",
            "นายตัวอย่าง ผู้ว่าราชการจังหวัดตัวอย่าง เป็นประธานการประชุมคณะกรมการจังหวัดตัวอย่าง "
            "ประจำเดือนมีนาคม ณ ห้องประชุมศาลากลาง\n",
        ),
    ],
)
def test_news_of_a_meeting_held_is_a_report(subject, body):
    assert kind_of(subject, body) is MessageKind.REPORT


def test_a_meeting_still_to_come_with_a_past_one_recalled_is_no_report():
    body = (
        "We are pleased to invite you to the Regional Forum on Examples on 20 May 2026 in "
        "Bangkok. Delegates who attended the last forum will find the format unchanged.\n"
    )
    assert kind_of("Regional Forum on Examples", body) is MessageKind.INVITATION


def test_an_invitation_without_a_day_naming_its_chair_is_an_invitation():
    body = (
        "ขอเชิญเข้าร่วมการประชุมคณะกรมการจังหวัดตัวอย่าง โดยมีผู้ว่าราชการจังหวัดเป็นประธานการประชุม "
        "ณ ห้องประชุมศาลากลาง กำหนดวันจะแจ้งให้ทราบต่อไป\n"
    )
    assert kind_of("ขอเชิญประชุม", body) is MessageKind.INVITATION


def test_a_governing_bodys_paper_on_a_future_meetings_composition_invites_no_one():
    body = (
        "Composition of the Example Regional Meeting (Bangkok, 7-9 October 2026)\n"
        "I. Invitation of member States\n"
        "1. The Governing Body may therefore wish to approve the following list of member States "
        "to be invited to the Example Regional Meeting.\n"
        "2. The Officers recommend that the Governing Body approve the composition above. "
        "Delegations would be nominated after consultations with the groups.\n"
    )
    assert (
        kind_of("Composition of the Example Regional Meeting", body) is not MessageKind.INVITATION
    )


def test_a_letter_inviting_after_a_governing_bodys_decision_is_an_invitation():
    body = (
        "The Governing Body decided to convene the Example Meeting of Experts in Geneva on "
        "12-16 October 2026. I have the honour to invite your Government to nominate an expert.\n"
    )
    assert kind_of("Example Meeting of Experts", body) is MessageKind.INVITATION


def test_a_registration_desks_page_invites_no_one():
    body = (
        "Registration for the Example Conference, Geneva, 12-16 October 2026\n"
        "The registration desk will be open on Sunday, 11 October, from 14:00 to 18:00. "
        "Participants are invited to collect their badges there and are invited to notify "
        "the secretariat of any change in their delegation.\n"
    )
    assert kind_of("Registration desk", body) is not MessageKind.INVITATION


def test_a_meeting_held_after_another_event_was_cancelled_is_a_report():
    body = (
        "After the Example Trade Fair was cancelled, the Example Council held its meeting "
        "online on 30 March 2026 and agreed on next year's programme.\n"
    )
    assert kind_of("Example Council meets online", body) is MessageKind.REPORT


def test_an_organisers_right_to_cancel_cancels_nothing():
    body = (
        "We are pleased to invite you to the Example Convention on 20-22 May 2026 in Manila.\n"
        "The organisers reserve the right to cancel the convention or any of its sessions.\n"
    )
    assert kind_of("Example Convention 2026", body) is MessageKind.INVITATION
