"""Round fourteen: place and mode classes missed on test14 (tests/realmail/FAILURES.md, "Round
fourteen fixes (places18)"), each in an invented text of the class's shape, with guards."""

from __future__ import annotations

from bot.understanding.record import Mode
from bot.understanding.rules import rule_of
from tests.understanding.helpers import (
    assert_held_unseen,
    assert_under_review,
    extract_text,
    meeting_of,
    value_of,
)

# M1. Online words where no meeting is held: a cancellation's "work may go on via
# teleconference", a meeting not convened whose business is "conducted online".

_CALLED_OFF = (
    "Dear colleagues,\n\n"
    "The committee has decided to cancel the spring meeting planned for 4-6 May 2027.\n\n"
    "We shall set up phone lines so the work can go on via "
    "teleconference, and we will hold the webinar series as a video conference.\n"
)


def test_online_words_of_a_cancelled_meeting_give_no_mode() -> None:
    # (places19: the words of the work that goes on without it name no way of the meeting)
    found = extract_text(_CALLED_OFF, "SPRING MEETING CANCELED")
    assert found.kind.value == "cancellation"
    assert found.meeting.mode is None


def test_online_words_of_a_meeting_not_convened_give_no_mode() -> None:
    meeting = meeting_of(
        "Annual Meeting 2027\n"
        "The situation prevents us convening an annual meeting this year. Members may ask for "
        "the papers by post; our preferred option is to e-mail them, which means all business "
        "is conducted online and voting is held online.\n",
        "Annual Meeting 2027",
    )
    assert meeting.mode is None


def test_guard_a_meeting_held_online_keeps_its_trust() -> None:
    meeting = meeting_of(
        "Annual Meeting 2027\n"
        "The annual meeting will be convened online on 5 May 2027 and will be held via Zoom; "
        "the business of the meeting is conducted online.\n",
        "Annual Meeting 2027",
    )
    # not doubted as a meeting not held: only the blind starts' hold on online words
    assert_held_unseen(meeting.mode, Mode.VIRTUAL)


# M2/M3. A room and a video meeting; an "electronic meeting"; in-person meetings given up.


def test_a_room_and_an_electronic_video_meeting_is_hybrid() -> None:
    meeting = meeting_of(
        "The public hearing takes place in Council Chambers at Town Hall, 1 Main "
        "Street, Example Town, and also as an electronic video meeting on Zoom. Doors and the "
        "online room open at 5:45 p.m. Under the current rules, the number of people "
        "attending in person may be capped.\n"
    )
    assert_under_review(meeting.mode, Mode.HYBRID)
    assert meeting.mode is not None
    assert rule_of(meeting.mode.reasons) == "mode.room_and_online"


def test_an_electronic_meeting_invitation_is_virtual() -> None:
    meeting = meeting_of(
        "Annual General Meeting 2027\n"
        "Members who wish to attend must register by 5 pm on 20 May by email; we reply with the "
        "electronic meeting invitation.\n",
        "Annual General Meeting 2027",
    )
    assert_under_review(meeting.mode, Mode.VIRTUAL)


def test_guard_electronic_meeting_materials_say_nothing_of_the_way() -> None:
    meeting = meeting_of(
        "Annual General Meeting 2027\n"
        "Members will receive the electronic meeting materials by 20 May.\n",
        "Annual General Meeting 2027",
    )
    assert value_of(meeting.mode) is None


def test_in_person_meetings_said_cancelled_after_them_leave_the_call() -> None:
    meeting = meeting_of(
        "We have met online ever since our in-person meetings were canceled last "
        "March. We now meet on Zoom, and anyone may join.\n"
        "Meetings are held on the third Monday of the month at Example Hall, starting at 7 pm.\n"
    )
    assert_under_review(meeting.mode, Mode.VIRTUAL)


# P1. "ร.ร.<Name>" after "ที่" is a venue; a guildhall is a building.


def test_a_shortened_thai_hotel_after_ti_is_the_venue() -> None:
    meeting = meeting_of(
        "ผู้ว่าราชการจังหวัดตัวอย่างเป็นประธานเปิดการประชุมผู้นำเมือง ครั้งที่ 3 "
        "ระหว่างวันที่ 26-28 มิ.ย. 2570 ที่ร.ร.ตัวอย่างพาเลซ\n",
        "ประชุมผู้นำเมือง",
    )
    assert value_of(meeting.venue) == "ร.ร.ตัวอย่างพาเลซ"


