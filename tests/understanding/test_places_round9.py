"""Round nine: place, mode and delegate classes missed on test9 (tests/realmail/FAILURES.md,
"Round nine fixes (places12)"), each in an invented text of the class's shape."""

from __future__ import annotations

from bot.reading.document import Attachment
from bot.understanding.record import MeetingRecord, Mode
from tests.understanding.helpers import (
    assert_held_unseen,
    extract,
    mail,
    meeting_of,
    read_of,
    value_of,
)


def _place(meeting: MeetingRecord) -> tuple[str | None, str | None]:
    return value_of(meeting.city), value_of(meeting.country)


# Mode: words of "virtual" or "webinar" that are about something else.


def test_virtually_all_is_almost_all_not_an_online_meeting() -> None:
    meeting = meeting_of(
        "The two-day meeting, which opens on 25 October, brings together virtually all of the "
        "regional example processes to strengthen their cooperation.\n"
    )
    assert read_of(meeting.mode)[0] is None


def test_a_webinar_before_the_workshop_is_another_session() -> None:
    meeting = meeting_of(
        "The Example Workshop on reporting will be held on 26-27 October 2027 in Example City. "
        "The workshop will be preceded by a mandatory webinar giving an introduction to the "
        "framework. The webinar is tentatively scheduled to take place on 13 October 2027.\n"
    )
    mode, confidence = read_of(meeting.mode)
    assert mode != Mode.VIRTUAL or confidence < 0.8


def test_a_series_of_workshops_and_webinars_names_a_programme() -> None:
    meeting = meeting_of(
        "The Example Workshop will be held on 4 May 2027. The workshop is part of a series of "
        "capacity-building workshops and webinars organised by the Example Secretariat.\n"
    )
    assert read_of(meeting.mode)[0] != Mode.VIRTUAL


def test_a_virtual_meeting_considered_and_a_quoted_virtual_are_no_statement() -> None:
    meeting = meeting_of(
        "The Annual General Meeting of the Example Society, due on 18 April 2027, is postponed "
        "until further notice. We have considered the possibility of holding a virtual AGM, but "
        "this would exclude some members. A 'virtual' committee meeting will be held monthly "
        "by email to review the situation.\n"
    )
    assert read_of(meeting.mode)[0] != Mode.VIRTUAL


def test_a_meeting_held_virtually_stays_virtual() -> None:  # guard
    meeting = meeting_of("The Example Council meeting will be held virtually on 4 May 2027.\n")
    assert_held_unseen(meeting.mode, Mode.VIRTUAL)


# Places: a city's name shared by a larger city elsewhere.


def test_a_city_is_the_one_in_the_country_written_after_it() -> None:
    meeting = meeting_of(
        "Example Workshop on Reporting\n\n26-27 October 2027 – San Jose, Costa Rica\n\n"
        "Dear Madam/Sir, the workshop will bring together experts of the region.\n"
    )
    assert _place(meeting) == ("San José", "Costa Rica")


def test_held_in_a_city_and_its_country_picks_the_city_of_that_country() -> None:
    meeting = meeting_of(
        "The Example Workshop will be held on 26-27 October 2027 in San Jose, Costa Rica.\n"
    )
    assert _place(meeting)[0] == "San José"


# Delegates: counts that ask nobody.


def _delegates(body: str) -> int | None:
    return value_of(meeting_of(body).delegates_requested)


def test_a_thai_report_of_representatives_sent_about_ten_asks_for_none() -> None:
    assert (
        _delegates(
            "เมื่อวันที่ 16 มิถุนายน 2570 เอกอัครราชทูตได้เชิญชุมชนไทยร่วมประชุมหารือกัน "
            "โดยร้านอาหารไทยและชุมชนไทย ได้ส่งผู้แทนเข้าร่วมประมาณ 10 คน\n"
        )
        is None
    )


def test_a_thai_count_of_all_who_came_asks_for_none() -> None:
    assert (
        _delegates("การประชุมคณะกรรมการตัวอย่างในวันนี้ ปรากฏว่า กรรมการฝ่ายนายจ้างมาร่วมประชุมครบทั้ง 5 คน\n")
        is None
    )


def test_about_ten_participants_is_an_estimate() -> None:
    assert _delegates("The Example Forum will gather about 10 participants in May 2027.\n") is None


