"""Message kinds in the forms of round twenty's Thai failure classes (tests/realmail/FAILURES.md,
"Round twenty fixes (kindsth-r20)"; the texts are invented in each class's shape): Thai news
whose paragraph opens on its reporter's word before its day ("<โฆษก> เปิดเผยว่า เมื่อวันที่ …"),
on a range of days ("วันที่ 9-10 …"), or names a long party before its verb, is a report; so is
an organiser's "จัดประชุม…" told on a day not after the message's, a "ผลสรุปการจัดประชุม…" (the
summary of a meeting held), a press conference held on a day gone by ("จัดแถลงข่าว… เมื่อวันที่
…"), and a deed told before its day gone by ("ได้เดินทางไป… เมื่อวันเสาร์ที่ …"); a council's
calendar of its sessions ("กำหนดสมัยประชุมสามัญ ประจำปี …") is a circular.
Guards: a Thai invitation that names who will attend, a letter announcing a meeting ahead, a
reporter's word of a meeting still to come, a postponement that recites the letter it follows,
a council's notice that recites its resolution, and a council's call to one session stay what
they are.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from dataclasses import replace

from bot.understanding.fields.text import MessageText
from bot.understanding.kind_news import told_as_done
from bot.understanding.record import MessageKind
from bot.understanding.temporal.find import find_temporal
from tests.understanding.helpers import SENT, SENT_DAY, kind_of

_SUBJECT = "ข่าวสำนักงานสมมติ"


def test_thai_news_opening_on_its_reporters_word_is_a_report() -> None:
    body = (
        "คณะกรรมการสมมติหารือความร่วมมือ\n\n"
        "นายสมมติ ใจดี โฆษกสำนักงานสมมติ เปิดเผยว่า เมื่อวันที่ 10 มีนาคม 2569 ณ โรงแรมสมมติ "
        "ได้มีการประชุมคณะกรรมการร่วมสมมติ ครั้งที่ 4 นำโดยนายสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_reporters_word_of_a_meeting_still_to_come_is_no_report() -> None:
    body = (
        "คณะกรรมการสมมติเตรียมหารือความร่วมมือ\n\n"
        "สำนักข่าวสมมติรายงานว่า วันที่ 20 เมษายน 2569 ณ โรงแรมสมมติ จังหวัดสมมติ "
        "จะมีการประชุมคณะกรรมการร่วมสมมติ ครั้งที่ 5 นำโดยนายสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_thai_news_opening_on_a_range_of_days_is_told_as_done() -> None:
    # (asked of the story reader itself: the kind reader finds the same story by its day when
    # the record's start is that day, which a notice's other dates may take from it)
    body = (
        "วันที่ 9-10 มีนาคม 2569 สำนักงานสมมติจัดประชุมเชิงปฏิบัติการ “พัฒนางานสมมติ” "
        "ณ โรงแรมสมมติ กรุงเทพมหานคร เพื่อแลกเปลี่ยนประสบการณ์ของบุคลากร\n"
    )
    text = MessageText.of(body)
    text = replace(text, temporals=tuple(find_temporal(text.plain, reference=SENT)))
    assert told_as_done(text, SENT_DAY) is not None


def test_thai_news_naming_a_long_party_before_its_verb_is_a_report() -> None:
    party = " ".join(
        f"นาย{name} สมมติ รองผู้อำนวยการสำนักงานสมมติฝ่ายที่ {n}"
        for n, name in enumerate(["หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก"], start=1)
    )
    body = (
        "วันที่ 12 มีนาคม 2569 เวลา 10.00 น. นางสาวสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ พร้อมด้วย "
        f"{party} ให้การต้อนรับคณะผู้แทนองค์การสมมติ ณ ห้องประชุมชั้น 4 อาคารสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_thai_invitation_naming_who_will_attend_invites() -> None:
    body = (
        "วันที่ 25 มีนาคม 2569\n"
        "เรื่อง ขอเชิญประชุมคณะทำงานสมมติ\n"
        "เรียน ผู้อำนวยการสำนักงานสมมติ\n\n"
        "สำนักงานสมมติจัดประชุมคณะทำงานสมมติ โดยมีผู้แทนองค์การสมมติเข้าร่วม จึงขอเชิญท่าน"
        "เข้าร่วมประชุมในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ ห้องประชุมชั้น 3 อาคารสมมติ\n"
    )
    assert kind_of("ขอเชิญประชุมคณะทำงานสมมติ", body) is MessageKind.INVITATION


def test_guard_a_thai_letter_announcing_a_meeting_ahead_is_no_report() -> None:
    body = (
        "วันที่ 20 เมษายน 2569 สำนักงานสมมติจัดประชุมเชิงปฏิบัติการ “พัฒนางานสมมติ” "
        "ณ โรงแรมสมมติ กรุงเทพมหานคร สำหรับบุคลากรของหน่วยงานในสังกัด\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def test_a_summary_of_a_meeting_held_is_a_report() -> None:
    body = (
        "ผลสรุปการจัดประชุมรับฟังความคิดเห็นโครงการสมมติ ครั้งที่ 1\n\n"
        "สำนักงานสมมติจัดประชุมรับฟังความคิดเห็นโครงการสมมติ 2 กลุ่ม ณ ห้องประชุมอำเภอสมมติ\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_an_invitation_to_hear_a_summary_invites() -> None:
    body = (
        "สำนักงานสมมติขอเชิญท่านเข้าร่วมประชุมเพื่อรับฟังผลสรุปการประชุมกลุ่มย่อย "
        "ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ ห้องประชุมอำเภอสมมติ\n"
    )
    assert kind_of("ขอเชิญประชุมสมมติ", body) is MessageKind.INVITATION


def test_a_press_conference_held_on_a_day_gone_by_is_a_report() -> None:
    body = (
        "สำนักงานสมมติร่วมกับสมาคมสมมติ จัดแถลงข่าวการประชุมวิชาการสมมติ ครั้งที่ 3 "
        "เมื่อวันที่ 5 มีนาคม 2569 โดยนายกสมาคมสมมติเป็นผู้แถลง\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_a_deed_told_before_its_day_gone_by_is_a_report() -> None:
    body = (
        "งานบริการสัญจร ณ วัดสมมติ\n\n"
        "ฝ่ายบริการ สำนักงานสมมติ ได้เดินทางไปให้บริการสัญจร ณ วัดสมมติ "
        "เมื่อวันเสาร์ที่ 7 มีนาคม 2569 โดยมีประชาชนเข้ารับบริการกว่า 200 คน\n"
    )
    assert kind_of(_SUBJECT, body) is MessageKind.REPORT


def test_guard_a_postponement_reciting_the_letter_it_follows_stays_one() -> None:
    body = (
        "ตามที่สำนักงานสมมติได้แจ้งกำหนดการประชุมคณะทำงานสมมติ เมื่อวันที่ 5 มีนาคม 2569 นั้น "
        "สำนักงานสมมติขอเลื่อนการประชุมดังกล่าวออกไปเป็นวันที่ 30 เมษายน 2569\n"
    )
    assert kind_of("เลื่อนการประชุมคณะทำงานสมมติ", body) is MessageKind.POSTPONEMENT


def test_guard_a_council_notice_reciting_its_resolution_is_no_report() -> None:
    body = (
        "ประกาศสภาสมมติ เรื่อง กำหนดสมัยประชุมสามัญ ประจำปี 2569\n\n"
        "สภาสมมติ ได้มีมติในการประชุมสภาสมมติ สมัยสามัญ สมัยแรก เมื่อวันที่ 10 กุมภาพันธ์ 2569 "
        "กำหนดสมัยประชุมสามัญประจำปี 2569 ไว้ 4 สมัย\n"
    )
    assert kind_of(_SUBJECT, body) is not MessageKind.REPORT


def _council(title: str) -> str:
    return (
        f"{title}\n\n"
        "ด้วยสภาเทศบาลสมมติ ในการประชุมครั้งที่ 1/2569 เมื่อวันที่ 10 กุมภาพันธ์ 2569 "
        "มีมติกำหนดวันประชุมของสภาในปีนี้ ดังนี้\n"
        "1. สมัยที่ 1 ตั้งแต่วันที่ 1 มีนาคม 2569 เป็นต้นไป มีกำหนด 15 วัน\n"
        "2. สมัยที่ 2 ตั้งแต่วันที่ 1 มิถุนายน 2569 เป็นต้นไป มีกำหนด 15 วัน\n"
    )


def test_a_councils_calendar_of_sessions_is_a_circular() -> None:
    title = "ประกาศสภาเทศบาลสมมติ เรื่อง กำหนดสมัยประชุมสามัญ ประจำปี 2569"
    assert kind_of(title, _council(title)) is MessageKind.CIRCULAR


def test_guard_a_call_to_one_session_is_no_calendar() -> None:
    title = "ประกาศเรียกประชุมสภาเทศบาลสมมติ สมัยสามัญ สมัยที่ 2 ประจำปี 2569"
    assert kind_of(title, _council(title)) is not MessageKind.CIRCULAR