def test_guard_a_shortened_school_in_a_heading_is_not_read_after_a_year() -> None:
    meeting = meeting_of(
        "การประชุมผู้ปกครอง ปีการศึกษา 2570 ร.ร.เทศบาล 9\n\n"
        "เมื่อเวลา 14.10 น. วันที่ 3 กรกฎาคม 2570 ที่โรงเรียนเทศบาล 9 นายกเทศมนตรีได้พบผู้ปกครอง\n",
        "การประชุมผู้ปกครอง",
    )
    assert value_of(meeting.venue) == "โรงเรียนเทศบาล 9"


# P2. The city on the venue's own line, when the place phrase stops before it.


def test_the_city_after_a_guildhall_on_its_line_is_read() -> None:
    meeting = meeting_of(
        "The Executive Board meeting has been postponed. It will now be held on "
        "Wednesday 19 May 2027 at 3:30 p.m., in the main chamber at the Guildhall in "
        "Cambridge.\n"
    )
    assert value_of(meeting.venue) == "Guildhall"
    assert_under_review(meeting.city, "Cambridge")


def test_a_thai_venue_lines_city_wins_over_a_contacts_province() -> None:
    meeting = meeting_of(
        "ขอเชิญเข้าร่วมสัมมนา วันที่ 22 กันยายน 2570 ณ โรงแรมเดอะ ตัวอย่าง โฮเต็ล ประตูน้ำ "
        "กรุงเทพฯ\n\nติดต่อ สถาบันตัวอย่าง ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี\n",
        "สัมมนา",
    )
    assert_under_review(meeting.city, "Bangkok")


# P3. A country cited, or one of a list of several meetings' countries.


def test_a_country_a_meeting_had_been_held_in_is_not_this_ones() -> None:
    meeting = meeting_of(
        "Four regional workshops were on the Secretariat's list; the opening one had been "
        "held in Fiji that January. Registration for the colloquium opens on 1 March.\n"
    )
    assert value_of(meeting.country) is None


def test_countries_a_sentence_lists_for_several_meetings_are_not_read() -> None:
    meeting = meeting_of(
        "The other three workshops were to be held in Gabon for the French-speaking "
        "states late in May, in Zambia for English-speaking states in June.\n"
    )
    assert value_of(meeting.country) is None


def test_guard_one_country_a_sentence_names_is_still_read() -> None:
    meeting = meeting_of("The regional workshop will be held in Gabon at the end of May 2027.\n")
    assert value_of(meeting.country) == "Gabon"


# P1. A Thai room after "ที่" glued to the verb before it.


def test_a_thai_room_after_a_glued_ti_is_the_venue() -> None:
    meeting = meeting_of(
        "รัฐมนตรีว่าการกระทรวงตัวอย่างจะชี้แจงให้ผู้แทนองค์การระหว่างประเทศรับฟังที่ห้องตัวอย่าง "
        "กระทรวงตัวอย่าง ในวันที่ 2 ตุลาคม เวลา 14.30 น.\n",
        "บรรยายสรุป",
    )
    assert value_of(meeting.venue) == "ห้องตัวอย่าง กระทรวงตัวอย่าง"


def test_guard_each_in_a_room_of_their_own_is_no_venue() -> None:
    meeting = meeting_of(
        "ประชุมหัวหน้าส่วนราชการผ่านโปรแกรม Zoom โดยแต่ละท่านเข้าร่วมจากห้องทำงานของตนเอง\n",
        "ประชุมหัวหน้าส่วน",
    )
    assert value_of(meeting.venue) is None


# P2. A city and its own country in brackets beside the days.


def test_a_city_and_its_country_bracketed_after_the_days_is_read() -> None:
    meeting = meeting_of(
        "Regional Training Workshop on Example Plans\n\nDate: 3-5 May 2027 (Bangkok, Thailand)\n"
    )
    assert_under_review(meeting.city, "Bangkok")


def test_guard_a_persons_city_and_country_in_brackets_is_not_read() -> None:
    meeting = meeting_of(
        "Regional Training Workshop on Example Plans, 3-5 May 2027\n\n"
        "Speakers: Person A (Hong Kong, China) and Person B\n"
    )
    assert value_of(meeting.city) is None
