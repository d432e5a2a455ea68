"""Mends of kinds24's rules (tests/realmail/FAILURES.md, "Round nineteen, review mends
(mend20c)"), on invented texts where they misfired: a Thai letter that asks its reader, and
says without จะ who will open the meeting "พร้อมด้วย … เข้าร่วม", invites; so does a programme
whose line opens on a dash; a Thai letter's "เมื่อการประชุมสิ้นสุดลง" (when the meeting has
ended) of a meeting still to come is no report; a sitting "adjourned for lunch" or "until 9:30"
the next morning puts nothing off; a share asked after "attended by" in its sentence is read.
Guards: Thai news of a party that attended, and of a meeting that has ended, stay reports; a
meeting "adjourned to" a day is put off; counts in a tally of who attends still ask for none.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of

_SEMINAR = "การสัมมนาเรื่องระบบข้อมูลสมมติ"
_LETTER_OPENS = (
    "เรียน ผู้อำนวยการสำนักงานสมมติ\n\n"
    "ด้วยกรมสมมติจัดการสัมมนาเรื่องระบบข้อมูลสมมติ ในวันจันทร์ที่ 20 เมษายน 2569 "
    "เวลา 09.00 น. ณ โรงแรมสมมติ\n"
)


def test_a_thai_letter_that_says_who_opens_its_meeting_still_invites() -> None:
    body = (
        _LETTER_OPENS + "ในการนี้ ปลัดกรมสมมติ พร้อมด้วยคณะผู้บริหาร เข้าร่วมเปิดการสัมมนา\n\n"
        "กรมสมมติจึงขอเชิญท่านหรือผู้แทน 1 คน เข้าร่วมการสัมมนาดังกล่าว\n"
    )
    assert kind_of(_SEMINAR, body) is MessageKind.INVITATION


def test_a_thai_programme_whose_line_opens_on_a_dash_is_no_report() -> None:
    body = (
        "กำหนดการสัมมนาเรื่องระบบข้อมูลสมมติ\nวันอังคารที่ 21 เมษายน 2569 ณ ห้องสมมติ\n\n"
        "08.30 น. ลงทะเบียน\n09.00 น. พิธีเปิด\n"
        "- นายอำเภอสมมติ พร้อมด้วยหัวหน้าส่วนราชการ เข้าร่วมพิธีเปิด\n"
        "09.30 น. บรรยายเรื่องระบบข้อมูล\n"
    )
    assert kind_of("กำหนดการสัมมนาสมมติ", body) is not MessageKind.REPORT


def test_guard_thai_news_of_a_party_that_attended_stays_a_report() -> None:
    body = (
        "เมื่อวันที่ 30 มีนาคม 2569 นายสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ "
        "พร้อมด้วยเจ้าหน้าที่ เข้าร่วมการสัมมนาเรื่องระบบข้อมูลสมมติ ณ โรงแรมสมมติ\n"
    )
    assert kind_of(_SEMINAR, body) is MessageKind.REPORT


def test_a_thai_letters_when_the_meeting_has_ended_is_no_report() -> None:
    body = (
        _LETTER_OPENS + "เมื่อการสัมมนาและการประชุมกลุ่มย่อยสิ้นสุดลง รถตู้นำส่งที่สถานีสมมติ\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณาเข้าร่วม\n"
    )
    assert kind_of(_SEMINAR, body) is not MessageKind.REPORT


def test_guard_thai_news_that_a_meeting_has_ended_stays_a_report() -> None:
    body = "การประชุมคณะกรรมการสมมติ ณ ศาลากลางจังหวัดสมมติ เสร็จสิ้นลงเมื่อเย็นวานนี้\n"
    assert kind_of("การประชุมคณะกรรมการสมมติ", body) is MessageKind.REPORT


_WORKSHOP = "Example Council workshop"


def test_a_sitting_adjourned_for_lunch_is_not_put_off() -> None:
    body = (
        "The Example Council workshop will be held on 21 April 2026 from 9:00 to 16:00 at the "
        "Example Hotel. The meeting will be adjourned for lunch from 12:00 to 13:00.\n"
        "Participants are requested to register by 15 April 2026.\n"
    )
    assert kind_of(_WORKSHOP, body) is MessageKind.INVITATION


def test_a_sitting_adjourned_until_the_next_mornings_hour_is_not_put_off() -> None:
    body = (
        "The Example Council will sit on 21 and 22 April 2026 at the Example Hotel. On the "
        "first day the session will be adjourned until 9:30 the following morning.\n"
        "Member offices are invited to nominate two delegates.\n"
    )
    assert kind_of(_WORKSHOP, body) is MessageKind.INVITATION


def test_guard_a_meeting_adjourned_to_a_day_is_put_off() -> None:
    body = "The Example Council meeting of 20 April 2026 has been adjourned to 4 May 2026.\n"
    assert kind_of(_WORKSHOP, body) is MessageKind.POSTPONEMENT


def test_a_share_asked_after_attended_by_in_its_sentence_is_read() -> None:
    body = (
        "The Example Council expert meeting on 21 April 2026 will be attended by senior "
        "officials and experts, and each member state is invited to nominate 2 delegates.\n"
    )
    assert value_of(meeting_of(body).delegates_requested) == 2


def test_guard_a_tally_of_who_attends_asks_for_none() -> None:
    body = (
        "The Example Council expert meeting on 21 April 2026 will be attended by about 90 "
        "officials; 4 partner bodies; and 7 observers.\n"
    )
    assert value_of(meeting_of(body).delegates_requested) is None
