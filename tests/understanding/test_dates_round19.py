"""Round nineteen's classes of when the meeting is (tests/realmail/FAILURES.md, "Round nineteen
fixes (dates24)"), each in an invented text of the class's shape, with a near text the rule must
leave alone."""

from __future__ import annotations

import datetime as dt

from tests.understanding.helpers import confidence_of, meeting_of, news_meeting, value_of

# D1: a range's first day lost where a copy put a question mark for the en dash it could not
# write ("ระหว่างวันที่ 14 ? 16 มีนาคม"): the range read from its first day, under review


def test_d1_a_question_mark_standing_for_a_dash_joins_the_days() -> None:
    meeting = meeting_of(
        "ขอเชิญผู้แทนหน่วยงานเข้าร่วมการประชุมเชิงปฏิบัติการตัวอย่าง ระหว่างวันที่ 14 ? 16 "
        "มีนาคม 2569 ณ โรงแรมตัวอย่าง จังหวัดตัวอย่าง",
        "เชิญประชุมเชิงปฏิบัติการตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 14)
    assert value_of(meeting.end) == dt.date(2026, 3, 16)
    assert confidence_of(meeting.start) < 0.8


def test_d1_guard_a_question_asked_before_a_date_is_no_range() -> None:
    meeting = meeting_of(
        "Dear colleagues,\n\nCould the working group still meet on the 12? 16 March would suit "
        "the chair better, so the working group meeting will be held on 16 March 2026 in the "
        "usual room.\n\nPerson B",
        "Working group meeting",
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 16)
    assert meeting.end is None


# D1: two days listed before their month that score alike ("วันจันทร์ที่ 9 และวันอังคารที่ 10
# มีนาคม"): the earlier is chosen, and the meeting still ends on the last listed day


def test_d1_the_first_of_two_listed_days_keeps_the_last_as_the_end() -> None:
    meeting = meeting_of(
        "คณะผู้แทนตัวอย่างจะออกเดินทางในวันอาทิตย์ที่ 8 มีนาคม เวลา 17.00 น. และจะเข้าร่วมการประชุม"
        "สุดยอดตัวอย่างในวันจันทร์ที่ 9 และวันอังคารที่ 10 มีนาคม นี้ ณ เมืองตัวอย่าง",
        "คณะผู้แทนตัวอย่างเข้าร่วมการประชุมสุดยอดตัวอย่าง",
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 9)
    assert value_of(meeting.end) == dt.date(2026, 3, 10)
    assert confidence_of(meeting.start) < 0.8


def test_d1_guard_a_single_listed_day_far_from_another_list_stays_alone() -> None:
    meeting = meeting_of(
        "The committee will meet on 9 March 2026 in the main hall. The report to be discussed "
        "was circulated in February and covers the activities carried out on 2, 4 and 6 "
        "November last year.",
        "Committee meeting",
    )
    assert value_of(meeting.start) == dt.date(2026, 3, 9)
    assert meeting.end is None


# D4: a news story's "<person> will attend the <meeting> via video link on <day>": the day the
# meeting is attended is the meeting's, not the day the ministry announced it


def test_d4_a_day_someone_will_attend_the_meeting_on_is_the_meetings() -> None:
    meeting = news_meeting(
        "Updated: April 2, 2026 20:37 Example Wire\n\nCAPITAL CITY — Premier Person C will "
        "attend the third river cooperation leaders' talks via video link on Apr 6, a foreign "
        "office spokesperson announced on Apr 2.\n\nThe six states share one river basin.",
        "Premier to attend river cooperation talks via video link",
    )
    assert meeting.start is not None
    assert meeting.start.value == dt.date(2026, 4, 6)
    # weighed as the meeting's by the words around it, not only chosen for want of another
    assert any(reason.startswith("meeting_words") for reason in meeting.start.reasons)


def test_d4_guard_a_deadline_for_those_who_will_attend_stays_a_deadline() -> None:
    meeting = meeting_of(
        "Dear colleagues,\n\nThe regional workshop will be held on 20 May 2026 in Example Hall. "
        "Those of you who will attend are asked to register by 6 May 2026.\n\nPerson D",
        "Regional workshop",
    )
    assert value_of(meeting.start) == dt.date(2026, 5, 20)


# D2: the days a meeting "was supposed to be held" on are the plan given up, not its new day


def test_d2_the_days_a_meeting_was_supposed_to_be_held_are_given_up() -> None:
    meeting = news_meeting(
        "An official of the host ministry said the Example Basin leaders meeting, which was "
        "supposed to be held in Example City on June 18-19, was called off there and will now be "
        "held as a video conference on June 17.",
        "Example Basin summit to go online",
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 17)
    assert meeting.end is None


def test_d2_guard_days_a_meeting_is_supposed_to_be_held_on_stay_its_own() -> None:
    meeting = news_meeting(
        "An official of the host ministry said the fifth Example Basin summit is supposed to be "
        "held in Example City on June 18-19, with the leaders of six states taking part.",
        "Example Basin summit in June",
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 18)
    assert value_of(meeting.end) == dt.date(2026, 6, 19)