def test_delegations_from_ten_member_countries_of_a_group_are_a_total() -> None:
    assert (
        _delegates(
            "The Example Forum was held on 25-26 October 2027. The delegations came from 10 "
            "member Example countries, government sector and civil society.\n"
        )
        is None
    )


def test_a_thai_request_for_two_representatives_stays() -> None:  # guard
    assert _delegates("จึงขอให้มอบหมายผู้แทนเข้าร่วมประชุม จำนวน 2 คน\n") == 2


def test_a_thai_count_of_members_who_came_asks_for_none() -> None:
    assert (
        _delegates("เมื่อถึงเวลาประชุม ปรากฏว่า มีกรรมการเข้าร่วมประชุมเพียง 9 คน จากกรรมการทั้งหมด\n") is None
    )


def test_a_fair_held_in_another_city_is_not_the_meetings_place() -> None:
    meeting = meeting_of(
        "The first Example Officials' Meeting reached a successful conclusion on Wednesday "
        "7 May in Colombo with agreement on key principles.\n\n\n"
        "Four Example inventors won two gold medals at the 42nd International Exhibition of "
        "Inventions held from 2-6 April 2027 in Geneva.\n",
        "Example Officials' Meeting concluded",
    )
    assert _place(meeting)[0] != "Geneva"


def test_an_exhibition_the_subject_names_is_held_where_it_says() -> None:  # guard
    meeting = meeting_of(
        "The Example Food Exhibition 2027 will be held from 2-6 April 2027 in Geneva.\n",
        "Example Food Exhibition 2027",
    )
    assert _place(meeting)[0] == "Geneva"


def test_a_conference_and_exhibition_held_in_a_city_is_the_meetings() -> None:  # guard
    meeting = meeting_of(
        "The Example Conference and Exhibition will be held from 2-6 April 2027 in Geneva.\n"
    )
    assert _place(meeting)[0] == "Geneva"


# Places: the words a report or a notice says a meeting is held in a city with.


def test_ministers_will_gather_in_a_city() -> None:
    meeting = meeting_of(
        "Ministers of the six example countries will gather in Vientiane, Lao People's "
        "Democratic Republic, on 14-16 December 2027, for their annual meeting.\n"
    )
    assert _place(meeting)[0] == "Vientiane"


def test_a_consultation_will_start_in_a_city() -> None:
    meeting = meeting_of(
        "The Seventh Example Dialogue Ministerial Consultation will start in Dubai on "
        "Saturday, 10 February 2027.\n"
    )
    assert _place(meeting)[0] == "Dubai"


def test_a_meeting_next_week_in_a_countrys_capital() -> None:
    meeting = meeting_of(
        "A meeting next week in the Botswana capital, Gaborone, will bring together example "
        "bodies from around the world.\n"
    )
    assert _place(meeting)[0] == "Gaborone"


def test_delegates_arriving_in_the_island_of_a_meeting() -> None:
    meeting = meeting_of(
        "13 May 2027 – Example delegates have started arriving in the island paradise of "
        "Boracay for the two-week Second Example Senior Officials' Meeting.\n"
    )
    assert _place(meeting) == ("Boracay", "Philippines")


def test_a_thai_spelling_of_naypyidaw() -> None:
    meeting = meeting_of(
        "กรมตัวอย่างประชุมระดับวิชาการ ณ กรุงเนปิดอร์ สาธารณรัฐแห่งสหภาพเมียนมา\n",
        "กรมตัวอย่างประชุมระดับวิชาการ",
    )
    assert _place(meeting) == ("Nay Pyi Taw", "Myanmar")


def test_a_thai_resort_whose_name_ends_with_its_noun_and_its_province() -> None:
    meeting = meeting_of(
        "ทั้งสองฝ่ายได้จัดให้มีการประชุมคณะกรรมการตัวอย่าง ณ ประเทศไทย ที่บ้านตัวอย่างรีสอร์ท "
        "อำเภอคลองใหญ่ จังหวัดตราด เพื่อร่วมกันหารือ\n",
        "ประชุมคณะกรรมการตัวอย่าง",
    )
    assert value_of(meeting.venue) == "บ้านตัวอย่างรีสอร์ท"
    assert _place(meeting) == ("Trat", "Thailand")


def test_a_thai_border_checkpoint_is_a_venue() -> None:
    meeting = meeting_of(
        "กองบัญชาการตัวอย่าง จัดประชุมหารือความร่วมมือ ณ จุดผ่านแดนถาวรบ้านตัวอย่าง "
        "อ.โป่งน้ำร้อน จ.จันทบุรี โดยมีผู้บัญชาการเป็นประธาน\n",
        "ประชุมหารือความร่วมมือ",
    )
    assert value_of(meeting.venue) == "จุดผ่านแดนถาวรบ้านตัวอย่าง"


