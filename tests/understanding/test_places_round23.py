"""Round twenty-three (places-r23): place, mode and delegate classes missed on test23
(tests/realmail/FAILURES.md, "Round twenty-three fixes (places-r23)"), each in an invented text
of the class's shape, with a guard beside it."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import (
    confidence_of,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# D1. The event a statement was made at ("said on the sidelines of the <Forum>"): a sentence
# whose subject it is tells that event's way and place, not the meeting's.

_SIDELINES = (
    "The sample leaders' summit will take place online in March, the envoy said on the "
    "sidelines of the 3rd Example Trade Forum.\n\n"
    "The 3rd Example Trade Forum will be held in Jakarta on 4-5 February in a hybrid format, "
    "with guests attending in person and online.\n"
)


def test_the_way_and_place_of_the_event_a_statement_was_made_at_are_not_the_meetings() -> None:
    meeting = news_meeting(_SIDELINES)
    assert value_of(meeting.mode) is Mode.VIRTUAL
    assert value_of(meeting.city) is None


def test_guard_the_same_sentences_without_a_setting_keep_their_way_and_place() -> None:
    body = _SIDELINES.replace("on the sidelines of", "before")
    meeting = news_meeting(body)
    assert value_of(meeting.mode) is Mode.HYBRID
    assert value_of(meeting.city) == "Jakarta"


# D2. "held via online" (Asian English news), "via Jitsi": the meeting's own way.


def test_a_meeting_held_via_online_is_virtual() -> None:
    body = "The sample ministers' meeting on 9 March 2027 will be held via online.\n"
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


def test_a_call_via_jitsi_is_virtual() -> None:
    body = "Sample group calls are held:\n- Tuesdays at 14:00 UTC\n- Via Jitsi in a browser\n"
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


def test_guard_a_form_sent_via_online_portal_is_no_way() -> None:
    body = "Please send the sample form via online portal by 9 March 2027.\n"
    assert value_of(meeting_of(body).mode) is None


# D3. A Thai room, a person and their post, then the video call joined from it: hybrid; a
# room and "ระบบออนไลน์" named without "ผ่าน": hybrid.

_JOINED = (
    "เมื่อวันที่ 9 มีนาคม 2570 เวลา 10.00 น. ที่ห้องประชุมชั้น 3 อาคารตัวอย่าง ศาลากลางจังหวัดชลบุรี "
    "นายสมมุติ ใจดี รองผู้อำนวยการสำนักงานตัวอย่างประจำภาคตะวันออก พร้อมหัวหน้าฝ่ายแผนงานตัวอย่าง "
    "{joined}\n"
)


def test_a_thai_room_then_the_call_its_actor_joins_is_hybrid() -> None:
    body = _JOINED.format(joined="เข้าร่วมประชุมผ่านระบบทางไกลกับกระทรวงตัวอย่าง")
    mode = meeting_of(body, "ประชุมตัวอย่าง").mode
    assert value_of(mode) is Mode.HYBRID
    assert rule_code(mode) == "mode.joined_from_room"


def test_guard_a_thai_room_and_its_actor_alone_is_in_person() -> None:
    body = _JOINED.format(joined="เป็นประธานการประชุมเรื่องตัวอย่าง")
    assert value_of(meeting_of(body, "ประชุมตัวอย่าง").mode) is Mode.IN_PERSON


def test_a_thai_room_and_the_online_system_is_hybrid() -> None:
    body = "ประชุมคณะกรรมการตัวอย่าง เมื่อวันที่ 9 มีนาคม 2570 ณ ห้องประชุมชั้น 2 อาคารตัวอย่าง และระบบออนไลน์\n"
    assert value_of(meeting_of(body, "ประชุมคณะกรรมการตัวอย่าง").mode) is Mode.HYBRID


def test_guard_a_thai_room_and_another_system_is_not_hybrid() -> None:
    body = "ประชุมคณะกรรมการตัวอย่าง เมื่อวันที่ 9 มีนาคม 2570 ณ ห้องประชุมชั้น 2 อาคารตัวอย่าง และระบบประปา\n"
    assert value_of(meeting_of(body, "ประชุมคณะกรรมการตัวอย่าง").mode) is not Mode.HYBRID


# D4. An envoy's post names its seat; where the story says they met in another city, the
# meeting is there.

_ENVOY = (
    "เมื่อวันที่ 9 มีนาคม 2570 นายสมมุติ ใจดี เอกอัครราชทูต ณ กรุงวอชิงตัน "
    "ได้พบปะผู้แทนชุมชนไทย{where} และรับฟังข้อคิดเห็น\n"
)


def test_an_envoy_who_met_in_another_city_met_there() -> None:
    meeting = meeting_of(_ENVOY.format(where="ในนครลอสแอนเจลิส"), "พบปะชุมชนไทย")
    assert value_of(meeting.city) == "Los Angeles"
    assert confidence_of(meeting.city) < 0.8


def test_guard_an_envoy_who_met_nowhere_else_met_at_the_posts_seat() -> None:
    meeting = meeting_of(_ENVOY.format(where=""), "พบปะชุมชนไทย")
    assert value_of(meeting.city) == "Washington, D.C."


# D5. A country by its formal Thai titles after a journey to attend; a Latin building's name
# before "ณ" and a titled city.


def test_a_journey_to_a_country_by_its_formal_title_names_it() -> None:
    body = (
        "ระหว่างวันที่ 9-10 มีนาคม 2570 นายสมมุติ ใจดี และคณะ ได้เดินทางไป สาธารณรัฐสิงคโปร์ "
        "เพื่อเข้าร่วมการประชุมตัวอย่าง\n"
    )
    assert value_of(meeting_of(body, "ประชุมตัวอย่าง").country) == "Singapore"


def test_guard_a_journey_without_a_purpose_names_no_country() -> None:
    body = "ระหว่างวันที่ 9-10 มีนาคม 2570 นายสมมุติ ใจดี และคณะ ได้เดินทางไป สาธารณรัฐสิงคโปร์ เพื่อพักผ่อน\n"
    assert value_of(meeting_of(body, "ข่าวตัวอย่าง").country) is None


def test_a_latin_building_before_a_titled_city_is_the_venue() -> None:
    body = (
        "เมื่อวันที่ 9 มีนาคม 2570 กงสุลใหญ่ฯ ได้เข้าร่วมการประชุมตัวอย่าง จัดขึ้นที่ "
        "Sample Heritage Museum ณ นครลอสแอนเจลิส ร่วมกับผู้แทนชุมชนตัวอย่าง\n"
    )
    meeting = meeting_of(body, "ประชุมตัวอย่าง")
    assert value_of(meeting.venue) == "Sample Heritage Museum"
    assert value_of(meeting.city) == "Los Angeles"


# D6. Counts that ask nobody: a bloc's whole membership, those a quorum lacked, what a fee buys.


def test_a_blocs_members_are_no_delegates() -> None:
    body = (
        "On 9 March 2027 the Sample Retreat was held in Bangkok, in which the seven EXAMPLE "
        "members agreed to meet again.\n"
    )
    assert value_of(news_meeting(body).delegates_requested) is None


def test_guard_a_count_of_members_asked_for_stands() -> None:
    body = "Each member state is invited to nominate two members to attend the meeting.\n"
    assert value_of(meeting_of(body).delegates_requested) == 2


def test_a_count_a_quorum_lacked_and_what_a_fee_buys_ask_nobody() -> None:
    short = "The meeting on 9 March 2027 was called off. We were short two members of a quorum.\n"
    fee = "The sample workshop is on 9 March 2027. The fee covers one participant only.\n"
    assert value_of(meeting_of(short).delegates_requested) is None
    assert value_of(meeting_of(fee).delegates_requested) is None


def test_guard_a_count_asked_after_a_fee_stands() -> None:
    body = "The sample workshop is on 9 March 2027. Please send one participant per agency.\n"
    assert value_of(meeting_of(body).delegates_requested) == 1


# D7. A briefing carried live on a platform, with no venue and no other word of its way: watched
# from afar; a hall named beside the stream keeps the hall.

_LIVE = (
    "แถลงข่าวประจำสัปดาห์ของกรมตัวอย่าง วันที่ 9 มีนาคม 2570 เวลา 11.00 น.{at} "
    "ถ่ายทอดสดผ่านเพจ Facebook ของกรม\n"
)


def test_a_briefing_carried_live_with_no_venue_is_virtual() -> None:
    mode = meeting_of(_LIVE.format(at=""), "แถลงข่าวตัวอย่าง").mode
    assert value_of(mode) is Mode.VIRTUAL
    assert confidence_of(mode) < 0.8


def test_guard_a_briefing_in_a_hall_also_carried_live_is_not_virtual() -> None:
    body = _LIVE.format(at=" ณ ห้องแถลงข่าว อาคารตัวอย่าง")
    assert value_of(meeting_of(body, "แถลงข่าวตัวอย่าง").mode) is not Mode.VIRTUAL
