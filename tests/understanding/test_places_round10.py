"""Round ten: place and mode classes missed on test10 (tests/realmail/FAILURES.md, "Round ten
fixes (places13)"), each in an invented text of the class's shape."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, read_of, value_of

# P2: a city named only for its clock is no place.


def test_a_city_named_for_the_hours_zone_is_no_place() -> None:
    meeting = meeting_of(
        "Example Steering Committee Call\n\n"
        "Anyone may join these calls.\n\n"
        "Our next call will be Wed, March 10th 2027, from 16-17 London time (convert to your "
        "own zone).\n",
        "Example Steering Committee Call - 2027-03-10",
    )
    assert value_of(meeting.city) is None
    assert meeting.country is None


def test_a_labelled_online_meetings_zone_names_no_city() -> None:
    meeting = meeting_of(
        "Example Working Group\nDate: 5 March 2027\nVenue: online, 14:00-16:00 (Geneva time)\n"
    )
    assert value_of(meeting.city) is None


def test_guard_a_venue_city_stays_beside_the_same_zone() -> None:
    meeting = meeting_of(
        "The Example Forum will be held on 10 March 2027 at the Example Hotel, Geneva, "
        "from 10:00 to 12:00 Geneva time.\n"
    )
    assert value_of(meeting.city) == "Geneva"


# P1: another room taken as the venue.


def test_a_calls_online_room_is_no_venue_and_the_call_is_virtual() -> None:
    meeting = meeting_of(
        "We talk fortnightly in our UberConference room, 16-17 UTC. "
        "The next one is on 10 March 2027.\n"
    )
    assert value_of(meeting.venue) is None
    mode, confidence = read_of(meeting.mode)
    assert mode is Mode.VIRTUAL
    assert confidence < 0.8


def test_a_city_named_for_the_hours_zone_gives_way_to_the_place_beside_it() -> None:
    """One phrase may name both: the hours' city is still no place of the meeting's."""
    meeting = meeting_of(
        "Dear colleagues,\n\nThe Council will meet on 5 March 2027, 16-17 London time, at the "
        "Ministry of Example Affairs, Bangkok.\n"
    )
    assert value_of(meeting.city) == "Bangkok"
    assert value_of(meeting.venue) == "Ministry of Example Affairs"


def test_a_spokespersons_room_is_no_venue_of_the_meeting_elsewhere() -> None:
    meeting = meeting_of(
        "เมื่อเวลา 15.30 น. วันที่ 2 ส.ค. 2570 ที่ทำเนียบรัฐบาล นายสมมุติ ตัวอย่าง "
        "รองโฆษกรัฐบาล แถลงว่า ที่ประชุมรับทราบแนวทางการจัดประชุม"
        "คณะทำงานตัวอย่างนอกสถานที่\n\n"
        "กำหนดประชุมวันที่ 21-22 ส.ค. 2570 เบื้องต้นคาดว่าจะเป็น จ.ขอนแก่น\n",
        "ประชุมคณะทำงานตัวอย่างนอกสถานที่ 21-22 ส.ค.",
    )
    assert value_of(meeting.venue) is None


def test_a_press_room_is_no_venue() -> None:
    meeting = meeting_of(
        "คณะทำงานตัวอย่างจะประชุมนอกสถานที่ระหว่างวันที่ 27 – 28 พ.ย. 2570 ณ จ.ขอนแก่น\n\n"
        "วันนี้ (7 พ.ย. 70) เวลา 13.40 น. ณ ศูนย์แถลงข่าวรัฐบาล ทำเนียบรัฐบาล หลังการประชุม"
        "ประจำสัปดาห์จบลง\n",
        "คณะทำงานตัวอย่างจะประชุมนอกสถานที่ 27 – 28 พ.ย.",
    )
    assert value_of(meeting.venue) is None
    assert value_of(meeting.city) == "Khon Kaen"


def test_guard_a_meeting_held_in_a_press_room_keeps_it() -> None:
    """A press room is often where a ministry meets: a verb of holding before it in its
    paragraph makes it the meeting's, as it does beside a spokesperson."""
    english = meeting_of(
        "The meeting will be held on 5 March 2027 at the Press Centre, Ministry of Example "
        "Affairs, Bangkok.\n"
    )
    assert value_of(english.venue) == "Press Centre, Ministry of Example Affairs"
    assert value_of(english.city) == "Bangkok"
    thai = meeting_of(
        "ขอเชิญประชุม ในวันที่ 5 มีนาคม 2570 เวลา 09.30 น. ณ ห้องแถลงข่าว ชั้น 1 กระทรวงตัวอย่าง\n",
        "ขอเชิญประชุมคณะทำงานตัวอย่าง",
    )
    assert (value_of(thai.venue) or "").startswith("ห้องแถลงข่าว")


