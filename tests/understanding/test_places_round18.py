"""Round eighteen: place and mode classes missed on test18 (tests/realmail/FAILURES.md, "Round
eighteen fixes (places23)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.geo import city_named
from bot.understanding.record import MessageKind, Mode
from tests.understanding.helpers import (
    assert_under_review,
    extract_text,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# M1. A postponement with no new day: online words of a way only weighed, or of the call that
# decided it, are not the way of the meeting put off.

_PUT_OFF = (
    "The Example Growers' Forum, planned for 12 to 14 May 2026 in Exampletown, has been "
    "postponed because of the pandemic. A new date will be announced later.\n\n"
)


def test_a_way_only_weighed_in_a_postponement_gives_no_mode() -> None:
    extraction = extract_text(
        _PUT_OFF + "While we could still run the forum by video conference, talks between "
        "growers would suffer too much.\n",
        "Growers' Forum postponed",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert extraction.meeting.mode is None


def test_the_call_that_decided_a_postponement_gives_no_mode() -> None:
    extraction = extract_text(
        _PUT_OFF + "The steering group agreed on the change during their meeting via "
        "videoconference last week.\n",
        "Growers' Forum postponed",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert extraction.meeting.mode is None


def test_a_thai_way_only_weighed_in_a_postponement_gives_no_mode() -> None:
    extraction = extract_text(
        "ขอแจ้งเลื่อนการประชุมสัมมนาเกษตรกรตัวอย่าง ซึ่งกำหนดจัดในวันที่ 12 พฤษภาคม 2569 ออกไป"
        "ก่อน เนื่องจากสถานการณ์การแพร่ระบาด และจะแจ้งกำหนดการใหม่ให้ทราบต่อไป\n\n"
        "คณะทำงานอาจจัดการประชุมผ่านระบบออนไลน์แทนในภายหลัง\n",
        "เลื่อนการประชุมสัมมนาเกษตรกรตัวอย่าง",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert extraction.meeting.mode is None


def test_guard_a_postponed_meeting_said_to_be_held_online_keeps_its_way() -> None:
    extraction = extract_text(
        _PUT_OFF + "When it meets, the forum will be held via Zoom for all members.\n",
        "Growers' Forum postponed",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert value_of(extraction.meeting.mode) is Mode.VIRTUAL


# M2. The way an earlier edition was held, said from its sentence's start.


def test_the_way_of_the_previous_edition_is_not_this_ones() -> None:
    meeting = news_meeting(
        "Exampleland will welcome the 9th Example Fisheries Ministers' Meeting from 3 to 5 June "
        "2026.\n\nThe previous meeting was conducted virtually, chaired by Person A in 2024.\n"
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL


def test_guard_this_editions_way_beside_the_previous_one_stays() -> None:
    meeting = news_meeting(
        "Unlike the previous meeting, the 9th Example Fisheries Ministers' Meeting will be held "
        "virtually from 3 to 5 June 2026.\n"
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


# M3. A way the times prevent is not the way the meeting is held.


def test_in_person_meetings_prevented_give_no_in_person_way() -> None:
    meeting = meeting_of(
        "Dear members,\n\nAll Example Society meetings are cancelled until further notice. "
        "As long as health rules prevent in-person meetings, our committee will look for ways "
        "to share talks.\n",
        "Example Society meetings cancelled",
    )
    assert value_of(meeting.mode) is not Mode.IN_PERSON


def test_guard_in_person_meetings_said_plainly_stay() -> None:
    meeting = meeting_of(
        "Dear members,\n\nThe Example Society meets in person on Tuesday 12 May 2026 at 7 pm.\n",
        "Example Society meeting",
    )
    assert value_of(meeting.mode) is Mode.IN_PERSON


# M4. "E-\nMeeting" broken at its hyphen by a PDF's line; "a video meeting".


def test_an_e_meeting_broken_at_its_hyphen_is_virtual() -> None:
    meeting = meeting_of(
        "บริษัท ตัวอย่าง จำกัด (มหาชน) จะจัดการประชุมผู้ถือหุ้นกู้ครั้งที่ 1/2569 ในวันที่ 20 "
        "พฤษภาคม 2569 เวลา 13.30 น. โดยเป็นการประชุมแบบ (E-\nMeeting) มีวาระดังนี้\n",
        "ประชุมผู้ถือหุ้นกู้",
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL
    assert rule_code(meeting.mode) == "mode.e_meeting"


def test_a_regular_video_meeting_is_virtual() -> None:
    meeting = meeting_of(
        "Hello all,\n\nWe are starting a monthly video meeting for contributors of the Example "
        "toolkit. The first one is on Thursday 7 May 2026 at 1300 UTC.\n",
        "Example toolkit contributors' hour",
    )
    assert_under_review(meeting.mode, Mode.VIRTUAL)
    assert rule_code(meeting.mode) == "mode.video_meeting"


def test_guard_a_video_of_the_meeting_says_no_way() -> None:
    meeting = meeting_of(
        "Hello all,\n\nThe Example toolkit contributors meet on Thursday 7 May 2026 at 1300 UTC. "
        "A video recording of the meeting goes up afterwards.\n",
        "Example toolkit contributors' hour",
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL


# P1. Thai: a city after its title where the meeting "จัดขึ้นใน" it; "ซ" written for "ช".


def test_a_thai_meeting_held_in_a_titled_city_gives_the_city() -> None:
    meeting = news_meeting(
        "ผู้แทนการค้าจะเข้าร่วมพิธีเปิดงานแสดงสินค้าตัวอย่างครั้งที่ 8 ที่จะจัดขึ้นในเมืองคุนหมิง ในวันที่ 14 พฤษภาคม 2569\n"
    )
    assert_under_review(meeting.city, "Kunming")


def test_guard_in_mueang_thai_is_the_country_not_a_city() -> None:
    meeting = news_meeting(
        "งานแสดงสินค้าตัวอย่างครั้งที่ 8 จะจัดขึ้นในเมืองไทยเป็นครั้งแรก ในวันที่ 14 พฤษภาคม 2569\n"
    )
    assert rule_code(meeting.city) != "city.thai_at"


def test_a_thai_city_spelt_with_so_for_cho_is_found() -> None:
    assert city_named("ทาซเคนต์") == city_named("ทาชเคนต์")
    assert city_named("ทาซเคนต์") is not None
    meeting = news_meeting(
        "คณะผู้แทนรัฐสภาเข้าร่วมการประชุมสมัชชาตัวอย่าง ที่กรุงทาซเคนต์ ระหว่างวันที่ 4-6 พฤษภาคม 2569\n"
    )
    assert value_of(meeting.city) == "Tashkent"


def test_guard_a_thai_word_with_so_is_no_city() -> None:
    assert city_named("ซื้อขาย") is None


# P2. Thai: the airport of the city they fly to, to attend the meeting.


def test_a_thai_flight_to_a_citys_airport_for_the_meeting_gives_the_city() -> None:
    meeting = news_meeting(
        "นายกรัฐมนตรีและคณะ เดินทางออกจากท่าอากาศยานทหาร ไปยังท่าอากาศยานนานาชาติตัวอย่าง "
        "(Example International Airport) กรุงโตเกียว ประเทศญี่ปุ่น เพื่อเข้าร่วมการประชุมผู้นำตัวอย่าง "
        "ในวันที่ 14 พฤษภาคม 2569\n"
    )
    assert_under_review(meeting.city, "Tokyo")
    assert "ท่าอากาศยาน" not in (value_of(meeting.venue) or "")


def test_guard_a_flight_with_no_meeting_gives_no_city() -> None:
    meeting = news_meeting(
        "นายกรัฐมนตรีและคณะ เดินทางออกจากท่าอากาศยานทหาร ไปยังท่าอากาศยานนานาชาติตัวอย่าง "
        "(Example International Airport) กรุงโตเกียว ประเทศญี่ปุ่น เพื่อพักผ่อนกับครอบครัว\n"
    )
    assert rule_code(meeting.city) != "city.arrived_for"


# P3. The place of an earlier edition, of a body's seat: not the meeting's.


def test_the_thai_first_editions_place_is_not_this_ones() -> None:
    meeting = news_meeting(
        "รัฐมนตรีตัวอย่างจะเป็นเจ้าภาพการหารือสี่ฝ่ายปีนี้ ส่วนในครั้งแรกได้จัดขึ้นที่นครนิวยอร์ก เมื่อสองปีก่อน\n"
    )
    assert value_of(meeting.city) != "New York"


def test_guard_a_meeting_held_for_the_first_time_in_a_city_keeps_it() -> None:
    meeting = news_meeting("การประชุมสี่ฝ่ายตัวอย่างจัดขึ้นเป็นครั้งแรกที่กรุงโตเกียว ในวันที่ 14 พฤษภาคม 2569\n")
    assert value_of(meeting.city) == "Tokyo"


def test_a_bodys_seat_is_not_the_meetings_city() -> None:
    meeting = news_meeting(
        "องค์กรตัวอย่างซึ่งมีสำนักงานใหญ่ ณ สิงคโปร์ ประกาศว่า งานประชุมตัวอย่างจะจัดขึ้นในปีหน้าแทน\n"
    )
    assert value_of(meeting.city) != "Singapore"
    english = news_meeting(
        "The Example Study Group, headquartered in Singapore, said the Example Summit is put "
        "off until next year.\n"
    )
    assert value_of(english.city) != "Singapore"


def test_guard_a_meeting_held_in_the_seats_city_keeps_it() -> None:
    meeting = news_meeting(
        "The Example Study Group will hold its annual meeting in Singapore on 14 May 2026.\n"
    )
    assert value_of(meeting.city) == "Singapore"


# P4. A heading's place line "Hotel - Town, Country" that only GeoNames knows.


def test_a_hotel_dash_city_country_line_gives_the_city() -> None:
    meeting = meeting_of(
        "Example Council - Preparatory Meeting\nDraft Agenda\nThursday 14 May, 2026\n"
        "Hotel Example - Georgetown, Guyana\n9:00 – 9:30\nRegistration\n",
        "Preparatory Meeting - Draft Agenda",
    )
    assert_under_review(meeting.city, "Georgetown")
    assert value_of(meeting.country) == "Guyana"


def test_guard_a_line_whose_country_is_not_the_citys_gives_no_city() -> None:
    meeting = meeting_of(
        "Example Council - Preparatory Meeting\nDraft Agenda\nThursday 14 May, 2026\n"
        "Hotel Example - Georgetown, Exampleland\n9:00 – 9:30\nRegistration\n",
        "Preparatory Meeting - Draft Agenda",
    )
    assert value_of(meeting.city) != "Georgetown"


# P5. A country, the subject of hosting.


def test_a_country_to_host_the_meeting_gives_the_country_under_review() -> None:
    meeting = news_meeting(
        "Malaysia to host regional fisheries ministers' meeting\n\nMalaysia will be hosting the "
        "9th Example Fisheries Ministers' Meeting next week.\n"
    )
    assert_under_review(meeting.country, "Malaysia")


def test_guard_a_city_to_host_gives_no_host_country() -> None:
    meeting = news_meeting("Exampletown to host regional fisheries ministers' meeting next week.\n")
    assert rule_code(meeting.country) != "country.host_country"


# M5. Thai: a meeting held "ผ่านโปรแกรม Hangouts Meet", the platform named after "ผ่าน".


def test_a_thai_meeting_through_hangouts_is_virtual() -> None:
    meeting = meeting_of(
        "สำนักงานตัวอย่างจัดประชุมบุคลากรประจำเดือนพฤษภาคม ผ่านโปรแกรม Hangouts Meet "
        "ในวันที่ 14 พฤษภาคม 2569 เวลา 09.30 น.\n",
        "ประชุมบุคลากรประจำเดือน",
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_guard_hangouts_not_after_phan_says_no_way() -> None:
    meeting = meeting_of(
        "Dear members,\n\nThe Example Society meets on Tuesday 12 May 2026 at 7 pm; afterwards "
        "we visit one of our usual hangouts nearby.\n",
        "Example Society meeting",
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL


# Review mends (mend19b): a first edition's way is this meeting's unless another is named.


def test_an_inaugural_meeting_held_virtually_is_virtual() -> None:
    meeting = news_meeting(
        "The inaugural meeting of the Example Orchard Council was held virtually on 12 May "
        "2026, with Person A in the chair.\n"
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL
    first = news_meeting(
        "The first meeting of the new Example Orchard Council was conducted by videoconference "
        "on 12 May 2026.\n"
    )
    assert value_of(first.mode) is Mode.VIRTUAL


def test_a_thai_first_meeting_held_online_is_virtual() -> None:
    meeting = news_meeting("การประชุมครั้งแรกของสภาตัวอย่างจัดขึ้นผ่านระบบออนไลน์ เมื่อวันที่ 12 พฤษภาคม 2569\n")
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_guard_the_first_editions_way_beside_this_years_is_not_this_ones() -> None:
    meeting = news_meeting(
        "The first Example Orchard Forum was held virtually in 2020, and this year's 7th forum "
        "meets in Exampletown from 3 to 5 June 2026.\n"
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL
    thai = news_meeting(
        "ครั้งแรกจัดขึ้นผ่านระบบออนไลน์ ส่วนปีนี้เมืองตัวอย่างเป็นเจ้าภาพการประชุมสวนผลไม้ ในวันที่ 3 มิถุนายน 2569\n"
    )
    assert value_of(thai.mode) is not Mode.VIRTUAL


# Review mends: a postponement's modal counts only in the clause of its online words.


def test_teachers_joining_online_in_a_thai_postponement_keep_the_way() -> None:
    extraction = extract_text(
        "ขอแจ้งเลื่อนการสัมมนาวิชาการตัวอย่าง ซึ่งกำหนดจัดในวันที่ 12 พฤษภาคม 2569 ออกไปเป็นวันที่ "
        "19 พฤษภาคม 2569\n\nอาจารย์และนักศึกษาจะเข้าร่วมผ่านระบบออนไลน์ตามเดิม\n",
        "เลื่อนการสัมมนาวิชาการตัวอย่าง",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert value_of(extraction.meeting.mode) is Mode.VIRTUAL


def test_reported_speech_of_the_way_in_a_postponement_keeps_it() -> None:
    extraction = extract_text(
        _PUT_OFF + "The chair told members that the forum would be held via Zoom when it meets.\n",
        "Growers' Forum postponed",
    )
    assert extraction.kind is MessageKind.POSTPONEMENT
    assert value_of(extraction.meeting.mode) is Mode.VIRTUAL


def test_a_modal_in_another_clause_does_not_weigh_the_way() -> None:
    extraction = extract_text(
        _PUT_OFF
        + "Members might ask about fees, but the forum will be held via Zoom when it meets.\n",
        "Growers' Forum postponed",
    )
    assert value_of(extraction.meeting.mode) is Mode.VIRTUAL


# Review mends: "ในครั้งแรก" is an earlier edition only when said in the past, not "ในครั้งแรกนี้".


def test_a_thai_first_edition_this_time_keeps_its_city() -> None:
    meeting = news_meeting(
        "ในครั้งแรกนี้ การประชุมหารือสี่ฝ่ายตัวอย่างจะจัดขึ้นที่กรุงโตเกียว ในวันที่ 14 พฤษภาคม 2569\n"
    )
    assert value_of(meeting.city) == "Tokyo"
