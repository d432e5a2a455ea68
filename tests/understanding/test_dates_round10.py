"""Round ten's classes of when the meeting is, at which hour, in which zone, when it ends and
when registration closes (tests/realmail/FAILURES.md, "Round ten fixes (dates13)"), each in
an invented text of the class's shape."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.reading.document import Attachment
from bot.understanding.record import MeetingRecord
from bot.understanding.temporal.clocks import find_clocks
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import BANGKOK, NEW_YORK, extract, extract_text, mail, meeting_of


def _attached(page: str, subject: str = "", *, sent: dt.datetime) -> MeetingRecord:
    """The meeting of a notice sent as a PDF under a one-line body."""
    notice = Attachment("notice.pdf", "application/pdf", len(page), text=page)
    return extract(
        mail("Please find the notice attached.", subject, sent=sent, attachments=(notice,))
    ).meeting


def _start(meeting: MeetingRecord) -> dt.datetime:
    assert meeting.start is not None
    assert isinstance(meeting.start.value, dt.datetime), meeting.start
    return meeting.start.value


# Z1: an hour written apart from its day


def test_z1_a_time_line_under_the_date_line_gives_the_hour() -> None:
    meeting = meeting_of(
        "Example Society\n\nDate: Wednesday, September 30, 2026.\nTime: 7:00 – 9:00pm\n\n"
        "The annual general meeting will be held via Zoom. Please register in advance.\n",
        "Example Society AGM",
        sent=dt.datetime(2026, 9, 10, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2026, 9, 30), 19)
    assert meeting.start is not None
    assert meeting.start.confidence < 0.8


def test_z1_the_next_sentence_said_of_the_meeting_gives_the_hour() -> None:
    meeting = meeting_of(
        "Our office invites every delegate of the Example Committee to a short briefing on"
        " Tuesday, 3 November 2026. This meeting will take place in Room 4 from 3 to"
        " 5 p.m.\n\nWe will walk through how drafts are circulated and signed off.\n",
        "",
        sent=dt.datetime(2026, 10, 20, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2026, 11, 3), 15)


def test_z1_from_h_to_h_pm_is_a_range_of_hours() -> None:
    (clock,) = find_clocks("in Room 4 from 3 to 5 p.m.")
    assert (clock.start, clock.end) == (dt.time(15), dt.time(17))


def test_z1_bare_hours_with_a_zone_after_them_are_a_range_of_hours() -> None:
    found = find_temporal(
        "Our next call will be Wed, Feb 17th, from 16-17 London time.",
        reference=dt.datetime(2027, 2, 1, 9, tzinfo=BANGKOK),
    )
    timed = [t for t in found if isinstance(t.start, dt.datetime)]
    assert timed, found
    assert timed[0].start == dt.datetime(2027, 2, 17, 16, tzinfo=ZoneInfo("Europe/London"))
    # pages and items are no hours
    assert list(find_clocks("see pages 16-17 of the report")) == []


def test_z1_a_programmes_first_hour_below_the_day_its_sentence_announces() -> None:
    meeting = meeting_of(
        "สมาคมตัวอย่างขอเรียนเชิญสมาชิกทุกท่านร่วมงานทำบุญประจำปี ณ หอประชุมของสมาคม"
        " ในวันอาทิตย์ที่ 6 ธันวาคม 2569 โดยมีกำหนดการ ดังนี้\n\n"
        "ช่วงเช้า\n\n"
        "เวลา 09.00 น.     ลงทะเบียนรับเอกสาร ณ ห้องตัวอย่าง\n"
        "เวลา 09.15 น.     นายกสมาคมกล่าวต้อนรับ\n",
        "",
        sent=dt.datetime(2026, 11, 20, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2026, 12, 6), 9)


def test_z1_the_hour_a_sitting_was_called_for() -> None:
    meeting = meeting_of(
        "บุคคล ก ประธานสภาเมืองตัวอย่าง แถลงว่าวันนี้ (7 ธ.ค.) สภาเมืองจะอภิปราย"
        "ข้อบัญญัติงบประมาณตัวอย่างรวมสองฉบับ และจะขอมติว่าจะลงคะแนนครบทุกขั้นตอน"
        "ภายในวันเดียวหรือไม่ ขณะที่ฝ่ายค้านเห็นว่าควรแยกการลงมติเป็นสองวัน เพื่อให้สมาชิกมีเวลา"
        "ศึกษารายละเอียดของแต่ละหมวดอย่างรอบคอบ และรับฟังความเห็นของชุมชนในเขตต่าง ๆ ก่อน\n"
        "ทั้งนี้ สภาเมืองตัวอย่างมีการนัดประชุมเวลา 09.00 น. ทว่าพอถึงเวลา"
        " 09.30 น. ยังมีผู้มาลงชื่อเพียง 15 ราย ประธานจึงให้เลื่อนไปเปิดประชุม 10.30 น.\n",
        "",
        sent=dt.datetime(2026, 12, 7, 11, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2026, 12, 7), 9)


# D3: a day lost


def test_d3_the_texts_lone_dated_hour_is_the_meeting_under_review() -> None:
    meeting = _attached(
        "ขอยกเลิกการจัดงานฉลองวัดตัวอย่าง ประจำปี 2027\n\n"
        "ประกาศ ขอยกเลิกการจัดงานฉลองวัดตัวอย่าง ประจำปี 2027 ในวันเสาร์ที่ 3 เมษายน ค.ศ. 2027"
        " เวลา 10.30 น.\n",
        sent=dt.datetime(2027, 3, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2027, 4, 3, 10, 30, tzinfo=BANGKOK)
    assert meeting.start.confidence < 0.8


def test_d3_an_hour_followed_by_a_room_stamps_no_mail() -> None:
    meeting = meeting_of(
        "Notice of Example Meeting\nThe Chair has called an Example Meeting on Wednesday,\n"
        "December 22 at 1:30PM in the Chair's Conference Room of the Example Building.\n",
        "",
        sent=dt.datetime(2027, 12, 16, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour, start.minute) == (dt.date(2027, 12, 22), 13, 30)


def test_d3_a_date_at_an_hour_with_an_at_sign_opens_an_event_not_a_letter() -> None:
    meeting = meeting_of(
        "June 22, 2027 @ 7:00 PM\nMembers and the public may join this session by phone or video"
        " link, as the county's temporary rules on remote sittings allow.\n"
        "Call to Order\nApproval of Agenda\nApproval of December 1, 2026 and February 9, 2027"
        " meeting minutes\n",
        "Example Commission - June 22, 2027 @ 7:00 PM",
        sent=dt.datetime(2027, 6, 18, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2027, 6, 22), 19)


def test_d2_a_news_stamps_odd_minute_is_no_meetings_hour() -> None:
    meeting = meeting_of(
        "Example officials gather at Exampleville meetings\n\nBy Example Agency\n"
        "May 26, 2027, 17:13 [GMT+7]\n\n"
        "Senior officials are gathering at meetings in Exampleville from May 26 to 29 to prepare"
        " for upcoming events.\n",
        "",
        sent=dt.datetime(2027, 5, 26, 18, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 5, 26)
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2027, 5, 29)


# Z2: a zone word


def test_z2_a_region_alone_after_the_hour_is_north_americas_under_review() -> None:
    meeting = meeting_of(
        "Example Association\n\n2027 AGM\n\nJuly 6, 2027 2:00pm (Eastern)\n\nMembers can dial"
        " in free of charge; the number follows in a later letter.\n",
        "2027 AGM - July 6, 2027 2:00pm (Eastern)",
        sent=dt.datetime(2027, 6, 25, 9, tzinfo=BANGKOK),
    )
    assert _start(meeting) == dt.datetime(2027, 7, 6, 14, tzinfo=NEW_YORK)
    assert meeting.start is not None
    assert meeting.start.confidence < 0.8
    assert meeting.timezone is not None
    assert meeting.timezone.confidence < 0.8
    # "Eastern" alone elsewhere is a hall or a province, not a zone
    found = find_temporal(
        "held on 6 July 2027 at 14:00 in the Eastern Hall",
        reference=dt.datetime(2027, 6, 1, tzinfo=BANGKOK),
    )
    assert all(t.tz == "Asia/Bangkok" for t in found)


def test_z2_the_same_hour_in_thai_time_gives_the_local_offset() -> None:
    found = find_temporal(
        "ในวันศุกร์ที่ 29 ตุลาคม 2570 เวลา 10.00 น. (21.00 น. ตามเวลาใน\nประเทศไทย) ที่ประชุมจะ",
        reference=dt.datetime(2027, 10, 26, tzinfo=BANGKOK),
    )
    timed = [t for t in found if isinstance(t.start, dt.datetime)]
    assert timed[0].start.utcoffset() == dt.timedelta(hours=-4)
    assert timed[0].start.hour == 10


# D1: month and day in US order


def test_d1_the_same_day_with_its_months_name_reads_month_first() -> None:
    meeting = meeting_of(
        "Example Commission\n\n  • Date: 09/01/2027 7:00 PM\n  • Introduction: LIVE\n\n"
        "EXAMPLE COMMISSION\nSeptember 1, 2027 @ 7:00 PM\nVIA ZOOM TELECONFERENCE\n",
        "",
        sent=dt.datetime(2027, 8, 27, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2027, 9, 1), 19)


def test_d1_other_numeric_dates_only_month_first_and_a_twelve_hour_clock_near_the_message() -> None:
    other = find_temporal(
        "Meeting on 03/04/2027. Minutes of 12/15/2026 approved.",
        reference=dt.datetime(2027, 2, 1, tzinfo=BANGKOK),
    )
    assert dt.date(2027, 3, 4) in {t.start for t in other}
    near = find_temporal(
        "Town Council Regular Meeting\nDate: 01/11/2027 7:00 PM - 9:30 PM\n",
        reference=dt.datetime(2027, 1, 10, 9, tzinfo=BANGKOK),
    )
    assert near[0].start is not None
    assert near[0].start.month == 1
    assert near[0].confidence < 0.8
    # a Thai text and a day-first text keep day first
    thai = find_temporal(
        "ประชุมวันที่ 01/11/2027 เวลา 7:00 PM", reference=dt.datetime(2027, 1, 10, tzinfo=BANGKOK)
    )
    assert thai[0].start is not None
    assert thai[0].start.month == 11


# D2, D4: other days, end days


def test_d4_the_next_day_beside_the_first_is_the_last() -> None:
    meeting = meeting_of(
        "Exampleland gets set for the summit\n\nLeaders gather this coming Saturday"
        " (June 19) and Sunday (June 20) in central Exampleville for the talks.\n",
        "",
        sent=dt.datetime(2027, 6, 18, 9, tzinfo=BANGKOK),
    )
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2027, 6, 20)
    assert meeting.end.confidence < 0.8


def test_d4_a_programmes_day_headings_give_the_last_day() -> None:
    meeting = meeting_of(
        "PROGRAMME\n| 07.07.2027 (Wednesday) | ||\n| 12:30 – 14:45 | Badge pick-up | |\n"
        "| 14:45 – 15:30 | Opening Ceremony | |\n| 08.07.2027 (Thursday) | ||\n"
        "| 09:00 – 11.00 | Parallel Sessions | |\n| 09.07.2027 (Friday) | ||\n"
        "| 10:00 – 11:30 | Closing | |\n| 20.07.2027 (Tuesday) | ||\n| 10:00 | Board call | |\n",
        "Example Conference 2027 - Programme",
        sent=dt.datetime(2027, 6, 15, 9, tzinfo=BANGKOK),
    )
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2027, 7, 9)


def test_d2_rescheduled_from_an_earlier_day_keeps_the_new_day() -> None:
    record = extract_text(
        "Regular Meeting of the Example Board (Rescheduled from Mar 16th)\n"
        "March 23, 2027 @ 5:00 pm - 7:00 pm\nThe Board will provide a speaker phone.\n",
        "Regular Meeting of the Example Board (Rescheduled from Mar 16th) - March 23, 2027",
        sent=dt.datetime(2027, 3, 17, 9, tzinfo=BANGKOK),
    )
    start = _start(record.meeting)
    assert (start.date(), start.hour) == (dt.date(2027, 3, 23), 17)


def test_registration_credentials_deposited_before_the_opening_are_its_deadline() -> None:
    meeting = meeting_of(
        "Example Regional Meeting (2027) - Credentials\n\nUnder the standing procedure, each"
        " country's credentials must be deposited with our registry three weeks"
        " before the opening of the Meeting (that is, by Tuesday, 7 September 2027).\n",
        "",
        sent=dt.datetime(2027, 8, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.registration_deadline is not None
    assert isinstance(meeting.registration_deadline.value, dt.datetime)
    assert meeting.registration_deadline.value.date() == dt.date(2027, 9, 7)
    assert meeting.registration_deadline.confidence < 0.8


def test_d2_another_thing_organised_in_the_past_is_not_the_meeting_to_come() -> None:
    meeting = meeting_of(
        "(Example Wire) EXAMPLEVILLE, Oct 4 – Exampleland is getting ready to receive the 12th"
        " Example Summit and its side gatherings; city agencies say hotels, roads and venues are"
        " being checked ahead of the arrivals, and volunteers from the universities are"
        " being trained to guide visitors between the hotels, the old quarter and"
        " the riverside halls.\n\n"
        "The city's transport office organised a training session, from Sept 8 to 13, for"
        " bus drivers and marshals, so that guests move quickly between the venues.\n\n"
        "Roughly 2,000 guests and 1,000 reporters from home and abroad"
        " are expected to attend more than 20 meetings, which are to convene in the capital,"
        " Exampleville from Oct 6 to 9, with trade as the main topic.\n",
        "Preparations Underway For Example Summit",
        sent=dt.datetime(2027, 10, 4, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 10, 6)


def test_d2_an_application_forms_opening_day_on_a_long_first_line_is_no_meeting() -> None:
    meeting = meeting_of(
        "Each organiser may propose a single event. We will try to fit in every proposal that"
        " fits the guidelines, and proposals from governments come first. Requests for side"
        " events go through the web form, which opens on 11 January 2027 at noon CET"
        " (Vienna time).\n",
        "Organising side events at the Example Session",
        sent=dt.datetime(2026, 12, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is None or meeting.start.value != dt.datetime(
        2027, 1, 11, 12, tzinfo=ZoneInfo("Europe/Vienna")
    )


def test_d2_a_thai_statements_day_is_not_the_day_it_announces() -> None:
    meeting = meeting_of(
        "สภาตัวอย่างเตรียมเชิญคณะทูตรับฟังแนวทาง\n\n"
        "เมื่อวันที่ 3 ธ.ค.69 ที่อาคารตัวอย่าง นาย ก โฆษกสภาตัวอย่าง กล่าวว่า ในวันที่ 11 ธ.ค."
        " เวลา 10.00 น. สภาตัวอย่างจะเชิญคณะทูตต่างๆ จำนวน 70 ประเทศ มารับฟังแนวทาง\n",
        "",
        sent=dt.datetime(2026, 12, 3, 15, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.datetime(2026, 12, 11, 10, tzinfo=BANGKOK)


def test_registration_a_note_verbale_with_the_delegations_composition_is_due_under_review() -> None:
    meeting = meeting_of(
        "Example Conference 2027\n\nWe would be grateful if each government could"
        " send a note verbale giving the composition of its delegation to the conference"
        " office, e-mail: someone@example.org, before 8 January 2027.\n",
        "",
        sent=dt.datetime(2026, 12, 1, 9, tzinfo=BANGKOK),
    )
    deadline = meeting.registration_deadline
    assert deadline is not None
    assert isinstance(deadline.value, dt.datetime)
    assert deadline.value.date() == dt.date(2027, 1, 8)
    assert deadline.confidence < 0.8


def test_d2_the_days_of_minutes_to_approve_are_past_meetings() -> None:
    meeting = meeting_of(
        "June 22, 2027 @ 7:00 PM\nCommissioners will take part by phone and video under the"
        " state's temporary order on remote public sittings.\n"
        "Call to Order/ Roll Call of Commissioners\nApproval of Agenda\n"
        "Approval of December 1, 2026 and February 9, 2027 meeting minutes\n",
        "Example Commission Regular Meeting - June 22, 2027 @ 7:00 PM",
        sent=dt.datetime(2027, 6, 18, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert day_of(meeting.start.value) == dt.date(2027, 6, 22)


def test_z2_a_region_after_an_hour_joined_to_its_day_is_read_under_review() -> None:
    meeting = meeting_of(
        "The Example Council will meet on Wednesday, 5 May 2027.\nStart time: 3pm Eastern\n",
        "",
        sent=dt.datetime(2027, 4, 20, 9, tzinfo=BANGKOK),
    )
    assert _start(meeting) == dt.datetime(2027, 5, 5, 15, tzinfo=NEW_YORK)
    assert meeting.timezone is not None
    assert meeting.timezone.confidence < 0.8


def test_z2_uk_time_is_londons() -> None:
    found = find_temporal(
        "Example AGM: Thursday 6th May 2027 at 19:30 (UK time)",
        reference=dt.datetime(2027, 4, 20, tzinfo=BANGKOK),
    )
    assert found[0].start == dt.datetime(2027, 5, 6, 19, 30, tzinfo=ZoneInfo("Europe/London"))


def test_z1_an_agenda_heading_below_the_day_opens_with_the_first_hour() -> None:
    meeting = meeting_of(
        "Example Committee\n5 May 2027\n\nAgenda\n3:00 PM Welcome\n3:15 PM Reports\n",
        "",
        sent=dt.datetime(2027, 4, 20, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour) == (dt.date(2027, 5, 5), 15)


def test_z3_the_hour_a_warning_stays_in_force_to_is_no_meetings() -> None:
    meeting = meeting_of(
        "Arrangements of Example Council meetings under adverse weather\n\n"
        "Since the weather office says the No. 8 gale warning will stay in force"
        " until at least tomorrow (October 9) 11am, the Example Council"
        " Committee meetings set for tomorrow are called off.\n\n"
        "Ends/Sunday, October 8, 2028\nIssued at HKT 23:31\n",
        "",
        sent=dt.datetime(2028, 10, 8, 23, tzinfo=BANGKOK),
    )
    assert meeting.start is None or not isinstance(meeting.start.value, dt.datetime)


def test_z1_four_digits_with_a_zones_letters_after_them_are_an_hour() -> None:
    found = find_temporal(
        "Example Board Meeting Minutes 2027-11-22, 1300CET\nAttendees: A, B, C\n",
        reference=dt.datetime(2027, 11, 23, tzinfo=BANGKOK),
    )
    timed = [t for t in found if isinstance(t.start, dt.datetime)]
    assert timed
    assert timed[0].start.utcoffset() == dt.timedelta(hours=1)
    assert timed[0].start.hour == 13
    # a count with a zone-like word after it stays a count
    assert list(find_clocks("call 2100 Bangkok")) == []


def test_d1_times_in_a_us_zone_read_numeric_dates_month_first() -> None:
    reference = dt.datetime(2027, 1, 1, tzinfo=BANGKOK)
    (us,) = find_temporal("Board meeting on 03/04/2027 at 7:00 PM ET.", reference=reference)
    assert us.start == dt.datetime(2027, 3, 4, 19, tzinfo=NEW_YORK)
    assert us.confidence < 0.8
    # a date only day first on the same page keeps the order day first
    found = find_temporal("Meetings 03/04/2027 and 25/04/2027, 7:00 PM ET", reference=reference)
    assert found[0].start == dt.date(2027, 4, 3)


def test_d1_a_us_zone_is_one_the_zone_table_reads_as_american() -> None:
    # "MST" is Malaysia's in the zone table: its numeric dates are not read the US way
    (found,) = find_temporal(
        "Board meeting on 03/04/2027 7:00 PM MST.",
        reference=dt.datetime(2027, 3, 1, tzinfo=BANGKOK),
    )
    assert found.start == dt.datetime(2027, 4, 3, 19, tzinfo=ZoneInfo("Asia/Kuala_Lumpur"))


def test_d1_an_undecided_order_with_a_twelve_hour_clock_stays_under_review() -> None:
    (found,) = find_temporal(
        "Board meeting on 03/04/2027 7:00 PM.", reference=dt.datetime(2027, 3, 1, tzinfo=BANGKOK)
    )
    assert found.start == dt.datetime(2027, 4, 3, 19, tzinfo=BANGKOK)
    assert found.confidence < 0.8


def test_d4_two_days_of_a_month_listed_with_and_are_the_first_and_last() -> None:
    meeting = meeting_of(
        "The Example Ministry recently hosted the 15th Example Forum on Migrant Labour on 06 and"
        " 08 September 2027 and attended the 18th Example Senior Officials Meeting on 9th"
        " September 2027.\n",
        "",
        sent=dt.datetime(2027, 9, 20, 9, tzinfo=BANGKOK),
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2027, 9, 6)
    assert meeting.end is not None
    assert meeting.end.value == dt.date(2027, 9, 8)


def test_d1_a_labelled_twelve_hour_time_below_and_only_month_first_near_the_message() -> None:
    meeting = meeting_of(
        "Example Council\nMeeting Date: 05/04/2027\nMeeting Time: 6:30 PM\nLocation: Chambers\n",
        "",
        sent=dt.datetime(2027, 4, 20, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.date(), start.hour, start.minute) == (dt.date(2027, 5, 4), 18, 30)
    assert meeting.start is not None
    assert meeting.start.confidence < 0.8


def test_z1_the_hour_doors_open_is_not_the_meetings() -> None:
    meeting = meeting_of(
        "Example Assembly, 4 May 2027. Doors open at 9:00, the meeting starts at 9:30.\n",
        "",
        sent=dt.datetime(2027, 4, 20, 9, tzinfo=BANGKOK),
    )
    start = _start(meeting)
    assert (start.hour, start.minute) == (9, 30)
