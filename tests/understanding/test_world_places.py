"""Places beyond the gazetteer's list: GeoNames cities in venue lines and sentences, Thai
provinces and districts, a letterhead's city that is not the venue, and the mode they imply."""

from __future__ import annotations

from bot.understanding import geo
from bot.understanding.fields.gazetteer import is_country, zone_of_place
from bot.understanding.fields.world_places import city_held_in, thai_admin_place
from bot.understanding.record import MeetingRecord, Mode
from tests.understanding.helpers import meeting_of, value_of


def _meeting(body: str) -> MeetingRecord:
    return meeting_of(body, subject="")  # no subject: the places are the body's alone


def _city_country(meeting: MeetingRecord) -> tuple[str | None, str | None]:
    return value_of(meeting.city), value_of(meeting.country)


def test_a_venue_line_gives_the_venue_the_city_and_the_canonical_country() -> None:
    meeting = _meeting(
        "Dear colleagues,\n\nThe Forum will be held on 20 May 2026.\n\n"
        "Venue: Grand Ballroom, Hotel X, Vientiane, Lao PDR\n"
    )
    assert _city_country(meeting) == ("Vientiane", "Lao PDR")
    assert meeting.venue is not None
    assert meeting.venue.value.startswith("Grand Ballroom")


def test_a_thai_address_maps_to_its_province_and_thailand() -> None:
    phrase = "ณ ห้องประชุมเทศบาลตำบลตัวอย่าง อำเภอสมมติ จังหวัดบุรีรัมย์ ในวันดังกล่าว"
    found = thai_admin_place(phrase)
    assert found is not None
    assert (found.city, found.country) == ("Buri Ram", "Thailand")
    assert phrase[found.start : found.end] == "จังหวัดบุรีรัมย์"


def test_a_thai_district_counts_when_no_province_is_written() -> None:
    found = thai_admin_place("ณ ห้องประชุม อ.สุรินทร์")
    assert found is not None
    assert found.city == "Surin"


def test_a_city_the_meeting_is_held_in_comes_from_geonames_with_its_country() -> None:
    found = city_held_in("The consultation will be held in Nairobi from 3 to 5 June.")
    assert found is not None
    assert (found.city, found.country) == ("Nairobi", "Kenya")


def test_a_smaller_city_needs_its_region_written_after_it() -> None:
    found = city_held_in("SOM1 will take place on 14 February, in Palm Springs, California at the")
    assert found is not None
    assert (found.city, found.country) == ("Palm Springs", "United States")
    assert city_held_in("It was held in Palm Springs at the Convention Center") is None


def test_capitalised_words_after_in_that_name_no_city_give_none() -> None:
    assert city_held_in("The meeting will be held in English and Thai.") is None


def test_a_letterhead_city_is_not_the_venue() -> None:
    meeting = _meeting(
        "ASEAN Secretariat\nJakarta, Indonesia\n\nDear colleagues,\n\n"
        "The Workshop will be held on 20 May 2026 in Nairobi, Kenya.\n"
    )
    assert _city_country(meeting) == ("Nairobi", "Kenya")


def test_a_room_and_a_city_without_a_link_is_in_person() -> None:
    meeting = _meeting(
        "Dear colleagues,\n\nThe Workshop will be held on 20 May 2026 in Meeting Room 3, "
        "Ministry of Labour, Bangkok.\n"
    )
    assert meeting.mode is not None
    assert meeting.mode.value is Mode.IN_PERSON


def test_a_city_named_with_a_word_after_it_or_after_at_is_found() -> None:
    found = city_held_in("The Ministry organized an event at the Institute in Vientiane Capital.")
    assert found is not None
    assert (found.city, found.country) == ("Vientiane", "Lao PDR")
    found = city_held_in("The Ministry is organizing the Session at New Delhi from 9 September.")
    assert found is not None
    assert found.city == "New Delhi"


def test_a_country_is_not_read_as_a_city_of_an_alternate_name() -> None:
    # "Lao" is an alternate name of Laoag, Philippines; "Singapore" is a country and a city.
    assert city_held_in("The celebration was held in Lao PDR in December.") is None
    found = city_held_in("The ILO opened its Regional Meeting in Singapore on Tuesday.")
    assert found is not None
    assert found.city == "Singapore"


def test_a_news_sentence_names_the_venue_after_at() -> None:
    meeting = _meeting(
        "The Ministry organized a forum on skills at the Riverside Training Institute "
        "in Pakse on 3 March 2026."
    )
    assert value_of(meeting.venue) == "Riverside Training Institute"
    assert _city_country(meeting) == ("Pakse", "Lao PDR")


def test_an_abbreviated_month_does_not_end_the_held_sentence() -> None:
    meeting = _meeting("The dialogue was held on Feb. 12, 2026, at the Lotus Grand Hotel.")
    assert value_of(meeting.venue) == "Lotus Grand Hotel"


