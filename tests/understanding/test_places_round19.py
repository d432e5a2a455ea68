"""Round nineteen (places24): place, mode and passcode classes missed on test19
(tests/realmail/FAILURES.md, "Round nineteen fixes (places24)"), each in an invented text of
the class's shape, with a guard beside it."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import (
    assert_trusted,
    assert_under_review,
    meeting_of,
    news_meeting,
    value_of,
)

# W1. A passcode written with a "*" of its own: the text's emphasis cleaning took the star.

_LINK = "Join on Zoom: https://example.zoom.us/j/81234567890\n"


def _passcode(body: str) -> tuple[str | None, float]:
    (session,) = meeting_of(body).online_meetings
    return session.passcode, session.confidence


def test_a_passcodes_closing_star_is_kept_under_review() -> None:
    assert _passcode(_LINK + "Passcode: #Ex4mple77*\nAgenda to follow.\n") == ("#Ex4mple77*", 0.7)


def test_a_star_inside_a_passcode_is_kept() -> None:
    assert _passcode(_LINK + "Passcode: ab12*cd34\n") == ("ab12*cd34", 0.7)


def test_emphasis_stars_around_a_passcode_are_not_its_own() -> None:
    assert _passcode(_LINK + "**Passcode: QwErT9**\n") == ("QwErT9", 0.95)
    assert _passcode(_LINK + "Passcode: *QwErT9*\n") == ("QwErT9", 0.95)


# W2. A Thai story that first names the meeting's country abroad after "ที่", then Thailand as
# the place of another event: Thailand is no longer taken as said directly.

_ABROAD = (
    "ผู้แทนกระทรวงตัวอย่างเข้าร่วมการประชุมสมัชชาตัวอย่าง ครั้งที่ 12 ที่สาธารณรัฐฝรั่งเศส "
    "และได้หารือกับเลขาธิการเพื่อเชิญร่วมการประชุมรางวัลตัวอย่าง ครั้งที่ 3 ที่ประเทศไทยในปีหน้า\n"
)


# (mend20a: the place abroad is weighed after the number the subject names)
_SUBJECT = "ผู้แทนกระทรวงตัวอย่างร่วมการประชุมสมัชชาตัวอย่าง ครั้งที่ 12"


def test_thailand_after_a_place_abroad_is_not_the_meetings_country() -> None:
    meeting = news_meeting(_ABROAD, _SUBJECT)
    assert value_of(meeting.country) != "Thailand"
    assert meeting.country is None or meeting.country.confidence < 0.8


def test_thailand_after_a_city_abroad_is_not_the_meetings_country() -> None:
    meeting = news_meeting(
        "คณะผู้แทนเข้าร่วมการประชุมตัวอย่าง ครั้งที่ 12 ที่นครเจนีวา "
        "และเชิญร่วมการประชุมรางวัลตัวอย่าง ครั้งที่ 3 ที่ประเทศไทยในปีหน้า\n",
        _SUBJECT,
    )
    assert_under_review(meeting.city, "Geneva")
    assert value_of(meeting.country) != "Thailand"


def test_thailand_said_first_stays_the_meetings_country() -> None:
    # guard: nothing abroad before it
    meeting = news_meeting(
        "กระทรวงตัวอย่างจะจัดการประชุมสมัชชาตัวอย่าง ครั้งที่ 12 ที่ประเทศไทยในเดือนหน้า "
        "โดยเชิญผู้แทนจากสาธารณรัฐฝรั่งเศสเข้าร่วม\n"
    )
    assert_trusted(meeting.country, "Thailand")


# P1. A Thai city by its title after "ที่" standing on its own ("สมัยที่ 12 ที่นคร…"), or after a
# building written in Latin letters ("ที่<Name> Hall นคร…"); a city's other Thai spelling.


def test_a_titled_city_after_a_sessions_number_is_read() -> None:
    meeting = news_meeting(
        "คณะผู้แทนไทยเข้าร่วมการประชุมสมัชชาตัวอย่าง สมัยที่ 12 ที่นครเจนีวา ระหว่างวันที่ 4-8 พฤษภาคม\n"
    )
    assert_under_review(meeting.city, "Geneva")


def test_a_sessions_day_before_a_title_gives_no_city() -> None:
    # guard: "วันที่" ends with its day, and "เมืองไทย" is the country, no city
    meeting = news_meeting(
        "คณะผู้แทนเข้าร่วมการประชุมสมัชชาตัวอย่าง สมัยที่ 12 ที่เมืองไทย ระหว่างวันที่ 4-8 พฤษภาคม\n"
    )
    assert meeting.city is None


def test_a_titled_city_after_a_latin_building_is_read() -> None:
    meeting = news_meeting(
        "คณะผู้แทนไทยร่วมงานสัปดาห์นี้ การประชุมสมัชชาตัวอย่างซึ่งจัดระหว่างวันที่ 4-8 พฤษภาคม "
        "ที่Example Hall นครเจนีวา เป็นเวทีหารือประจำปี\n"
    )
    assert_under_review(meeting.city, "Geneva")


def test_a_latin_building_without_a_titled_city_gives_no_city() -> None:
    # guard: the city named without its title may be anyone's
    meeting = news_meeting(
        "คณะผู้แทนไทยร่วมงานสัปดาห์นี้ การประชุมสมัชชาตัวอย่างซึ่งจัดระหว่างวันที่ 4-8 พฤษภาคม "
        "ที่Example Hall เป็นเวทีหารือประจำปี\n"
    )
    assert meeting.city is None


def test_gyeongju_written_without_its_tone_mark() -> None:
    meeting = news_meeting("ผู้นำเข้าร่วมการประชุมตัวอย่างที่เมืองคยองจู สาธารณรัฐเกาหลี\n")
    assert value_of(meeting.city) == "Gyeongju"


# P1. A leader who departs for a city to attend the meeting: where those who meet go.


def test_departing_for_a_city_to_attend_gives_the_city_under_review() -> None:
    meeting = news_meeting(
        "The Example Minister will depart for Kuala Lumpur tomorrow morning to attend the 9th "
        "Example Ministers' Meeting, the ministry said.\n"
    )
    assert_under_review(meeting.city, "Kuala Lumpur")


def test_departing_for_a_city_for_talks_gives_no_city() -> None:
    # guard: no meeting attended there
    meeting = news_meeting(
        "The Example Minister will depart for Kuala Lumpur tomorrow morning for two days of "
        "private talks, the ministry said.\n"
    )
    assert meeting.city is None


# P3. Mode: the older spelling "on-line"; either way of attending offered.


def test_an_on_line_meeting_is_virtual() -> None:
    meeting = meeting_of(
        "The first on-line meeting of the Example Council will be on 14 May 2026.\n"
    )
    assert_under_review(meeting.mode)
    assert value_of(meeting.mode) is Mode.VIRTUAL


def test_remotely_or_in_person_is_hybrid_under_review() -> None:
    meeting = meeting_of(
        "The Example Working Group meets on 14 May 2026 in Room 5 of the Example Building, "
        "Geneva. Please tell us whether you will participate remotely or in-person. "
        "Information for in-person participation: bring your badge.\n"
    )
    assert_under_review(meeting.mode)
    assert value_of(meeting.mode) is Mode.HYBRID


def test_either_personally_or_electronically_is_hybrid() -> None:
    meeting = meeting_of(
        "The Example Club's AGM is on 14 May 2026. Members may attend either personally at the "
        "clubhouse, or electronically via Zoom.\n"
    )
    assert value_of(meeting.mode) is Mode.HYBRID


def test_either_in_person_or_by_post_stays_in_person() -> None:
    # guard: a postal vote is no way of attending from afar
    meeting = meeting_of(
        "The Example Club's AGM is on 14 May 2026. Members may vote either in person at the "
        "clubhouse or by post.\n"
    )
    assert value_of(meeting.mode) is Mode.IN_PERSON


# P4. "at a <City> hotel": a kind of building, none named.


def test_an_unnamed_hotel_is_no_venue() -> None:
    meeting = news_meeting(
        "Speakers at the 5th Example Regional Meeting, held at a Bangkok hotel on Tuesday, "
        "called for fairer growth.\n"
    )
    assert meeting.venue is None


def test_a_named_hotel_stays_the_venue() -> None:
    meeting = news_meeting(
        "Speakers at the 5th Example Regional Meeting, held at the Example Grand Hotel in Bangkok "
        "on Tuesday, called for fairer growth.\n"
    )
    assert value_of(meeting.venue) == "Example Grand Hotel"


# W2 (continued). A country beyond the region by its Thai formal name; a border town in Thai.


def test_a_farther_country_by_its_thai_formal_name_is_read() -> None:
    meeting = news_meeting(
        "คณะผู้แทนไทยเข้าร่วมการประชุมตัวอย่าง ครั้งที่ 5 ที่สหพันธรัฐรัสเซีย ระหว่างวันที่ 4-8 พฤษภาคม\n"
    )
    assert_under_review(meeting.country, "Russia")


def test_a_farther_countrys_english_name_reads_as_before() -> None:
    # guard: English text keeps GeoNames' reading
    meeting = news_meeting("The 5th Example Meeting will be held in Madrid, Spain on 4-8 May.\n")
    assert value_of(meeting.city) == "Madrid"
    assert value_of(meeting.country) == "Spain"


def test_a_border_town_in_thai_is_read() -> None:
    meeting = news_meeting("คณะกรรมการชายแดนตัวอย่างประชุมที่เกาะกง ประเทศกัมพูชา ระหว่างวันที่ 4-8 พฤษภาคม\n")
    assert value_of(meeting.city) == "Koh Kong"