def test_an_english_spokesmans_room_is_no_venue() -> None:
    meeting = meeting_of(
        "At a briefing at Example House on 2 March 2027, the spokesman said that the Example "
        "Ministers will meet again on 5 May 2027.\n"
    )
    assert value_of(meeting.venue) is None


def test_guard_a_place_said_held_keeps_it_beside_a_spokesman() -> None:
    meeting = meeting_of(
        "The Example Summit will be held at the Example Convention Centre in Vientiane on 5 May "
        "2027, a spokesman said.\n"
    )
    assert value_of(meeting.venue) == "Example Convention Centre"


def test_guard_a_press_conference_without_a_spokesperson_keeps_its_room() -> None:
    meeting = meeting_of(
        "วันที่ 8 พฤศจิกายน 2570 ณ ห้องประชุมตัวอย่าง 1-2 ชั้น 1 โรงแรมตัวอย่าง เชียงใหม่ "
        "ผู้อำนวยการองค์การตัวอย่าง เข้าร่วมงานแถลงข่าวการเป็นเจ้าภาพการจัดงาน Example "
        "Forum 2028\n",
        "แถลงข่าวการเป็นเจ้าภาพการจัดงาน Example Forum 2028",
    )
    assert (value_of(meeting.venue) or "").startswith("ห้องประชุมตัวอย่าง")


def test_a_desk_before_the_chamber_is_no_venue_and_the_headings_room_is() -> None:
    meeting = meeting_of(
        "ระเบียบวาระการประชุมสภาตัวอย่าง\n"
        "ครั้งที่ 28\n"
        "วันอังคารที่ 2 มีนาคม 2570\n"
        "เวลา 09.30 น.\n"
        "ห้องประชุมสภาตัวอย่าง\n"
        "หมายเหตุ :\n\n"
        "1. สมาชิกที่ต้องการหารือกับประธานโปรดลงชื่อล่วงหน้า ณ "
        "โต๊ะลงชื่อของสมาชิก บริเวณหน้าห้องประชุมสภาตัวอย่าง "
        "ตั้งแต่เวลา 08.15 นาฬิกา\n",
        "ระเบียบวาระการประชุมสภาตัวอย่าง ครั้งที่ 28",
    )
    assert value_of(meeting.venue) == "ห้องประชุมสภาตัวอย่าง"


def test_a_rooms_name_cut_where_the_text_stops_names_no_room() -> None:
    meeting = meeting_of(
        "ประธานสภาตัวอย่างได้มีคำสั่งให้นัดประชุมสภาตัวอย่าง ครั้งที่ 1 วันจันทร์ที่ 15 "
        "ธันวาคม 2570 เวลา 09.30 น. ณ ห้องป\n"
    )
    assert value_of(meeting.venue) is None


def test_a_floors_letter_and_an_embassy_go_on_in_the_rooms_name() -> None:
    meeting = meeting_of(
        "เวลา 09.00 น.             แขกลงทะเบียน ณ ห้องตัวอย่าง ชั้น G "
        "สถานเอกอัครราชทูตฯ\n\nในวันอาทิตย์ที่ 1 ธันวาคม 2570\n"
    )
    assert value_of(meeting.venue) == "ห้องตัวอย่าง ชั้น G สถานเอกอัครราชทูตฯ"


