"""Kinds in the forms of round seven's failure classes (issue 13, K1-K5; the texts here are
invented in each class's shape): Thai news of a meeting held, Thai events called off or put
off, a governing body's paper, registration pages, agendas and a moderator's invitation."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # K1: a story opening with its day, told with a verb no other rule knows
            "กงสุลใหญ่ ณ นครซิดนีย์ พบปะออนไลน์กับผู้แทนสมาคมไทย",
            "กงสุลใหญ่ ณ นครซิดนีย์ พบปะออนไลน์กับผู้แทนสมาคมไทย\n\n1 เม.ย. 2569\n\n"
            "เมื่อวันที่ 31 มี.ค. 2569 Person A กงสุลใหญ่ ณ นครซิดนีย์ ประชุมหารือในรูปแบบออนไลน์"
            "กับผู้แทนสมาคมไทยในรัฐนิวเซาท์เวลส์ เพื่อรับฟังปัญหาของแรงงานไทย\n",
        ),
        (  # K1: the day told with เมื่อ after the verb of holding
            "ข่าวประชาสัมพันธ์ ฉบับที่ 3",
            "สำนักงานจัดหางานจังหวัดตาก ดำเนินการจัดประชุมคณะทำงานด้านแรงงานต่างด้าว ครั้งที่ 2 "
            "เมื่อวันจันทร์ที่ 30 มีนาคม 2569 เวลา 09.00 น. ณ ห้องประชุมศาลากลางจังหวัดตาก "
            "โดยมีผู้ว่าราชการจังหวัดตากเป็นประธาน\n",
        ),
        (  # K1: "the meeting was held at ..."
            "การประชุมคณะกรรมการบริหารสมาคม ครั้งที่ ๑๒",
            "การประชุมคณะกรรมการบริหารสมาคม ครั้งที่ ๑๒\n\n๒๓-๒๕ มีนาคม พ.ศ.๒๕๖๙\n"
            "การประชุมดังกล่าวได้จัดขึ้น ณ ห้องประชุมใหญ่ของสมาคม ในระหว่างวันที่ ๒๓-๒๕ มีนาคม "
            "พ.ศ.๒๕๖๙ ผู้เข้าร่วมประชุมได้เยี่ยมชมโครงการของสมาคมด้วย\n",
        ),
        (  # K1: a chair who opened an event, not a meeting by its noun
            "ข่าวกิจกรรม",
            "ผู้อำนวยการโรงเรียนเป็นประธานเปิดงานวันวิทยาศาสตร์ ประจำปี 2569 "
            "เมื่อวันที่ 30 มีนาคม 2569 ณ หอประชุมโรงเรียน มีนักเรียนร่วมกิจกรรมกว่า 500 คน\n",
        ),
        (  # minutes in the subject
            "บันทึกการประชุมชุมชนบ้านหนองบัว หมู่ 3",
            "เริ่มประชุมเวลา 19.30 น. วันที่ 27 มี.ค. 69\n1. เรื่องแจ้งให้ทราบ\n",
        ),
    ],
)
def test_thai_news_and_minutes_of_a_meeting_held_are_reports(subject, body):
    assert kind_of(subject, body) is MessageKind.REPORT


def test_a_letter_recalling_a_resolution_with_its_day_is_no_report():
    body = (
        "ตามมติที่ประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี พ.ศ. ๒๕๖๙ เมื่อวันที่ ๒๐ กุมภาพันธ์ "
        "๒๕๖๙ ได้กำหนดสมัยประชุมสามัญประจำปี ๒๕๖๙ ไว้ ๔ สมัย\n"
    )
    assert kind_of("ประกาศสภาเทศบาล เรื่อง กำหนดสมัยประชุม", body) is not MessageKind.REPORT


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # K2: a regular sitting called off
            "งดการประชุมสภาเทศบาลเมือง สมัยสามัญ สมัยที่ 2",
            "ประกาศสภาเทศบาลเมือง\nงดการประชุมสภาเทศบาลเมือง สมัยสามัญ สมัยที่ 2 ประจำปี 2569 "
            "ซึ่งกำหนดไว้ในวันที่ 10 เมษายน 2569\n",
        ),
        (  # K2: a contest, no meeting noun
            "ประกาศ ยกเลิกการประกวดสุนทรพจน์ “เยาวชนคนรุ่นใหม่”",
            "ตามที่มหาวิทยาลัยได้ประชาสัมพันธ์การประกวดสุนทรพจน์ “เยาวชนคนรุ่นใหม่” นั้น "
            "มหาวิทยาลัยขอยกเลิกการประกวดดังกล่าว\n",
        ),
        (  # K2: a course, in the body
            "แจ้งข่าวจากศูนย์ภาษา",
            "ศูนย์ภาษาขอยกเลิกหลักสูตรภาคฤดูร้อน “ภาษาอังกฤษเพื่อการสื่อสาร” ประจำปี 2569 "
            "เนื่องจากมีผู้สมัครไม่ครบตามจำนวน\n",
        ),
    ],
)
def test_thai_events_called_off_are_cancellations(subject, body):
    assert kind_of(subject, body) is MessageKind.CANCELLATION


def test_those_expected_to_come_are_no_news_of_a_meeting_held():
    body = "มหาวิทยาลัยเตรียมความพร้อมสถานที่ คาดว่าจะมีผู้เข้าร่วมสัมมนากว่า 200 คน\n"
    assert kind_of("ประชาสัมพันธ์", body) is not MessageKind.REPORT


def test_a_green_meeting_without_printing_or_a_banquet_is_not_called_off():
    body = (
        "กรมการจัดหางานขอเชิญผู้แทนเข้าร่วมการประชุมคณะทำงานด้านแรงงานต่างด้าว ครั้งที่ 3/2569 "
        "ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ ห้องประชุมกรมการจัดหางาน ทั้งนี้ เพื่อลดการใช้"
        "กระดาษ งดการจัดพิมพ์เอกสารการประชุม และงดการจัดเลี้ยงอาหารกลางวัน\n"
    )
    assert kind_of("ขอเชิญประชุมคณะทำงานด้านแรงงานต่างด้าว", body) is MessageKind.INVITATION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "เลื่อน! การจัดงานเสวนา “อนาคตแรงงานไทย”",
            "ตามที่มีการประชาสัมพันธ์การจัดงานเสวนา “อนาคตแรงงานไทย” ในวันที่ 9 เมษายน 2569 นั้น "
            "ขอเลื่อนออกไปจนกว่าจะมีประกาศใหม่\n",
        ),
        (
            "การประกวดดนตรีไทยระดับภาค เลื่อนไม่มีกำหนด เพราะพายุ",
            "การประกวดดนตรีไทยระดับภาค เลื่อนไม่มีกำหนด เพราะพายุเข้าพื้นที่\n",
        ),
    ],
)
def test_thai_events_put_off_are_postponements(subject, body):
    assert kind_of(subject, body) is MessageKind.POSTPONEMENT


def test_a_governing_bodys_paper_fixing_a_meetings_composition_invites_no_one():
    body = (
        "Composition of the Tripartite Meeting of Experts on Platform Work\n"
        "The meeting will be held in Geneva from 12 to 16 October 2026. It is proposed that two "
        "Government delegates per State and eight tripartite delegations take part.\n"
        "Draft decision\nThe Governing Body is invited to approve the composition proposed.\n"
    )
    assert kind_of("GB.358/INS/9: Meeting of Experts", body) is not MessageKind.INVITATION


def test_a_paper_proposing_whom_to_invite_invites_no_one_itself():
    body = (
        "Regional Meeting of Experts on Care Work, Bangkok, 7-9 October 2026\n"
        "The Office proposes to invite two Government delegates per State and ten tripartite "
        "delegations. Invitations will be sent to the member States concerned.\n"
    )
    assert kind_of("Composition of a regional meeting", body) is not MessageKind.INVITATION


def test_a_registration_page_whose_session_has_no_day_yet_is_about_a_meeting():
    body = (
        "Registration for the Intergovernmental Committee\n\n"
        "The registration deadline is Friday, 17 April 2026, 6 p.m., New York time.\n"
        "Delegations may participate in the session in person or online. Each delegate is "
        "required to attach a note verbale to the registration request.\n"
    )
    assert kind_of("Registration", body) is not MessageKind.OTHER


def test_a_deadline_for_a_sessions_papers_is_about_a_meeting():
    body = (
        "Country papers\n"
        "Member States are requested to submit their country papers for the session by "
        "20 April 2026, 11:59 p.m. (Geneva time).\n"
    )
    assert kind_of("Country papers", body) is not MessageKind.OTHER


def test_an_agendas_report_of_the_director_is_one_of_its_items():
    body = (
        "REGIONAL FORUM\nSixty-second session\nHanoi, 5-9 October 2026\nPROVISIONAL AGENDA\n"
        "1. Opening of the meeting\n2. Address by and Report of the Regional Director\n"
        "3. Programme budget\n"
    )
    assert kind_of("Regional Forum session", body) is not MessageKind.REPORT


def test_a_moderator_inviting_attendees_to_speak_invites_no_one_to_the_meeting():
    body = (
        "Guidelines for the online sessions of the Youth Forum 2026, 20 April 2026 (GMT+7)\n"
        "- Please mute your microphone. The moderator will invite attendees to speak upon "
        "their request.\n"
    )
    assert kind_of("Youth Forum 2026: online guidelines", body) is not MessageKind.INVITATION


def test_unpaid_registrations_cancelled_cancel_no_meeting():
    body = (
        "Hybrid Convention of Planners 2026, Manila and online, 10-12 May 2026\n"
        "Conference registration\nRegistrations not settled by 1 May 2026 will be cancelled.\n"
    )
    assert kind_of("Convention registration", body) is not MessageKind.CANCELLATION


def test_a_registration_pages_terms_for_cancelling_cancel_no_meeting():
    body = (
        "Asia-Pacific Housing Convention 2026, Kuala Lumpur and online, 10-12 May 2026\n"
        "Registration\nCancellation requests for the conference received in writing before "
        "1 April 2026 will be accepted.\n"
    )
    assert kind_of("Convention registration", body) is not MessageKind.CANCELLATION
