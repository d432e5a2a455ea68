"""Round fifteen's classes of when the meeting is, at which hour and in which zone
(tests/realmail/FAILURES.md, "Round fifteen fixes (dates20)"), each in an invented text of the
class's shape, with a near text the rule must leave alone."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from bot.reading.mime import read_message
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import Temporal
from tests.understanding.helpers import (
    BANGKOK,
    assert_under_review,
    extract,
    meeting_of,
    value_of,
)

_SENT = dt.datetime(2027, 3, 10, 9, tzinfo=BANGKOK)
_LOS_ANGELES = ZoneInfo("America/Los_Angeles")
_UTC = dt.UTC


def _found(text: str, sent: dt.datetime = _SENT) -> list[Temporal]:
    return find_temporal(text, reference=sent)


# D1: an iCalendar object sent as the message's plain-text body (an .ics saved as the text)

_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\n"
    "SUMMARY:Example Water Forum\r\nDTSTART:20270608T060000Z\r\nDTEND:20270610T150000Z\r\n"
    "UID:forum@example.org\r\nLOCATION:Example Hall\r\nDESCRIPTION:Registration opens at the\r\n"
    "  desk\\, with badges.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _message(body: str, attachment: bytes | None = None) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Example Water Forum"
    message["From"] = "secretariat@example.org"
    message["Date"] = "Wed, 10 Mar 2027 09:00:00 +0700"
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(attachment, maintype="text", subtype="plain", filename="event.txt")
    return bytes(message)


def test_d1_a_calendar_sent_as_the_body_gives_its_event_in_utc() -> None:
    meeting = extract(read_message(_message(_CALENDAR))).meeting
    assert value_of(meeting.start) == dt.datetime(2027, 6, 8, 6, tzinfo=_UTC)
    assert value_of(meeting.end) == dt.datetime(2027, 6, 10, 15, tzinfo=_UTC)
    assert value_of(meeting.timezone) == "UTC"


def test_d1_a_calendar_attached_under_a_text_name_is_read_as_one() -> None:
    document = read_message(_message("Please find the event attached.", _CALENDAR.encode()))
    (attachment,) = document.attachments
    assert [event.summary for event in attachment.events] == ["Example Water Forum"]


def test_d1_guard_a_body_that_only_mentions_a_calendar_stays_text() -> None:
    body = "The forum is on 8 June 2027. Add it to your calendar: BEGIN:VCALENDAR is not a start."
    document = read_message(_message(body))
    assert document.attachments == ()
    assert "forum is on 8 June 2027" in document.text


# D2: a range whose words are "through" after a comma, and the start hour after its last day


def test_d2_a_comma_before_through_joins_the_range_and_keeps_its_start_hour() -> None:
    (found,) = _found(
        "The work session will be held Tuesday, June 8, 2027, through Friday, June 11, 2027,"
        " starting at 7 a.m. Pacific Standard Time."
    )
    assert found.start == dt.datetime(2027, 6, 8, 7, tzinfo=_LOS_ANGELES)
    assert found.end is not None
    assert found.end.day == 11
    assert found.confidence < 0.8  # a newer reading: under review


def test_d2_guard_a_comma_before_other_words_joins_nothing() -> None:
    found = _found("Comments received by June 8, 2027, to the Council on June 11, 2027.")
    assert len(found) == 2


def test_d2_days_listed_in_a_row_and_the_next_months_first_day_are_one_range() -> None:
    (found,) = _found("Revised dates are 29th, 30th, 31st October & 1st November.")
    assert isinstance(found.start, dt.date)
    assert isinstance(found.end, dt.date)
    assert found.end - found.start == dt.timedelta(days=3)
    assert (found.start.month, found.start.day) == (10, 29)
    assert found.confidence < 0.8


def test_d2_guard_days_listed_apart_are_not_a_run() -> None:
    found = _found("Sessions on items 3, 7, 9 May 2027.")
    assert [(t.start, t.end) for t in found] == [(dt.date(2027, 5, 9), None)]


# D3: a 24-hour clock with its "h", then a zone in brackets before the date


def test_d3_an_hour_range_with_h_and_a_bracketed_offset_is_the_days_hours() -> None:
    (found,) = _found("Video call 10:00-12:00h (UTC+7), 19 May 2027")
    assert found.start == dt.datetime(2027, 5, 19, 10, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert not found.zone_assumed


def test_d3_guard_a_list_letter_after_a_number_is_no_hour() -> None:
    assert _found("See paragraph 5.10 h) of the rules.") == []


# D4: a full month ending its sentence, and the next line's list number


def test_d4_a_list_number_after_a_month_ending_its_sentence_is_no_day() -> None:
    assert _found("1. Hold the meeting as planned, in April.\n2. Cancel the meeting.") == []


def test_d4_guard_a_day_on_the_next_line_after_an_abbreviation_is_still_read() -> None:
    (found,) = _found("to be held on Sept.\n2, 2027 at the office")
    assert found.start == dt.date(2027, 9, 2)


# D5: the year named before a day said to come


def test_d5_a_year_named_in_the_sentence_before_moves_the_week_to_it() -> None:
    sent = dt.datetime(2027, 8, 17, 9, tzinfo=BANGKOK)
    (week, _) = _found(
        "It will now be late in 2028. The congress will meet the week of December 4,"
        " with workshops on December 6.",
        sent,
    )
    assert (week.start, week.end) == (dt.date(2028, 12, 4), dt.date(2028, 12, 10))
    assert week.confidence < 0.8


def test_d5_a_year_after_the_conferences_name_sets_its_days_year() -> None:
    sent = dt.datetime(2027, 3, 20, 9, tzinfo=BANGKOK)
    (found,) = _found("The revised dates for Conference 2027 will be 12th October.", sent)
    assert found.start == dt.date(2027, 10, 12)


def test_d5_guard_a_year_without_a_day_to_come_moves_nothing() -> None:
    sent = dt.datetime(2027, 8, 17, 9, tzinfo=BANGKOK)
    (found,) = _found("Plans reach into 2028. The report was discussed on December 4.", sent)
    assert found.start == dt.date(2027, 12, 4)


# D6: the day of an occasion the event marks, beside the day the report tells


def test_d6_a_thai_report_tells_its_own_day_not_the_occasions() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 3 มีนาคม 2570 สถานเอกอัครราชทูต ณ เมืองตัวอย่าง ได้จัดกิจกรรมเฉลิมพระเกียรติ"
        " เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 8 มีนาคม 2570 ณ หอประชุมตัวอย่าง\n",
        "สถานเอกอัครราชทูตจัดกิจกรรมเนื่องในโอกาสวันเฉลิมพระชนมพรรษา 8 มีนาคม 2570",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.date(2027, 3, 3))


def test_d6_an_english_report_tells_its_own_day_not_the_anniversarys() -> None:
    meeting = meeting_of(
        "On 3 March 2027 the Example Society held a seminar at its hall, on the occasion of"
        " the Society's 50th anniversary, 8 March 2027.\n",
        "Example Society seminar on the occasion of its 50th anniversary, 8 March 2027",
        sent=_SENT,
    )
    assert_under_review(meeting.start, dt.date(2027, 3, 3))


def test_d6_guard_a_meeting_to_mark_a_day_keeps_the_meetings_date() -> None:
    meeting = meeting_of(
        "To mark the anniversary, the Example Council will meet on 18 March 2027 at the"
        " town hall.\n",
        "Example Council meeting",
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 18)


# D7: a day of a meeting held to prepare another


def test_d7_a_preparatory_meetings_day_is_not_the_ministers() -> None:
    meeting = meeting_of(
        "การประชุมรัฐมนตรีตัวอย่าง ครั้งที่ 3\n"
        "ในวันที่ 11 มีนาคม 2570 จะมีการประชุมคณะทำงานชุดเล็ก เพื่อเตรียมการประชุมของรัฐมนตรี\n"
        "ส่วนการประชุมรัฐมนตรีจะจัดขึ้นในวันที่ 12 มีนาคม 2570 ณ เมืองตัวอย่าง\n",
        "การประชุมรัฐมนตรีตัวอย่าง ครั้งที่ 3",
        sent=dt.datetime(2027, 3, 5, 9, tzinfo=BANGKOK),
    )
    assert_under_review(meeting.start, dt.date(2027, 3, 12))


def test_d7_guard_a_meeting_to_prepare_for_events_keeps_its_days() -> None:
    meeting = meeting_of(
        "Senior officials are gathering at meetings in Example City from March 18 to 21 to"
        " prepare for upcoming events of the group.\n",
        "Example news",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 3, 18)


# D8: a registration period's row after a list's dots


def test_d8_a_registration_period_after_list_dots_is_not_the_meeting() -> None:
    meeting = meeting_of(
        "Please proceed as follows:\n..... Registration period: 1-10-2026 until 9-05-2027\n"
        "..... After completing the form you will receive a ticket.\n",
        "Example Conference registration",
    )
    assert meeting.start is None


def test_d8_guard_the_conference_dates_after_list_dots_stay_the_meetings() -> None:
    meeting = meeting_of(
        "..... Conference dates: 10-05-2027 until 14-05-2027\n",
        "Example Conference",
    )
    assert value_of(meeting.start) == dt.date(2027, 5, 10)


# D9: the start hour said as the meeting's, over a dated hour of another session that day


def test_d9_a_start_time_label_goes_before_a_public_comment_sessions_hour() -> None:
    meeting = meeting_of(
        "The Example Council meets by webinar for three days, from Tuesday, June 1"
        " through Thursday, June 3, 2027.\n"
        "- PUBLIC COMMENT: On Tuesday, June 1 at 2:15 p.m., residents may speak.\n"
        "START TIME: 9:00 a.m. each day.\n",
        "Example Council meeting",
    )
    start = meeting.start
    assert start is not None
    assert isinstance(start.value, dt.datetime)
    assert (start.value.date(), start.value.hour) == (dt.date(2027, 6, 1), 9)
    assert_under_review(start)


def test_d9_guard_a_dated_hour_said_to_commence_stays_the_start() -> None:
    meeting = meeting_of(
        "The session will be held from 7 to 11 June 2027. The welcome address will commence at"
        " 10:30 on Monday, 7 June, in Hall C. Working groups will commence at 13:00.\n",
        "Example Committee session",
    )
    start = meeting.start
    assert start is not None
    assert isinstance(start.value, dt.datetime)
    assert (start.value.hour, start.value.minute) == (10, 30)


# D10 (integrator, after kinds20 made "revised dates" a postponement): the revised dates of a
# postponed event, with the event named between, are its new dates, not the schedule given up


def test_d10_a_postponements_revised_dates_for_the_event_are_its_new_dates() -> None:
    meeting = meeting_of(
        "Sadly we have to cancel the Example Assembly 2027 in April. The revised dates for"
        " the Example Assembly 2027 will be 14th, 15th & 16th October 2027 at the Example Hall.\n",
        "Example Assembly 2027 April dates cancelled",
        sent=_SENT,
    )
    assert value_of(meeting.start) == dt.date(2027, 10, 14)


def test_d10_guard_a_postponement_without_revised_dates_keeps_no_day() -> None:
    meeting = meeting_of(
        "Sadly we have to postpone the Example Assembly of 14 April 2027. Revised dates for"
        " the Example Assembly will be announced later.\n",
        "Example Assembly postponed",
        sent=_SENT,
    )
    assert meeting.start is None
