"""Round eleven: place and mode classes missed on test11 (tests/realmail/FAILURES.md, "Round
eleven fixes (places14)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import REVIEW_AT, confidence_of, meeting_of, value_of

# Where a statement is issued from is no place of the meeting it tells of.


def test_thai_place_a_statement_is_issued_from_is_no_venue() -> None:
    meeting = meeting_of(
        "ข่าวต่างประเทศ\n\n"
        "       ที่ทำเนียบรัฐบาล กรุงพนมเปญ ราชอาณาจักรกัมพูชา\n"
        "ออกแถลงการณ์ว่า ในวันที่ 8-9 กรกฎาคม 2570 ประธานาธิบดีมีกำหนดไปเยือนกรุงเทพฯ "
        "ประเทศไทย เพื่อร่วมประชุมสุดยอดอาเซียน ครั้งที่ 50\n",
        "ประธานาธิบดีเยือนไทย ร่วมประชุมอาเซียน",
    )
    assert value_of(meeting.venue) is None
    assert value_of(meeting.country) != "Cambodia"
    assert value_of(meeting.city) != "Phnom Penh"


def test_english_place_a_statement_is_issued_from_is_no_venue() -> None:
    meeting = meeting_of(
        "The Foreign Office at the Government House in Vientiane said in a statement on Monday "
        "that "
        "the Prime Minister will attend the Example Summit next month.\n",
        "Prime Minister to attend the Example Summit",
    )
    assert value_of(meeting.venue) is None
    assert value_of(meeting.city) is None


def test_guard_thai_meeting_held_where_it_issues_a_statement_keeps_its_place() -> None:
    meeting = meeting_of(
        "การประชุมรัฐมนตรีจัดขึ้น ณ ทำเนียบรัฐบาล กรุงเทพมหานคร ซึ่งที่ประชุมได้ออกแถลงการณ์ร่วม"
        "ในวันที่ 5 พฤษภาคม 2570\n",
        "การประชุมรัฐมนตรี",
    )
    assert value_of(meeting.city) == "Bangkok"
    assert value_of(meeting.venue) is not None


# A label's, a header line's, a heading's city only GeoNames knows.


def test_a_labels_city_only_geonames_knows_is_read_under_review() -> None:
    meeting = meeting_of(
        "Example Dialogue Senior Officials' Meeting\n\nThursday, 9 March 2028\n\n"
        "Location: Warsaw, Poland\n\nEnquiries: someone@example.org\n"
    )
    assert (value_of(meeting.city), value_of(meeting.country)) == ("Warsaw", "Poland")
    assert 0 < confidence_of(meeting.city) < REVIEW_AT


def test_guard_a_label_without_a_city_names_none() -> None:
    meeting = meeting_of("Example Working Group\n\nDate: 12 December 2027\n\nLocation: Room 5\n")
    assert value_of(meeting.city) is None


def test_a_header_lines_city_only_geonames_knows_before_a_listed_country() -> None:
    meeting = meeting_of(
        "General Information\n\nExample Colloquium\n9 to 11 April 2027\n"
        "Example Headquarters, Montréal, Canada\n\nPractical details\n\nWho may attend?\n"
    )
    assert (value_of(meeting.city), value_of(meeting.country)) == ("Montréal", "Canada")
    assert 0 < confidence_of(meeting.city) < REVIEW_AT


def test_a_headings_city_only_geonames_knows_after_its_days() -> None:
    meeting = meeting_of(
        "Notification 2027-108\n\n"
        "NEW DATES - Workshop for Europe on Example Reports, 29 June - 1 July 2027, "
        "Budapest, Hungary\n\nDear Madam/Sir, the workshop will review the reports.\n"
    )
    assert (value_of(meeting.city), value_of(meeting.country)) == ("Budapest", "Hungary")
    assert 0 < confidence_of(meeting.city) < REVIEW_AT


# A city that names a treaty or a process is no place.


def test_a_treaty_named_after_a_city_is_no_place() -> None:
    meeting = meeting_of(
        "Call for experts for the Example Committee on Compliance with the Nagoya "
        "Protocol\n\nBy notification 2027-050 of 5 May 2027, Parties to the Nagoya "
        "Protocol were asked to propose two experts.\n"
    )
    assert value_of(meeting.city) is None


def test_guard_the_city_of_a_treatys_name_is_still_a_place_when_held_there() -> None:
    meeting = meeting_of(
        "The meeting of the Parties to the Example Protocol will be held in Nagoya, Japan, "
        "on 3-5 May 2027.\n"
    )
    assert value_of(meeting.city) == "Nagoya"


def test_guard_a_convention_centre_keeps_its_city() -> None:
    meeting = meeting_of("The forum will be held at the Bangkok Convention Centre on 3 May 2027.\n")
    assert value_of(meeting.city) == "Bangkok"


# A list of one hour in several regions is no address.


def test_a_list_of_regional_hours_names_no_place() -> None:
    meeting = meeting_of(
        "The yearly members' meeting takes place on Tuesday 7 September 2027 at:\n\n"
        "10am-11.30am Australian west coast\n12-1.30pm Australian east coast, PNG\n"
        "1-2.30pm Solomon Islands\n2-3.30pm NZ and Fiji.\n\nItems to discuss:\n"
    )
    assert value_of(meeting.city) is None
    assert value_of(meeting.country) is None


def test_guard_an_address_below_a_sentence_of_holding_is_still_read() -> None:
    meeting = meeting_of(
        "The workshop will be held on 4 May 2027 at the Example Conference Centre:\n\n"
        "2, rue Exemple\n75016 Paris, France\n"
    )
    assert value_of(meeting.city) == "Paris"


# The place a notice moves the meeting to.


def test_thai_new_venue_is_the_one_moved_to() -> None:
    meeting = meeting_of(
        "บริษัท ตัวอย่าง จำกัด (มหาชน) ซึ่งเดิมกำหนดจัดประชุมผู้ถือหุ้นสามัญประจำปี 2570 "
        "ในวันศุกร์ที่ 3 เมษายน 2570 เวลา 14.00 น. ณ ห้องประชุมใหญ่ ชั้น 2 อาคารตัวอย่าง "
        "ถนนตัวอย่าง จังหวัดเชียงใหม่ ตามที่แจ้งผู้ถือหุ้นไว้ "
        "บริษัทขอเปลี่ยนสถานที่เป็นห้องแกรนด์ ชั้น 7 โรงแรมตัวอย่าง ถนนตัวอย่าง กรุงเทพมหานคร "
        "เนื่องจากอาคารเดิมไม่อาจใช้ได้\n",
        "แจ้งเปลี่ยนสถานที่ประชุมสามัญผู้ถือหุ้น",
    )
    venue = value_of(meeting.venue)
    assert "โรงแรมตัวอย่าง" in (venue or "")
    assert value_of(meeting.city) == "Bangkok"
    assert 0 < confidence_of(meeting.venue) < REVIEW_AT


def test_english_new_venue_is_the_one_moved_to() -> None:
    meeting = meeting_of(
        "The Example Board meeting on 3 May 2027 was to be held at the Example Hall, Hanoi.\n\n"
        "New venue: Example Riverside Hotel, Vientiane\n"
    )
    assert value_of(meeting.city) == "Vientiane"


def test_guard_thai_venue_without_a_move_stays() -> None:
    meeting = meeting_of(
        "บริษัท ตัวอย่าง จำกัด (มหาชน) กำหนดจัดประชุมผู้ถือหุ้นสามัญประจำปี 2570 "
        "ในวันศุกร์ที่ 3 เมษายน 2570 เวลา 14.00 น. ณ ห้องประชุมใหญ่ ชั้น 2 อาคารตัวอย่าง "
        "ถนนตัวอย่าง จังหวัดเชียงใหม่\n",
        "เชิญประชุมสามัญผู้ถือหุ้น",
    )
    venue = value_of(meeting.venue)
    assert "อาคารตัวอย่าง" in (venue or "")


# A meeting held by electronic means, and one moved online.


def test_thai_meeting_through_electronic_media_is_virtual() -> None:
    meeting = meeting_of(
        "บริษัทขอแจ้งเลื่อนกำหนดการประชุมสามัญผู้ถือหุ้น ประจำปี 2570 จากเดิมวันที่ 22 เมษายน 2570 "
        "เป็นวันที่ 30 เมษายน 2570 เวลา 13.30 น. โดยจัดประชุมผ่านสื่ออิเล็กทรอนิกส์ "
        "(ระบบ E-AGM) อย่างเดียว\n",
        "ขอแจ้งเลื่อนการประชุมสามัญผู้ถือหุ้น",
    )
    mode, confidence = value_of(meeting.mode), confidence_of(meeting.mode)
    assert mode is Mode.VIRTUAL
    assert confidence < REVIEW_AT


def test_english_e_meeting_is_virtual() -> None:
    meeting = meeting_of(
        "The bondholders' meeting No. 1/2027 will be convened on 20 June 2027 at 14:00 as an "
        "e-Meeting.\n"
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_a_meeting_moved_online_from_a_hall_is_virtual() -> None:
    meeting = meeting_of(
        "The creditors' meeting on 12 May 2027 at 09:00, first planned at the Example "
        "Convention Hall, has moved online.\n"
    )
    mode, confidence = value_of(meeting.mode), confidence_of(meeting.mode)
    assert mode is Mode.VIRTUAL
    assert confidence < REVIEW_AT


def test_thai_meeting_changed_from_a_hall_to_electronic_media_is_virtual() -> None:
    meeting = meeting_of(
        "เจ้าพนักงานได้เปลี่ยนแปลงวิธีการประชุมเจ้าหนี้ จากเดิมที่จะจัดขึ้น ณ ศูนย์ประชุมตัวอย่าง "
        "เป็นการประชุมผ่านสื่ออิเล็กทรอนิกส์ โดยจัดขึ้นในวันที่ 12 พฤษภาคม 2570 "
        "เวลา 09.00 น.\n",
        "เปลี่ยนการประชุมเจ้าหนี้",
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_guard_an_e_mail_address_says_nothing_of_the_way() -> None:
    meeting = meeting_of(
        "The Example Board meeting will be held on 20 June 2027 at the Example Hotel in "
        "Bangkok. Please reply by e-mail to someone@example.org.\n"
    )
    assert value_of(meeting.mode) is Mode.IN_PERSON


# A form's numbered place field.


def test_a_forms_numbered_venue_field_is_read_under_review() -> None:
    meeting = meeting_of(
        "PROJECT NOTIFICATION\n1. Project Code 27-XX-01\n2. Title Example Planning Workshop\n"
        "3. Duration and Timing 19-21 July 2027 (three days)\n4. Venue Tokyo, Japan\n"
        "5. Number of Participants Up to 19 participants\n"
    )
    assert (value_of(meeting.city), value_of(meeting.country)) == ("Tokyo", "Japan")
    assert 0 < confidence_of(meeting.city) < REVIEW_AT


def test_guard_a_numbered_venue_sentence_names_no_place() -> None:
    meeting = meeting_of(
        "Example Workshop, 19-21 July 2027\n\n1. Background\n2. Venue arrangements will be "
        "announced later.\n"
    )
    assert value_of(meeting.city) is None
    assert value_of(meeting.venue) is None


# A city right before the meeting's days, and a building's name over a comma.


def test_a_city_right_before_the_days_is_read_under_review() -> None:
    meeting = meeting_of(
        "Subject: Travel Support for Participation in the Fourth Session of the Council "
        "on Example Standards in Rome from 6 to 10 April 2027\n\nDear Sir/Madam,\n"
    )
    assert value_of(meeting.city) == "Rome"
    assert 0 < confidence_of(meeting.city) < REVIEW_AT


def test_guard_a_city_before_a_cited_meetings_days_is_no_place() -> None:
    meeting = meeting_of(
        "Following the last session in Rome from 14 to 18 March 2026, the Commission invites "
        "comments on the draft report by 5 May 2027.\n"
    )
    assert value_of(meeting.city) is None


def test_a_buildings_name_runs_over_the_comma_before_its_last_words() -> None:
    meeting = meeting_of(
        "As Chair in 2027, Example Country will host the Example Summit during 2 - 4 November "
        "2027 at the Example Lakeside Arena, Expo and Congress Centre. Leaders attend.\n"
    )
    assert value_of(meeting.venue) == "Example Lakeside Arena, Expo and Congress Centre"


# The room an online meeting is broadcast from gives its city, and no venue.


def test_the_room_an_online_meeting_is_broadcast_from_gives_its_city() -> None:
    meeting = meeting_of(
        "The Company will hold its 2027 Annual General Meeting on Friday, 28 April 2027 at "
        "14:00, broadcasting live from the Example Room, 9th Floor, No. 77, Example Tower, "
        "Rama 9 Road, Huai Khwang, Bangkok. Shareholders may send "
        "questions in advance.\n"
    )
    assert value_of(meeting.city) == "Bangkok"
    assert 0 < confidence_of(meeting.city) < REVIEW_AT
    assert value_of(meeting.venue) is None
    assert value_of(meeting.mode) is not Mode.IN_PERSON


def test_thai_room_an_online_meeting_is_broadcast_from_gives_its_city() -> None:
    meeting = meeting_of(
        "บริษัท ตัวอย่าง จำกัด (มหาชน) จังหวัดขอนแก่น จะจัดประชุมสามัญผู้ถือหุ้น ประจำปี 2570 "
        "ในวันที่ 28 เมษายน 2570 เวลา 14.00 น. "
        "โดยถ่ายทอดสดจากห้องประชุมใหญ่ ชั้น 5 อาคารตัวอย่าง จังหวัดเชียงใหม่ เพื่อให้ผู้ถือหุ้นรับชม\n",
        "ประชุมสามัญผู้ถือหุ้น",
    )
    assert value_of(meeting.city) == "Chiang Mai"
    assert value_of(meeting.venue) is None


def test_guard_a_meeting_in_a_hall_broadcast_on_a_website_keeps_its_venue() -> None:
    meeting = meeting_of(
        "The Example Forum will be held at the Example Hall, Hanoi, on 5 May 2027 and "
        "broadcast live on our website.\n"
    )
    assert value_of(meeting.venue) == "Example Hall"
    assert value_of(meeting.mode) is Mode.IN_PERSON


# The venue a rescheduled meeting keeps.


def test_the_venue_a_rescheduled_meeting_keeps_is_read() -> None:
    meeting = meeting_of(
        "After the health ministry's advice this month, our AGM is rescheduled to "
        "Wednesday 9th June 2027, with the venue maintained for the Example "
        "Bay Resort Conference centre, with the meeting opening at 3:30pm.\n",
        "AGM rescheduled",
    )
    assert value_of(meeting.venue) == "Example Bay Resort Conference centre"
    assert 0 < confidence_of(meeting.venue) < REVIEW_AT


def test_guard_a_venue_maintained_by_staff_names_no_place() -> None:
    meeting = meeting_of(
        "The venue will be maintained by the Example Council staff during the forum on "
        "5 May 2027.\n"
    )
    assert value_of(meeting.venue) is None


# A heading's meeting name, its city and its one day.


def test_a_headings_meeting_city_and_one_day_give_the_city() -> None:
    meeting = meeting_of(
        "Example Process Senior Officials' Meeting, Warsaw, 12 December 2027\n\n"
        "The participating states will review the work plan.\n"
    )
    assert (value_of(meeting.city), value_of(meeting.country)) == ("Warsaw", "Poland")
    assert 0 < confidence_of(meeting.city) < REVIEW_AT


def test_guard_an_offices_city_over_a_letters_day_is_no_meetings() -> None:
    meeting = meeting_of(
        "Example Office, Geneva, 12 December 2027\n\nDear Sir,\n\nThe committee will discuss "
        "the report.\n"
    )
    assert value_of(meeting.city) is None


def test_cities_in_a_list_of_one_hours_clocks_are_no_place() -> None:
    meeting = meeting_of(
        "The call will be held on 5 May 2027 at 10:00 Geneva / 16:00 Bangkok / 17:00 Tokyo.\n"
    )
    assert value_of(meeting.city) is None


def test_guard_an_hour_then_the_place_of_the_meeting_keeps_it() -> None:
    meeting = meeting_of(
        "The forum will be held on 5 May 2027 at 9:00 at the Example Hotel, Bangkok.\n"
    )
    assert value_of(meeting.city) == "Bangkok"
