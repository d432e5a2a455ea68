"""Round twenty-three's rules of when the meeting is (tests/realmail/FAILURES.md, "Round
twenty-three fixes (dates-r23)"), each on invented text with a guard beside it."""

from __future__ import annotations

import datetime as dt

from bot.understanding.fields.date_stamps import mail_stamp
from bot.understanding.fields.news_day import opens_story
from bot.understanding.fields.text import MessageText
from bot.understanding.temporal.find import find_temporal
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import BANGKOK, confidence_of, meeting_of, value_of

_MARCH_2 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=BANGKOK)
_MARCH_6 = dt.datetime(2026, 3, 6, 9, 0, tzinfo=BANGKOK)
_MARCH_9 = dt.datetime(2026, 3, 9, 9, 0, tzinfo=BANGKOK)
_MAY_12 = dt.datetime(2026, 5, 12, 9, 0, tzinfo=BANGKOK)

_ROWS = (
    "Key dates for the Example Lattice Colloquium are listed below.\n\n"
    "6 April: Closing date for short abstracts.\n\n"
    "20 April: Programme published online.\n\n"
    "{first}\n\n"
    "12 May: Poster hall opens to all speakers.\n\n"
    "14 May: Last official colloquium day.\n"
)


def test_a_row_of_the_conference_s_last_day_is_its_end_and_the_start_row_its_first() -> None:
    meeting = meeting_of(
        _ROWS.format(first="11 May: Opening reception and official start of the colloquium."),
        "Key dates: colloquium opening 11 May, last colloquium day 14 May",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 11)
    assert value_of(meeting.end) == dt.date(2026, 5, 14)
    assert confidence_of(meeting.start) < 0.8


def test_a_last_day_row_with_no_start_row_is_held_under_review() -> None:
    meeting = meeting_of(
        _ROWS.format(first="11 May: Opening reception for invited speakers."),
        "Key dates: last colloquium day 14 May",
        sent=_MARCH_2,
    )
    assert confidence_of(meeting.start) < 0.8


def test_guard_a_row_of_the_last_day_for_a_deadline_is_no_conference_s_end() -> None:
    meeting = meeting_of(
        "Key dates for the Example Lattice Colloquium are listed below.\n\n"
        "6 April: Final day for early registration.\n\n"
        "11 May: Official start of the colloquium.\n",
        "Key dates: colloquium 11 May",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 11)
    assert meeting.end is None


def test_a_new_meeting_called_for_a_day_wrapped_onto_its_own_line_is_no_mail_stamp() -> None:
    # (a PDF's lines: the sentence wraps right before the day and its hour)
    meeting = meeting_of(
        "Example Housing Cooperative\n\n"
        "Annual Members Meeting - May 11th, 2026\n\n"
        "We regret that too few households came to last night's meeting for a quorum, so the "
        "vote on\nthe repair budget could not be taken. As the budget must be approved by the "
        "members, a second meeting will now be called for\n"
        "TUESDAY, MAY 26th at 7:30pm. Every household will be phoned about it.\n",
        "Annual Members Meeting - May 11th, 2026",
        sent=_MAY_12,
    )
    start = meeting.start
    assert start is not None
    assert start.value != dt.date(2026, 5, 11) or start.confidence < 0.8


def test_guard_a_stamp_of_a_day_and_hour_alone_on_its_line_stays_a_stamp() -> None:
    meeting = meeting_of(
        "Example Housing Cooperative\n\n"
        "The members meeting will be held on Tuesday, May 26th at 7:30pm in the hall.\n\n"
        "Posted by the office\nTuesday, May 12, 2026 at 3:40 PM\n",
        "Members meeting",
        sent=_MAY_12,
    )
    start = meeting.start
    assert start is not None
    assert isinstance(start.value, dt.datetime)
    assert start.value.date() == dt.date(2026, 5, 26)


def test_a_short_thai_month_with_a_two_digit_year_is_read() -> None:
    found = find_temporal(
        "9 มีนา 69 ประชุมคณะทำงานหมู่บ้าน", reference=_MARCH_2, default_tz="Asia/Bangkok"
    )
    assert [t.start for t in found] == [dt.date(2026, 3, 9)]


