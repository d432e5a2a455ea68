"""Round seven's field classes (tests/realmail/FAILURES.md, M1, Q1, D1, D3, D6, R1), each in
an invented text of the class's shape: a way of attending that is not the meeting's mode, a cap
on the representatives of every country, a registration window that is a deadline rather than
the meeting, and a briefing beside the meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding.record import Mode
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import extract_text

# M1: mode


def test_either_way_of_attending_is_hybrid_not_virtual() -> None:
    mode = extract_text(
        "Registration Form\n\nEach club that takes part in the Open Day should register here."
        " A club is everyone who meets in one place (physically or virtually) for the day.\n"
    ).meeting.mode
    assert mode is not None
    assert mode.value is Mode.HYBRID


def test_virtual_posters_of_a_conference_in_a_hall_are_not_its_mode() -> None:
    mode = extract_text(
        "The Regional Labour Statistics Conference will be held at the Grand Hall, Hotel"
        " Riverside, Vientiane, on 12-14 May 2026. Virtual posters will be shown on the"
        " conference website.\n"
    ).meeting.mode
    assert mode is not None
    assert mode.value is Mode.IN_PERSON


def test_remote_conferencing_is_virtual() -> None:
    mode = extract_text(
        "Board of Trustees Regular Meeting\nRemote Conferencing\nThursday, 7 May 2026, 10:00\n"
        "Meeting ID: 812 3456 7890\nPasscode: 123456\n"
    ).meeting.mode
    assert mode is not None
    assert mode.value is Mode.VIRTUAL
    assert mode.confidence >= 0.8


@pytest.mark.parametrize(
    "body",
    [
        "Guideline for the Panel Session\n\n- Participants join the Zoom meeting through"
        " the link sent by the Committee.\n",
        "The platform of the Regional Forum 2026 is the Cisco Webex Event. Speakers should install"
        " the application before 4 May 2026.\n",
        "กระทรวงฯ จะชี้แจงแนวทางการปฏิบัติงาน ในวันที่ 13 พฤษภาคม 2569 เวลา 14.00 น. ผ่านทาง"
        "การประชุม VDO conference ไปยังศาลากลางจังหวัดทุกจังหวัด\n",
    ],
)
def test_the_platform_participants_join_by_is_virtual(body: str) -> None:
    mode = extract_text(body).meeting.mode
    assert mode is not None
    assert mode.value is Mode.VIRTUAL


def test_onsite_registration_desk_says_nothing_of_the_mode() -> None:
    mode = extract_text(
        "Registration for the Workshop on Skills Statistics, 12 May 2026, is open online."
        " On-site registration will begin at 8:30.\n"
    ).meeting.mode
    assert mode is None or mode.value is not Mode.IN_PERSON


def test_postponed_without_new_day_doubts_the_old_plans_mode() -> None:
    record = extract_text(
        "สมาคมฯ เลื่อนการจัดงานสัมมนาวิชาการประจำปี 2569\n\nตามที่สมาคมฯ กำหนดจัดงานสัมมนาวิชาการ"
        "ประจำปี 2569 ในวันที่ 20 พฤษภาคม 2569 ณ โรงแรมริมน้ำ กรุงเทพมหานคร นั้น"
        " สมาคมฯ ขอเลื่อนการจัดงานออกไปก่อน จนกว่าจะแจ้งให้ทราบอีกครั้ง\n",
        subject="เลื่อนการจัดงานสัมมนาวิชาการประจำปี 2569",
    ).meeting
    assert record.mode is None or record.mode.confidence < 0.8


# Q1: delegates requested


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Only two representatives from every participating country will be admitted to the"
         " plenary hall. Each delegation is requested to designate one official as its focal"
         " point.", 2),
        ("Each delegation should designate one official as contact point. Only 3"
         " representatives from every member economy may attend the dialogue.", 3),
    ],
)  # fmt: skip
def test_a_cap_on_every_countrys_representatives_is_the_request(sentence: str, count: int) -> None:
    delegates = extract_text(sentence).meeting.delegates_requested
    assert delegates is not None
    assert delegates.value == count


def test_an_acronyms_ordinal_is_no_count_of_delegates() -> None:
    delegates = extract_text("The 9MSP delegates adopted the report of the Meeting.\n").meeting
    assert delegates.delegates_requested is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The session will be webcast in the six official languages of the Example Organization.",
        "An estimated two million people were displaced by the floods in the region.",
        "Please register only one person per registration form.",
        "Right now we have two officers of the committee on leave.",
    ],
)
def test_counts_of_other_things_are_no_delegates(sentence: str) -> None:
    assert extract_text(sentence).meeting.delegates_requested is None


# D1, R1: registration windows are deadlines, not the meeting


def test_a_registration_window_is_a_deadline_not_the_meeting() -> None:
    record = extract_text(
        "Forum on Decent Work 2026\n\nPre-registration: from 4 May to 29 May 2026.\n\n"
        "The Forum will be held on 16-17 June 2026 in Geneva.\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 6, 16)
    deadline = record.registration_deadline
    assert deadline is not None
    assert day_of(deadline.value) == dt.date(2026, 5, 29)


def test_a_thai_registration_period_ends_on_its_last_day() -> None:
    record = extract_text(
        "การแข่งขันทักษะวิชาการระดับจังหวัด ประจำปี 2569\n\nรับสมัคร ระหว่างวันที่ 1 - 15 พฤษภาคม 2569\n\n"
        "การแข่งขันจะจัดขึ้นในวันที่ 6 มิถุนายน 2569 ณ โรงเรียนบ้านนา\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 6, 6)
    deadline = record.registration_deadline
    assert deadline is not None
    assert day_of(deadline.value) == dt.date(2026, 5, 15)


def test_registration_that_ends_on_a_day_sets_the_deadline() -> None:
    deadline = extract_text(
        "Pre-registration ends May 20, 2026. The Assembly meets on 9 June 2026 in Nairobi.\n"
    ).meeting.registration_deadline
    assert deadline is not None
    assert day_of(deadline.value) == dt.date(2026, 5, 20)


def test_accreditation_before_a_day_is_a_registration_deadline() -> None:
    deadline = extract_text(
        "The Permanent Mission has the honour to inform that requests for accreditation to the"
        " Session, to be held on 8-10 June 2026, should reach the Secretariat before 15 May"
        " 2026.\n"
    ).meeting.registration_deadline
    assert deadline is not None
    assert day_of(deadline.value) in {
        dt.date(2026, 5, 14),
        dt.date(2026, 5, 15),
    }


# D6: a timeline of bulleted days, each labelled under its day


def test_a_timeline_item_labels_its_day_from_under_it() -> None:
    record = extract_text(
        "กำหนดการ\n\n• 1 เมษายน 2569\n\n  เปิดรับลงทะเบียน และส่งบทความ\n\n"
        "• 30 เมษายน 2569\n\n  วันสุดท้ายของการลงทะเบียน\n\n"
        "• 5 – 20 พฤษภาคม 2569\n\n  แจ้งผลการพิจารณาบทความ\n\n"
        "• 6 มิถุนายน 2569\n\n  วันจัดการประชุมวิชาการ\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 6, 6)
    deadline = record.registration_deadline
    assert deadline is not None
    assert day_of(deadline.value) == dt.date(2026, 4, 30)


# D3: a briefing's day before the meeting's


def test_a_briefings_day_is_not_the_meetings() -> None:
    record = extract_text(
        "Dear colleagues,\n\nA briefing on the Meeting of States Parties will be held on Monday,"
        " 4 May 2026 (10:00-12:00 CEST) in Room XIX.\n\nThe Meeting itself convenes from 25 to"
        " 29 May 2026.\n",
        subject="Meeting of States Parties",
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 5, 25)


def test_the_days_of_the_meetings_that_precede_it_are_not_its_own() -> None:
    record = extract_text(
        "Dear colleagues,\n\nThe Senior Officials Meeting will be held on 14 May 2026 in Hanoi,"
        " preceded by technical meetings on 12-13 May 2026.\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 5, 14)
    assert record.end is None


def test_the_days_of_the_meetings_it_follows_are_not_its_own() -> None:
    record = extract_text(
        "Workshop on Skills Statistics\n\nThe Workshop will be held on 3 June 2026, following"
        " the technical meetings of 1-2 June 2026.\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 6, 3)
    assert record.end is None


# D1: a fees table's rates; D4: a report's month


def test_the_day_a_fee_applies_from_is_not_the_meeting() -> None:
    record = extract_text(
        "Registration fees\n\nEarly Bird\nPrior to 31 Mar 26\nRegular\nAfter 31 Mar 26\n"
        "Student 2,500 3,500\n",
        subject="Registration fees",
    ).meeting
    assert record.start is None


def test_a_reports_month_in_the_subject_is_no_meetings_days() -> None:
    record = extract_text(
        "Report of the Committee on Migration\nMay 2026\n\nThe Committee met to review the"
        " work plan.\n",
        subject="Report of the Committee on Migration, May 2026",
    ).meeting
    assert record.start is None
    assert record.end is None


# D2: the meeting's row in a schedule table a PDF broke into lines, its label naming the year


def test_a_tables_meeting_row_whose_label_names_its_year_is_the_meeting() -> None:
    record = extract_text(
        "กำหนดการ\n"
        "1 เปิดรับบทความ\nและลงทะเบียน\n1 ธันวาคม\n2568 – 15 มกราคม\n2569\n"
        "2 การสัมมนาวิชาการ\nระดับภูมิภาค\nครั้งที่ 5\nพ.ศ. 2569\n20 กุมภาพันธ์ 2569\n"
        "3 ส่งบทความฉบับ\nแก้ไขเพื่อตีพิมพ์\n5 มีนาคม 2569\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 2, 20)


def test_a_changes_lists_new_days_are_the_meetings() -> None:
    record = extract_text(
        "Changes to the calendar of meetings for 2026\n\nThe following changes have been made:\n\n"
        "- Working Party on Road Safety: 12-14 May 2026 (instead of 5-7 May 2026)\n"
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 5, 12)


def test_new_dates_under_a_label_are_the_postponements_new_days() -> None:
    record = extract_text(
        "Working Party on Road Safety\n\nThe session of the Working Party, originally scheduled"
        " for 5-7 May 2026, has been rescheduled.\n\nNew dates: 12–14 May 2026\n",
        subject="Rescheduled: Working Party on Road Safety",
    ).meeting
    assert record.start is not None
    assert day_of(record.start.value) == dt.date(2026, 5, 12)


# P1: a Thai room named for a person, its title's letters spaced by a PDF


@pytest.mark.parametrize(
    "room",
    ["ห้องประชุม ศ . นพ . สมชาย ใจดี", "ห้องประชุม ศ.ดร.สมชาย ใจดี"],
)
def test_a_room_named_for_a_person_keeps_its_name_and_building(room: str) -> None:
    record = extract_text(
        "ขอเชิญประชุมคณะกรรมการ ในวันที่ 12 พฤษภาคม 2569 เวลา 09.30 น."
        f" ณ {room} อาคาร 2 คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น\n"
    ).meeting
    assert record.venue is not None
    assert record.venue.value.startswith(f"{room} อาคาร 2")
    assert record.city is not None
    assert record.city.value == "Khon Kaen"


def test_a_city_after_a_glued_thai_at_is_where_they_meet_under_review() -> None:
    record = extract_text(
        "รมต.ต่างประเทศอาเซียนหารือที่เวียงจันทน์\n\nการประชุมจะจัดขึ้นในวันที่ 8 กรกฎาคม 2569\n"
    ).meeting
    assert record.city is not None
    assert record.city.value == "Vientiane"
    assert record.city.confidence < 0.8
