"""Titles and kinds in the forms round seven left (issue 13; the texts are invented in each
class's shape): a Thai name's purpose clause after the headline's verb or in a sentence, a
name the organiser will hold, a number after a short form, a registration page that urges
people to sign up, a register of delegations without its heading."""

from __future__ import annotations

import pytest

from bot.reading.document import MailDocument
from bot.understanding.extract import extract_message
from bot.understanding.fields.title_th_phrase import thai_name
from bot.understanding.record import MessageKind
from tests.understanding.helpers import mail


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # the headline's verb, its object, then what they met about, glued on
        ("ผู้ว่าฯ ขอนแก่น ประชุมหัวหน้าส่วนราชการติดตามผลการเบิกจ่ายงบประมาณ", "ประชุมหัวหน้าส่วนราชการ"),
        ("อธิบดี ประชุมผู้บริหารกรมหารือแนวทางจ้างงานผู้สูงอายุ", "ประชุมผู้บริหารกรม"),
        ("นายอำเภอ ประชุมกำนันผู้ใหญ่บ้านเพื่อเตรียมรับมือน้ำท่วม", "ประชุมกำนันผู้ใหญ่บ้าน"),
        # a sentence's purpose clause after a space
        ("การประชุมคณะกรมการจังหวัด เพื่อติดตามนโยบายสำคัญของรัฐบาล", "การประชุมคณะกรมการจังหวัด"),
        # a bracket that is still the name: its sitting or its English name; another ends it
        ("ผู้อำนวยการ เข้าร่วมประชุมคณะกรมการจังหวัด (นัดพิเศษ) จังหวัดตรัง", "ประชุมคณะกรมการจังหวัด (นัดพิเศษ)"),
        (
            "การประชุมผู้ปกครองนักเรียน (Parents Meeting) ภาคเรียนที่ 1",
            "การประชุมผู้ปกครองนักเรียน (Parents Meeting)",
        ),
        ("การประชุมผู้ปกครองนักเรียน (ภาคเรียนที่ 1) ณ หอประชุม", "การประชุมผู้ปกครองนักเรียน"),
    ],
)
def test_a_thai_names_purpose_clause_is_not_the_name(phrase, name):
    found = thai_name(phrase)
    assert found is not None
    assert found[0] == name


@pytest.mark.parametrize(
    "phrase",
    [
        # a body's own name keeps its verbs, and so does a name its noun opens
        "การประชุมคณะกรรมการกำกับ ดูแล และติดตามการดำเนินงานศูนย์บริการร่วม ครั้งที่ 2/2569",
        "ประชุมติดตามผลการปฏิบัติราชการ ประจำเดือน เมษายน 2569",
        "การประชุมสัมมนาเชิงปฏิบัติการถอดบทเรียนเพื่อกำหนดมาตรการป้องกันหมอกควัน",
    ],
)
def test_a_bodys_or_an_official_names_verbs_stay(phrase):
    found = thai_name(phrase)
    assert found is not None
    assert found[0] == phrase


def test_a_name_the_organiser_will_hold_is_introduced():
    body = (
        "The Organisation will hold its regular Ministerial Council Meeting in Vienna on "
        "20-21 May 2026 to discuss trade.\n"
    )
    title = extract_message(
        _doc("Yearly ministerial meeting", body), default_tz="Asia/Bangkok"
    ).meeting.title
    assert title is not None
    assert title.value == "Ministerial Council Meeting"
    assert title.confidence < 0.8


def _doc(subject: str, body: str) -> MailDocument:
    return mail(body, subject)


def _kind(subject: str, body: str) -> MessageKind:
    return extract_message(_doc(subject, body), default_tz="Asia/Bangkok").kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Civil society pre-registration",
            "Non-governmental organisations are invited to pre-register for the twelfth session "
            "of the Working Group on Ageing. Pre-registration closes on 10 May 2026.\n",
        ),
        (
            "รับสมัครการแข่งขันทักษะภาษาอังกฤษ ระดับเขตพื้นที่ ประจำปี 2569",
            "สำนักงานเขตพื้นที่การศึกษาขอเชิญชวนโรงเรียนสมัครเข้าร่วมการแข่งขันทักษะภาษาอังกฤษ "
            "ระดับเขตพื้นที่ ประจำปี 2569 ภายในวันที่ 30 เมษายน 2569 ผ่านระบบออนไลน์\n",
        ),
    ],
)
def test_a_registration_page_that_urges_people_to_sign_up_invites_no_one(subject, body):
    assert _kind(subject, body) is not MessageKind.INVITATION


