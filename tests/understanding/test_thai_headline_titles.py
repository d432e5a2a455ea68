"""Thai names where a news headline goes on after them (issue 13, titles class F17): the
headline's when, why and what-it-is are not the name; a bare ประชุม followed by its purpose
or its partner is a verb; a PDF line that breaks a name inside a word is joined."""

from __future__ import annotations

import pytest

from bot.understanding.extract import extract_message
from bot.understanding.fields.title_th_phrase import thai_name
from tests.understanding.helpers import mail


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # when it now is: a weekday, a part of a month
        ("เลื่อนประชุมสภาคณาจารย์เป็นวันศุกร์ที่ 3 พ.ค.", "ประชุมสภาคณาจารย์"),
        ("สหกรณ์เลื่อนประชุมใหญ่สามัญปลายเดือน มิ.ย. ตามมติกรรมการ", "ประชุมใหญ่สามัญ"),
        # why: a reason after a space
        ("เลื่อนการประชุมคณะกรรมการค่าจ้าง เหตุรัฐมนตรีติดภารกิจต่างประเทศ", "การประชุมคณะกรรมการค่าจ้าง"),
        ("เลื่อนการประชุมผู้ถือหุ้น หวั่นโรคระบาด", "การประชุมผู้ถือหุ้น"),
        # what it is: a clause with เป็น after a space
        ("การประชุมสุดยอดอาเซียน-จีน เป็นเวทีหารือของผู้นำ", "การประชุมสุดยอดอาเซียน-จีน"),
        # a schedule row's "from now until"
        ("ลงทะเบียนเข้าร่วมการสัมมนาวิชาการแรงงาน บัดนี้ – 4 เมษายน 2565", "การสัมมนาวิชาการแรงงาน"),
        # a dot after Thai letters shortens a word: kept
        ("เลื่อนประชุมครม.เป็นวันพุธ", "ประชุมครม."),
    ],
)
def test_a_headline_after_the_name_is_not_the_name(phrase, name):
    assert thai_name(phrase) == (name, False)


@pytest.mark.parametrize(
    "phrase",
    [
        "ผู้นำไม่เข้าร่วมประชุมกับผู้แทนสหรัฐ",
        "ขอเชิญกรรมการสภาคณาจารย์ประชุมพิจารณาร่างข้อบังคับ",
        "ผู้ว่าราชการจังหวัดประชุมร่วมกับหัวหน้าส่วนราชการ",
    ],
)
def test_a_bare_noun_with_its_purpose_or_partner_is_a_verb(phrase):
    assert thai_name(phrase) is None


def test_a_name_a_pdf_line_breaks_inside_a_word_is_joined():
    line = "ผู้ว่าราชการจังหวัดจันทบุรี ได้รับมอบหมายให้เป็นประธานการประชุม กรม"
    body = f"{line}\nการจังหวัด และหัวหน้าส่วนราชการ ณ ห้องประชุม ๔\n"
    title = extract_message(mail(body, "ข่าวจังหวัด")).meeting.title_th
    assert title is not None
    assert title.value == "การประชุม กรมการจังหวัด และหัวหน้าส่วนราชการ"
