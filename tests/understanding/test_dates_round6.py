"""Which date is the meeting's, its zone, its registration deadline and the delegates asked for:
the failure classes of real mail (tests/realmail/FAILURES.md, test5's F1-F19), each on short
texts written here in the class's form, with the trap beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.fields.delegates import find_delegates_requested
from bot.understanding.fields.text import MessageText
from bot.understanding.record import MessageKind

# The message is dated Thursday, 2 April 2026, 09:00 in Bangkok.
from tests.understanding.helpers import SENT, extract_text


def _day(value: object) -> object:
    return value.date() if isinstance(value, dt.datetime) else value


def _start(body: str, subject: str = "") -> object:
    start = extract_text(body, subject).meeting.start
    return None if start is None else _day(start.value)


def _days(body: str, subject: str = "") -> tuple[object, object]:
    record = extract_text(body, subject).meeting
    return (
        None if record.start is None else _day(record.start.value),
        None if record.end is None else _day(record.end.value),
    )


# F2: relative days against a wire's dateline.


def test_a_wire_story_that_opened_on_the_datelines_weekday_is_that_day() -> None:
    body = (
        "Kathmandu, Mar 31 (IANS) Talks among the member states' top civil servants kicked off"
        " here on Tuesday.\n\n"
        "The prime minister will attend the fourth summit on April 20-21.\n"
    )  # 31 March 2026 is a Tuesday
    assert _start(body) == dt.date(2026, 3, 31)


def test_a_story_that_opened_on_another_weekday_is_not_the_datelines_day() -> None:
    body = (
        "Kathmandu, Mar 31 (IANS) Talks among the member states' top civil servants kicked off"
        " here on Monday.\n"
    )
    assert _start(body) != dt.date(2026, 3, 31)


def test_a_story_dated_before_its_place_that_began_today_is_that_day() -> None:
    body = (
        "30 March, Kathmandu: Session 18 of the Senior Officials' Meeting kicked off here"
        " today. Its task is to draw up what the ministers discuss when they"
        " meet on April 11.\n"
    )
    assert _start(body) == dt.date(2026, 3, 30)


def test_a_day_told_inside_a_story_does_not_open_it() -> None:
    body = (
        "The hotel became a hub of dialogue from March 16 to 20, 2026, hosting a series of"
        " regional meetings.\n\n"
        "On March 18, during the forum, the chairman chaired discussions on digital trends.\n"
    )
    assert _days(body) == (dt.date(2026, 3, 16), dt.date(2026, 3, 20))


# F1: a Thai report's day after เมื่อ, the verb beyond what the copy keeps.


def test_a_thai_report_line_opened_by_muea_is_the_day_it_tells() -> None:
    body = (
        "ข่าวกิจกรรม\n"
        "1 เมษายน 2026 (จำนวนคนอ่าน 412)\n\n"
        "รัฐมนตรีตัวอย่างร่วมหารือ Working Lunch ณ นครเจนีวา\n\n"
        "เมื่อวันอังคารที่ 31 มีนาคม 2569 รัฐมนตรีว่าการกระทรวงแรงงาน พร้อมด้วย ปลัดกระทรวง"
        " ณ นครเจนีวา\n"
    )
    assert _start(body) == dt.date(2026, 3, 31)


# F3: a page's posting line.


def test_a_date_followed_by_its_readers_count_dates_the_page() -> None:
    body = (
        "Regional Dialogue on Labour Migration\n\n"
        "1 April 2026 (views 1,204)\n\n"
        "The dialogue will be held on 20 May 2026 in Vientiane.\n"
    )
    assert _start(body) == dt.date(2026, 5, 20)


def test_an_update_stamp_is_not_the_meeting() -> None:
    body = (
        "Conference Updates and FAQs\n\n"
        "The board has chosen to drop the in-person conference this year.\n\n"
        "Refund Policy Statement - update April 1st, 2026\n"
    )
    assert _start(body) is None


def test_the_lead_words_inside_a_date_are_words_of_a_meeting() -> None:
    body = (
        "ปลัดกระทรวงตัวอย่าง ตรวจเยี่ยม 3 จังหวัด\n\n"
        "วันที่:\n1 เมษายน 2026\n\n"
        "ปลัดกระทรวงแรงงาน นำคณะผู้บริหาร ลงพื้นที่จังหวัดระยอง ระหว่างวันที่ 28-29 มีนาคม 2569"
        " พบปะผู้แทนสถานประกอบการ\n\n"
        "กองเผยแพร่และประชาสัมพันธ์\n1 เมษายน 2569\n"
    )
    assert _days(body) == (dt.date(2026, 3, 28), dt.date(2026, 3, 29))


# F4, F5: a budget year, a month.


def test_a_budget_year_in_a_title_is_never_the_meeting() -> None:
    body = (
        "การประชุมรับมอบนโยบายโครงการตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2570\n\n"
        "เมื่อวันที่ 30 มีนาคม 2569 ผู้ว่าราชการจังหวัดอุดรธานี ได้มอบหมาย รองผู้ว่าราชการจังหวัด"
        " เข้าร่วมประชุมรับมอบนโยบายโครงการตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2570\n"
    )
    assert _start(body) == dt.date(2026, 3, 30)


def test_a_postponement_to_a_month_gives_no_start() -> None:
    body = (
        "Dear colleagues,\n\n"
        "We have had to postpone the TC Meeting in Singapore, which had been planned for"
        " 12th-13th May 2026.\n\n"
        "The TC meeting will be rescheduled to August 2026 tentatively.\n"
    )
    extraction = extract_text(body, "Postponement of the TC Meeting")
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert extraction.meeting.start is None


# F6: schedule rows.


def test_a_thai_rows_label_on_the_dates_line_names_the_meeting_row() -> None:
    body = (
        "ปฏิทินการดำเนินการ\n\n"
        "รายการ\nช่วงเวลา\n"
        "สมัครและส่งบทความ บัดนี้ - 31 มกราคม 2569\n"
        "แก้ไขบทความตามข้อเสนอแนะ 1 ธันวาคม 2568 – 15 กุมภาพันธ์ 2569\n"
        "ประกาศรายชื่อผู้นำเสนอบทความ 1 มีนาคม 2569\n"
        "นำเสนอบทความผ่านระบบออนไลน์ 15 มีนาคม 2569\n"
    )
    assert _start(body) == dt.date(2026, 3, 15)


def test_a_desks_opening_hours_are_not_the_meetings() -> None:
    body = (
        "Registration facilities for the Governing Body\n\n"
        "Geneva, 14-28 May 2026\n\n"
        "Opening hours: Thursday, 14 May to Thursday, 28 May inclusive from 8:30 a.m. to"
        " 4:30 p.m.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.date(2026, 5, 14)  # a day, not the desk's 8:00


def test_the_hours_of_the_same_day_written_in_a_sentence_are_taken() -> None:
    body = (
        "Webinar - A Conversation With The Complaints Officer\n"
        "Date: 22 April 2026, Wednesday | Add to calendar\n\n"
        "On 22 April 2026 at 03:00 UTC, the Complaints Officer held a webinar with members.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.datetime(2026, 4, 22, 3, 0, tzinfo=dt.UTC)


# F7: two days joined by "and" after their month.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On July 25 and 26, 2026, the delegation attended the Centre Directors Meeting held"
            " in Bangkok.",
            (dt.date(2026, 7, 25), dt.date(2026, 7, 26)),
        ),
        (
            "Leaders meet for the 4th Summit here on August 30 and 31, a spokesman said.",
            (dt.date(2026, 8, 30), dt.date(2026, 8, 31)),
        ),
    ],
)
def test_two_days_that_follow_each_other_after_their_month_are_a_range(
    body: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert _days(body) == expected


# F8: the zone.


def test_a_place_after_a_time_is_the_stated_zone() -> None:
    body = (
        "You are invited to a scheduled Zoom meeting.\n\n"
        "Topic: ASEAN Consultation on Social Security\n"
        "Time: Jun 25, 2026 02:00 PM Jakarta\n"
    )
    zone = extract_text(body).meeting.timezone
    assert zone is not None
    assert (zone.value, zone.confidence >= 0.8) == ("Asia/Jakarta", True)


def test_an_english_notice_naming_no_place_or_zone_gets_no_guessed_zone() -> None:
    body = "Our board meeting will be held on 20 April 2026 at 7:00 pm on Zoom.\n"
    record = extract_text(body).meeting
    assert record.start is not None
    assert record.timezone is None


# F18: registration windows.


@pytest.mark.parametrize(
    ("row", "due"),
    [
        ("เปิดรับสมัครและชำระค่าลงทะเบียนงานสัมมนา บัดนี้ – 4 เมษายน 2569", dt.date(2026, 4, 4)),
        ("ลงทะเบียน (ขยายเวลา) บัดนี้ - 31 มกราคม 2570", dt.date(2027, 1, 31)),
        ("Registration: from now until 4 May 2026", dt.date(2026, 5, 4)),
    ],
)
def test_a_window_open_from_now_until_a_day_is_due_then(row: str, due: dt.date) -> None:
    body = f"กำหนดการส่งผลงาน\n\nส่งบทคัดย่อได้ถึง 31 มีนาคม 2570\n{row}\n"
    deadline = extract_text(body).meeting.registration_deadline
    assert deadline is not None
    assert _day(deadline.value) == due


def test_a_deadline_rows_kind_is_read_in_its_own_row() -> None:
    body = (
        "วันสุดท้ายของการส่งบทความฉบับสมบูรณ์ ภายในวันที่ 7 มีนาคม 2570\n"
        "เปิดรับสมัครและชำระค่าลงทะเบียนงานสัมมนา บัดนี้ – 4 เมษายน 2570\n"
    )
    deadline = extract_text(body).meeting.registration_deadline
    assert deadline is not None
    assert _day(deadline.value) == dt.date(2027, 4, 4)


# F19 and its kin: counts that are not delegates asked for.


@pytest.mark.parametrize(
    "body",
    [
        "Leaders of seven member-states gather on August 31.",
        "The eight elected Council members all took part.",
        "Each April we put forward three new board members.",
        "The city has banned groups of more than 10 people from meeting.",
    ],
)
def test_counts_of_states_seats_and_crowds_are_no_delegates(body: str) -> None:
    assert find_delegates_requested(MessageText.of(body, subject="")) is None


def test_a_request_for_delegates_is_still_read() -> None:
    body = "Each Member State is invited to nominate up to two (2) delegates to the Council."
    found = find_delegates_requested(MessageText.of(body, subject=""))
    assert found is not None
    assert found.value == 2


# The weekday in news needs more than standing alone.


def test_a_weekday_standing_alone_in_news_is_no_day() -> None:
    body = "The ministers' meeting was held in Bangkok with Tuesday kept free for visits.\n"
    assert _start(body) is None


def test_a_weekday_after_last_counts_back() -> None:
    body = "The ministers held a meeting last Monday to agree the plan.\n"
    assert _start(body) == dt.date(2026, 3, 30)


# F2, F7: days counted from a written one.


def test_the_next_day_counts_from_the_date_before_it() -> None:
    body = (
        "The Prime Minister landed in Vientiane on April 4 evening for the fourth"
        " Example River Summit, slated for the next day.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert (start.value, start.confidence < 0.8) == (dt.date(2026, 4, 5), True)


def test_the_length_of_a_meeting_after_its_first_day_gives_its_last() -> None:
    body = (
        "Dear colleagues,\n\n"
        "The Senior Officials' Meeting will open on 20 April 2026 in Kathmandu. The two-day"
        " meeting prepares the ministers' talks.\n"
    )
    record = extract_text(body).meeting
    assert record.end is not None
    assert (record.end.value, record.end.confidence < 0.8) == (dt.date(2026, 4, 21), True)


def test_a_length_said_with_the_last_day_counts_nothing() -> None:
    body = (
        "Dear colleagues,\n\n"
        "The two-day meeting concluded on 20 April 2026 in Kathmandu with a joint statement.\n"
    )
    assert _days(body)[1] in (None, dt.date(2026, 4, 20))


# F8: zones written as a place in brackets, or once as an IANA name.


def test_a_place_in_brackets_after_a_time_is_its_zone() -> None:
    body = (
        "Registration for the virtual media conference, which will be held on Thursday, 16 April"
        " at 08:00 (Singapore) or 12:00 (New Zealand), ends soon.\n"
    )
    record = extract_text(body).meeting
    assert record.start is not None
    assert record.timezone is not None
    assert record.timezone.value == "Asia/Singapore"
    assert record.start.value == dt.datetime(2026, 4, 16, 0, 0, tzinfo=dt.UTC)


def test_an_iana_zone_written_under_the_days_is_the_meetings() -> None:
    body = "20-23 April 2026\nChiang Mai, Thailand (ONLINE)\nAsia/Bangkok timezone\n"
    zone = extract_text(body).meeting.timezone
    assert zone is not None
    assert zone.value == "Asia/Bangkok"


def test_a_meeting_likely_to_be_held_keeps_its_days_in_a_postponement() -> None:
    body = (
        "Dear colleagues,\n\n"
        "The summit had been planned for last year but was put off by the vote.\n"
        "The fourth summit is now likely to be held in the capital, Kathmandu, on August 30-31.\n"
    )
    extraction = extract_text(body, "Summit likely in August")
    assert _days(body, "Summit likely in August") == (dt.date(2026, 8, 30), dt.date(2026, 8, 31))
    assert extraction.meeting.start is not None


def test_a_range_from_the_chosen_day_written_elsewhere_gives_the_last_day() -> None:
    body = (
        "Labour and Employment Ministers' Meeting\n"
        "Bali, Indonesia, September 13 to 14, 2026\n\n"
        "On 13/9/2026 the ministers will hold the meeting in Bali.\n"
    )
    assert _days(body) == (dt.date(2026, 9, 13), dt.date(2026, 9, 14))


def test_a_story_opened_after_its_placed_dash_with_named_days_in_brackets() -> None:
    body = (
        "Vientiane – On 19 and 20 March, the Example Ministry convened a public campaign"
        " ahead of Example Workers' Day (1 May) and Example Safety"
        " Day (12 June).\n"
    )
    assert _days(body) == (dt.date(2026, 3, 19), dt.date(2026, 3, 20))


def test_a_day_with_its_hour_above_a_reports_paragraph_is_the_day_it_tells() -> None:
    body = (
        "ประชุมคณะกรรมการจังหวัด ครั้งที่ 3/2569\n"
        "เขียนโดย someone เผยแพร่วันที่ : 31 มี.ค. 2569\n"
        "วันจันทร์ที่ 30 มีนาคม 2569\n"
        "เวลา 09.00 น.\n\n"
        "ณ ห้องประชุมตัวอย่าง ศาลากลางจังหวัดตัวอย่าง รองผู้ว่าราชการจังหวัด เป็นประธานในการประชุม"
        "คณะกรรมการจังหวัด\n\n"
        "วาระสำคัญคราวนี้ เช่น งานประจำปีของจังหวัด วันที่ 4 พฤษภาคม 2569\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert start.value == dt.datetime(2026, 3, 30, 9, 0, tzinfo=SENT.tzinfo)


def test_the_one_meeting_day_a_page_tells_years_later_is_given_under_review() -> None:
    body = (
        "Special Diplomatic Briefing on Education\n\n"
        "Thursday, 2 April 2026 |\n\n"
        "Plenty of events have been successfully organized since 2006.\n\n"
        "The Special Briefing on Education had been conducted on 28 September 2023 in"
        " Holiday Inn Hotel, Bangkok.\n"
    )
    start = extract_text(body).meeting.start
    assert start is not None
    assert (start.value, start.confidence < 0.8) == (dt.date(2023, 9, 28), True)
