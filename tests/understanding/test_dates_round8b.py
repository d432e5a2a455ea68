"""Round eight's second pass on which date is the meeting's, in which zone, and what kind of
message tells of it (tests/realmail/FAILURES.md, "Round eight, second pass (dates11)"), each in
an invented text of the class's shape."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.reading.document import Attachment
from bot.understanding.record import MessageKind
from bot.understanding.temporal.find import find_temporal
from tests.understanding.helpers import extract, extract_text, mail

UTC = dt.UTC


def test_a_zoned_hour_above_a_join_link_is_the_meetings_when_nothing_else_names_a_day() -> None:
    page = (
        "Monthly Meeting\n"
        "We hold community meetings once a month, in two sittings to cover all time zones.\n"
        "- Project updates\n- Design review notes\n- Open questions\n"
        "Person A\nExample Community Manager\nsomeone@example.org\n"
        "Mar. 12 at 16:00 GMT (8am PST)\n"
        "Zoom link:\n"
        "https://zoom.us/j/123456789\n"
        "Meeting ID: 123 456 789\n"
        "Mar. 18th at 2:00 GMT (10:00 in Example City) (Mar 17, 18:00 PST)\n"
        "Zoom link:\n"
        "https://zoom.us/j/987654321\n"
    )
    notice = Attachment("monthly-meeting.pdf", "application/pdf", len(page), text=page)
    found = extract(
        mail(
            "The page is attached.",
            "Example Monthly Meeting",
            sent=dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
            attachments=(notice,),
        )
    )
    start = found.meeting.start
    assert start is not None
    assert start.value == dt.datetime(2026, 3, 12, 16, 0, tzinfo=UTC)
    assert start.confidence < 0.8
    assert found.meeting.timezone is not None
    assert found.meeting.timezone.value in {"UTC", "Etc/UTC", "GMT", "Etc/GMT"}


def test_a_postponed_meeting_that_will_now_be_held_at_an_hour_has_its_new_day() -> None:
    found = extract_text(
        "Today's AGM lacked a quorum, so the meeting was"
        " postponed by a week and will now be held at 2:00 p.m. on Sunday, 20th September, in the"
        " Example Community Hall.\n",
        "AGM postponed",
        sent=dt.datetime(2026, 9, 13, 18, 0, tzinfo=UTC),
    )
    assert found.kind is MessageKind.POSTPONEMENT
    assert found.meeting.start is not None
    assert found.meeting.start.value == dt.datetime(
        2026, 9, 20, 14, 0, tzinfo=ZoneInfo("Asia/Bangkok")
    )


def test_a_postcode_line_under_a_venue_heading_above_the_day_gives_the_zone() -> None:
    found = extract_text(
        "Practical information\n\nVenue of the meeting\n\n"
        "Headquarters of the Example Organization\nExample Street 1\n00184 Rome\n\n"
        "Timetable\n\n"
        "The Chair opens the first sitting at 9:00 a.m. on Tuesday, 16 March 2027.\n",
        "Example Committee: information for participants",
        sent=dt.datetime(2027, 1, 10, 9, 0, tzinfo=UTC),
    )
    meeting = found.meeting
    assert meeting.timezone is not None
    assert meeting.timezone.value == "Europe/Rome"
    assert meeting.timezone.confidence < 0.8
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 3, 16, 9, 0, tzinfo=ZoneInfo("Europe/Rome"))


def test_a_yearless_day_takes_the_year_of_the_session_its_clause_names() -> None:
    found = extract_text(
        "The 2026 session of the Example Commission has been cancelled.\n\n"
        "The tentative dates for the 2027 Substantive Session are 29 March to 16 April.\n",
        "Cancellation of the Example Commission 2026 Session",
        sent=dt.datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
    )
    assert found.meeting.start is not None
    assert found.meeting.start.value == dt.date(2027, 3, 29)
    assert found.meeting.end is not None
    assert found.meeting.end.value == dt.date(2027, 4, 16)


def test_the_date_of_a_cited_notice_is_not_the_meetings() -> None:
    found = extract_text(
        "ตามประกาศสภาเทศบาลตัวอย่าง เรื่อง เรียกประชุมสภาเทศบาลตัวอย่าง สมัยวิสามัญ สมัยที่ ๒"
        " ประจำปี พ.ศ. ๒๕๖๙ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๙ ให้เปิดประชุมสภาเทศบาลตัวอย่าง"
        " เป็นเวลา ๗ วัน นับแต่วันที่ ๒๓ พฤศจิกายน ๒๕๖๙ นั้น\n"
        "เนื่องจากครบเจ็ดวันแล้ว สภาเทศบาลตัวอย่างจึงขอปิดสมัยประชุมสมัยวิสามัญนี้ นับแต่วันที่"
        " ๓๐ พฤศจิกายน ๒๕๖๙\n",
        "ประกาศสภาเทศบาลตัวอย่าง เรื่อง การปิดสมัยประชุมสมัยวิสามัญ",
        sent=dt.datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )
    start = found.meeting.start
    assert start is None or start.value != dt.date(2026, 11, 20)


def test_a_wrapped_lines_day_of_a_past_decision_opens_no_story() -> None:
    found = extract_text(
        "ข่าวจากหน่วยงานราชการ\n"
        '"สภาเทศบาลตัวอย่าง เปิดประชุมสภาเทศบาลตัวอย่าง สมัยสามัญ สมัยแรก ประจำปี พ.ศ.2570"\n\n'
        "วันที่ 28 ม.ค. 2570\nสภาเทศบาลตัวอย่าง\n\n"
        "          Person A ประธานสภาเทศบาลตัวอย่าง แจ้งว่า สภาเทศบาลตัวอย่างได้ลงมติไว้ใน\n"
        "การประชุมครั้งก่อน\n"
        "วันที่ 1 ก.พ. 2569 ให้สมัยประชุมแรกของปี\n"
        "พ.ศ.2570 เปิดในวันที่ 1 กุมภาพันธ์\n"
        "พ.ศ.2570 และปิดในวันที่ 17 มีนาคม พ.ศ.2570 รวม 45 วัน\n",
        "สภาเทศบาลตัวอย่าง เปิดประชุมสภาเทศบาลตัวอย่าง สมัยสามัญ สมัยแรก ประจำปี พ.ศ.2570",
        sent=dt.datetime(2027, 1, 28, 9, 0, tzinfo=UTC),
    )
    assert found.kind is not MessageKind.REPORT
    start = found.meeting.start
    assert start is None or start.value != dt.date(2026, 2, 1)


def test_a_thai_meeting_held_on_a_day_told_across_wrapped_lines_is_a_report() -> None:
    found = extract_text(
        "ข่าวประชาสัมพันธ์ ฉบับที่ 4\n\n"
        "สำนักงานตัวอย่าง ได้จัดเวทีประชุมหารือกับ\n"
        "ชาวบ้านรอบที่สอง เรื่องโครงการสะพานตัวอย่าง อำเภอตัวอย่าง\n"
        "เมื่อวันพุธที่ 5 สิงหาคม 2569 เวลา 13.30 - 16.00 น. ณ หอประชุมตัวอย่าง\n",
        "ข่าวประชาสัมพันธ์ ฉบับที่ 4 เวทีประชุมหารือกับชาวบ้านรอบที่สอง",
        sent=dt.datetime(2026, 8, 7, 9, 0, tzinfo=UTC),
    )
    assert found.kind is MessageKind.REPORT


def test_a_delegates_notice_of_their_departure_invites_no_one() -> None:
    found = extract_text(
        "Registration\n\nDelegates to the 12th Session of the Example Labour Conference pick"
        " up their passes at the Example Pavilion desk. Delegates are"
        " asked to tell the desk in good time of their departure should"
        " they go home before the Example Conference closes.\n\n"
        "The registration desk will be open on Friday, 29 May 2026, from 9 a.m. to 5 p.m.\n",
        "12th Session of the Example Labour Conference: Registration",
        sent=dt.datetime(2026, 5, 15, 9, 0, tzinfo=UTC),
    )
    assert found.kind is not MessageKind.INVITATION


def test_a_day_with_its_hour_on_the_next_line_is_no_letters_date() -> None:
    found = extract_text(
        "12th Meeting of the Example Committee\n\n"
        "The Committee intends to:\n"
        "  • Go through the reports received;\n  • Agree on the work plan.\n\n"
        "Observers may attend if the Committee agrees.\n\n"
        "2 July 2026\n2:40 pm\n\nExample Conference Centre\n",
        "12th Meeting of the Example Committee",
        sent=dt.datetime(2026, 5, 10, 9, 0, tzinfo=UTC),
    )
    start = found.meeting.start
    assert start is not None
    assert isinstance(start.value, dt.datetime)
    assert (start.value.date(), start.value.time()) == (dt.date(2026, 7, 2), dt.time(14, 40))
    assert start.confidence < 0.8


def test_a_letters_date_alone_on_its_line_is_still_no_meetings_day() -> None:
    # guard: a letter dated by a day alone on its line
    found = extract_text(
        "2 July 2026\n\nDear colleagues,\n\nThe Example Committee will meet on 14 September 2026"
        " in Example City.\n",
        "Example Committee",
        sent=dt.datetime(2026, 7, 2, 9, 0, tzinfo=UTC),
    )
    assert found.meeting.start is not None
    assert found.meeting.start.value == dt.date(2026, 9, 14)


def test_a_schedules_rows_name_meetings_days() -> None:
    page = (
        "2026 Meeting Schedule\n"
        "The public can watch the meetings online through the link\n"
        "printed in each month's agenda.\n"
        "Once meetings return to the hall, a new schedule\n"
        "with rooms will follow.\n"
        "November 30th, 2026: Special Executive Committee Meeting (Zoom)\nat 9 AM\n"
        "December 17th, 2026: Commission Meeting (Zoom) at 9 AM\n"
    )
    notice = Attachment("schedule.pdf", "application/pdf", len(page), text=page)
    found = extract(
        mail(
            "The schedule is attached.",
            "Example Commission",
            sent=dt.datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            attachments=(notice,),
        )
    )
    start = found.meeting.start
    assert start is not None
    assert start.confidence < 0.8
    assert isinstance(start.value, dt.datetime)
    assert start.value.date() in {dt.date(2026, 11, 30), dt.date(2026, 12, 17)}


def test_each_listed_day_takes_its_own_weekdays_year() -> None:
    found = find_temporal(
        "the sessions set for Wednesday 14 and Friday 16 October will have to run online",
        reference=dt.datetime(2020, 9, 14, 9, 0, tzinfo=UTC),
        default_tz="Asia/Bangkok",
    )
    assert [t.start for t in found] == [dt.date(2020, 10, 14), dt.date(2020, 10, 16)]


def test_a_weekday_whose_date_a_line_break_follows_is_no_day_counted_from_the_story() -> None:
    page = (
        "Following our earlier note on the calendar, the secretariat writes to tell\n"
        "delegations of postponements. For this body it means interpreters are free only\n"
        "for a short slot on Thursday\n"
        "15 October 2026. The sessions are therefore postponed.\n"
    )
    notice = Attachment("changes.pdf", "application/pdf", len(page), text=page)
    found = extract(
        mail(
            "See the attached note.",
            "Tentative changes to the meeting schedules in October 2026",
            sent=dt.datetime(2026, 9, 14, 9, 0, tzinfo=UTC),
            attachments=(notice,),
        )
    )
    start = found.meeting.start
    assert start is None or start.value != dt.date(2026, 9, 17)