def test_a_hotel_named_for_its_city_gives_the_city_under_review() -> None:
    meeting = meeting_of("The workshop will be held at Hotel Example Campeche Malecón.\n")
    assert meeting.city is not None
    assert (meeting.city.value, meeting.city.confidence) == ("Campeche", 0.6)


def test_a_smaller_places_name_in_a_hotels_name_is_no_other_city() -> None:  # guard
    meeting = meeting_of("The workshop will be held at the Example Palm Springs Hotel.\n")
    assert _place(meeting)[0] != "Springs"


# Mode: a meeting joined by video from an office's room.


def test_a_workshop_chaired_through_video_conference_from_a_room_is_not_in_person() -> None:
    meeting = meeting_of(
        "On 4 November 2027, at 10.30 hours, the Example Secretary chaired the Example "
        "Preparation Workshop through video conference, with representatives of example "
        "agencies. The meeting took place at the Example Meeting Room, 5th Floor, Example "
        "Ministry. The accommodation of the speakers was arranged by the Ministry.\n"
    )
    assert read_of(meeting.mode)[0] in (Mode.HYBRID, Mode.VIRTUAL)


def test_officials_who_participated_in_remote_discussions() -> None:
    meeting = meeting_of(
        "On 23 July 2027, the Example Officials participated in remote discussions with their "
        "counterparts, which took place at the Example Meeting Room, 5th floor, Example "
        "Ministry.\n"
    )
    assert read_of(meeting.mode)[0] in (Mode.HYBRID, Mode.VIRTUAL)


def test_a_thai_rehearsal_for_a_video_conference_gives_the_meetings_way_not_its_room() -> None:
    meeting = meeting_of(
        "วันอาทิตย์ที่ 21 มิถุนายน 2570 เวลา 10.00 น. ณ ห้องประชุม ชั้น 8 อาคารกรมตัวอย่าง "
        "โดยการสนับสนุนจากศูนย์เทคโนโลยีตัวอย่าง ได้เข้าร่วมซักซ้อมเพื่อเตรียมความพร้อมด้านเทคนิค "
        "สำหรับการประชุมผ่านระบบทางไกล (Video conference) ร่วมกับประเทศสมาชิก ผ่านระบบ CISCO "
        "JABBER ในการประชุมเจ้าหน้าที่อาวุโสตัวอย่าง ครั้งที่ 28 ซึ่งจะจัดขึ้นในวันจันทร์ที่ 22 "
        "มิถุนายน 2570\n",
        "การซักซ้อมเพื่อเตรียมความพร้อม",
    )
    assert value_of(meeting.venue) is None
    assert read_of(meeting.mode)[0] == Mode.VIRTUAL


def test_going_over_an_understanding_is_no_rehearsal() -> None:  # guard
    meeting = meeting_of(
        "อธิบดีกรมตัวอย่าง เป็นประธานการประชุมเตรียมการ ณ ห้องประชุมตัวอย่าง 2 ชั้น 14 "
        "กรมตัวอย่าง โดยเป็นการเตรียมการด้านสารัตถะและซักซ้อมความเข้าใจในประเด็นที่จะเจรจา\n",
        "ประชุมเตรียมการ",
    )
    assert value_of(meeting.venue) == "ห้องประชุมตัวอย่าง 2 ชั้น 14 กรมตัวอย่าง"


def test_a_teams_check_ins_and_a_payment_card_are_no_travel() -> None:
    meeting = meeting_of(
        "Example Team Meeting agenda\n\nThe Example Team bi-weekly meeting is happening this "
        "week on 18 February 2027.\n\nAgenda\nDeputy / Mentor / Contributor check-ins\n"
        "Fees may be paid in cash or by credit card (Visa or Mastercard).\n"
    )
    assert read_of(meeting.mode)[0] != Mode.IN_PERSON


def test_the_bangkok_area_a_rule_covers_is_no_meeting_place() -> None:
    meeting = meeting_of(
        "ที่ประชุมคณะกรรมการตัวอย่างได้พิจารณาอัตราค่าจ้าง ทั้งนี้สำหรับพื้นที่กรุงเทพมหานคร "
        "จะมีการแต่งตั้งคณะอนุกรรมการตัวอย่างต่อไป\n",
        "การประชุมคณะกรรมการตัวอย่าง",
    )
    assert _place(meeting)[0] is None


