"""Round twenty-two's rules of when the meeting is and in which zone (tests/realmail/FAILURES.md,
"Round twenty-two fixes (dates-r22)"), each on invented text with a guard beside it."""

from __future__ import annotations

import datetime as dt

from bot.understanding.temporal.zones import zone_of
from tests.understanding.helpers import BANGKOK, meeting_of, value_of

_JUNE_9 = dt.datetime(2026, 6, 9, 9, 0, tzinfo=BANGKOK)


def test_a_dateline_without_its_place_is_not_the_day_of_the_meeting_its_story_tells() -> None:
    meeting = meeting_of(
        "Example Ministry hosts the Regional Planning Council\n\n"
        "9 June 2026 – Deputy Director Person A. Example of the Example Ministry presided over "
        "the Regional Planning Council on 8 June 2026 in Example City. Delegates of the member "
        "offices reviewed the joint work plan for the coming year.",
        "Example Ministry hosts the Regional Planning Council",
        sent=_JUNE_9,
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 8)


def test_guard_a_dateline_whose_story_tells_no_other_day_is_the_meeting_s() -> None:
    meeting = meeting_of(
        "Example Ministry hosts the Regional Planning Council\n\n"
        "9 June 2026 – Deputy Director Person A of the Example Ministry presided over the "
        "Regional Planning Council in Example City. Delegates of the member offices reviewed "
        "the joint work plan for the coming year.",
        "Example Ministry hosts the Regional Planning Council",
        sent=_JUNE_9,
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 9)


def test_a_daylight_saving_time_spelt_out_names_its_region_s_zone() -> None:
    assert zone_of("Pacific Daylight Saving Time") == "America/Los_Angeles"
    assert zone_of("Eastern Daylight Savings Time") == "America/New_York"


def test_guard_a_saving_time_of_no_region_names_no_zone() -> None:
    assert zone_of("Energy Saving Time") is None


def test_a_us_town_and_its_state_give_the_state_s_zone_to_an_hour_without_one() -> None:
    meeting = meeting_of(
        "The board of the Example Water District will meet on Tuesday, June 16th at 6:00 p.m. "
        "in the board room of the district office, 12 Example Lane, Madison, Alabama.",
        "Board meeting",
        sent=_JUNE_9,
    )
    assert value_of(meeting.timezone) == "America/Chicago"


def test_guard_a_city_of_a_country_named_as_a_state_gives_no_us_zone() -> None:
    meeting = meeting_of(
        "The board of the Example Water Union will meet on Tuesday, June 16th at 6:00 p.m. "
        "in the board room of the union office, 12 Example Street, Tbilisi, Georgia.",
        "Board meeting",
        sent=_JUNE_9,
    )
    assert value_of(meeting.timezone) != "America/New_York"


def test_a_day_written_before_the_meeting_it_names_is_that_meeting_s() -> None:
    meeting = meeting_of(
        "Example Garden Association\n\n"
        "The June 4 Board meeting was called off, as nobody sent out the dial-in number. "
        "I wrote to the managers about it, and they only pointed to the reconvened "
        "annual meeting on May 28th, which had gone out to every owner.",
        "Board meeting called off",
        sent=_JUNE_9,
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 4)


def test_guard_a_day_before_other_words_is_not_a_meeting_s_by_them() -> None:
    meeting = meeting_of(
        "Example Garden Association\n\n"
        "The June 4 Letter to owners was late, as nobody sent out the dial-in number. "
        "I wrote to the managers about it, and they only pointed to the reconvened "
        "annual meeting on May 28th, which had gone out to every owner.",
        "Letter to owners",
        sent=_JUNE_9,
    )
    assert value_of(meeting.start) != dt.date(2026, 6, 4)


_JUNE_7 = dt.datetime(2026, 6, 7, 9, 0, tzinfo=BANGKOK)  # a Sunday


def test_a_statement_issued_on_a_weekday_names_no_day_of_the_meeting() -> None:
    meeting = meeting_of(
        "The directors of the Example Basin Forum will meet to review the shared budget and "
        "agree the new work plan, according to a statement issued on Monday.",
        "Example Basin Forum directors",
        sent=_JUNE_9,
    )
    assert meeting.start is None


def test_guard_the_meeting_s_weekday_in_a_story_is_still_its_day() -> None:
    meeting = meeting_of(
        "The directors of the Example Basin Forum will meet on Monday to review the shared "
        "budget and agree the new work plan, a spokesperson said.",
        "Example Basin Forum directors",
        sent=_JUNE_9,
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 15)


def test_a_summit_hosted_from_one_weekday_to_another_runs_those_days() -> None:
    meeting = meeting_of(
        "Example Land will host the third Example Coast summit from Monday to Wednesday, its "
        "foreign office said on Sunday. Leaders of four member states will join by video link.",
        "Example Land to host Example Coast summit",
        sent=_JUNE_7,
    )
    assert value_of(meeting.start) == dt.date(2026, 6, 8)
    assert value_of(meeting.end) == dt.date(2026, 6, 10)


def test_guard_days_of_something_else_from_a_weekday_are_no_meeting_s() -> None:
    meeting = meeting_of(
        "Example Land sells stamps of the Example Coast summit from Monday to Wednesday, its "
        "post office said on Sunday. Collectors may order them by mail.",
        "Example Coast stamps",
        sent=_JUNE_7,
    )
    assert meeting.start is None


_REPORT_TH = (
    "สำนักงานตัวอย่างจังหวัด เป็นประธานการประชุมคณะทำงานตัวอย่าง เพื่อติดตามแผนงานประจำปี "
    "ณ ห้องประชุมตัวอย่าง ชั้น 2 ศาลากลางจังหวัดตัวอย่าง โดยมีผู้แทนหน่วยงานเข้าร่วมกว่า 30 คน"
)


def test_a_thai_report_s_one_date_line_is_the_day_of_the_meeting_it_tells() -> None:
    meeting = meeting_of(f"วันที่ 9 มิถุนายน 2569\n{_REPORT_TH}", "ประชุมคณะทำงานตัวอย่าง", sent=_JUNE_9)
    assert value_of(meeting.start) == dt.date(2026, 6, 9)


def test_guard_a_thai_date_line_long_before_the_message_is_not_read_so() -> None:
    meeting = meeting_of(f"วันที่ 9 เมษายน 2569\n{_REPORT_TH}", "ประชุมคณะทำงานตัวอย่าง", sent=_JUNE_9)
    assert meeting.start is None


def test_guard_a_thai_report_telling_its_day_in_words_keeps_its_date_line_a_page_s() -> None:
    meeting = meeting_of(
        f"9 มิถุนายน 2569\nเมื่อวันอาทิตย์ที่ 7 ที่ผ่านมา {_REPORT_TH}",
        "ประชุมคณะทำงานตัวอย่าง",
        sent=_JUNE_9,
    )
    assert value_of(meeting.start) != dt.date(2026, 6, 9)


def test_guard_a_name_of_no_town_of_the_state_gives_no_zone_of_that_state() -> None:
    meeting = meeting_of(
        "The alumni board will meet on Tuesday, June 16th at 6:00 p.m. in the hall of Example "
        "University, Washington, District of Columbia.",
        "Alumni board meeting",
        sent=_JUNE_9,
    )
    assert value_of(meeting.timezone) != "America/Los_Angeles"
