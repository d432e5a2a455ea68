"""Titles in the forms of round seven's failure classes (issue 13, T1-T4; the texts here are
invented in each class's shape): Thai events named without a meeting noun, headline words
around a name, names that are short forms only, and a page's heading or a company's line."""

from __future__ import annotations

import pytest

from bot.understanding.fields.title_th_phrase import thai_name
from bot.understanding.record import MeetingRecord
from tests.understanding.helpers import extract, mail


def _record(subject: str, body: str) -> MeetingRecord:
    return extract(mail(body, subject)).meeting


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # T1: a contest, a day's celebration, a course, after the notice's own verb
        ("ประกาศ ยกเลิกการประกวดสุนทรพจน์ระดับมัธยม", "การประกวดสุนทรพจน์ระดับมัธยม"),
        ("มูลนิธิฯ เลื่อนการจัดงานวันครูแห่งชาติ ประจำปี 2569", "งานวันครูแห่งชาติ ประจำปี 2569"),
        ("งดการแข่งขันตอบปัญหาวิทยาศาสตร์ เนื่องจากฝนตกหนัก", "การแข่งขันตอบปัญหาวิทยาศาสตร์"),
        # K4/T1: a school contest's timetable and its registration
        ("ตารางการแข่งขันทักษะวิชาการ ระดับเขตพื้นที่ ครั้งที่ 5", "การแข่งขันทักษะวิชาการ ระดับเขตพื้นที่ ครั้งที่ 5"),
        ("รับสมัครการประกวดโครงงานวิทยาศาสตร์ ประจำปี 2569", "การประกวดโครงงานวิทยาศาสตร์ ประจำปี 2569"),
        # T1: a name in quotes after its noun is kept whole
        (
            "ขอยกเลิกหลักสูตรภาคฤดูร้อน “ภาษาอังกฤษเพื่อการสื่อสาร” ประจำปี 2569",
            "หลักสูตรภาคฤดูร้อน “ภาษาอังกฤษเพื่อการสื่อสาร”",
        ),
        ("เลื่อน! การจัดงานเสวนา “อนาคตแรงงานไทย”", "งานเสวนา “อนาคตแรงงานไทย”"),
        # T2: the headline's news after the name, and its days
        ("การประกวดดนตรีไทยระดับภาค เลื่อนไม่มีกำหนด เพราะพายุ", "การประกวดดนตรีไทยระดับภาค"),
        ("การประชุมเตรียมการด้านแรงงาน 12-14 พฤษภาคม 2569", "การประชุมเตรียมการด้านแรงงาน"),
    ],
)
def test_thai_event_names_without_a_meeting_noun_and_without_the_headlines_words(phrase, name):
    found = thai_name(phrase)
    assert found is not None
    assert found[0] == name


def test_a_councils_sitting_named_by_its_session_with_sara_am_in_two_parts():
    phrase = "สภาเทศบาลตำบลบ้านนา สมัยสามัญ สมัยที่ 2 ประจ\u0e4d\u0e32ปี พ.ศ.2569"
    assert thai_name(phrase) == (phrase, True)
    # "ประกาศสภา เรียกประชุมสภา…": the meeting noun names it, not the council before it
    found = thai_name("ประกาศสภา เรียกประชุมสภาเทศบาลตำบล สมัยวิสามัญ สมัยที่ 3 ประจำปี 2569")
    assert found == ("ประชุมสภาเทศบาลตำบล สมัยวิสามัญ สมัยที่ 3 ประจำปี 2569", True)


def test_an_events_name_without_a_meeting_noun_is_given_under_review():
    record = _record("มูลนิธิฯ เลื่อนการจัดงานวันครูแห่งชาติ ประจำปี 2569", "รายละเอียดตามเอกสาร\n")
    assert record.title_th is not None
    assert record.title_th.value == "งานวันครูแห่งชาติ ประจำปี 2569"
    assert record.title_th.confidence < 0.8


@pytest.mark.parametrize(
    "phrase",
    [
        "แนวทางเพิ่มขีดความสามารถในการแข่งขันของแรงงานไทย",  # competitiveness, no contest
        "ผลงานวิจัยของนักศึกษา",  # a work, no event
    ],
)
def test_an_event_noun_inside_another_phrase_names_no_event(phrase):
    assert thai_name(phrase) is None


def test_a_quoted_name_of_a_seminar_the_text_says_was_organised():
    body = (
        "นครราชสีมา - มหาวิทยาลัยราชภัฏนครราชสีมา จัดสัมมนานานาชาติ “200 ปี การค้าไทยกับจีน” "
        "ในวันที่ 20 เมษายน 2569 ณ หอประชุมมหาวิทยาลัย\n"
    )
    record = _record("ราชภัฏโคราชสัมมนา “การค้าไทยกับจีน”", body)
    assert record.title_th is not None
    assert record.title_th.value == "สัมมนานานาชาติ “200 ปี การค้าไทยกับจีน”"


