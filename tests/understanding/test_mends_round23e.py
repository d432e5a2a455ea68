"""Review mends of places-r23's rules (mend-r23e): each misfire on an invented near text, with
a guard that the rule's own case still holds (tests/realmail/FAILURES.md, "Round twenty-three,
review mends (mend-r23e)")."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, news_meeting, value_of

# M1. "on the sidelines of the EU summit" names the setting "EU": a later sentence opening with
# "European …" is not about it.

_SETTING = (
    "The sample envoy spoke on the sidelines of the EU summit about the trade talks.\n\n"
    "{opening} ministers will meet in a hybrid format on 12 May 2027 at the Example Hall, "
    "Brussels.\n"
)


def test_a_word_the_settings_name_only_begins_is_not_the_setting() -> None:
    meeting = news_meeting(_SETTING.format(opening="European"))
    assert value_of(meeting.mode) is Mode.HYBRID
    assert value_of(meeting.city) == "Brussels"


def test_guard_the_settings_own_name_still_opens_its_sentence() -> None:
    meeting = news_meeting(_SETTING.format(opening="EU"))
    assert value_of(meeting.mode) is None


# M2. "register via online": the applicant's way, not the meeting's.


def test_registering_via_online_is_no_way_of_the_meeting() -> None:
    body = "You are invited to the Sample Workshop on 20 May 2027. Please register via online.\n"
    assert value_of(meeting_of(body, "Sample Workshop").mode) is None


def test_guard_a_workshop_held_via_online_is_virtual() -> None:
    body = "You are invited to the Sample Workshop on 20 May 2027. It will be held via online.\n"
    assert value_of(meeting_of(body, "Sample Workshop").mode) is Mode.VIRTUAL


# M3. "สมัครได้ ณ สำนักงาน… และระบบออนไลน์": a desk and a form, not a room and a call.

_DESK = (
    "ขอเชิญเข้าร่วมการประชุมวิชาการตัวอย่าง ในวันที่ 20 พฤษภาคม 2570 ผู้สนใจสมัครได้ "
    "ณ {where} และระบบออนไลน์ที่ example.org\n"
)


def test_applying_at_an_office_and_online_is_not_hybrid() -> None:
    mode = meeting_of(_DESK.format(where="สำนักงานตัวอย่าง ชั้น 3"), "ประชุมวิชาการ").mode
    assert value_of(mode) is not Mode.HYBRID


def test_guard_a_room_and_the_online_system_is_still_hybrid() -> None:
    body = "ประชุมคณะทำงานตัวอย่าง เมื่อวันที่ 9 มีนาคม 2570 ณ ห้องประชุมชั้น 4 อาคารสมมุติ และระบบออนไลน์\n"
    assert value_of(meeting_of(body, "ประชุมคณะทำงานตัวอย่าง").mode) is Mode.HYBRID


# M4. "หารือเกี่ยวกับสถานการณ์ในเมือง…": the city talked about, not where they met.

_TALK = "เมื่อวันที่ 12 มีนาคม 2570 นายสมมุติ ใจดี ได้หารือกับคณะผู้แทนตัวอย่าง{about}ในนครลอสแอนเจลิส\n"


def test_a_city_talked_about_is_not_where_they_met() -> None:
    meeting = meeting_of(_TALK.format(about="เกี่ยวกับสถานการณ์"), "หารือตัวอย่าง")
    assert value_of(meeting.city) is None


def test_guard_a_city_they_met_in_is_still_read() -> None:
    meeting = meeting_of(_TALK.format(about=""), "หารือตัวอย่าง")
    assert value_of(meeting.city) == "Los Angeles"
