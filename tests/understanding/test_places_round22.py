"""Round twenty-two (places-r22): place, mode and delegate classes missed on test22
(tests/realmail/FAILURES.md, "Round twenty-two fixes (places-r22)"), each in an invented text
of the class's shape, with a guard beside it."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import (
    REVIEW_AT,
    confidence_of,
    meeting_of,
    rule_code,
    value_of,
)

# C1. An eatery named for a city ("<City> Thai Restaurant"), another city after it in the
# same Thai place phrase: the later city is where it stands.

_THAI_EATERY = "เมื่อวันที่ 3 มี.ค. 68 คณะเจ้าหน้าที่ได้พบปะชุมชนไทย ณ Bangkok Thai Restaurant{after}\n"


def test_an_eatery_named_for_a_city_stands_in_the_city_after_it() -> None:
    meeting = meeting_of(_THAI_EATERY.format(after=" ย่านใจกลางนครเทียนจิน ในโอกาสนี้"))
    assert value_of(meeting.city) == "Tianjin"
    assert value_of(meeting.country) == "China"


def test_guard_an_eatery_named_for_a_city_alone_keeps_that_city() -> None:
    assert value_of(meeting_of(_THAI_EATERY.format(after="")).city) == "Bangkok"


# C2. A way named as a burden among the reasons against it is not the way chosen; a way in
# an unreal past ("if we had met …") is the one not taken.

_REASONS = (
    "After much thought the board has decided to run the sample forum on screens only.\n\n"
    "The reasons are:\n- travel budgets\n- {reason}\n\nThe forum opens on 5 May 2027.\n"
)


def test_a_hybrid_forum_weighed_as_a_burden_is_not_its_way() -> None:
    body = _REASONS.format(reason="the costs involved in running a hybrid forum")
    assert value_of(meeting_of(body).mode) is not Mode.HYBRID


def test_guard_a_hybrid_forum_said_is_hybrid() -> None:
    body = _REASONS.format(reason="the forum will be held in a hybrid format")
    assert value_of(meeting_of(body).mode) is Mode.HYBRID


_UNREAL = (
    "The sample club's general meeting is put off to 9 June 2027 at 6pm. {said} "
    "The general meeting will now be held virtually.\n"
)


def test_a_face_to_face_meeting_in_an_unreal_past_is_no_way() -> None:
    body = _UNREAL.format(said="If we had met face to face in the club room, few could come.")
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


def test_guard_a_face_to_face_meeting_said_outright_still_weighs() -> None:
    body = _UNREAL.format(said="We also keep a face to face part in the club room.")
    assert value_of(meeting_of(body).mode) is not Mode.VIRTUAL


# C3. A cancelled meeting's planned way in its own sentence ("The meeting was to be held via
# <a call>"): its way, under review.

_CALLED_OFF = (
    "Sample Residents Meeting Cancelled\n\nThe 5 May 2027 residents meeting was cancelled. {said}\n"
)


def test_the_way_a_cancelled_meeting_was_to_be_held_is_read() -> None:
    body = _CALLED_OFF.format(
        said="The meeting was to be conducted via a sample teleconference line."
    )
    mode = meeting_of(body, "Sample Residents Meeting Cancelled").mode
    assert value_of(mode) is Mode.VIRTUAL
    assert confidence_of(mode) < REVIEW_AT


def test_guard_work_done_by_teleconference_is_no_way_of_it() -> None:
    body = _CALLED_OFF.format(said="Staff will answer questions by teleconference.")
    assert value_of(meeting_of(body, "Sample Residents Meeting Cancelled").mode) is None


# C4. "register online for the Assembly": a desk's way, not the meeting's.

_REGISTER = "Delegates of member bodies are asked to {said} by 5 May 2027.\n"


def test_registering_online_for_an_assembly_is_no_way_of_it() -> None:
    body = _REGISTER.format(said="register online for the Sample Assembly")
    assert value_of(meeting_of(body).mode) is None


def test_guard_an_online_assembly_is_virtual() -> None:
    body = _REGISTER.format(said="join the online sample general assembly")
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


# C5. A Thai room and, after it in the same clause, the call it is joined by: hybrid.

_THAI_ROOM = (
    "เมื่อวันที่ 3 มีนาคม 2568 กองตัวอย่างจัดประชุมติดตามผลโครงการ ณ ห้องประชุมตัวอย่าง อาคาร 2 "
    "ชั้น 4 {way} โดยมีผู้อำนวยการเป็นประธาน\n"
)


def test_a_thai_room_then_its_call_is_hybrid() -> None:
    mode = meeting_of(_THAI_ROOM.format(way="ผ่านระบบออนไลน์ Zoom")).mode
    assert value_of(mode) is Mode.HYBRID
    assert rule_code(mode) == "mode.joined_from_room"


def test_guard_a_thai_room_without_a_call_is_in_person() -> None:
    mode = meeting_of(_THAI_ROOM.format(way="ตามปกติ")).mode
    assert value_of(mode) is not Mode.HYBRID


# C6. A conference run "as a digital conference": virtual, under review.

_DIGITAL = "The committee has decided to {said} from 5 to 7 May 2027.\n"


def test_a_conference_run_as_a_digital_conference_is_virtual() -> None:
    mode = meeting_of(
        _DIGITAL.format(said="run the sample conference as a digital conference")
    ).mode
    assert value_of(mode) is Mode.VIRTUAL
    assert confidence_of(mode) < REVIEW_AT


def test_guard_a_conference_on_digital_matters_has_no_way() -> None:
    mode = meeting_of(_DIGITAL.format(said="hold the sample conference on digital skills")).mode
    assert value_of(mode) is None


# C7. A count after a quorum missed is of the members away, not of delegates asked for.

_QUORUM = "ประธานสั่งงดการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 5/2568 {said}\n"


def test_a_count_after_a_quorum_missed_asks_nobody() -> None:
    body = _QUORUM.format(said="เนื่องจากองค์ประชุมไม่ครบ เนื่องจาก กรรมการ 3 คน ติดภารกิจ")
    assert value_of(meeting_of(body).delegates_requested) is None


def test_guard_a_request_to_make_up_a_quorum_asks() -> None:
    body = _QUORUM.format(said="เพื่อให้ครบองค์ประชุม ขอให้ส่งผู้แทนเข้าร่วมประชุม 2 คน")
    assert value_of(meeting_of(body).delegates_requested) == 2


# C8. "<Meeting> (<short form>) on <day> in <City>": the city it was held in; "in the
# Philippines": a country named with its article.

_CHAIRED = "On 4 May 2027 the Sample Minister chaired the {name} on 3 May 2027\nin Hanoi.\n"


def test_a_meeting_its_short_form_and_its_day_before_its_city() -> None:
    body = _CHAIRED.format(name="Sample Officials' Meeting (SOM)")
    assert value_of(meeting_of(body).city) == "Ha Noi"


def test_guard_an_office_before_its_day_and_a_city_names_no_city() -> None:
    body = _CHAIRED.format(name="Sample Office (SO)")
    assert value_of(meeting_of(body).city) is None


_ARTICLE = "A sample summit of regional leaders due to begin in the {name} on Monday is put off.\n"


def test_a_country_named_with_its_article_is_where_it_is_held() -> None:
    assert value_of(meeting_of(_ARTICLE.format(name="Philippines")).country) == "Philippines"


def test_guard_a_hall_named_with_its_article_names_no_country() -> None:
    assert value_of(meeting_of(_ARTICLE.format(name="Sample Hall")).country) is None


# C9. Another body's meeting to come, on its own days, in a clause of its own ("…, which will
# meet during <days>, in <City>"): no place of this one; the sentence of holding says it.

_TO_COME = (
    "Sample ministers will meet this coming week in Hanoi to weigh regional matters.\n\n"
    "The 9th sample committee will be held from 3 to 5 May 2027. Its advice will go to the "
    "sample board, which will meet during {days}, in Geneva, Switzerland.\n"
)


def test_another_bodys_meeting_to_come_names_no_place_of_this_one() -> None:
    meeting = meeting_of(_TO_COME.format(days="June 8-10, 2027"))
    assert value_of(meeting.city) == "Ha Noi"


def test_guard_the_clause_on_the_meetings_own_days_keeps_its_city() -> None:
    meeting = meeting_of(_TO_COME.format(days="May 3-5, 2027"))
    assert value_of(meeting.city) == "Geneva"


# C10. "… at 6:00 p.m. in Council Chambers on …": "p.m." ends no sentence of holding, and a
# council's chambers are a venue.

_CHAMBERS = (
    "The sample council meeting scheduled for Monday, 8 March 2027 has been moved to Tuesday, "
    "9 March 2027 at 6:00 p.m. in {room} on the upper floor of the Sample Civic Centre.\n"
)


def test_a_council_chambers_after_pm_is_the_venue() -> None:
    assert value_of(meeting_of(_CHAMBERS.format(room="Council Chambers")).venue) == (
        "Council Chambers"
    )


def test_guard_a_chamber_of_commerce_alone_is_no_venue() -> None:
    venue = value_of(meeting_of(_CHAMBERS.format(room="the Chamber of Commerce")).venue)
    assert venue is None or "Chamber of Commerce" not in venue


# C11. A person's title glued to a Thai province's name ends the place; provinces listed a few
# words apart are the guests', not the meeting's.

_GLUED = "คณะกรรมการตัวอย่างประชุมประจำเดือน\n\nที่ห้องประชุมศาลากลางจังหวัดตรัง{who} เป็นประธานในการประชุม\n"


def test_a_title_glued_to_a_province_ends_the_thai_venue() -> None:
    venue = meeting_of(_GLUED.format(who="นายสมมุติ ตัวอย่าง")).venue
    assert value_of(venue) == "ห้องประชุมศาลากลางจังหวัดตรัง"


def test_guard_a_province_holding_a_title_s_letters_is_whole() -> None:
    body = "คณะกรรมการตัวอย่างประชุมประจำเดือน ณ ห้องประชุมศาลากลางจังหวัดนครนายก เวลา 09.00 น.\n"
    assert value_of(meeting_of(body).venue) == "ห้องประชุมศาลากลางจังหวัดนครนายก"


_GUESTS = (
    "วันที่ 3 เมษายน 2568 มหาวิทยาลัยตัวอย่างจัดสัมมนาเครือข่าย ณ ห้องประชุมสมมุติ ชั้น 2\n"
    "ผู้เข้าร่วมจาก 3 แห่ง ได้แก่ วิทยาลัยก จ.ลพบุรี {more}\n"
)


def test_provinces_of_a_guest_list_name_no_city() -> None:
    meeting = meeting_of(_GUESTS.format(more="วิทยาลัยข จ.จันทบุรี วิทยาลัยค จ.ชลบุรี"))
    assert value_of(meeting.city) is None


def test_guard_one_province_named_is_the_citys() -> None:
    assert value_of(meeting_of(_GUESTS.format(more="")).city) == "Lop Buri"
