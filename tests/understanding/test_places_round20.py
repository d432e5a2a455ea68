"""Round twenty (places-r20): place, mode and delegate classes missed on test20
(tests/realmail/FAILURES.md, "Round twenty fixes (places-r20)"), each in an invented text of
the class's shape, with a guard beside it."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, news_meeting, rule_code, value_of

# P1. Places paired one to one with several past meetings ("… respectively") are none of them
# this meeting's.

_EARLIER = (
    "The fifth Example Regional Forum will take place on 14 May 2027 in the main hall.\n\n"
    "Since 2019 the earlier forums were organized in {places} respectively, with growing "
    "attendance from member offices.\n"
)


def test_places_listed_one_each_are_not_the_meetings() -> None:
    meeting = meeting_of(_EARLIER.format(places="Nairobi, Lima and Oslo"))
    assert value_of(meeting.city) is None
    assert value_of(meeting.country) is None


def test_a_place_without_respectively_is_still_read() -> None:
    body = "The fifth Example Regional Forum will be held on 14 May 2027 in Nairobi, Kenya.\n"
    assert value_of(meeting_of(body).city) == "Nairobi"


# P2. A city with its country in brackets on the heading line of the days.


def test_a_city_with_its_country_in_brackets_heads_the_days() -> None:
    body = (
        "EXAMPLE UNION ASSEMBLY AND RELATED MEETINGS\n"
        "Nairobi (Kenya), 3 - 7 May 2027\n"
        "Members are invited to send their comments on the draft plan.\n"
    )
    meeting = meeting_of(body)
    assert value_of(meeting.city) == "Nairobi"
    assert value_of(meeting.country) == "Kenya"


def test_a_bracketed_word_that_is_no_name_gives_no_city() -> None:
    body = (
        "EXAMPLE UNION ASSEMBLY AND RELATED MEETINGS\n"
        "Hall (tbc), 3 - 7 May 2027\n"
        "Members are invited to send their comments on the draft plan.\n"
    )
    assert value_of(meeting_of(body).city) is None


# P3. A Thai place phrase ends before the verb or the purpose that follows it over a space.


def test_a_thai_venue_ends_before_the_scheduled_verb() -> None:
    body = "การประชุมสมาคมตัวอย่าง ครั้งที่ 9 ณ ศูนย์การประชุมตัวอย่างนคร กำหนดจัดขึ้นระหว่างวันที่ 4 - 6 มีนาคม 2570\n"
    assert value_of(meeting_of(body, "การประชุมสมาคมตัวอย่าง").venue) == ("ศูนย์การประชุมตัวอย่างนคร")


def test_a_thai_venue_ends_before_its_purpose() -> None:
    body = (
        "ผู้อำนวยการให้การต้อนรับคณะผู้แทน ณ ห้องประชุมตัวอย่าง ชั้น 4 อาคารสำนักงานตัวอย่าง "
        "สำหรับการหารือในวันนี้ เมื่อวันที่ 8 มีนาคม 2570\n"
    )
    venue = value_of(meeting_of(body, "การหารือ").venue)
    assert venue == "ห้องประชุมตัวอย่าง ชั้น 4 อาคารสำนักงานตัวอย่าง"


def test_a_thai_name_glued_to_its_word_keeps_it() -> None:
    # (the word glued to a name is the name's: "ศูนย์บริการสำหรับประชาชน")
    body = "การประชุมประจำเดือน ณ ศูนย์บริการสำหรับประชาชนตัวอย่าง วันที่ 8 มีนาคม 2570\n"
    venue = value_of(meeting_of(body, "การประชุมประจำเดือน").venue)
    assert venue == "ศูนย์บริการสำหรับประชาชนตัวอย่าง"


# M1. A meeting moved online: the in-person plan given up, the way back later, none at all.


def test_an_originally_in_person_meeting_held_virtually_is_virtual() -> None:
    body = (
        "The Example Ministers' Meeting will be held virtually on 9 June 2027.\n\n"
        "It was originally set to take place in the capital as an in-person meeting in May.\n"
    )
    mode = news_meeting(body).mode
    assert value_of(mode) == Mode.VIRTUAL
    assert rule_code(mode) == "mode.in_person_given_up"


def test_meetings_virtual_until_they_meet_in_person_again_are_virtual() -> None:
    body = (
        "Neighbourhood meetings are held virtually on the first Monday at 7 pm, at the "
        "Example Library, until we can once again gather with everyone in person.\n"
    )
    assert value_of(meeting_of(body, "Example Neighbourhood Association").mode) == Mode.VIRTUAL


def test_a_virtual_only_format_is_virtual() -> None:
    body = (
        "The Annual Meeting of Example Holdings will be held on 9 June 2027 in a virtual only "
        "format. The hall will not be open this year to the holders of the shares who would "
        "attend in person.\n"
    )
    assert value_of(meeting_of(body, "Example Holdings AGM").mode) == Mode.VIRTUAL


def test_a_quoted_online_only_idea_is_not_the_meetings_way() -> None:
    body = (
        'Rather than holding an "online-only" conference, the Example Conference will be held '
        "on 9 June 2028 in person at the Example Hall in Oslo, its keynote streamed via Zoom "
        "for those who cannot travel.\n"
    )
    assert rule_code(meeting_of(body, "Example Conference").mode) != "mode.in_person_given_up"


def test_cannot_physically_meet_weighs_for_virtual() -> None:
    body = (
        "As members cannot physically meet this spring, the Example Club AGM on 9 May 2027 "
        "will use online virtual meeting software. Some say the physical meeting after the "
        "show was hard to reach.\n"
    )
    assert value_of(meeting_of(body, "Example Club AGM").mode) == Mode.VIRTUAL


def test_via_a_zoom_call_is_virtual() -> None:
    body = "The Example Society AGM will be held on 9 May 2027 via a Zoom call.\n"
    assert value_of(meeting_of(body, "Example Society AGM").mode) == Mode.VIRTUAL


def test_a_thai_training_held_online_is_virtual() -> None:
    body = "วิทยาลัยตัวอย่างจัดประชุมวิชาการประจำปี วันที่ 9 พฤษภาคม 2570 รูปแบบการอบรมแบบ Online\n"
    assert value_of(meeting_of(body, "ประชุมวิชาการประจำปี").mode) == Mode.VIRTUAL


def test_a_thai_registration_online_says_nothing_of_the_way() -> None:
    body = "วิทยาลัยตัวอย่างจัดประชุมวิชาการประจำปี วันที่ 9 พฤษภาคม 2570 ผู้สนใจลงทะเบียนแบบออนไลน์\n"
    assert value_of(meeting_of(body, "ประชุมวิชาการประจำปี").mode) is None


# D1. Counts that ask nobody: a number's end read as a count, parts of a total.


def test_the_end_of_a_larger_thai_number_is_no_count() -> None:
    body = (
        "สถานกงสุลตัวอย่างจัดบริการกงสุลสัญจร ณ วัดตัวอย่าง เมื่อวันที่ 6 กรกฎาคม 2570 "
        "โดยมีประชาชนเข้ารับบริการกว่า 419 ท่าน\n"
    )
    assert value_of(meeting_of(body, "กงสุลสัญจร").delegates_requested) is None


def test_a_thai_share_per_office_is_still_asked() -> None:
    body = "ขอเชิญส่งผู้แทนเข้าร่วมประชุม ในวันที่ 6 กรกฎาคม 2570 ณ ห้องประชุมตัวอย่าง หน่วยงานละ 2 ท่าน\n"
    assert value_of(meeting_of(body, "ขอเชิญประชุม").delegates_requested) == 2


def test_the_parts_of_a_thai_tally_of_those_who_came_ask_nobody() -> None:
    body = (
        "การประชุมรับฟังความคิดเห็น เมื่อวันที่ 6 กรกฎาคม 2570 ณ ห้องประชุมตัวอย่าง "
        "ผู้ร่วมรับฟังแยกตามกลุ่ม ได้แก่ ชาวบ้านตัวอย่าง จำนวน 64 คน\n"
        "เจ้าหน้าที่บริษัทที่ปรึกษาตัวอย่าง จำนวน 12 คน\n"
    )
    assert value_of(meeting_of(body, "รายงานการประชุม").delegates_requested) is None


def test_a_membership_listed_after_a_large_count_asks_nobody() -> None:
    body = (
        "The Example Union Assembly will be held on 3-7 May 2027 in Nairobi. The Union now "
        "counts 150 Member Parliaments,12 Associate Members and many observers.\n"
    )
    assert value_of(meeting_of(body, "Example Union Assembly").delegates_requested) is None


def test_a_small_list_of_counts_is_still_read() -> None:
    body = (
        "Each member office is invited to nominate 2 delegates, 1 adviser for the Example "
        "Workshop on 3 May 2027 in Nairobi.\n"
    )
    assert value_of(meeting_of(body, "Example Workshop").delegates_requested) == 2
