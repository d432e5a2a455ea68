"""Round twenty review mends (mend-r20c): near cases where places-r20's rules misfired, each in
an invented text, with the case the rule was written for kept beside it
(tests/realmail/FAILURES.md, "Round twenty, review mends (mend-r20c)")."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, value_of

# R1. "respectively" pairing things said after the place, not the place with other places.


def test_a_day_after_the_place_keeps_it_this_meetings() -> None:
    body = (
        "The Example Trade Forum will be held in Nairobi, Kenya on 14 May 2027, with the "
        "registration desk and the welcome dinner open on 13 and 14 May respectively.\n"
    )
    assert value_of(meeting_of(body).city) == "Nairobi"


def test_a_thai_clause_after_the_place_keeps_it_this_meetings() -> None:
    body = (
        "ด้วยกรมตัวอย่างกำหนดจัดประชุมคณะทำงานตัวอย่าง ครั้งที่ 4 ในวันที่ 14 พฤษภาคม 2570 "
        "ณ ห้องประชุม 2 อาคารตัวอย่าง จังหวัดขอนแก่น โดยมีอธิบดีและรองอธิบดีเป็นประธานและ"
        "รองประธานตามลำดับ\n"
    )
    meeting = meeting_of(body, "เชิญประชุมคณะทำงานตัวอย่าง")
    assert value_of(meeting.city) == "Khon Kaen"
    assert value_of(meeting.venue) == "ห้องประชุม 2 อาคารตัวอย่าง"


def test_places_listed_one_each_are_still_not_the_meetings() -> None:
    body = (
        "The fifth Example Regional Forum will take place on 14 May 2027 in the main hall.\n\n"
        "The earlier forums were organized in Nairobi, Lima and Oslo respectively.\n"
    )
    assert value_of(meeting_of(body).city) is None


def test_places_listed_with_their_days_are_still_not_the_meetings() -> None:
    body = (
        "The Example Roadshow will be held in Nairobi, Lima and Oslo on 3, 5 and 7 May 2027 "
        "respectively.\n"
    )
    assert value_of(meeting_of(body).city) is None


# R2. A Thai venue whose name says whom it serves, after a space.


def test_a_thai_venue_for_a_group_keeps_its_name() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 เวลา 09.00 น. "
        "ณ อาคารศูนย์ประชุม สำหรับเยาวชน จังหวัดขอนแก่น\n"
    )
    meeting = meeting_of(body, "เชิญประชุม")
    assert value_of(meeting.venue) == "อาคารศูนย์ประชุม สำหรับเยาวชน"


def test_a_thai_venue_still_ends_before_a_purpose() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 เวลา 09.00 น. "
        "ณ อาคารศูนย์ประชุม สำหรับการหารือร่วมกันครั้งนี้\n"
    )
    assert value_of(meeting_of(body, "เชิญประชุม").venue) == "อาคารศูนย์ประชุม"


# R3. The in-person plan given up: not an online plan given up, a desk, or one room ruled out.

_IN_ROOM = "The meeting will be held at the Example Hotel, Nairobi on 14 May 2027. {said}\n"


def test_a_virtual_plan_given_up_is_not_an_online_meeting() -> None:
    body = (
        "The workshop, originally planned as a virtual event, will be held in person at the "
        "Example Hotel, Nairobi on 14 May 2027, with online access via Zoom.\n"
    )
    assert value_of(meeting_of(body).mode) is not Mode.VIRTUAL


def test_a_place_given_up_is_not_the_room_given_up() -> None:
    body = (
        "The 2027 session, originally set for Geneva, will take place in person at the Example "
        "Hotel, Nairobi on 14 May 2027; remote participation via Zoom is available.\n"
    )
    assert value_of(meeting_of(body).mode) is not Mode.VIRTUAL


def test_an_in_person_plan_given_up_is_still_online() -> None:
    body = (
        "The Example Council was initially scheduled to meet in person in Nairobi; it will "
        "now meet on 14 May 2027 via Zoom only, and also by video link for observers.\n"
    )
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


def test_an_online_only_desk_is_not_an_online_meeting() -> None:
    said = (
        "Delegates attending in person register by 1 May. Virtual-only registration closes "
        "on 5 May for those following via Zoom."
    )
    meeting = meeting_of(_IN_ROOM.format(said=said))
    assert value_of(meeting.mode) is not Mode.VIRTUAL
    assert value_of(meeting.venue) == "Example Hotel"


def test_one_room_ruled_out_is_not_an_online_meeting() -> None:
    said = (
        "As we cannot physically meet in the main hall during its repair, the meeting moves "
        "to the annex. Delegates may also join via Zoom."
    )
    assert value_of(meeting_of(_IN_ROOM.format(said=said)).mode) is not Mode.VIRTUAL


def test_an_online_only_side_session_is_not_an_online_meeting() -> None:
    said = "An online-only pre-session for new members opens on 13 May via Zoom."
    assert value_of(meeting_of(_IN_ROOM.format(said=said)).mode) is not Mode.VIRTUAL


def test_a_speakers_video_message_is_not_an_online_meeting() -> None:
    said = "The Minister will greet the delegates via a video message."
    assert value_of(meeting_of(_IN_ROOM.format(said=said)).mode) is Mode.IN_PERSON


def test_a_zoom_call_is_still_online() -> None:
    body = "The Example Council will meet on 14 May 2027 via a Zoom call; the link follows.\n"
    assert value_of(meeting_of(body).mode) is Mode.VIRTUAL


def test_a_thai_reply_form_sent_online_is_not_an_online_meeting() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 ณ ห้องประชุม 2 อาคารตัวอย่าง "
        "จังหวัดขอนแก่น และขอให้ส่งแบบตอบรับการประชุมแบบออนไลน์ ภายในวันที่ 7 พฤษภาคม 2570\n"
    )
    assert value_of(meeting_of(body, "เชิญประชุม").mode) is Mode.IN_PERSON


def test_a_thai_online_option_beside_a_room_is_not_an_online_meeting() -> None:
    body = (
        "ขอเชิญเข้าร่วมอบรมหลักสูตรตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 ณ ห้องประชุม 2 อาคารตัวอย่าง "
        "จังหวัดขอนแก่น หรือเข้าร่วมอบรมแบบออนไลน์ผ่านระบบ Zoom\n"
    )
    meeting = meeting_of(body, "เชิญอบรม")
    assert value_of(meeting.mode) is not Mode.VIRTUAL
    assert value_of(meeting.venue) == "ห้องประชุม 2 อาคารตัวอย่าง"


def test_a_thai_meeting_held_online_is_still_online() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 เวลา 09.00 น. "
        "โดยจัดการประชุมแบบออนไลน์ ผ่านระบบของกรม\n"
    )
    assert value_of(meeting_of(body, "เชิญประชุม").mode) is Mode.VIRTUAL


def test_an_online_only_meeting_is_still_online() -> None:
    said = "The meeting is now in a virtual-only format, and members may join via Zoom."
    assert value_of(meeting_of(_IN_ROOM.format(said=said)).mode) is Mode.VIRTUAL


# R4. A Thai request after a total: the count asked is the request's.

_THAI_TOTAL = (
    "ขอเชิญเข้าร่วมประชุมคณะกรรมการตัวอย่าง ในวันที่ 14 พฤษภาคม 2570 ณ ห้องประชุม 2 "
    "อาคารตัวอย่าง จังหวัดขอนแก่น {said}\n"
)


def test_a_share_after_a_total_is_asked() -> None:
    said = "มีผู้เข้าร่วมทั้งหมด 150 คน จึงขอให้ส่งผู้แทน หน่วยงานละ 3 คน"
    assert value_of(meeting_of(_THAI_TOTAL.format(said=said), "เชิญประชุม").delegates_requested) == 3


def test_a_request_after_a_total_is_asked() -> None:
    said = "ผู้เข้าร่วมประชุม จำนวน 50 คน จึงขอให้ท่านส่งผู้แทนเข้าร่วม จำนวน 3 คน"
    assert value_of(meeting_of(_THAI_TOTAL.format(said=said), "เชิญประชุม").delegates_requested) == 3


def test_counts_of_a_total_are_still_not_asked() -> None:
    said = "มีผู้เข้าร่วมประชุม จำนวน 64 คน ผู้แทนสำนักงานตัวอย่าง จำนวน 12 คน"
    assert (
        value_of(meeting_of(_THAI_TOTAL.format(said=said), "เชิญประชุม").delegates_requested) is None
    )


# R5. A region in brackets after a city, not a country: no parting, so no namesake elsewhere.


def test_a_region_in_brackets_reads_no_namesake_elsewhere() -> None:
    body = "EXAMPLE UNION WORKSHOP\nPerth (Scotland), 3 - 7 May 2027\nMembers are invited.\n"
    assert value_of(meeting_of(body).country) != "Australia"


def test_a_country_in_brackets_still_parts_the_city() -> None:
    body = "EXAMPLE UNION WORKSHOP\nGeorgetown (Guyana), 3 - 7 May 2027\nMembers are invited.\n"
    assert value_of(meeting_of(body).city) == "Georgetown"


def test_a_thai_plea_after_a_total_is_asked() -> None:
    said = "กลุ่มเป้าหมาย จำนวน 90 คน\nจึงเรียนมาเพื่อโปรดพิจารณาให้ผู้แทนเข้าร่วม จำนวน 3 คน"
    assert value_of(meeting_of(_THAI_TOTAL.format(said=said), "เชิญประชุม").delegates_requested) == 3


def test_a_share_per_member_after_a_total_is_asked() -> None:
    body = (
        "The Example Council of the 35 member offices meets at the Example Hotel, Nairobi on "
        "14 May 2027. As agreed by all 35 member offices, 3 delegates per member may register.\n"
    )
    assert value_of(meeting_of(body).delegates_requested) == 3


def test_members_listed_after_a_total_are_still_not_asked() -> None:
    body = (
        "The Example Union, with 150 Member Offices, 12 Associate Offices and many observers, "
        "meets at the Example Hotel, Nairobi on 14 May 2027.\n"
    )
    assert value_of(meeting_of(body).delegates_requested) is None