def test_guard_two_digits_after_a_short_month_far_from_the_message_s_year_are_no_year() -> None:
    # (no counting word after the two digits: only the year's distance tells them apart)
    found = find_temporal("9 มีนา 30 มาร่วมงาน", reference=_MARCH_2, default_tz="Asia/Bangkok")
    assert all(t.start not in (dt.date(1987, 3, 9), dt.date(2030, 3, 9)) for t in found)


def test_a_day_with_its_hour_in_brackets_alone_under_a_headline_is_the_page_s_stamp() -> None:
    meeting = meeting_of(
        "ประชุมคณะกรรมการร่วมชายแดนตัวอย่าง ครั้งที่ 5\n"
        "สำนักข่าวตัวอย่าง\n"
        "2 มีนาคม 2569 ( 16:40 )\n\n"
        "ข่าววันนี้ 2 มีนาคม2569 รองปลัดกระทรวงตัวอย่าง เป็นประธานการประชุมคณะกรรมการร่วม"
        "ชายแดนตัวอย่าง ครั้งที่ 5 ณ ห้องประชุมของกระทรวง\n",
        "ประชุมคณะกรรมการร่วมชายแดนตัวอย่าง ครั้งที่ 5",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 2)


def test_guard_a_day_with_its_meeting_hour_in_brackets_in_a_sentence_keeps_its_hour() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมคณะทำงานตัวอย่าง ในวันที่ 9 มีนาคม 2569 (10:30) ณ ห้องประชุมชั้น 2\n",
        "ขอเชิญประชุมคณะทำงานตัวอย่าง",
        sent=_MARCH_2,
    )
    start = meeting.start
    assert start is not None
    assert isinstance(start.value, dt.datetime)
    assert (start.value.hour, start.value.minute) == (10, 30)


def test_an_occasion_s_name_wrapped_onto_the_next_line_still_names_its_day() -> None:
    meeting = meeting_of(
        "สมัชชาตัวอย่าง\n\n"
        "ผู้ประสานงานเครือข่ายตัวอย่าง เปิดเผยว่า เนื่องในวัน\n"
        "ต้นไม้ประจำชาติวันที่ 20 มีนาคม 2569 ที่จะถึงนี้ เครือข่ายได้จัดประชุมสมัชชาตัวอย่าง "
        "ขึ้นเมื่อวันที่ 26-27 กุมภาพันธ์ 2569 ณ โรงแรมตัวอย่าง\n",
        "ประชุมสมัชชาตัวอย่าง",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 2, 26)


def test_guard_a_day_after_a_line_break_without_an_occasion_is_weighed_as_before() -> None:
    meeting = meeting_of(
        "สมัชชาตัวอย่าง\n\n"
        "ผู้ประสานงานเครือข่ายตัวอย่าง เปิดเผยว่า เครือข่ายจะจัดประชุมสมัชชา\n"
        "ตัวอย่างวันที่ 20 มีนาคม 2569 ณ โรงแรมตัวอย่าง\n",
        "ประชุมสมัชชาตัวอย่าง",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 20)


def test_the_day_of_a_meeting_said_to_precede_it_by_its_long_name_is_another_s() -> None:
    meeting = meeting_of(
        "The 9th Session of the Example Senior Officials' Meeting (ESOM) was held online on "
        "26 February 2026 preceded by the 2nd Session of the Example Regional Standing "
        "Committee (ERSC) on 24 February 2026. The meetings were hosted by Example Land.",
        "Example Senior Officials' Meeting",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 2, 26)


def test_guard_a_meeting_preceded_by_a_briefing_keeps_its_own_day() -> None:
    meeting = meeting_of(
        "The Example Senior Officials' Meeting, preceded by a briefing of the delegations, "
        "will be held on 26 March 2026 in Example City.",
        "Example Senior Officials' Meeting",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 26)


