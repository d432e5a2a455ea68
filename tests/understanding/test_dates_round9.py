"""Round nine's classes of which date is the meeting, when it ends and in which zone
(tests/realmail/FAILURES.md, "Round nine fixes (dates12)"), each in an invented text of the
class's shape."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.understanding.fields.text import sentence_end
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import TemporalKind
from tests.understanding.helpers import extract_text

BANGKOK = ZoneInfo("Asia/Bangkok")
UTC = dt.UTC


def _meeting(body: str, subject: str = "", *, sent: dt.datetime) -> MeetingRecord:
    return extract_text(body, subject, sent=sent).meeting


def test_a_datelines_tomorrow_is_the_next_day_not_a_range() -> None:
    sent = dt.datetime(2026, 11, 23, 9, tzinfo=BANGKOK)
    found = find_temporal(
        "EXAMPLETOWN, 23 November 2026 – Tomorrow, editors will convene.", reference=sent
    )
    assert [t.kind for t in found if t.kind is TemporalKind.RANGE] == []
    meeting = _meeting(
        "EXAMPLETOWN, 23 November 2026 – Tomorrow, editors from member states will convene"
        " with researchers for the fourth Example Media Forum (EMF).\n"
        "The EMF brings newsroom heads together. This year it runs online.\n",
        "Fourth Example Media Forum to be held online",
        sent=sent,
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 11, 24)
    assert meeting.start.confidence < 0.8


def test_a_thai_abbreviations_full_stop_ends_no_sentence() -> None:
    text = "เมื่อวันที่ 3 พ.ย. ที่ทำการ นาย ก โฆษก กตย. แถลงว่า วันที่ 12 พ.ย. จะมีการประชุม"
    assert sentence_end(text, 0, len(text)) == len(text)
    english = "The meeting ended. The next one opens in May."
    assert sentence_end(english, 0, len(english)) == len("The meeting ended")


def test_a_thai_storys_speaking_day_is_not_taken_surely_for_the_meeting() -> None:
    meeting = _meeting(
        "ตัวอย่างเตรียมเชิญคณะทูตรับฟังแนวทาง\n\n"
        "เมื่อวันที่ 3 พ.ย. 69 ที่ทำการตัวอย่าง นาย ก โฆษก กตย. แถลงว่า วันที่ 12 พ.ย. เวลา"
        " 10.00 น. สภาตัวอย่างจะเชิญผู้แทนสถานทูตมาฟังคำชี้แจง\n",
        sent=dt.datetime(2026, 11, 3, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None or not (
        meeting.start.value == dt.date(2026, 11, 3) and meeting.start.confidence >= 0.8
    )


def test_two_sessions_hours_of_one_day_leave_the_start_under_review() -> None:
    meeting = _meeting(
        "Example Team meeting agenda for 2026-02-18\n\n"
        "Note the new meeting times!\n\n"
        "Asia and Oceania meeting: 2026-02-18 12:00 UTC\n"
        "Americas meeting: 2026-02-18 21:00 UTC\n\n"
        "The Example Group invites organizers to a 1.5 hour watch party on February 18th, 2026"
        " at 5:30-7:00 PM UTC!\n",
        "Example Team meeting agenda for 2026-02-18",
        sent=dt.datetime(2026, 2, 17, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value.date() == dt.date(2026, 2, 18)  # type: ignore[union-attr]
    assert meeting.start.confidence < 0.8


def test_one_hour_written_in_two_zones_is_no_rival() -> None:
    # guard: the same instant twice is one start
    meeting = _meeting(
        "The Example Council meeting will be held on 18 February 2026 at 10:00 UTC"
        " (18 February 2026 at 17:00 Bangkok time).\n",
        sent=dt.datetime(2026, 2, 10, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 2, 18, 10, tzinfo=UTC)
    assert meeting.start.confidence >= 0.8


def test_an_adjourned_meetings_until_day_is_its_new_day_not_a_deadline() -> None:
    found = find_temporal(
        "it was agreed to adjourn the AGM until Saturday 27th June at 8.30pm.",
        reference=dt.datetime(2026, 6, 15, 9, tzinfo=BANGKOK),
    )
    assert [t.kind for t in found] == [TemporalKind.DATETIME]
    meeting = _meeting(
        "Example Club AGM - New Date\n"
        "A meeting took place on Friday 12th June which was the original date, and at that"
        " meeting it was agreed to adjourn the AGM until Saturday 27th June at 8.30pm.\n",
        "Example Club AGM - New Date",
        sent=dt.datetime(2026, 6, 15, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 6, 27, 20, 30, tzinfo=BANGKOK)


def test_a_postponement_until_further_notice_keeps_no_news_day() -> None:
    extraction = extract_text(
        "Postponement of AGM\n\n"
        "Many members belong to the groups the Minister spoke of yesterday, so the board"
        " has chosen to postpone our AGM, set for 18 April in the town"
        " hall of Exampletown, until further notice.\n",
        "Postponement of AGM",
        sent=dt.datetime(2026, 3, 17, 9, tzinfo=BANGKOK),
    )
    assert extraction.meeting.start is None


def test_a_length_said_before_the_first_day_gives_the_last() -> None:
    meeting = _meeting(
        "Example Hosts Global Meeting\n"
        "This two-day meeting opens on 25 October, after two earlier rounds.\n",
        sent=dt.datetime(2026, 10, 18, 9, tzinfo=BANGKOK),
    )
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2026, 10, 26)
    assert meeting.end.confidence < 0.8


def test_a_closing_day_written_apart_is_the_last_day() -> None:
    meeting = _meeting(
        "1. Date and working hours\n"
        "The Example Assembly will open on Sunday, 24 May 2026 at 14:00. Sittings run"
        " 09:30-12:30 and 14:00-17:00 (CEST).\n"
        "The Assembly will close no later than Saturday, 30 May 2026, as decided by the Board.\n",
        sent=dt.datetime(2026, 5, 18, 9, tzinfo=BANGKOK),
    )
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2026, 5, 30)
    assert "close no later than" in (meeting.end.source or "")
    assert meeting.end.confidence < 0.8
    # the zone written after the next sentence's hours is the opening hour's
    assert meeting.timezone is not None
    assert meeting.timezone.value == "Europe/Zurich"
    assert meeting.timezone.confidence < 0.8
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 5, 24, 14, tzinfo=ZoneInfo("Europe/Zurich"))


def test_a_news_days_meeting_runs_until_its_last_day() -> None:
    meeting = _meeting(
        "EXAMPLETOWN, (Example News / Example Wire - 24th May, 2026) The host is holding the"
        " virtual meetings of the Example Dialogue.\n\n"
        "The meetings began today and last until 27th May, chaired by the host.\n",
        sent=dt.datetime(2026, 5, 24, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 5, 24)
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2026, 5, 27)


def test_a_range_holding_the_parts_days_is_the_whole_meetings() -> None:
    meeting = _meeting(
        "Example Global Online Summit\n\nTime: 1-9 July 2026\n\nMode: online\n\n"
        "Regional sessions come first, on 1–2 July; the global sessions follow on 7–9"
        " July.\n",
        sent=dt.datetime(2026, 6, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.end is not None
    assert (meeting.start.value, meeting.end.value) == (dt.date(2026, 7, 1), dt.date(2026, 7, 9))
    assert meeting.start.confidence < 0.8


def test_a_thai_storys_day_stands_beside_a_cited_resolutions_day() -> None:
    meeting = _meeting(
        "รัฐมนตรีตัวอย่าง ต้อนรับเอกอัครราชทูตตัวอย่าง\n\n"
        "วันที่ 19 ตุลาคม 2569 เวลา 14.00 น. นาย ก รัฐมนตรีว่าการกระทรวงตัวอย่าง ให้การต้อนรับ"
        " นาย ข เอกอัครราชทูตตัวอย่าง ขอเข้าพบเพื่อหารือ และพิจารณาการดำเนินการตามมติคณะรัฐมนตรี"
        " เมื่อวันที่ 4 สิงหาคม 2569 ขอให้สถานทูตเตรียมแผน\n",
        sent=dt.datetime(2026, 10, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 10, 19, 14, tzinfo=BANGKOK)
    assert any(reason.startswith("story_day") for reason in meeting.start.reasons)


def test_a_thai_storys_past_day_said_with_thi_phan_ma_is_told() -> None:
    meeting = _meeting(
        "จัดประชาคมรับฟังความคิดเห็นตัวอย่าง\n\n"
        "เมื่อวันที่ 26 มกราคม 2569 ที่ผ่านมา องค์การบริหารส่วนตำบลตัวอย่าง จัดทำประชาคมชี้แจง"
        "และรับฟังความคิดเห็นจากประชาชน จำนวน 100 คน\n",
        sent=dt.datetime(2026, 1, 30, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 1, 26)


def test_a_refund_period_is_no_meetings_days() -> None:
    meeting = _meeting(
        "The fee includes accommodation, arriving Sunday 10 Jan 2027 and departing Friday"
        " 15 Jan 2027.\n\n"
        "Before 10 Nov 2026, total refund.  From 11 Nov 2026 to 15 Dec 2026 50% refund.\n",
        sent=dt.datetime(2026, 8, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None or meeting.start.value != dt.date(2026, 11, 11)


def test_a_sentence_wrapped_before_its_date_is_no_rows_label() -> None:
    meeting = _meeting(
        "The early rate holds only if your form and your fee\n"
        "reach the Workshop office on\n"
        "December 31, 2026 at the latest.\n\n"
        "Registration desk opening hours:\n"
        "• Thursday, April 22    11:00 - 18:00\n",
        sent=dt.datetime(2026, 11, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None or meeting.start.value != dt.date(2026, 12, 31)


def test_a_mail_archives_received_on_stamp_is_no_meetings_hour() -> None:
    meeting = _meeting(
        "Agenda for April 16 Example WG call\n\n"
        "1. Confirmation of scribe.\n2. Open issues.\n\n"
        "Received on Wednesday, 16 April 2026 08:04:45 UTC\n",
        "Agenda for April 16 Example WG call",
        sent=dt.datetime(2026, 4, 16, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 4, 16)


def test_previous_meetings_after_a_date_point_at_the_next_date() -> None:
    meeting = _meeting(
        "Example workshop on mobility.\n"
        "XXIII Meeting of the Example Regional Conference to be held in Exampletown, on November"
        " 14-15, 2026, with previous technical meetings of the Example Contact Points and the"
        " Example Regional Consultation Group on Migration (ERCGM) on November 12-13.\n",
        sent=dt.datetime(2026, 9, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 11, 14)


def test_a_day_said_as_was_scheduled_stays_under_review() -> None:
    meeting = _meeting(
        "The 12th Example Council Meeting was scheduled to be held on 24 April 2026 at the"
        " Example Hall in Exampletown.\n\nMembers will be informed of the arrangements.\n",
        "12th Example Council Meeting, 24 April 2026",
        sent=dt.datetime(2026, 4, 14, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 4, 24)
    assert meeting.start.confidence < 0.8


def test_a_day_the_words_call_new_keeps_its_confidence() -> None:
    # guard: "was scheduled for … has been moved to <day>" is sure of the new day
    meeting = _meeting(
        "The 12th Example Council Meeting, which was scheduled for 24 April 2026, has been"
        " postponed to 8 May 2026 at the Example Hall in Exampletown.\n",
        "Postponed: 12th Example Council Meeting",
        sent=dt.datetime(2026, 4, 14, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 5, 8)
    assert meeting.start.confidence >= 0.8


def test_a_schedules_registration_row_gives_the_windows_last_day() -> None:
    extraction = extract_text(
        "วันที่ | กำหนดการ |\n---|---|\n"
        "1 – 30 เมษายน 2569 | เปิดรับบทความวิชาการ |\n"
        "15 – 30 พฤษภาคม 2569 | ผู้นำเสนอบทความลงทะเบียนและชำระค่าลงทะเบียนล่วงหน้า |\n"
        "15 พฤษภาคม – 14 มิถุนายน 2569 | ผู้ฟังทั่วไปลงทะเบียนออนไลน์ |\n"
        "15 – 16 มิถุนายน 2569 | นำเสนอผลงาน |\n",
        "กำหนดการประชุมวิชาการตัวอย่าง",
        sent=dt.datetime(2026, 3, 1, 9, tzinfo=BANGKOK),
    )
    deadline = extraction.meeting.registration_deadline
    assert deadline is not None
    assert deadline.value == dt.datetime(2026, 6, 14, 23, 59, tzinfo=BANGKOK)
    assert deadline.confidence < 0.8


def test_forms_not_accepted_after_a_day_are_due_that_day() -> None:
    extraction = extract_text(
        "The Example Workshop will be held on 21-23 April 2026 in Exampletown.\n\n"
        "Registration forms received after April 14, 2026 will not be accepted as"
        " pre-registration.\n",
        sent=dt.datetime(2026, 2, 1, 9, tzinfo=BANGKOK),
    )
    deadline = extraction.meeting.registration_deadline
    assert deadline is not None
    assert deadline.value is not None
    assert deadline.value.date() == dt.date(2026, 4, 14)  # type: ignore[union-attr]
    assert deadline.confidence < 0.8


def test_the_deciding_meetings_day_read_across_a_wrapped_line_is_not_the_meeting() -> None:
    meeting = _meeting(
        "ประกาศสภาองค์การบริหารส่วนตำบลตัวอย่าง เรียกประชุมสภา สมัยประชุมสามัญ สมัยที่สาม\n"
        "สภาองค์การบริหารส่วนตำบลตัวอย่างได้ลงมติเรื่องสมัยประชุมของปี พ.ศ. 2569 ไว้\n"
        "ในการประชุมสภาองค์การบริหารส่วนตำบลตัวอย่าง คราวประชุม\n"
        "ปี 2568 ครั้งที่ 1 เมื่อวันที่ 12 กุมภาพันธ์ 2568 ว่า\n"
        "สมัยประชุมแรกของปี พ.ศ. 2569 ให้เปิดระหว่างวันที่ 1 - 15 กุมภาพันธ์\n"
        "2569 มีกำหนด 15 วัน นั้น\n",
        sent=dt.datetime(2026, 2, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None or meeting.start.value != dt.date(2025, 2, 11)


def test_a_subjects_day_the_text_writes_as_a_registrations_is_not_the_meetings() -> None:
    meeting = _meeting(
        "Example Commission news\n\n"
        "NGO Pre-Registration for the Example Commission Ends January 23, 2027\n\n"
        "How to pre-register\n"
        "Online pre-registration is possible from 5 November 2026 to 23 January 2027.\n",
        "NGO Pre-Registration for the Example Commission Ends January 23, 2027",
        sent=dt.datetime(2026, 11, 5, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None


def test_registration_running_until_a_day_does_not_close_the_meeting() -> None:
    # guard: what closes is not the meeting
    meeting = _meeting(
        "The Example Workshop opens on 1 May 2026 in Exampletown. Registration runs until"
        " 10 May 2026.\n",
        sent=dt.datetime(2026, 4, 1, 9, tzinfo=BANGKOK),
    )
    assert meeting.end is None
