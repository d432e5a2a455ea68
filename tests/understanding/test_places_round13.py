"""Round thirteen: place and mode classes missed on test13 (tests/realmail/FAILURES.md, "Round
thirteen fixes (places17)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.record import Mode
from bot.understanding.rules import rule_of
from tests.understanding.helpers import assert_under_review, meeting_of, value_of

# A PDF wraps a Thai line between a hotel's name and its city: the city is a part of its own.

_LONG_THAI_LINE = "รองอธิบดีกรมตัวอย่างเป็นประธานเปิดการประชุมเจ้าหน้าที่อาวุโสด้านแรงงาน ครั้งที่ 9"


def test_a_thai_city_on_the_line_after_the_hotels_name_is_read() -> None:
    meeting = meeting_of(f"{_LONG_THAI_LINE} ณ โรงแรมริมน้ำ ซันไรส์เกท\nกรุงเทพมหานคร\n", "ประชุม")
    assert value_of(meeting.city) == "Bangkok"
    assert value_of(meeting.venue) == "โรงแรมริมน้ำ ซันไรส์เกท"


def test_guard_a_thai_word_wrapped_mid_way_is_still_joined() -> None:
    meeting = meeting_of(
        f"{_LONG_THAI_LINE} ณ หอประชุมใหญ่ อาคารเฉลิม\nพระเกียรติ จังหวัดเชียงใหม่\n", "ประชุม"
    )
    assert "พระเกียรติ" in (value_of(meeting.venue) or "")
    assert value_of(meeting.city) == "Chiang Mai"


# "คณะ" opens a faculty's name, not a party of people who are the next clause's subject.


def test_a_thai_venue_stops_before_a_party_of_people() -> None:
    meeting = meeting_of(
        "การประชุมคณะกรรมการ ในวันที่ 3 มีนาคม 2570 เวลา 10.00 น. ณ ห้องประชุม 2 ชั้น 4 "
        "อาคารกรมตัวอย่าง คณะเยาวชนโครงการแลกเปลี่ยนได้นำเสนอผลงาน\n",
        "ประชุม",
    )
    assert value_of(meeting.venue) == "ห้องประชุม 2 ชั้น 4 อาคารกรมตัวอย่าง"


def test_guard_a_faculty_is_still_part_of_the_venue() -> None:
    meeting = meeting_of(
        "การประชุมคณะกรรมการ ในวันที่ 3 มีนาคม 2570 เวลา 10.00 น. ณ ห้องประชุม 2 "
        "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยตัวอย่าง\n",
        "ประชุม",
    )
    assert "คณะวิศวกรรมศาสตร์" in (value_of(meeting.venue) or "")


# "… at the <University> as part of the <Initiative>": whose programme, not the building's name.


def test_an_english_venue_ends_before_as_part_of() -> None:
    meeting = meeting_of(
        "The training course will be held at the Example Institute of Technology (EIT) as part "
        "of the Example Waste Initiative, from 3 to 14 May 2027.\n"
    )
    assert value_of(meeting.venue) == "Example Institute of Technology (EIT)"


def test_guard_a_venue_with_part_in_its_name_is_kept_whole() -> None:
    meeting = meeting_of(
        "The training course will be held at the Counterpart House in Suva from 3 to 14 May 2027.\n"
    )
    assert value_of(meeting.venue) == "Counterpart House"
    assert value_of(meeting.city) == "Suva"


# "in the Rwandan capital Kigali": a capital's name with no comma before it.


def test_a_capital_named_right_after_the_word_capital_is_the_city() -> None:
    meeting = meeting_of(
        "The summit scheduled to take place in the Kenyan capital Nairobi in June has been "
        "postponed again.\n"
    )
    assert_under_review(meeting.city, "Nairobi")
    assert rule_of(meeting.city.reasons if meeting.city else ()) == "city.held_in"


def test_guard_the_capital_and_a_lower_case_word_name_no_city() -> None:
    meeting = meeting_of("The summit will take place in the capital as in past years.\n")
    assert meeting.city is None


# "the 12th Example Summit in May in Bangkok": a month between the meeting and its city.


def test_a_month_between_the_meeting_and_its_city_keeps_the_city() -> None:
    meeting = meeting_of(
        "This year's award will be handed over during the 12th Example Summit in May in Bangkok, "
        "Thailand. Last year's prize was presented at the 11th Example Summit in Singapore in "
        "November.\n"
    )
    assert_under_review(meeting.city, "Bangkok")


def test_guard_a_month_alone_after_the_meeting_names_no_city() -> None:
    meeting = meeting_of("The 12th Example Summit in May will discuss the region's trade.\n")
    assert meeting.city is None


# A wire's dateline with its day and a colon: "Nairobi, Aug 31 : … a meeting here".


def test_a_wire_dateline_with_a_colon_names_the_city() -> None:
    meeting = meeting_of(
        "Example health ministers meet\n\nNairobi, Aug 31 : Ten countries will hold a three-day "
        "meeting here in September to review health, the Organization said on Friday.\n"
    )
    assert_under_review(meeting.city, "Nairobi")


def test_guard_a_word_and_a_day_with_a_colon_name_no_city() -> None:
    meeting = meeting_of(
        "Example health ministers meet\n\nUpdate, Aug 31 : Ten countries will hold a three-day "
        "meeting in September to review health.\n"
    )
    assert meeting.city is None


# An official visit: the country visited, and a city of that country the text names.


def test_a_thai_official_visit_names_the_country_and_its_capital() -> None:
    meeting = meeting_of(
        "นายกรัฐมนตรีพร้อมคณะออกเดินทางเยือนมาเลเซียอย่างเป็นทางการ ในวันที่ 5 มีนาคม 2570\n"
        "นายกรัฐมนตรีและคณะจะเดินทางถึงกรุงกัวลาลัมเปอร์ เวลา 10.30 น.\n",
        "นายกรัฐมนตรีเยือนมาเลเซีย",
    )
    assert_under_review(meeting.country, "Malaysia")
    assert_under_review(meeting.city, "Kuala Lumpur")
    assert rule_of(meeting.country.reasons if meeting.country else ()) == "country.visit"
    # the city is read from another line: its reason says so
    assert meeting.city is not None
    assert any('"Kuala Lumpur" is the first of its cities' in r for r in meeting.city.reasons)


def test_an_english_official_visit_names_the_country() -> None:
    meeting = meeting_of(
        "The Minister will pay an official visit to Cambodia on 5 May 2027 at the invitation of "
        "her counterpart. The delegation departs from Bangkok in the morning.\n"
    )
    assert_under_review(meeting.country, "Cambodia")
    assert meeting.city is None  # Bangkok is no city of Cambodia


def test_guard_a_visit_to_a_plant_names_no_country() -> None:
    meeting = meeting_of(
        "The Minister will pay an official visit to the Example Plant on 5 May 2027.\n"
        "คณะจะเยือนโรงงานตัวอย่าง ในวันที่ 5 พฤษภาคม 2570\n"
    )
    assert meeting.country is None


# Thai law's "การประชุมผ่านสื่ออิเล็กทรอนิกส์", with "ระบบ" (system) between.


def test_a_thai_meeting_through_the_electronic_media_system_is_virtual() -> None:
    meeting = meeting_of(
        "ขอเชิญผู้อำนวยการโรงเรียนเข้าร่วมประชุมในวันที่ 5 มีนาคม 2570 เวลา 09.00 น. "
        "โดยการประชุมผ่านระบบสื่ออิเล็กทรอนิกส์\n",
        "ขอเชิญประชุม",
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_guard_an_electronic_document_system_is_no_way_of_meeting() -> None:
    meeting = meeting_of(
        "ขอเชิญผู้อำนวยการโรงเรียนเข้าร่วมประชุมในวันที่ 5 มีนาคม 2570 เวลา 09.00 น. "
        "ณ ห้องประชุม 1 สำนักงานเขตตัวอย่าง รายละเอียดส่งผ่านระบบสารบรรณอิเล็กทรอนิกส์\n",
        "ขอเชิญประชุม",
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL


# A way kept in reserve, should the plan be prevented, is not how the meeting is held.


def test_an_online_fallback_under_a_condition_is_not_the_meetings_mode() -> None:
    meeting = meeting_of(
        "The workshop will be held in Nairobi on 2 and 3 June 2027.\n\nIn case travel "
        "restrictions prevent attendance, the workshop will be held online.\n"
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL
    assert value_of(meeting.city) == "Nairobi"


def test_a_thai_online_fallback_under_a_condition_is_not_the_meetings_mode() -> None:
    meeting = meeting_of(
        "การอบรมจะจัดขึ้นในวันที่ 5 มีนาคม 2570 ที่จังหวัดเชียงใหม่\n"
        "หากสถานการณ์โควิดไม่เอื้ออำนวย จะจัดการอบรมผ่านระบบออนไลน์แทน\n",
        "ประชุม",
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL
    assert value_of(meeting.city) == "Chiang Mai"


def test_guard_an_online_meeting_said_plainly_stays_virtual() -> None:
    meeting = meeting_of(
        "The workshop will be held online on 2 and 3 June 2027.\n\nIf you have questions, "
        "write to someone@example.org.\n"
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


# GeoNames' "The Netherlands" is the gazetteer's "Netherlands".


def test_a_geonames_country_with_the_before_it_is_the_lists_country() -> None:
    meeting = meeting_of("The course will be held in Groningen on 2 and 3 November 2027.\n")
    assert value_of(meeting.city) == "Groningen"
    assert value_of(meeting.country) == "Netherlands"


# A heading wrapped before "in <City>": "… Management Training" over "in Suva, Fiji, 2027".


def test_a_meeting_noun_wrapped_before_in_city_names_the_city() -> None:
    meeting = meeting_of(
        "Invitation to Nominate Trainees for Example Waste Management Training\n"
        "in Suva, Fiji, 2027\n\nThe Secretariat invites member countries to nominate trainees.\n"
    )
    assert_under_review(meeting.city, "Suva")


def test_guard_a_blank_line_between_the_noun_and_in_names_no_city() -> None:
    meeting = meeting_of(
        "Invitation to Nominate Trainees for Example Waste Management Training\n\n"
        "in Suva, Fiji, the Secretariat keeps its records.\n"
    )
    assert meeting.city is None


# "a study visit to the Secretariat in Jakarta", "in session … at the Hotel in Bangkok".


def test_a_visit_to_a_building_in_a_city_names_the_city() -> None:
    meeting = meeting_of(
        "Twenty officials are sent to take part in a study-visit to the Example Secretariat in "
        "Jakarta. They will attend meetings from 22 to 24 July 2027.\n"
    )
    assert_under_review(meeting.city, "Jakarta")


def test_a_meeting_in_session_at_a_hotel_in_a_city_names_the_city() -> None:
    meeting = meeting_of(
        "Example Forum to take place in Thailand next week\n\nThe Ministry has announced that "
        "the third Example Forum will open officially on 22 June 2027.\n\nThe leaders will make "
        "opening remarks on the Forum, which is in session from 21-23 June at the Palm-Grove "
        "Hotel in Bangkok.\n"
    )
    assert_under_review(meeting.city, "Bangkok")


def test_guard_visit_our_website_names_no_city() -> None:
    meeting = meeting_of(
        "The Example Forum meets on 14 June 2027. Please visit our website in English for the "
        "agenda; the Secretariat in Jakarta answers questions.\n"
    )
    assert meeting.city is None


# A Thai story's dateline: "<จังหวัด>- …" at the start of the story.


def test_a_thai_storys_dateline_names_the_city() -> None:
    meeting = meeting_of(
        "เชียงราย- ผู้แทนสองฝ่ายร่วมประชุมคณะกรรมการชายแดนในวันที่ 5 มีนาคม 2570 เพื่อหารือเรื่องการค้าชายแดน\n",
        "ประชุมคณะกรรมการชายแดน",
    )
    assert_under_review(meeting.city, "Chiang Rai")
    assert rule_of(meeting.city.reasons if meeting.city else ()) == "city.thai_dateline"


def test_guard_a_thai_word_and_a_dash_that_is_no_place_names_no_city() -> None:
    meeting = meeting_of(
        "ด่วนที่สุด- ผู้แทนสองฝ่ายร่วมประชุมคณะกรรมการชายแดนในวันที่ 5 มีนาคม 2570 เพื่อหารือเรื่องการค้าชายแดน\n",
        "ประชุมคณะกรรมการชายแดน",
    )
    assert meeting.city is None


# "the Leaders' 45th meeting in <Country> endorsed …": a meeting held, cited for its decision.


def test_a_meeting_in_a_country_that_endorsed_something_is_cited() -> None:
    meeting = meeting_of(
        "In July 2026, the Example Leaders' 44th meeting in Palau endorsed the creation of a "
        "sub-committee. The Secretariat is calling for nominations by 30 January 2027.\n"
    )
    assert meeting.country is None


def test_guard_a_meeting_in_a_country_that_will_adopt_something_is_this_one() -> None:
    meeting = meeting_of(
        "The Example Leaders' 46th meeting in Palau will adopt the new plan on 3 August 2027.\n"
    )
    assert value_of(meeting.country) == "Palau"


# "…, Secretary General at the Example Forum Secretariat": where a person works, not a venue.


def test_a_secretary_general_at_a_secretariat_is_no_venue() -> None:
    meeting = meeting_of(
        "Leaders will consider the initiatives at their annual meeting in September 2027. "
        "“Any issue may be put forward,” says Person A, Secretary General at the Example Forum "
        "Secretariat.\n"
    )
    assert meeting.venue is None


def test_guard_a_meeting_at_a_secretariat_keeps_its_venue() -> None:
    meeting = meeting_of(
        "The committee will meet at the Example Forum Secretariat in Suva on 3 May 2027.\n"
    )
    assert value_of(meeting.venue) == "Example Forum Secretariat"
