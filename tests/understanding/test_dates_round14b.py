"""Round fourteen, second pass: the meeting's dates (dates19).

A text filled to a narrower width than mail's throughout (a PDF's Thai lines) wraps its
sentences at lines shorter than mail's."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.text import MessageText
from tests.understanding.helpers import BANGKOK, meeting_of, news_meeting, value_of

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


def test_a_thai_line_ending_on_a_tone_mark_wraps_its_sentence() -> None:
    line = "คณะกรรมการตัวอย่างกำหนดจัดการประชุมสามัญประจำเดือนในวันอังคารที่"
    text = MessageText.of(f"{line}\n21 เมษายน 2569 ณ ห้องประชุมตัวอย่าง ชั้น 2\n")
    assert text.wraps_at(len(line))


def test_a_leaders_departure_hour_is_not_the_meetings_thai() -> None:
    """A PDF's narrow lines: the flight's words on the lines above its day and hour."""
    lines = (
        "โฆษกตัวอย่างเปิดเผยว่า นายกรัฐมนตรีมีกำหนดการออกเดินทางไปร่วม",
        "ประชุมสุดยอดผู้นำตัวอย่าง ณ เมืองตัวอย่างในวันพรุ่งนี้ อาทิตย์ที่",
        "19 เมษายน เวลาประมาณ 18.30 น. และจะเข้าร่วมประชุมเช้า",
        "วันจันทร์ที่ 20 และวันอังคารที่ 21 เมษายน นี้ ภายใต้แนวคิดความยั่งยืน",
        *_NARROW_THAI.split("\n")[3:],
    )
    sent = dt.datetime(2026, 4, 18, 9, 0, tzinfo=BANGKOK)
    start = meeting_of("\n".join(lines), "ข่าวตัวอย่าง", sent=sent).start
    assert value_of(start) == dt.date(2026, 4, 20)


def test_a_leaders_departure_hour_is_not_the_meetings_english() -> None:
    body = (
        "The Minister will depart for Example City on 19 April 2026 at 6 pm to attend the "
        "Example Summit, and will join its meeting on 20 April 2026."
    )
    assert value_of(news_meeting(body).start) == dt.date(2026, 4, 20)


def test_buses_departing_in_another_sentence_leave_the_meetings_hour() -> None:
    """Guard: a departure told in its own sentence takes nothing from the meeting's hour."""
    body = "The Council will meet on 21 April 2026 at 10:00. Buses depart from the hotel at 9:00."
    start = news_meeting(body).start
    assert value_of(start) == dt.datetime(2026, 4, 21, 10, 0, tzinfo=BANGKOK)


def test_a_numbered_assemblys_week_is_its_meeting() -> None:
    body = (
        "นายกรัฐมนตรีจะเข้าร่วมการประชุมสมัชชาตัวอย่าง สมัยสามัญ ครั้งที่ 12 "
        "ณ เมืองตัวอย่าง ระหว่างวันที่ 20-24 เมษายน 2569"
    )
    meeting = news_meeting(body)
    assert (value_of(meeting.start), value_of(meeting.end)) == (
        dt.date(2026, 4, 20),
        dt.date(2026, 4, 24),
    )


def test_a_councils_session_period_is_still_no_meeting() -> None:
    """Guard: a session of 15 days or more is a period, its sitting's day the meeting."""
    body = (
        "สภาตัวอย่างกำหนดสมัยประชุมสามัญ สมัยที่ 2 ระหว่างวันที่ 1-30 สิงหาคม 2569 "
        "และเรียกประชุมสภาในวันที่ 13 สิงหาคม 2569 เวลา 09.00 น."
    )
    start = meeting_of(body, "ประชุมสภาตัวอย่าง").start
    assert value_of(start) == dt.datetime(2026, 8, 13, 9, 0, tzinfo=BANGKOK)