def test_a_postponed_meeting_s_original_weekday_is_no_start() -> None:
    meeting = meeting_of(
        "(@ExampleWire)\n\n"
        "EXAMPLE CITY (Example News / Example Agency - 06th March, 2026) The chair of the "
        "regional body has asked that the regional ministers' meeting, originally set to take "
        "place online on Friday, be postponed, the body's spokesperson Person A said.\n\n"
        '"The chair has requested that the ministers\' meeting be postponed."',
        "Chair asks to postpone ministers' meeting",
        sent=_MARCH_6,
    )
    assert meeting.start is None


def test_guard_a_cancelled_meeting_s_original_day_is_still_its_day() -> None:
    meeting = meeting_of(
        "The Example committee phone call that was originally scheduled for today at 3 pm has "
        "been CANCELLED owing to the flooding on the ring road.",
        "CANCELLED: Board conference call",
        sent=_MARCH_2,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 2)


def _opening(text: str) -> bool:
    message = MessageText.of(text)
    item = find_temporal(message.plain, reference=_MARCH_6, default_tz="Asia/Bangkok")[0]
    line_before = message.plain[message.line_at(item.span[0])[0] : item.span[0]]
    return opens_story(message, line_before, item, _MARCH_6)


def test_a_thai_story_opening_on_the_afternoon_of_a_day_tells_of_that_day() -> None:
    assert _opening(
        "เมื่อช่วงบ่ายของวันที่ 4 มีนาคม 2569 ที่ศาลาหมู่บ้านตัวอย่าง ประธานกองทุนตัวอย่าง "
        "พร้อมด้วยคณะกรรมการ เปิดการประชุมประจำเดือนของกองทุน\n"
    )


def test_guard_a_thai_day_after_other_words_opens_no_story() -> None:
    assert not _opening(
        "ก่อนหน้านี้ของวันที่ 4 มีนาคม 2569 ที่ศาลาหมู่บ้านตัวอย่าง ประธานกองทุนตัวอย่าง "
        "พร้อมด้วยคณะกรรมการ เปิดการประชุมประจำเดือนของกองทุน\n"
    )


def _stamp_at(text: str, day: int) -> bool:
    message = MessageText.of(text)
    found = find_temporal(message.plain, reference=_MAY_12, default_tz="Asia/Bangkok")
    item = next(t for t in found if day_of(t.start) == dt.date(2026, 5, day))
    line_before = message.plain[message.line_at(item.span[0])[0] : item.span[0]]
    return mail_stamp(message, item, line_before, _MAY_12)


def test_a_day_and_hour_a_wrapped_sentence_calls_a_meeting_for_is_no_mail_stamp() -> None:
    assert not _stamp_at(
        "As the repair budget must be approved by the members, a second members meeting will "
        "now be called for\nTUESDAY, MAY 26th at 7:30pm. Every household will be phoned.\n",
        26,
    )


def test_guard_a_day_and_hour_opening_a_line_of_its_own_is_a_mail_stamp() -> None:
    assert _stamp_at(
        "Thanks to everyone who came along to the spring clean-up day.\n\n"
        "Tuesday, May 12, 2026 at 3:40 PM\n",
        12,
    )


def test_the_week_a_digest_s_heading_covers_is_no_meeting_s_days() -> None:
    meeting = meeting_of(
        "Example Policy Digest – Regional Affairs (March 02 – 08, 2026)\n\n"
        "The online meeting of the Example Council of ministers was held on March 3 and brought "
        "together all nine member offices to settle the work plan.",
        "Example Policy Digest – Regional Affairs (March 02 – 08, 2026)",
        sent=_MARCH_9,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 3)
    assert meeting.end is None


def test_guard_a_meeting_s_days_in_brackets_after_its_name_are_its_own() -> None:
    meeting = meeting_of(
        "Example Council of Ministers (March 12 – 13, 2026)\n\n"
        "The ministers of the nine member offices will meet in Example City to settle the work "
        "plan.",
        "Example Council of Ministers (March 12 – 13, 2026)",
        sent=_MARCH_9,
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 12)
    assert value_of(meeting.end) == dt.date(2026, 3, 13)