def test_who_organises_it_is_no_part_of_the_venue() -> None:
    meeting = _meeting(
        "Workshop Report\n12 May 2026 Silver Bay Hotel, Colombo, Sri Lanka Organised by the "
        "Policy Institute\n"
    )
    assert value_of(meeting.venue) == "Silver Bay Hotel"


def test_a_thai_venue_ends_where_the_verb_of_the_sentence_begins() -> None:
    meeting = _meeting("ขอเลื่อนการประชุมใหญ่ ณ ห้องประชุมชั้น ๓ อาคารวิทยบริการ ออกไปก่อนจนกว่าจะแจ้งให้ทราบ")
    assert value_of(meeting.venue) == "ห้องประชุมชั้น ๓ อาคารวิทยบริการ"


def test_a_country_inside_a_venue_name_does_not_override_the_citys() -> None:
    meeting = _meeting(
        "The ministry organized a fair at the Thai-Japan Youth Centre in Vientiane on 4 May 2026."
    )
    assert _city_country(meeting) == ("Vientiane", "Lao PDR")


def test_news_datelines_name_the_city() -> None:
    for dateline in (
        "Phnom Penh: On the morning of 3 March 2026, the forum opened.",
        "KPL Vientiane, March 03, 2026 — The forum opened yesterday.",
        "BANDAR SERI BEGAWAN, 3 March 2026 – The forum opened.",
    ):
        found = city_held_in(dateline)
        assert found is not None, dateline
        assert found.city in ("Phnom Penh", "Vientiane", "Bandar Seri Begawan")


def test_a_countrys_name_before_more_words_is_no_city() -> None:
    found = city_held_in("The talks were held in Lao People's Democratic Republic last week.")
    assert found is None or found.city != "Laoag"


def test_a_place_after_the_dates_of_a_sentence_and_a_training_being_held() -> None:
    meeting = _meeting("The Forum on Care Work met on 30-31 August 2026, Chiang Mai, Thailand.")
    assert _city_country(meeting) == ("Chiang Mai", "Thailand")
    meeting = _meeting(
        "The Institute is holding a Regional Course on 4-8 May 2026 at its training "
        "centre in Khon Kaen, Thailand."
    )
    assert _city_country(meeting) == ("Khon Kaen", "Thailand")


def test_a_study_visits_country_is_not_the_meetings() -> None:
    meeting = _meeting(
        "การประชุมวิชาการ ๑๒ – ๑๓ พฤษภาคม ๒๕๖๙\nศึกษาดูงาน ณ ประเทศสิงคโปร์ ๑๔ – ๑๕ พฤษภาคม ๒๕๖๙\n"
    )
    assert meeting.country is None or meeting.country.value != "Singapore"


def test_the_city_of_a_previous_meeting_is_not_this_ones() -> None:
    meeting = _meeting(
        "The 12th Working Group Meeting opens on 5 May 2026. The previous meeting was held "
        "in March 2026 in Da Nang."
    )
    assert meeting.city is None or meeting.city.value != "Da Nang"


def test_online_and_onsite_side_by_side_is_hybrid() -> None:
    meeting = _meeting("การประชุมวิชาการ ๑๔ – ๑๕ กันยายน ๒๕๖๙ นำเสนอผลงาน Online และ Onsite")
    assert meeting.mode is not None
    assert meeting.mode.value is Mode.HYBRID


def test_a_world_citys_zone_comes_from_geonames_when_it_lies_in_the_named_country() -> None:
    assert zone_of_place("Nairobi", "Kenya") == "Africa/Nairobi"
    # "Oakland, New Zealand", a misspelt Auckland: the Californian city's zone is not taken
    assert zone_of_place("Oakland", "New Zealand") == "Pacific/Auckland"


def test_warming_reads_the_places_tables_before_any_message() -> None:
    geo._cities.cache_clear()
    geo.warm()
    assert geo._cities.cache_info().currsize == 1


def test_a_word_that_opens_many_names_is_no_country_alone() -> None:
    assert not is_country("New")  # New Zealand, New Caledonia; New Delhi, New York
    assert not is_country("South")  # South Korea, South Africa, South Sudan
    assert not is_country("Sri")  # Sri Lanka, and Sri Ganganagar, a city in India
    assert not is_country("Republic")  # only formal names begin with it
    assert is_country("Lao")
    assert is_country("Viet")
    assert is_country("Saudi")  # no other country or city name begins with it
    assert is_country("Timor Leste")


def test_a_smaller_city_is_found_with_its_state_but_not_with_another_country() -> None:
    found = city_held_in("The meeting will be held in Urbana, Illinois on 3 March.")
    assert found is not None
    assert (found.city, found.country) == ("Urbana", "United States")
    assert city_held_in("The meeting will be held in Urbana, France on 3 March.") is None


def test_fully_online_and_a_digital_platform_are_virtual() -> None:
    for body in (
        "The Challenge runs from 3 to 5 May 2026. This challenge is fully online.",
        "The Review Workshop was held from 3 to 5 May 2026 via digital platform.",
    ):
        meeting = _meeting(body)
        assert meeting.mode is not None, body
        assert meeting.mode.value is Mode.VIRTUAL
