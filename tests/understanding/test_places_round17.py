"""Round seventeen: place, mode and meeting ID classes missed on test17 (tests/realmail/FAILURES.md,
"Round seventeen fixes (places22)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.fields.gazetteer import find_places
from bot.understanding.fields.place_filters import elsewhere
from bot.understanding.fields.place_phrase import Candidate
from bot.understanding.fields.text import MessageText
from bot.understanding.record import MessageKind, Mode
from tests.understanding.helpers import (
    assert_under_review,
    extract_text,
    kind_of,
    meeting_of,
    news_meeting,
    rule_code,
    value_of,
)

# P1. A verb of opening and its place; a city named after its noun in apposition.


def test_a_meeting_opened_in_a_city_gives_the_city_under_review() -> None:
    meeting = news_meeting(
        "The 12th Example Trade Ministers' Meeting opened in the East Nusa Tenggara provincial "
        "capital city of Kupang, Indonesia on 4 May 2027.\n\n"
        "Ministers will discuss trade facilitation over three days.\n"
    )
    assert_under_review(meeting.city, "Kupang")
    assert rule_code(meeting.city) == "city.opened_in.world"
    assert value_of(meeting.country) == "Indonesia"


def test_guard_a_shop_opened_in_a_city_is_no_meeting_place() -> None:
    meeting = news_meeting(
        "Example Coffee opened in the city of Kupang, Indonesia on 4 May 2027.\n\n"
        "The owners plan a second shop next year.\n"
    )
    assert rule_code(meeting.city) != "city.opened_in.world"


# P2. Another meeting of the series, named by its own number, in a story of this one.


def test_the_place_of_a_meeting_numbered_otherwise_is_not_the_meetings() -> None:
    meeting = news_meeting(
        "The 12th Example Trade Ministers' Meeting opened in Kupang, Indonesia, on Tuesday 4 May "
        "2027.\n\nThe ministers first met in 1990. Their 11th Example Trade Ministers' Meeting "
        "took place in Da Nang, Vietnam, in May 2026.\n"
    )
    assert value_of(meeting.city) == "Kupang"
    assert value_of(meeting.country) == "Indonesia"


def test_guard_the_meetings_own_number_keeps_its_place() -> None:
    meeting = news_meeting(
        "The 12th Example Trade Ministers' Meeting will be held in Da Nang from 4 to 6 May 2027.\n"
    )
    assert value_of(meeting.city) == "Da Nang"


def test_guard_a_days_number_is_no_meetings_number() -> None:
    meeting = news_meeting(
        "The 12th Example Trade Ministers' Meeting was announced today.\n\n"
        "On the 4th May the ministers will be hosted in Da Nang for three days.\n"
    )
    assert value_of(meeting.city) == "Da Nang"


# P3. Thai news of a leader travelling to a city to attend the meeting.


def test_thai_travel_to_a_titled_city_to_attend_gives_the_city_under_review() -> None:
    meeting = news_meeting(
        "ผู้ว่าการสมมติพร้อมคณะเดินทางไปเมืองเฉิงตู มณฑลเสฉวน โดยมีที่ปรึกษาฝ่ายกฎหมาย "
        "อธิบดีกรมสมมติ ผู้อำนวยการสำนักงบประมาณสมมติ หัวหน้าฝ่ายสื่อสารองค์กร "
        "และเจ้าหน้าที่อีกกว่ายี่สิบคนร่วมคณะ "
        "เพื่อการประชุมคณะมนตรีกลุ่มสมมติ สมัยที่ 6 ในวันที่ 19 กันยายน 2570\n",
        "ผู้ว่าการสมมติมุ่งหน้าสู่การประชุมคณะมนตรี",
    )
    assert_under_review(meeting.city, "Chengdu")


def test_guard_thai_travel_to_a_city_for_no_meeting_gives_no_city() -> None:
    meeting = news_meeting(
        "ผู้ว่าการสมมติพร้อมคณะเดินทางไปเมืองเฉิงตู มณฑลเสฉวน เพื่อดูงานสวนเกษตรและพบปะผู้ส่งออก "
        "ในวันที่ 19 กันยายน 2570\n",
        "ผู้ว่าการสมมติมุ่งหน้าสู่จีน",
    )
    assert meeting.city is None


def _line_names_its_place(line: str) -> bool:
    """Whether a place phrase that is the whole of `line` says where the meeting is."""
    text = MessageText.of(line)
    return not elsewhere(text, Candidate(0, len(line), 1, rule="header_line"))


def test_the_city_a_delegation_left_from_is_not_the_meetings() -> None:
    assert not _line_names_its_place("คณะผู้แทนออกจากกรุงมะนิลาเมื่อเช้า มุ่งไปร่วมการสัมมนา")
    assert not _line_names_its_place("The minister departed from Hanoi for the meeting")


def test_guard_the_city_a_delegation_arrived_in_stays() -> None:
    assert _line_names_its_place("คณะผู้แทนเดินทางไปถึงกรุงมะนิลาเมื่อเช้า เพื่อร่วมการสัมมนา")


def test_a_country_inside_a_titled_thai_city_name_is_no_country() -> None:
    # "กรุงจากาตาร์", Jakarta as one news agency spells it, ends with Qatar's Thai name
    assert [p.name for p in find_places("ผู้แทนเข้ากรุงจากาตาร์แล้ว (อินโดนีเซีย)")] == ["Indonesia"]


def test_guard_a_country_after_its_own_title_stays() -> None:
    assert [p.name for p in find_places("ณ กรุงโดฮา ประเทศกาตาร์")][-1:] == ["Qatar"]


def test_guard_a_country_right_after_an_abbreviated_city_stays() -> None:
    assert [p.name for p in find_places("ที่กรุงเทพฯประเทศไทยจะเป็นเจ้าภาพ")] == [
        "Bangkok",
        "Thailand",
    ]


def test_guard_a_sentence_of_holding_outweighs_a_verb_of_opening() -> None:
    meeting = news_meeting(
        "The 12th Example Trade Ministers' Meeting opened in Da Nang on 4 May 2027.\n\n"
        "The meeting, held in Da Nang until 8 May, will adopt a work plan.\n"
    )
    assert value_of(meeting.city) == "Da Nang"
    assert rule_code(meeting.city) == "city.held_at"


# P4. A room after a heading's day and hour, the meeting joined online too.


def test_a_room_after_the_headings_hour_is_the_venue_under_review() -> None:
    meeting = meeting_of(
        "PLANNING SUBCOMMITTEE HYBRID MEETING NOTICE\n"
        "Wednesday, May 5, 2027 at 7:00 p.m., Room 214 and on Zoom\n"
        "The Planning Subcommittee will hold a public meeting on the draft plan.\n",
        "Planning Subcommittee Hybrid Meeting",
    )
    assert_under_review(meeting.venue, "Room 214")
    assert rule_code(meeting.venue) == "venue.room_after_hour"


def test_guard_a_clause_after_the_headings_hour_is_no_venue() -> None:
    meeting = meeting_of(
        "PLANNING SUBCOMMITTEE MEETING NOTICE\n"
        "Wednesday, May 5, 2027 at 7:00 p.m., Public Hearing on the Draft Plan\n"
        "The Planning Subcommittee will hold a public meeting on the draft plan.\n",
        "Planning Subcommittee Meeting",
    )
    assert meeting.venue is None


# P5. A meeting ID after a call-in line's "Meeting ID Number:"; a call-in ID alone names no
# meeting.


def test_a_meeting_id_number_after_a_call_in_number_is_read() -> None:
    meeting = meeting_of(
        "Board meetings are held in the Council Chamber on the 2nd Monday of each month.\n"
        "Board Call-In Number: (555) 010-0199 Meeting ID Number: 482 615 937#\n",
        "Board meetings",
    )
    assert [m.meeting_id for m in meeting.online_meetings] == ["482615937"]


def test_guard_a_teams_phone_conference_id_stays_the_bridges() -> None:
    meeting = meeting_of(
        "Join on your computer: https://teams.microsoft.com/l/meetup-join/example\n"
        "Or call in (audio only) +1 555 010 0100, Phone Conference ID: 618 204 937#\n",
        "Board meeting",
    )
    assert all(m.meeting_id != "618204937" for m in meeting.online_meetings)


def test_guard_a_page_of_call_in_lines_alone_is_no_meeting_update() -> None:
    """Guard: the meeting ID read after "Meeting ID Number:" does not make a page that tells
    how to join by phone news of a meeting (it was no update before the ID was read either)."""
    kind = kind_of(
        "Joining board sessions by phone",
        "Recordings of every board session are posted here once it ends. Residents may send "
        "remarks on any item ahead of time with the form at the bottom.\n"
        "Board Call-In Number: (555) 010-0188 Meeting ID Number: 730 214 569#\n",
    )
    assert kind is MessageKind.OTHER


# M1. Thai news of a meeting held by video.


def test_thai_meeting_held_by_way_of_video_is_virtual_under_review() -> None:
    meeting = news_meeting(
        "ที่ประชุมรัฐมนตรีสมมติผ่านทางวิดีโอมีขึ้นเมื่อเช้านี้ ผู้แทน 7 ชาติพิจารณาแผนสาธารณสุข\n",
        "การประชุมสุดยอดผู้นำตัวอย่าง",
    )
    assert_under_review(meeting.mode, Mode.VIRTUAL)
    assert rule_code(meeting.mode) == "mode.by_video_th"


def test_thai_video_conference_spelt_with_its_r_is_virtual() -> None:
    meeting = news_meeting(
        "สมาคมสมมติจัดประชุมใหญ่สามัญประจำปีเมื่อบ่ายวาน ทางวีดิโอคอนเฟอร์เรนซ์และมีสมาชิกร่วมฟังราว 80 คน\n",
        "ประชุมใหญ่สมาคมสมมติ",
    )
    assert_under_review(meeting.mode, Mode.VIRTUAL)


def test_guard_a_clip_watched_by_video_is_no_call() -> None:
    meeting = news_meeting(
        "ผู้เข้าร่วมการประชุมสุดยอดผู้นำได้ชมนิทรรศการผ่านวิดีโอคลิปที่บันทึกไว้ ณ ศูนย์การประชุมแห่งชาติ\n",
        "การประชุมสุดยอดผู้นำ",
    )
    assert value_of(meeting.mode) is not Mode.VIRTUAL


# M2. A virtual press briefing in news of a meeting held in a city.


def test_a_virtual_presser_in_news_of_a_summit_is_no_online_meeting() -> None:
    meeting = extract_text(
        "Example Summit to Bring Together 20 Leaders\n\n"
        "The host country is set to hold the 9th Example Summit in Jakarta on 5-7 May 2027.\n\n"
        '"Twenty leaders have confirmed so far," a spokeswoman said at Thursday\'s virtual '
        "presser.\n",
        "Example Summit to Bring Together 20 Leaders",
    ).meeting
    assert value_of(meeting.mode) is not Mode.VIRTUAL
    assert value_of(meeting.city) == "Jakarta"


def test_guard_a_summit_held_virtually_stays_virtual() -> None:
    meeting = news_meeting(
        "The 9th Example Summit will be held virtually on 5 May 2027, the director-general told "
        "reporters on Friday.\n"
    )
    assert value_of(meeting.mode) is Mode.VIRTUAL


# P6. A meeting's days between its noun and its city: "the yearly conference weekend in <City>".


def test_a_meeting_weekend_in_a_city_gives_the_city_under_review() -> None:
    meeting = news_meeting(
        "Because of flooding, the trustees have moved the yearly conference weekend in "
        "Asheville, North Carolina, to 7-9 October 2028; it had been set for 8-10 October 2027.\n"
    )
    assert_under_review(meeting.city, "Asheville")


def test_guard_a_week_in_a_city_after_no_meeting_noun_gives_no_city() -> None:
    meeting = news_meeting(
        "Members spent a busy week in Asheville, North Carolina, last year. The annual meeting "
        "takes place online on 8 October 2027.\n"
    )
    assert meeting.city is None


# M3. News that ministers could not travel to a meeting put off offers no way in from afar (the
# offer with its online words after it stays hybrid: test_places_round12's guard).


def test_ministers_unable_to_travel_to_a_meeting_put_off_is_no_hybrid() -> None:
    meeting = news_meeting(
        "Hosts put off the Example Ministers' Retreat on Monday. A number of delegations said "
        "they were not able to travel to the host city.\n\n"
        "The ministers held a virtual call last month.\n"
    )
    assert value_of(meeting.mode) is not Mode.HYBRID