def test_calls_held_with_google_meet_or_jitsi_are_virtual() -> None:
    meeting = meeting_of(
        "The Example Council will hold quarterly community calls.\n"
        "Use either Google Meet and Jitsi\nDuration will be 1 hour.\n"
        "Tuesday, 20 April 2027\n"
    )
    assert read_of(meeting.mode)[0] == Mode.VIRTUAL


def test_one_passing_virtual_word_in_an_attachment_is_under_review() -> None:
    body = "Please find the note attached.\n"
    words = "The Example Meeting on 4 May 2027: video conference details to follow.\n"
    note = Attachment(filename="note.txt", content_type="text/plain", size=len(words), text=words)
    meeting = extract(mail(body, "Example Meeting", attachments=(note,))).meeting
    mode, confidence = read_of(meeting.mode)
    assert mode == Mode.VIRTUAL
    assert confidence < 0.8


# Places: a city with its country after a Thai "ที่" or a verb of going; a city in brackets.


def test_a_thai_city_and_its_country_after_a_spaced_thi() -> None:
    meeting = meeting_of(
        "กรมตัวอย่างเข้าร่วมการประชุมระดับภูมิภาค ครั้งที่ 16 ขององค์การตัวอย่าง ที่\n"
        "บาหลี ประเทศอินโดนีเซีย ระหว่างวันที่ 5 - 9 ธันวาคม 2570\n",
        "การประชุมระดับภูมิภาค",
    )
    assert _place(meeting) == ("Bali", "Indonesia")


def test_a_minister_travelling_to_a_city_of_a_country_to_attend() -> None:
    meeting = meeting_of(
        "รัฐมนตรีตัวอย่างจะเดินทางเยือนเวียงจันทน์ สปป. ลาว ระหว่างวันที่ 19 - 20 กุมภาพันธ์ 2570 "
        "เพื่อเข้าร่วมการประชุมรัฐมนตรีตัวอย่าง\n",
        "การประชุมรัฐมนตรีตัวอย่าง",
    )
    assert _place(meeting) == ("Vientiane", "Lao PDR")


def test_a_meetings_city_in_brackets_after_its_name() -> None:
    meeting = meeting_of(
        "The 37th Example Working Group Meeting and the 16th Example Network Meeting (Boracay)\n\n"
        "The agenda is attached.\n"
    )
    assert _place(meeting)[0] == "Boracay"


def test_a_thai_province_geonames_has_no_thai_name_for() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมคณะทำงานตัวอย่าง ณ ห้องประชุมศาลากลาง จังหวัดบึงกาฬ อำเภอเมืองบึงกาฬ "
        "ในวันที่ 4 พฤษภาคม 2570\n",
        "ขอเชิญประชุมคณะทำงานตัวอย่าง",
    )
    assert _place(meeting) == ("Bueng Kan", "Thailand")


def test_a_diseases_number_before_a_persons_name_is_no_count() -> None:
    assert (
        _delegates("รัฐมนตรีตัวอย่างจะร่วมการประชุมสมัยพิเศษว่าด้วยโควิด-19 Person A จะเข้าร่วมการประชุม\n")
        is None
    )


def test_a_city_named_for_a_time_zone_is_no_place() -> None:
    meeting = meeting_of(
        "The Example Virtual Poster Session will be on 4 May 2027.\n\n"
        "The time zone is GMT 7+ (Bangkok)\n"
    )
    assert _place(meeting)[0] is None


def test_a_city_in_brackets_after_a_gmt_offset_is_the_zones() -> None:
    meeting = meeting_of(
        "The Example Virtual Poster Session opens on 4 May 2027 at 10:00 GMT+7 (Bangkok).\n"
    )
    assert _place(meeting)[0] is None


def test_a_country_hosting_the_meeting_is_its_country() -> None:
    meeting = meeting_of(
        "The Example Regional Committee, the annual governing body meeting in the region, being "
        "hosted by Bhutan this year, will be held from September 5 to 9.\n"
    )
    assert meeting.country is not None
    assert (meeting.country.value, meeting.country.confidence) == ("Bhutan", 0.6)


# Places: a Thai place right after the day or the hour.


