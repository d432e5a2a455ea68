"""Round twenty-three: Thai names of test23, venues and titles (tests/realmail/FAILURES.md,
"Round twenty-three fixes (thnames-r23)"), each in an invented text of the class's shape, with a
guard beside each: a near text the rule must leave as it was. The helpers are
tests/understanding/helpers.py's."""

from __future__ import annotations

from bot.understanding.fields.title import names_a_meeting
from tests.understanding.helpers import meeting_of, value_of

# Thai venues -----------------------------------------------------------------------------------


def test_a_temple_after_na_is_the_venue() -> None:
    meeting = meeting_of(
        "เมื่อวันพุธที่ 4 มีนาคม 2569 มีการประชุมชมรมผู้สูงอายุตัวอย่าง ณ วัดสมมุติธาราม ต.ตัวอย่าง"
        " อ.สมมุติ จ.นครปฐม โดยมีประธานชมรมกล่าวเปิดประชุม\n",
        "ชมรมตัวอย่างประชุมประจำเดือน",
    )
    assert value_of(meeting.venue) == "วัดสมมุติธาราม"


def test_guard_a_province_holds_no_temple() -> None:
    """Guard: "จังหวัด" holds the letters of "วัด": a province alone names no building."""
    meeting = meeting_of(
        "เมื่อวันพุธที่ 4 มีนาคม 2569 มีการประชุมชมรมผู้สูงอายุตัวอย่าง ณ จังหวัดนครปฐม"
        " โดยมีประธานชมรมกล่าวเปิดประชุม\n",
        "ชมรมตัวอย่างประชุมประจำเดือน",
    )
    assert meeting.venue is None


def test_a_district_community_hall_after_thi_is_the_venue_before_a_spaced_title() -> None:
    meeting = meeting_of(
        "ในวันจันทร์ 9 มีนาคม 2569 ที่ศาลาประชาคมอำเภอสมมุติ นาย ตัวอย่าง ใจดี นายอำเภอสมมุติ"
        " เป็นประธานการประชุมกำนันผู้ใหญ่บ้าน ประจำเดือนมีนาคม 2569\n",
        "อำเภอสมมุติประชุมกำนันผู้ใหญ่บ้าน",
    )
    assert value_of(meeting.venue) == "ศาลาประชาคมอำเภอสมมุติ"


def test_guard_a_room_named_for_a_person_keeps_the_name() -> None:
    """Guard: after a room's noun alone the person is the room's name, not the next clause."""
    meeting = meeting_of(
        "ในวันจันทร์ 9 มีนาคม 2569 ณ ห้องประชุม นาย สมมุติ มีการประชุมชมรมตัวอย่าง\n",
        "ชมรมตัวอย่างประชุมประจำเดือน",
    )
    assert value_of(meeting.venue) == "ห้องประชุม นาย สมมุติ"


def test_a_buildings_other_name_in_brackets_goes_on_to_its_temple() -> None:
    meeting = meeting_of(
        "วันที่ 5 มีนาคม 2569 เวลา 09.00 น. องค์การบริหารส่วนตำบลตัวอย่าง ได้จัดประชุมประชาคม"
        "หมู่บ้าน ณ อาคารอเนกประสงค์ (ลานกลาง) วัดสมมุติใหม่ หมู่ที่ 4 ตำบลตัวอย่าง เพื่อรับฟัง"
        "ความคิดเห็นของประชาชน\n",
        "ประชุมประชาคมหมู่บ้าน ประจำปี 2569",
    )
    assert value_of(meeting.venue) == "อาคารอเนกประสงค์ (ลานกลาง) วัดสมมุติใหม่"


def test_guard_an_aside_in_brackets_still_ends_the_place() -> None:
    """Guard: a bracket that is no name going on to a place is an aside: the place ends."""
    meeting = meeting_of(
        "วันที่ 5 มีนาคม 2569 เวลา 09.00 น. องค์การบริหารส่วนตำบลตัวอย่าง ได้จัดประชุมประชาคม"
        "หมู่บ้าน ณ อาคารอเนกประสงค์ (ตามมติสภา) เพื่อรับฟังความคิดเห็นของประชาชน\n",
        "ประชุมประชาคมหมู่บ้าน ประจำปี 2569",
    )
    assert value_of(meeting.venue) == "อาคารอเนกประสงค์"


def test_a_second_na_ends_a_first_place_phrase() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 6 มีนาคม 2569 เวลา 10.00 น. กงสุลใหญ่ ณ นครเซี่ยงไฮ้ เป็นประธาน ณ โรงแรม"
        " Example Garden นครเซี่ยงไฮ้ ในการพบปะชุมชนไทย\n",
        "สถานกงสุลใหญ่จัดกิจกรรมพบปะชุมชนไทย",
    )
    assert value_of(meeting.venue) == "โรงแรม Example Garden"


