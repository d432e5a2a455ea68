"""Round fourteen, second pass: the meeting's dates (dates19).

A text filled to a narrower width than mail's throughout (a PDF's Thai lines) wraps its
sentences at lines shorter than mail's."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.text import MessageText
from tests.understanding.helpers import meeting_of

# Invented: a PDF's Thai lines about 60 characters wide; the meeting's words end a full line
# of under 50 characters, two lines above the day.
_NARROW_THAI = "\n".join(
    (
        "สำนักงานตัวอย่างจะเป็นเจ้าภาพจัดการประชุมคณะทำงาน",
        "ร่วมว่าด้วยความร่วมมือด้านการค้าระหว่างไทยกับประเทศตัวอย่าง",
        "ครั้งที่ ๒ ในวันที่ ๑๔ มีนาคม ๒๕๗๐ ที่โรงแรมตัวอย่างริมแม่น้ำ",
        "กรุงเทพฯ โดยมีผู้แทนจากหน่วยงานที่เกี่ยวข้องของทั้งสองฝ่าย",
        "เข้าร่วมการหารือในประเด็นความร่วมมือด้านการค้าและการลงทุน",
        "ซึ่งทั้งสองฝ่ายจะได้ทบทวนความคืบหน้าของความร่วมมือที่ผ่านมา",
        "และหารือแนวทางการดำเนินงานร่วมกันในระยะต่อไปอย่างใกล้ชิด",
        "เพื่อประโยชน์ของประชาชนของทั้งสองประเทศอย่างยั่งยืนต่อไป",
    )
)


def test_a_narrow_texts_short_full_line_wraps_its_sentence() -> None:
    start = meeting_of(_NARROW_THAI, "ข่าวตัวอย่าง").start
    assert start is not None
    assert start.value == dt.date(2027, 3, 14)
    # the words of the meeting on the line above its sentence's line are read with the day
    assert any(reason.startswith("meeting_words") for reason in start.reasons)


def test_mail_wrapped_at_72_keeps_a_short_line_its_own() -> None:
    """Guard: in prose filled to mail's width, a line of 45 characters ends its own sentence
    (an address block's line, a heading)."""
    line = "Example text of a notice wrapped by a mail client at seventy-two cols"
    short = "Example Office of International Cooperation A"
    text = MessageText.of("\n".join([line] * 4 + [short] + [line] * 5))
    assert not text.wraps_at(text.plain.index(short) + len(short))


def test_a_list_of_short_lines_keeps_each_line_its_own() -> None:
    """Guard: a form or a list, short lines throughout, is not measured as narrow prose."""
    text = MessageText.of(
        "\n".join(f"Item number {n} of the example form is here" for n in range(12))
    )
    assert not text.wraps_at(text.plain.index("\n"))
