"""cues.HAPPENED: what says a meeting took place. The word ประชุม names a meeting in any tense,
so alone it is no sign; a verb of holding or opening one, or a sign of the past, is."""

from __future__ import annotations

import re

import pytest

from bot.understanding import cues

HAPPENED = re.compile(cues.HAPPENED)


@pytest.mark.parametrize(
    "sentence",
    [
        "ผู้ว่าราชการจังหวัดได้ประชุมร่วมกับหัวหน้าส่วนราชการ",
        "โรงเรียนจัดประชุมผู้ปกครองชั้นเรียน ระดับชั้นมัธยมศึกษาปีที่ ๑",
        "ประชาสัมพันธ์จังหวัดเปิดการสัมมนาเชิงปฏิบัติการ",
        "อธิบดีนำคณะผู้แทนฝ่ายไทยประชุมระดับวิชาการ",
        "คณะกรรมการประชุมพิจารณาร่างระเบียบแล้วเสร็จ",
        "The ministers met in Hanoi",
    ],
)
def test_a_sentence_saying_a_meeting_took_place_is_a_sign(sentence):
    assert HAPPENED.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "คณะกรรมการจะประชุมพิจารณาร่างระเบียบ ณ ห้องประชุม ๑",
        "ขอเชิญประชุมคณะทำงาน ครั้งที่ ๓/๒๕๖๘",
        "ขอเชิญร่วมประชุมสภาเทศบาล สมัยสามัญ",
        "กำหนดการประชุมคณะกรรมการบริหาร",
    ],
)
def test_a_sentence_naming_a_meeting_in_another_tense_is_no_sign(sentence):
    assert not HAPPENED.search(sentence)
