"""Round twenty's review mends (mend-r20a; tests/realmail/FAILURES.md, "Round twenty, review
mends (mend-r20a)"): near cases where the rules merged from kindsth-r20 and titles-r20 misfired on
invented text no notice showed, each with a guard that the rule still does what it was made for.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of

# A headline's tail "in <manner>": only how the meeting is held, not a topic ------------------


@pytest.mark.parametrize(
    "name",
    [
        "Regional Symposium in Remote Sensing",
        "Sample Conference in Online Learning",
        "International Workshop in Person-Centred Care",
    ],
)
def test_a_topic_after_in_stays_in_the_name(name: str) -> None:
    body = f"Colleagues are welcome at the {name} on 14 May 2026 at the Sample Hall, Sample City.\n"
    meeting = meeting_of(body + "Sign up at https://example.org/signup\n", name)
    assert value_of(meeting.title) == name


def test_guard_in_person_still_ends_a_headlines_name() -> None:
    meeting = meeting_of(
        "Sample Leaders Summit in Person Next Week\n"
        "The Sample Leaders Summit takes place on 9 April 2026 in Sample City, aides said.\n",
        "",
    )
    assert value_of(meeting.title) == "Sample Leaders Summit"


# A summit named by two joined sides: not letters and a describing word ---------------------


def test_a_describing_word_joined_to_letters_is_no_side() -> None:
    meeting = meeting_of(
        "Leaders Fly In for US-Hosted Summit\n"
        "Heads of government travel on 20 April 2026 to Sample City, a spokesperson told us.\n",
        "",
    )
    assert value_of(meeting.title) != "US-Hosted Summit"


def test_guard_two_joined_sides_still_name_a_summit() -> None:
    meeting = meeting_of(
        "EXA-Japan Summit Opens in Sample City\n"
        "Heads of government meet on 15 April 2026 in Sample City, a spokesperson told us.\n",
        "",
    )
    assert value_of(meeting.title) == "EXA-Japan Summit"


# "AGM" said twice: not where the opening names the gathering the message is about ----------


def test_agm_said_twice_beside_a_workshop_names_no_agm() -> None:
    meeting = meeting_of(
        "Dear members,\nBefore the AGM the treasurer runs an accounts workshop on 21 April 2026 "
        "at 18:00 in the Sample Room, to walk through what the AGM votes on.\n",
        "",
    )
    assert value_of(meeting.title) != "AGM"


def test_guard_agm_said_twice_alone_still_names_it() -> None:
    meeting = meeting_of(
        "Dear owners,\nOur next AGM falls on 21 April 2026 at 18:00 in the Sample Room. "
        "Bring your proxy form to the AGM if you vote for another owner.\n",
        "",
    )
    assert value_of(meeting.title) == "AGM"


# A body's meetings and when they are held: not over the one called off, nor a workshop -----


def test_a_called_off_meeting_is_named_over_when_meetings_are_held() -> None:
    meeting = meeting_of(
        "Council Meetings are held on the first Monday of each month at 7pm.\n"
        "The Council Meeting of 6 April 2026 has been cancelled for the holiday.\n",
        "Notice",
    )
    assert value_of(meeting.title) == "Council Meeting"


def test_when_meetings_are_held_names_no_other_gathering() -> None:
    meeting = meeting_of(
        "Committee meetings are held in the Sample Room.\n"
        "You are welcome at a committee workshop on zoning on 16 April 2026 at 10:00 there.\n",
        "Invitation",
    )
    assert value_of(meeting.title) != "Committee meetings"


def test_guard_a_page_of_when_meetings_are_held_still_names_them() -> None:
    meeting = meeting_of(
        "Events\n\nCouncil Meetings are held on the second Thursday of each month. "
        "They begin at 6:30 pm in the Sample Chamber and are open to all.\n",
        "Sample Town",
    )
    assert value_of(meeting.title) == "Council Meetings"


# Thai kinds ----------------------------------------------------------------------------------


def test_a_deed_whose_sentence_sets_meetings_ahead_is_no_report() -> None:
    body = (
        "นายสมมติ ใจดี ได้รับการแต่งตั้งเป็นประธานคณะทำงานสมมติ และได้มอบนโยบาย เมื่อวันที่ "
        "1 เมษายน 2569 โดยกำหนดให้มีการประชุมคณะทำงานทุกเดือน เริ่มครั้งแรกวันที่ 17 เมษายน 2569\n"
    )
    assert kind_of("", body) is not MessageKind.REPORT


def test_guard_a_deed_told_before_its_day_is_still_a_report() -> None:
    body = (
        "นายสมมติ ใจดี ผู้อำนวยการสำนักงานสมมติ ได้มอบนโยบายแก่คณะทำงานสมมติ เมื่อวันที่ "
        "1 เมษายน 2569 ณ ห้องประชุมสำนักงาน และเน้นย้ำการทำงานร่วมกัน\n"
    )
    assert kind_of("", body) is MessageKind.REPORT


def test_an_organisers_word_a_speaker_said_is_no_deed_told() -> None:
    body = (
        "สำนักข่าวสมมติรายงานว่า เมื่อวันที่ 1 เมษายน 2569 ที่สำนักงานสมมติ นายสมมติ ใจดี "
        "เลขาธิการ กล่าวถึงการประชุมใหญ่ประจำปีว่า สำนักงานจัดประชุมใหญ่ทุกปีในเดือนพฤษภาคม "
        "ปีนี้จะเน้นเรื่องการค้าชายแดน\n"
    )
    assert kind_of("", body) is not MessageKind.REPORT


def test_guard_an_organisers_word_told_on_its_day_is_still_a_report() -> None:
    body = (
        "วันที่ 30-31 มีนาคม 2569 สำนักงานสมมติจัดประชุมเชิงปฏิบัติการ “พัฒนาทักษะเจ้าหน้าที่” "
        "ที่โรงแรมสมมติ จังหวัดสมมติ โดยนายสมมติ ใจดี เป็นประธานในพิธี\n"
    )
    assert kind_of("", body) is MessageKind.REPORT