def test_guard_an_embassys_seat_keeps_its_na() -> None:
    """Guard: "สถานเอกอัครราชทูต ณ กรุง…" is the embassy's name, its "ณ" no second phrase."""
    meeting = meeting_of(
        "ขอเชิญชาวไทยร่วมงานวันชาติ ซึ่งมีพิธี ณ อาคารของสถานเอกอัครราชทูต ณ กรุงเวียนนา"
        " ในวันอาทิตย์ที่ 6 ธันวาคม 2569\n",
        "เชิญร่วมงานวันชาติ",
    )
    assert value_of(meeting.city) == "Vienna"


def test_a_temples_city_and_state_abroad_are_no_part_of_the_venue() -> None:
    meeting = meeting_of(
        "สถานเอกอัครราชทูตจะจัดกงสุลสัญจร ณ วัดสมมุติราม เมืองตัวอย่างวิลล์ รัฐโอไฮโอ วันที่ 8 – 9 สิงหาคม 2569\n",
        "กงสุลสัญจร",
    )
    assert value_of(meeting.venue) == "วัดสมมุติราม"


def test_guard_a_parliament_building_keeps_its_word() -> None:
    """Guard: "รัฐสภา" opens a parliament's building, no state."""
    meeting = meeting_of(
        "คณะกรรมาธิการตัวอย่างประชุม ณ ห้องประชุม 301 อาคารรัฐสภา ในวันที่ 8 สิงหาคม 2569\n",
        "คณะกรรมาธิการตัวอย่างประชุม",
    )
    assert value_of(meeting.venue) == "ห้องประชุม 301 อาคารรัฐสภา"


def test_a_temple_visited_ends_before_and_and_the_visit_verb() -> None:
    meeting = meeting_of(
        "เมื่อวันที่ 7 มีนาคม 2569 กงสุลใหญ่ได้เข้ากราบนมัสการพระสงฆ์ ณ วัดไทยตัวอย่างและเยี่ยมชม"
        "วัดฯ ซึ่งเป็นวัดไทยแห่งแรกในรัฐนี้ จากนั้นได้พบปะชุมชนไทย\n",
        "กงสุลใหญ่พบปะชุมชนไทย",
    )
    assert value_of(meeting.venue) == "วัดไทยตัวอย่าง"


def test_guard_a_glued_and_inside_a_centres_name_stays() -> None:
    meeting = meeting_of(
        "สมาคมตัวอย่างจะจัดการประชุมใหญ่สามัญประจำปี 2569 ณ ศูนย์ประชุมและแสดงสินค้าตัวอย่าง"
        " ในวันที่ 7 มีนาคม 2569\n",
        "การประชุมใหญ่สามัญประจำปี 2569",
    )
    assert value_of(meeting.venue) == "ศูนย์ประชุมและแสดงสินค้าตัวอย่าง"


def test_an_agendas_contest_item_is_no_other_events_place() -> None:
    """A meeting's agenda lists a contest won ("…CHAMPIONSHIP…"), in a paragraph of its own:
    the place is the meeting's."""
    meeting = meeting_of(
        "นายตัวอย่าง สมมุติ เป็นประธานในการประชุมคณะกรรมการบริหารวิทยาลัยตัวอย่าง ครั้งที่ 3/2569\n\n"
        'โดยมีวาระเรื่องเพื่อทราบ นักศึกษาคว้ารางวัล "EXAMPLE OPEN CHAMPIONSHIP 2026", รายงาน'
        "ผลการดำเนินงานประจำไตรมาส เมื่อวันพุธที่ 4 มีนาคม พ.ศ. 2569 ณ ห้องประชุมชั้น 3"
        " อาคารบริหารวิทยาลัย\n",
        "การประชุมคณะกรรมการบริหารวิทยาลัยตัวอย่าง ครั้งที่ 3/2569",
    )
    assert value_of(meeting.venue) == "ห้องประชุมชั้น 3 อาคารบริหารวิทยาลัย"


def test_guard_a_contests_place_without_an_agenda_is_another_events() -> None:
    meeting = meeting_of(
        'นักศึกษาวิทยาลัยตัวอย่างคว้ารางวัล "EXAMPLE OPEN CHAMPIONSHIP 2026" เมื่อวันพุธที่ 4 มีนาคม'
        " พ.ศ. 2569 ณ ห้องประชุมชั้น 3 อาคารกีฬาตัวอย่าง\n",
        "การประชุมคณะกรรมการบริหารวิทยาลัยตัวอย่าง ครั้งที่ 3/2569",
    )
    assert meeting.venue is None


# Thai titles -----------------------------------------------------------------------------------


def test_a_chain_of_short_forms_and_its_region_is_one_name() -> None:
    meeting = meeting_of(
        "ในช่วงวันที่ 3-5 มีนาคม 2569 รมว.ตัวอย่าง เดินทางไปร่วมประชุม รมว.กษ.อาเซียน\n",
        "รมว.ตัวอย่าง ร่วมประชุม รมว.กษ.อาเซียน ณ สมมุติ 3-5 มี.ค. 2569",
    )
    assert value_of(meeting.title_th) == "ประชุม รมว.กษ.อาเซียน"


