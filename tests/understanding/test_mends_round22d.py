"""Review mends of round twenty-two's place and mode rules (mend-r22d): each rule of places-r22
on an invented near text it misread, with a guard that the rule's own case still holds
(tests/realmail/FAILURES.md, "Round twenty-two, review mends (mend-r22d)")."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, rule_code, value_of

# M1. "digital": papers kept digitally or sent in a digital format are no way of the meeting.

_ROOM = "The Sample Committee will meet on 5 May 2027 at 10:00 in Room 4, Example House, Bangkok.\n"


def test_papers_of_a_meeting_held_digitally_are_no_way_of_it() -> None:
    body = _ROOM + "Papers of the meeting will be held digitally by the example office.\n"
    assert value_of(meeting_of(body).mode) is Mode.IN_PERSON


def test_papers_in_a_digital_format_are_no_way_of_it() -> None:
    body = _ROOM + "Members now get all sample papers in a digital format.\n"
    assert value_of(meeting_of(body).mode) is Mode.IN_PERSON


def test_a_market_of_digital_conferences_is_no_way_of_it() -> None:
    body = _ROOM + "One talk covers the shift to a digital conference market in the region.\n"
    assert value_of(meeting_of(body).mode) is Mode.IN_PERSON


def test_guard_a_meeting_held_digitally_is_virtual() -> None:
    body = "The Sample Committee meets on 5 May 2027.\nThe meeting will be held digitally.\n"
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


# M2. A Thai room, then a desk's errand done online ("ลงทะเบียน ผ่านระบบออนไลน์"): the room
# is not joined by a call.

_THAI_ROOM = (
    "ขอเชิญประชุมคณะทำงานตัวอย่าง ในวันที่ 5 พฤษภาคม 2570 เวลา 09.00 น. ณ ห้องประชุมสมมุติ ชั้น 3 {then}\n"
)


def test_registering_online_after_a_thai_room_joins_no_call() -> None:
    mode = meeting_of(_THAI_ROOM.format(then="ขอให้ลงทะเบียน ผ่านระบบออนไลน์ ภายในวันที่ 1")).mode
    assert rule_code(mode) != "mode.joined_from_room"


def test_sending_papers_online_after_a_thai_room_joins_no_call() -> None:
    mode = meeting_of(_THAI_ROOM.format(then="ส่งเอกสารประกอบ ผ่านระบบออนไลน์")).mode
    assert rule_code(mode) != "mode.joined_from_room"


def test_guard_a_thai_room_then_its_call_is_hybrid() -> None:
    mode = meeting_of(_THAI_ROOM.format(then="ผ่านระบบออนไลน์ Webex")).mode
    assert value_of(mode) is Mode.HYBRID
    assert rule_code(mode) == "mode.joined_from_room"


# M3. A request between a missed quorum and a count asks for the count.

_COUNCIL = "Notice of the Sample Council meeting on 5 May 2027 in Room 2, Example House, Bangkok.\n"


def test_a_count_asked_for_after_no_quorum_is_a_request() -> None:
    body = _COUNCIL + "If there is no quorum, each member office is asked to send 2 delegates.\n"
    assert value_of(meeting_of(body).delegates_requested) == 2


def test_a_thai_count_asked_for_after_a_quorum_missed_is_a_request() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง วันที่ 5 พฤษภาคม 2570 ณ ห้องประชุมสมมุติ\n"
        "เพื่อมิให้องค์ประชุมไม่ครบ ขอให้หน่วยงานส่งผู้แทน 2 คน เข้าร่วมประชุม\n"
    )
    assert value_of(meeting_of(body).delegates_requested) == 2


def test_guard_a_count_of_members_away_asks_nobody() -> None:
    body = _COUNCIL + "The last meeting had no quorum as 3 members were away.\n"
    assert value_of(meeting_of(body).delegates_requested) is None


# M4. A burden someone takes on ("the host will cover the costs of running the hybrid
# session") keeps the way.

_FORUM = "The Sample Forum will be held on 5 May 2027 at Example Hall, Bangkok. {said}\n"


def test_the_costs_of_a_hybrid_session_covered_keep_it_hybrid() -> None:
    said = "The costs of hosting the hybrid session will be covered by the host."
    assert value_of(meeting_of(_FORUM.format(said=said)).mode) is Mode.HYBRID


def test_a_host_covering_the_costs_of_a_hybrid_session_keeps_it_hybrid() -> None:
    said = "The host will cover the costs of running the hybrid session."
    assert value_of(meeting_of(_FORUM.format(said=said)).mode) is Mode.HYBRID


def test_guard_the_costs_of_a_hybrid_session_weighed_against_it() -> None:
    said = "We weighed the costs of running a hybrid session and chose a room only."
    assert value_of(meeting_of(_FORUM.format(said=said)).mode) is not Mode.HYBRID


# M5. "had" without a verb of meeting, or before "will": a real past, not an unreal one.

_BOARD = "Sample Board meeting, 5 May 2027.\n{said} our sample board will now meet online only.\n"


def test_a_chair_who_had_it_confirmed_keeps_the_way() -> None:
    mode = meeting_of(_BOARD.format(said="The chair had it confirmed that")).mode
    assert value_of(mode) is Mode.VIRTUAL


def test_if_members_had_questions_the_way_told_them_stays() -> None:
    mode = meeting_of(_BOARD.format(said="If the members had questions, they were told")).mode
    assert value_of(mode) is Mode.VIRTUAL


def test_guard_if_we_had_met_online_is_the_way_not_taken() -> None:
    body = (
        "The Sample Board meets on 5 May 2027 in Room 2, Example House, Bangkok.\n"
        "If we had met online via Zoom, few could have voted.\n"
    )
    assert value_of(meeting_of(body).mode) is not Mode.VIRTUAL


# M6. An article opens no eatery's name: "in Geneva The Café …" is a sentence's end unmarked.


def test_an_article_after_a_city_opens_no_eatery_named_for_it() -> None:
    body = (
        "The Sample Meeting will be held on 5 May 2027 in Geneva The Café is open to delegates; "
        "next session in Paris.\n"
    )
    assert value_of(meeting_of(body).city) == "Geneva"


def test_guard_an_eatery_named_for_a_city_stands_in_the_city_after_it() -> None:
    body = "Venue: Tokyo Central Kitchen, Osaka\nDate: 5 May 2027\n"
    assert value_of(meeting_of(body).city) == "Osaka"