def test_a_thai_school_after_the_year_and_thi() -> None:
    meeting = meeting_of(
        "เมื่อเวลา 13.30 น. วันที่ 29 มิถุนายน 2570 ที่โรงเรียนเทศบาลตัวอย่าง 4 (บ้านตัวอย่าง) "
        "นายกเทศมนตรีเป็นประธานการประชุมผู้ปกครอง\n",
        "ประชุมผู้ปกครอง",
    )
    assert value_of(meeting.venue) == "โรงเรียนเทศบาลตัวอย่าง 4"


def test_a_thai_room_right_after_the_hour() -> None:
    meeting = meeting_of(
        "ขอเชิญประชุมผู้ปกครอง ในวันที่ 14 มกราคม 2570 เวลา 16.30 น ห้อง 901 อาคารตัวอย่าง "
        "2003 โรงเรียนตัวอย่าง\n",
        "ขอเชิญประชุมผู้ปกครอง",
    )
    assert value_of(meeting.venue) == "ห้อง 901 อาคารตัวอย่าง 2003 โรงเรียนตัวอย่าง"


def test_a_floors_number_before_a_hall_opens_no_place() -> None:  # guard
    meeting = meeting_of(
        "ห้องประชุมปฏิบัติการ ชั้น 3 ศาลากลาง จังหวัดเชียงใหม่ ผู้ว่าราชการจังหวัดเป็นประธานการประชุม\n",
        "การประชุมคณะทำงานตัวอย่าง",
    )
    assert value_of(meeting.venue) != "ศาลากลาง จังหวัดเชียงใหม่"


def test_where_a_thai_notice_is_posted_is_no_venue() -> None:
    meeting = meeting_of(
        "ตามระเบียบตัวอย่าง ข้อ 22 กำหนดว่าการเรียกประชุมสภาให้ประธานสภาแจ้งเป็นหนังสือให้สมาชิกทราบ"
        "ล่วงหน้า พร้อมทั้งปิดประกาศไว้ในที่เปิดเผย ณ สำนักงานองค์กรตัวอย่าง\n",
        "เรียกประชุมสภาสมัยวิสามัญ",
    )
    assert value_of(meeting.venue) is None


def test_a_courtesy_calls_palace_is_no_venue() -> None:
    meeting = meeting_of(
        "ทั้งนี้นายกรัฐมนตรีได้เข้าเยี่ยมคารวะประธานประเทศตัวอย่าง ณ ทำเนียบประธานประเทศ นครหลวงเวียงจันทน์\n",
        "การประชุมคณะรัฐมนตรีร่วม",
    )
    assert value_of(meeting.venue) is None


def test_a_small_citys_dateline() -> None:
    meeting = meeting_of(
        "Medicine Hat – City Council has cancelled the Aug. 19 City Council meeting citing a "
        "lack of agenda items.\n",
        "Example council meeting cancelled",
    )
    assert _place(meeting) == ("Medicine Hat", "Canada")


def test_a_place_said_on_a_condition_is_no_venue() -> None:
    meeting = meeting_of(
        "The Example Commission opens on 4 March 2027. Please note that, should the session "
        "take place in the North Example Building, participants will need a secondary pass.\n"
    )
    assert value_of(meeting.venue) is None
    assert read_of(meeting.mode)[0] is None


def test_a_place_after_a_dry_run_and_the_meeting_is_the_meetings() -> None:  # guard
    meeting = meeting_of(
        "Following the dry run, the Example Meeting will be held at the Example Hotel, Bangkok, "
        "on 4 May 2027.\n"
    )
    assert _place(meeting)[0] == "Bangkok"


def test_a_thai_request_that_representatives_attend_stays() -> None:  # guard
    assert _delegates("จึงขอให้มีผู้แทนเข้าร่วมประชุม 2 คน\n") == 2


def test_a_venue_as_announced_stays() -> None:  # guard
    meeting = meeting_of(
        "ตามที่ได้ประกาศไว้ การประชุมคณะกรรมการตัวอย่างจะจัด ณ โรงแรมตัวอย่าง กรุงเทพมหานคร\n",
        "การประชุมคณะกรรมการตัวอย่าง",
    )
    assert value_of(meeting.venue) == "โรงแรมตัวอย่าง"


def test_officials_who_participated_remotely() -> None:
    meeting = meeting_of(
        "On 23 July 2027 the Example Officials participated remotely in the Example Senior "
        "Officials' Meeting.\n"
    )
    assert read_of(meeting.mode)[0] == Mode.VIRTUAL
