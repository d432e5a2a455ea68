"""Mends of a review of round twenty-two's whole change, on dates, zones, places and modes
(tests/realmail/FAILURES.md, "Round twenty-two, whole-change review mends (mend-r22g)"): each
misfire on invented text, with a guard that the rule's own case still holds."""

from __future__ import annotations

import datetime as dt

from bot.understanding.record import Mode
from tests.understanding.helpers import BANGKOK, confidence_of, meeting_of, value_of

_DEC_7 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=BANGKOK)
_BOARD_DAY = "The Example Board will meet on 15 December 2026 at 10:00 a.m."


def test_a_speaker_s_us_town_in_a_later_sentence_sets_no_zone() -> None:
    webinar = meeting_of(
        "You are invited to an online talk on rivers on Tuesday, 15 December 2026 from 9:00 "
        "to 11:00 via Zoom.\n\nSpeaker: Dr. Sample Person, Example College, Austin, Texas.",
        "Talk",
        sent=_DEC_7,
    )
    board = meeting_of(
        f"{_BOARD_DAY} in Room 3. Our partner office is at 12 Example Lane, Portland, Oregon.",
        "Board",
        sent=_DEC_7,
    )
    assert value_of(webinar.timezone) is None
    assert value_of(board.timezone) is None


def test_a_us_town_in_the_day_s_sentence_of_a_meeting_online_sets_no_zone() -> None:
    meeting = meeting_of(
        "The Example Board will meet online on 15 December 2026 at 10:00 a.m. with guests from "
        "Springfield, Illinois.",
        "Board",
        sent=_DEC_7,
    )
    assert value_of(meeting.timezone) is None


def test_guard_a_us_town_in_the_day_s_sentence_or_under_a_venue_label_sets_its_zone() -> None:
    said = meeting_of(
        f"{_BOARD_DAY[:-1]} in the hall of the district office, 100 Example Road, Springfield, "
        "Illinois.",
        "Board",
        sent=_DEC_7,
    )
    labelled = meeting_of(
        f"{_BOARD_DAY}\n\nVenue:\nDistrict Office\n100 Example Road, Springfield, Illinois\n",
        "Board",
        sent=_DEC_7,
    )
    assert value_of(said.timezone) == "America/Chicago"
    assert value_of(labelled.timezone) == "America/Chicago"


def test_a_past_meeting_s_city_after_its_day_is_not_this_meeting_s() -> None:
    meeting = meeting_of(
        # (a past day named beside the city, not the one chosen as the meeting's)
        "The working group will meet on 15 December 2026 at 9:00 at the Sample Hotel. We will "
        "review the results of the Senior Officials' Meeting (SOM) on 14 April 2026 in Manila.",
        "Working group",
        sent=_DEC_7,
    )
    assert value_of(meeting.city) is None
    assert value_of(meeting.start) == dt.datetime(2026, 12, 15, 9, 0, tzinfo=BANGKOK)


def test_guard_a_meeting_s_city_after_its_own_day_stays() -> None:
    meeting = meeting_of(
        "Example officials chaired the Senior Officials' Meeting (SOM) on 5 December 2026 in "
        "Manila. Delegates of ten states took part.",
        "Example officials meet",
        sent=_DEC_7,
    )
    assert value_of(meeting.city) == "Manila"


def test_handouts_moved_to_a_digital_format_do_not_make_a_meeting_hybrid() -> None:
    meeting = meeting_of(
        "The example seminar will be held on 15 December 2026 at 9:00 at the Sample Hall, "
        "Bangkok. To save paper we have moved to a digital format for all handouts.",
        "Seminar",
        sent=_DEC_7,
    )
    assert value_of(meeting.mode) is Mode.IN_PERSON


def test_guard_a_meeting_moved_to_a_digital_format_is_online() -> None:
    meeting = meeting_of(
        "Owing to the storm, the example seminar on 15 December 2026 at 9:00 has moved to a "
        "digital format.",
        "Seminar",
        sent=_DEC_7,
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_a_thai_request_letter_is_not_dated_by_its_own_date_line() -> None:
    meeting = meeting_of(
        "วันที่ 7 ธันวาคม 2569\n\nตามที่คณะทำงานตัวอย่างได้ประชุมหารือแนวทางการจัดทำแผนงาน "
        "ขอให้หน่วยงานตัวอย่างส่งข้อมูลแผนงานให้สำนักงานโดยเร็ว",
        "ขอให้ส่งข้อมูล",
        sent=_DEC_7,
    )
    assert meeting.start is None


def test_guard_a_thai_report_page_is_still_dated_by_its_date_line() -> None:
    meeting = meeting_of(
        "วันที่ 6 ธันวาคม 2569\n\nคณะทำงานตัวอย่างได้จัดประชุมหารือแนวทางการจัดทำแผนงาน "
        "ณ ห้องประชุมตัวอย่าง ที่ประชุมเห็นชอบแนวทางดังกล่าว",
        "ประชุมหารือ",
        sent=_DEC_7,
    )
    assert value_of(meeting.start) == dt.date(2026, 12, 6)


def test_the_day_of_a_meeting_whose_summary_is_sent_gains_no_meeting_words() -> None:
    summary = meeting_of(
        "Please find attached the summary of the 1 December Example Committee meeting. "
        "Comments are welcome.",
        "Summary",
        sent=_DEC_7,
    )
    outcome = meeting_of(
        "The outcome of the 1 December Finance Committee meeting is attached for your files.",
        "Outcome",
        sent=_DEC_7,
    )
    for meeting in (summary, outcome):
        assert "meeting_words" not in " ".join(meeting.start.reasons if meeting.start else ())
    assert confidence_of(summary.start) < 0.7


def test_guard_the_day_before_a_committee_s_meeting_is_still_that_meeting_s() -> None:
    meeting = meeting_of(
        "The 18 December Example Committee meeting will take place in Room 5 at 10:00.",
        "Committee",
        sent=_DEC_7,
    )
    assert value_of(meeting.start) == dt.datetime(2026, 12, 18, 10, 0, tzinfo=BANGKOK)


def test_guard_a_us_notice_s_town_under_its_dated_line_sets_its_zone() -> None:
    meeting = meeting_of(
        "The Example Board has called a special meeting for December 15, 2026 at 7:00 PM to "
        "hear the sample matter. The meeting will be held on Zoom.\n"
        "Dated: December 7, 2026\nSpringfield, Illinois\n",
        "Special meeting",
        sent=_DEC_7,
    )
    assert value_of(meeting.timezone) == "America/Chicago"