def test_an_event_the_text_invites_people_to_see_is_named():
    body = (
        "กรมส่งเสริมการเรียนรู้ เชิญชมงานวันการศึกษาแห่งชาติ ระหว่างวันที่ 20-21 เมษายน 2569 ณ ศูนย์ประชุมแห่งชาติ\n"
    )
    record = _record("ชมฟรี!!! งานการศึกษา 20-21 เม.ย. นี้", body)
    assert record.title_th is not None
    assert record.title_th.value == "งานวันการศึกษาแห่งชาติ"


def test_a_word_wrapped_onto_a_line_is_no_memos_subject_label():
    body = (
        "งานเสวนาวิชาการ ครั้งที่ 3 ว่าด้วยแรงงานข้ามชาติในภูมิภาคอาเซียนและบทบาทของภาคประชาสังคม "
        "ที่ผู้จัดตั้งใจจะชวนทุกท่านคุย\n"
        "เรื่องสิทธิแรงงาน โครงการเสวนาเพื่อแรงงานข้ามชาติ พัฒนาจากข้อสังเกตของผู้เข้าร่วม\n"
    )
    record = _record("", body)
    # not the words after "เรื่อง", read as a memo's subject line
    assert record.title_th is None or not record.title_th.value.startswith("โครงการเสวนาเพื่อ")


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (  # T2: a headline's verb before the name
            "Postponing Regional Forum on Skills Recognition",
            "Dear colleagues, due to the storm we must postpone. New dates will follow.\n",
            "Regional Forum on Skills Recognition",
        ),
        (  # T2: a headline's future after the name
            "Regional Dialogue on Labour Mobility Will Focus on Climate Displacement",
            "The Regional Dialogue on Labour Mobility will be held in Bangkok on 20 April 2026.\n",
            "Regional Dialogue on Labour Mobility",
        ),
        (  # T2: how it is held, after the name
            "Special Board Meeting Remote Conferencing, 16 April 2026",
            "Thursday, 16 April 2026, 7 p.m.\nMeeting ID: 812 3456 7890\n",
            "Special Board Meeting",
        ),
        (  # T2: a heading and the sentence under it, joined by a PDF's lost blank line
            "Notice",
            "Review of the Draft Agenda of the 152nd Session of the Governing Board\n"
            "The 152nd Session of the Governing Board will be held in Geneva on 20 May 2026.\n",
            "152nd Session of the Governing Board",
        ),
        (  # T3: names before a lower-case noun, two of them joined
            "Ottawa Treaty Working Group meetings and Review Conference Informal Preparatory "
            "Meeting",
            "The meetings will take place in Geneva on 20-22 May 2026.\n",
            "Ottawa Treaty Working Group meetings and Review Conference Informal Preparatory "
            "Meeting",
        ),
        (
            "Cancelled: August 19 City Council meeting",
            "The City Council meeting scheduled for August 19 has been cancelled.\n",
            "City Council meeting",
        ),
        (  # T3: named by its short form only
            "Registration and fellowship requests to 21st ABCD & its Working Groups",
            "Pre-registration for the meetings of the ABCD closes on 10 April 2026.\n",
            "21st ABCD",
        ),
        (
            "XYZF 2026: Guidelines for registration and using Webex",
            "The platform of the forum sessions is Webex. Register by 10 April 2026.\n",
            "XYZF 2026",
        ),
        (
            "Note verbale: 7MSP",
            "The meeting will be held in Geneva, 18-20 May 2026, with a briefing on 17 May.\n",
            "7MSP",
        ),
    ],
)
def test_english_names_without_the_headlines_words(subject, body, title):
    record = _record(subject, body)
    assert record.title is not None
    assert record.title.value == title


def test_a_short_form_alone_is_given_under_review():
    record = _record(
        "21st ABCD Registration and Fellowship requests",
        "Pre-registration for the meetings of the ABCD closes on 10 April 2026.\n",
    )
    assert record.title is not None
    assert record.title.confidence < 0.8


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Meeting Dates & Locations 2026", "Spring: 14-16 April, Bangkok\nAutumn: 6-8 October\n"),
        (
            "Registration fees",
            "Early bird fee USD 300 before 10 April 2026.\n"
            "Payee: Bangkok International Congress and Exhibition Co., Ltd.\n",
        ),
    ],
)
def test_a_pages_heading_or_a_company_is_no_meetings_name(subject, body):
    assert _record(subject, body).title is None