def test_guard_a_headline_verb_glued_to_one_short_form_still_ends_the_name() -> None:
    meeting = meeting_of(
        "วันนี้ สภาตัวอย่างเปิดประชุม\n",
        "เลื่อนประชุมสภากทม.เสนองบประมาณ 2569",
    )
    assert value_of(meeting.title_th) == "ประชุมสภากทม."


def test_an_event_told_of_again_is_no_name_and_a_joined_press_event_is() -> None:
    subject = "สำนักงานตัวอย่างจังหวัดสมมุติ ร่วมงานแถลงข่าวต่อสื่อมวลชนประจำเดือนมีนาคม 2569"
    body = (
        f"{subject}\n\nนายตัวอย่าง ใจดี เป็นประธานพิธีแถลงข่าวต่อสื่อมวลชน เมื่อวันอังคารที่ 3 มีนาคม"
        " 2569 เวลา 10.00 น. ณ ห้องประชุมชั้น 2 โรงแรมตัวอย่าง และในงานนี้มีนายสมมุติ เข้าร่วมงาน"
        "ดังกล่าว โดยนำประกาศของสำนักงานเผยแพร่แก่สื่อมวลชน\n"
    )
    meeting = meeting_of(body, subject)
    assert value_of(meeting.title_th) == "งานแถลงข่าวต่อสื่อมวลชนประจำเดือนมีนาคม 2569"
    # a report of an event the office joined, not a ministry's briefing page: its kind is read
    # with its name
    assert names_a_meeting(meeting.title_th)


def test_guard_a_ministrys_weekly_briefing_keeps_its_name() -> None:
    meeting = meeting_of(
        "โฆษกกระทรวงตัวอย่างแถลงข่าวประจำสัปดาห์ ณ ห้องแถลงข่าว\n",
        "การแถลงข่าวประจำสัปดาห์ วันที่ 5 มีนาคม 2569",
    )
    assert value_of(meeting.title_th) == "การแถลงข่าวประจำสัปดาห์"


_RANKS_SUBJECT = "การประชุมเจ้าอาวาสตัวอย่าง ภายในเขตปกครองคณะสงฆ์สมมุติ 3"


def test_a_subjects_name_without_its_middle_is_the_texts_whole_name() -> None:
    """A monk presides ("เป็นองค์ประธาน"); the text's name lists ranks the headline dropped,
    then says whom it gathers ("ประกอบด้วย…"), which is no part of it."""
    meeting = meeting_of(
        "วันพุธที่ 4 มีนาคม 2569 พระครูตัวอย่าง เป็นองค์ประธานเปิดการประชุมเจ้าอาวาสตัวอย่าง"
        "ระดับเจ้าคณะอำเภอ รองเจ้าคณะอำเภอ และเจ้าคณะตำบล ภายในเขตปกครองคณะสงฆ์สมมุติ 3"
        " ประกอบด้วยจังหวัดนครปฐมและสุพรรณบุรี ณ ศาลาการเปรียญวัดตัวอย่าง\n",
        _RANKS_SUBJECT,
    )
    assert value_of(meeting.title_th) == (
        "การประชุมเจ้าอาวาสตัวอย่างระดับเจ้าคณะอำเภอ รองเจ้าคณะอำเภอ และเจ้าคณะตำบล"
        " ภายในเขตปกครองคณะสงฆ์สมมุติ 3"
    )


def test_guard_a_texts_name_with_another_end_leaves_the_subjects() -> None:
    meeting = meeting_of(
        "วันพุธที่ 4 มีนาคม 2569 พระครูตัวอย่าง เป็นองค์ประธานเปิดการประชุมเจ้าอาวาสตัวอย่าง"
        "ระดับเจ้าคณะอำเภอ ประจำปี 2569 ณ ศาลาการเปรียญวัดตัวอย่าง\n",
        _RANKS_SUBJECT,
    )
    assert value_of(meeting.title_th) == _RANKS_SUBJECT


_PREPARING = (
    "เมื่อวันที่ 2 กุมภาพันธ์ 2569 รัฐมนตรีตัวอย่าง ได้เป็นประธานการประชุมคณะทำงานระดับชาติเพื่อ"
    "เตรียมการจัดการประชุมสุดยอดตัวอย่าง ครั้งที่ 3 ณ ห้องประชุมกระทรวงตัวอย่าง โดยที่ประชุมรับทราบ"
    "ความคืบหน้า\n"
)


def test_a_preparing_meetings_place_is_not_the_prepared_ones() -> None:
    meeting = meeting_of(_PREPARING, "ไทยจะเป็นเจ้าภาพการประชุมสุดยอดตัวอย่าง ครั้งที่ 3")
    assert meeting.venue is None


def test_guard_a_notice_of_the_preparing_meeting_keeps_its_place() -> None:
    meeting = meeting_of(_PREPARING, "ประชุมคณะทำงานเตรียมการประชุมสุดยอดตัวอย่าง")
    assert value_of(meeting.venue) == "ห้องประชุมกระทรวงตัวอย่าง"