def test_a_rank_opens_a_persons_name_after_the_room() -> None:
    meeting = meeting_of(
        "วันที่ 3 มีนาคม 2570 เวลา 10.00 น. ณ ห้องประชุมตัวอย่าง พ.อ.สมมุติ ใจดี "
        "ผู้กำกับการตัวอย่าง เป็นประธานการประชุมคณะทำงานตัวอย่าง\n"
    )
    assert value_of(meeting.venue) == "ห้องประชุมตัวอย่าง"


def test_a_buildings_other_name_in_brackets_and_a_jubilee_go_on_to_the_city() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 31 พฤษภาคม 2570 นายสมมุติ ตัวอย่าง เป็นประธานในการประชุมคณะทำงานตัวอย่าง "
        "ณ ห้องประชุม 1 สำนักงานตัวอย่าง อาคารตัวอย่าง(อาคาร C) ศูนย์ราชการเฉลิมพระเกียรติ "
        "80 พรรษา ถนนแจ้งวัฒนะ กรุงเทพฯ\n"
    )
    assert "(อาคาร C)" in (value_of(meeting.venue) or "")
    assert value_of(meeting.city) == "Bangkok"


def test_a_floors_number_at_a_wrapped_line_end_is_no_part_of_the_next_word() -> None:
    meeting = meeting_of(
        "สมาคมตัวอย่างได้กำหนดจัดประชุมใหญ่สามัญประจำปี 2569 ในวันอาทิตย์ที่\n"
        "24 มีนาคม 2570 ณ ห้องประชุมใหญ่ตัวอย่างแกรนด์ฮอลล์ อาคารตัวอย่าง ชั้น 5\n"
        "โรงแรมตัวอย่าง แอร์พอร์ท อำเภอคลองหลวง จังหวัดปทุมธานี ตามข้อบังคับสมาคม\n"
    )
    assert "โรงแรมตัวอย่าง" in (value_of(meeting.venue) or "")


# M1: calls read as in person.


def test_a_named_call_platform_holds_the_meeting_online() -> None:
    meeting = meeting_of(
        "The Board's special meeting is called for Monday 3 May 2027 at 11:15 AM. "
        "Directors will meet electronically using the platform Go To Meeting. Any "
        "business properly brought will be dealt with.\n"
    )
    mode, confidence = read_of(meeting.mode)
    assert mode is Mode.VIRTUAL
    assert confidence < 0.8


def test_online_in_brackets_after_the_meetings_name() -> None:
    meeting = meeting_of(
        "Example Group Meeting (online) - Tue, April 6 2027 @ 20:00 UTC\n\nMeeting details\n",
        "Example Group Meeting (online) - Tue, April 6 2027 @ 20:00 UTC",
    )
    assert read_of(meeting.mode)[0] is Mode.VIRTUAL


def test_in_person_with_the_public_online_is_hybrid() -> None:
    meeting = meeting_of(
        "The Chair has called a meeting on Wednesday, 15 December 2027 at 1:30PM.\n\n"
        "This meeting will be convened in person, but the public may\n"
        "participate virtually through Zoom or the Council's channels.\n"
    )
    mode, confidence = read_of(meeting.mode)
    assert mode is Mode.HYBRID
    assert confidence < 0.8


def test_a_thai_video_conference_wrapped_before_its_system_is_read() -> None:
    meeting = meeting_of(
        "วันอังคารที่ 4 กุมภาพันธ์ 2570 เวลา 16.00 น. ผู้ว่าราชการจังหวัดตัวอย่าง เข้าร่วมประชุม\n"
        "เรื่องการรับมือน้ำท่วมในฤดูฝนที่จะมาถึง ผ่าน\n"
        "ระบบวีดิทัศน์ทางไกล ซึ่งรองนายกรัฐมนตรีนั่งเป็นประธานจากส่วนกลาง\n"
        "ณ ห้องประชุมตัวอย่าง ศาลากลางจังหวัดระยอง\n"
    )
    assert read_of(meeting.mode)[0] in (Mode.HYBRID, Mode.VIRTUAL)