def test_an_invitation_to_attend_stays_one_beside_its_registration():
    body = (
        "You are invited to attend the Regional Workshop on Skills Recognition in Bangkok on "
        "20-21 May 2026. Participants are invited to register online by 10 May 2026.\n"
    )
    assert _kind("Regional Workshop on Skills Recognition", body) is MessageKind.INVITATION


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (
            "ABCP 712 Closing Meeting postponed to 7-10 September 2026",
            "The Closing Meeting of ABCP 712, scheduled for June, is postponed.\n",
            "ABCP 712 Closing Meeting",
        ),
        (
            "Notice",
            "The SDG 8 Regional Forum will be held in Bangkok on 20 May 2026.\n",
            "SDG 8 Regional Forum",
        ),
    ],
)
def test_a_number_after_a_short_form_in_capitals_is_the_names(subject, body, title):
    record = extract_message(_doc(subject, body), default_tz="Asia/Bangkok").meeting
    assert record.title is not None
    assert record.title.value == title


@pytest.mark.parametrize(
    "body",
    [
        "The Special Meeting of ASEAN 12 May 2026 was held online.\n",
        "The Special Meeting of ASEAN 12 – 14 May 2026 will be held online.\n",
        "The Special Meeting of ASEAN 12 and 13 May 2026 will be held online.\n",
        # a heading in capitals: every word looks like a short form, the day is still a day
        "WORKSHOP ON THE TRANSITION TO GREEN JOBS 16 – 18 DECEMBER 2025, KUALA LUMPUR\n",
        "REGIONAL MEETING ON SAFE MIGRATION SDG 8 2026\n",
    ],
)
def test_a_day_after_a_short_form_is_no_part_of_the_name(body):
    record = extract_message(_doc("Notice", body), default_tz="Asia/Bangkok").meeting
    assert record.title is None or not any(
        number in record.title.value for number in ("12", "16", " 8")
    )


def test_a_subjects_numbered_short_name_is_written_out_in_the_text():
    body = (
        "This page is for delegations participating in the 12th session of the\n"
        "Regional Commission for Labour Mobility in Asia (RCLM).\n"
    )
    record = extract_message(_doc("12th session of the Commission - For Delegates", body)).meeting
    assert record.title is not None
    assert (
        record.title.value == "12th session of the Regional Commission for Labour Mobility in Asia"
    )
    # a numbered name without its body is not written out by one that holds more meetings
    more = extract_message(
        _doc(
            "30th Regional Summit Meetings Schedule",
            "See the schedule of the 30th Regional Summit and Related Meetings.\n",
        )
    ).meeting
    assert more.title is not None
    assert more.title.value == "30th Regional Summit Meetings"
    # an unnumbered short name is not matched to another body's name
    other = extract_message(
        _doc(
            "Meeting of the Commission",
            "The Meeting of the Finance Ministers and the Commission.\n",
        )
    ).meeting
    assert (
        other.title is None
        or other.title.value != "Meeting of the Finance Ministers and the Commission"
    )


_REGISTER = (
    "Seventh Regional Meeting on Labour Migration\nBangkok, 20-22 May 2026\n\nDelegations\n\n"
    "CAMBODIA\nHead of Delegation: Mr A, Director-General\nAlternate Delegate: Ms B\n\n"
    "LAO PDR\nHead of Delegation: Mr C, Deputy Director\nAdviser: Ms D\n\n"
    "Item 3. Report of the Secretariat on the follow-up to the Sixth Meeting\n"
)


@pytest.mark.parametrize(
    "body", [_REGISTER, _REGISTER.replace("Delegations\n\n", "")], ids=["heading", "entries"]
)
def test_a_register_of_delegations_names_a_report_as_its_item(body):
    assert _kind("Seventh Regional Meeting on Labour Migration", body) is not MessageKind.REPORT


def test_a_report_that_names_its_head_of_delegation_stays_a_report():
    body = (
        "Report of the Thai delegation to the Sixth Regional Meeting on Labour Migration, held in "
        "Vientiane on 3-4 March 2026. The Head of Delegation, the Director-General, presented "
        "Thailand's progress.\n"
    )
    assert _kind("Report: Sixth Regional Meeting on Labour Migration", body) is MessageKind.REPORT


def test_a_name_defined_by_its_short_form_is_chosen_under_review():
    body = (
        "In 2026, the Regional Dialogue on Labour Mobility (RDLM) held its 9th edition online.\n"
        "Agenda\nDay One, 15 May 2026\n10:00-10:15 Opening remarks\n"
    )
    record = extract_message(_doc("Reimagining the role of migrant workers", body)).meeting
    assert record.title is not None
    assert record.title.value == "Regional Dialogue on Labour Mobility"
    assert record.title.confidence < 0.8
