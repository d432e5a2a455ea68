"""Round twenty-one, review mends of places-r21b's rules (mend-r21g): near texts the rules got
wrong (tests/realmail/FAILURES.md, "Round twenty-one, review mends (mend-r21g)"), each in an
invented text, with a guard that the rule's own case still holds."""

from __future__ import annotations

from bot.understanding.record import Mode
from tests.understanding.helpers import meeting_of, value_of

# G1. "<verb> … ทางออนไลน์" is a meeting held online, not one registered for online, one said
# not to be online, nor a form its attendees fill in online.

_THAI_ROOM = (
    "ขอเชิญประชุมคณะทำงานสมมุติ ในวันที่ 12 มกราคม 2570 เวลา 10.00 น. ณ ห้องประชุม 3 อาคารตัวอย่าง\n\n{line}\n"
)


def _thai_mode(line: str) -> Mode | None:
    return value_of(meeting_of(_THAI_ROOM.format(line=line), "การประชุมคณะทำงานสมมุติ").mode)


def test_a_form_filled_in_online_is_no_way_of_the_meeting() -> None:
    assert _thai_mode("ขอให้ผู้เข้าร่วมประชุมกรอกแบบประเมินทางออนไลน์ภายหลังการประชุม") is (Mode.IN_PERSON)


def test_registering_online_for_the_meeting_is_no_way_of_it() -> None:
    assert _thai_mode("กรุณาลงทะเบียนเข้าร่วมประชุมทางออนไลน์ได้ที่ https://example.org/a") is (
        Mode.IN_PERSON
    )


def test_no_meeting_online_is_no_way_online() -> None:
    assert _thai_mode("ทั้งนี้ จะไม่มีการประชุมทางออนไลน์") is Mode.IN_PERSON


def test_guard_thai_talks_online_stay_virtual() -> None:
    body = "ขอเชิญประชุมหารือคณะทำงานสมมุติทางออนไลน์ ในวันที่ 12 มกราคม 2570 เวลา 10.00 น.\n"
    assert value_of(meeting_of(body, "การประชุมหารือคณะทำงานสมมุติ").mode) is Mode.VIRTUAL


# G2. One who received an invitation and went ("ได้รับคำเชิญจาก…", "invited by …") made the
# visit: its country stays; a visit offered ("invited the minister to …") still names none.

_THAI_VISIT = (
    "ผู้แทนกระทรวงตัวอย่าง{invite} เดินทางเยือนญี่ปุ่น ระหว่างวันที่ 12-13 มกราคม 2570 และได้หารือกับเจ้าหน้าที่สมมุติ\n"
)


def test_a_thai_visit_made_on_an_invitation_received_keeps_its_country() -> None:
    body = _THAI_VISIT.format(invite="ได้รับคำเชิญจากรัฐบาลสมมุติ")
    assert value_of(meeting_of(body).country) == "Japan"


def test_guard_a_thai_visit_accepted_still_names_no_country() -> None:
    body = _THAI_VISIT.format(invite="ได้ตอบรับคำเชิญที่จะ")
    assert value_of(meeting_of(body).country) is None


_ENGLISH_VISIT = (
    "Dear colleagues,\n\nOn 12 January 2027 the Sample Minister met the Example Envoy.\n"
    "{visit} Japan, where the talks were held.\n"
)


def test_an_english_visit_made_when_invited_by_a_host_keeps_its_country() -> None:
    body = _ENGLISH_VISIT.format(
        visit="Invited by the Example Government, the minister paid an official visit to"
    )
    assert value_of(meeting_of(body).country) == "Japan"


def test_guard_an_english_visit_offered_still_names_no_country() -> None:
    body = _ENGLISH_VISIT.format(visit="The envoy invited the minister to pay an official visit to")
    assert value_of(meeting_of(body).country) is None


# G3. A Thai venue is not cut before "ในฐานะ" when the word before it is a room's number, nor
# before "ในฐานะที่" (since, as).

_THAI_NUMBERED_ROOM = (
    "ขอเชิญประชุมคณะกรรมการสมมุติ ในวันที่ 12 มกราคม 2570 เวลา 10.00 น. ณ ห้องประชุม 301 {after}\n"
)


def _room(after: str) -> str | None:
    body = _THAI_NUMBERED_ROOM.format(after=after)
    return value_of(meeting_of(body, "การประชุมคณะกรรมการสมมุติ").venue)


def test_a_room_s_number_before_in_capacity_stays() -> None:
    assert _room("ในฐานะเจ้าภาพร่วม") == "ห้องประชุม 301"


def test_a_reason_after_the_room_does_not_cut_it() -> None:
    assert _room("ในฐานะที่กรมเป็นเจ้าภาพ") == "ห้องประชุม 301"


# G4. A decision not to hold a part or a way of the meeting ("a separate online session") does
# not call the meeting off: its face-to-face words stay its way.

_NOT_HOLDING = (
    "Dear colleagues,\n\nThe organisers decided not to hold {what}.\n"
    "The workshop will take place on 12 January 2027 at 09:00. Participants will meet face to "
    "face at the Example Centre, Room 2.\n"
)


def _workshop_mode(what: str) -> Mode | None:
    return value_of(meeting_of(_NOT_HOLDING.format(what=what), "Workshop arrangements").mode)


def test_not_holding_a_separate_online_session_leaves_the_meeting_s_way() -> None:
    assert _workshop_mode("a separate online session") is Mode.IN_PERSON


def test_guard_not_holding_the_workshop_gives_no_way() -> None:
    assert _workshop_mode("the workshop this year") is None