def test_a_royal_audiences_hall_is_no_venue_of_the_sittings() -> None:
    meeting = meeting_of(
        "เรื่อง งดการประชุมสภาตัวอย่าง\n"
        "ปรากฏว่าในวันพฤหัสบดีที่ 23 ธันวาคม 2570 สมาชิกได้รับพระราชทานพระบรมราชวโรกาส"
        "เข้าเฝ้าทูลละอองธุลีพระบาท ในพิธีสำคัญ เวลา 16.00 นาฬิกา ณ ศาลาตัวอย่าง "
        "สวนตัวอย่าง จึงงดการประชุมในวันดังกล่าว\n",
        "งดการประชุมสภาตัวอย่าง",
    )
    assert value_of(meeting.venue) is None


def test_a_room_in_the_sentence_that_calls_the_meeting() -> None:
    meeting = meeting_of(
        "An Administrative Meeting is called by the Chair for Wednesday, December 15, 2027 at "
        "1:30PM in the Chair's Conference Room of the Example Building.\n"
    )
    assert value_of(meeting.venue) == "Chair's Conference Room of the Example Building"
    assert meeting.venue is not None
    assert meeting.venue.confidence < 0.8


# P3/P4: another meeting's city.


def test_a_committees_next_session_with_its_own_days_is_not_this_sessions_city() -> None:
    meeting = meeting_of(
        "We hold a briefing for the members of the Example "
        "Committee on Tuesday, 5 October 2027, in Room XI from 3 "
        "to 5 p.m.\n\nThe Chair will report what the host country has done so far to "
        "prepare for the next "
        "session of the Committee in Jeju Island, Republic of Korea (6-11 December 2027).\n"
    )
    assert value_of(meeting.city) is None
    assert meeting.timezone is None or meeting.timezone.value != "Asia/Seoul"


def test_guard_a_meetings_city_with_its_own_days_in_brackets_stays() -> None:
    meeting = meeting_of(
        "The Secretariat invites Member States to the information session on 6 December 2027. "
        "The session is hosted in Jeju Island, Republic of Korea (6 December 2027).\n"
    )
    assert value_of(meeting.city) == "Jeju"


def test_the_thai_meeting_a_decision_followed_is_not_this_meetings_place() -> None:
    meeting = meeting_of(
        "คณะกรรมการตัวอย่างจะเปิดประชุมสมัยพิเศษในเดือนตุลาคม 2570 ตามมติที่ได้มา"
        "หลังจากการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 6 วันที่ 14-15 มิถุนายน 2570 "
        "ณ กรุงพนมเปญ\n",
        "คณะกรรมการตัวอย่างจะจัดการประชุมสมัยพิเศษ",
    )
    assert value_of(meeting.city) != "Phnom Penh"


def test_a_hospital_and_a_centenary_building_go_on_in_the_place() -> None:
    hospital = meeting_of(
        "จัดการประชุม ในวันที่ 20 - 21 กรกฎาคม 2570 ณ อาคารผู้ป่วยนอก โรงพยาบาลตัวอย่าง จังหวัดขอนแก่น\n"
    )
    assert value_of(hospital.venue) == "อาคารผู้ป่วยนอก โรงพยาบาลตัวอย่าง"
    centenary = meeting_of(
        "วันนี้ (27 ม.ค. 2570) ณ หอประชุมใหญ่ อาคาร 100 ปี มหาวิทยาลัยตัวอย่างพระนครศรีอยุธยา"
        " จัดการสัมมนาตัวอย่าง\n"
    )
    assert value_of(centenary.venue) == "หอประชุมใหญ่ อาคาร 100 ปี มหาวิทยาลัยตัวอย่างพระนครศรีอยุธยา"
