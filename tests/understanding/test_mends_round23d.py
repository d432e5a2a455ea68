"""Review mends of round twenty-three's Thai titles and Thai venues (mend-r23d2;
tests/realmail/FAILURES.md, "Round twenty-three, review mends (mend-r23d2)"): the near texts the
new rules misread, invented, each beside a guard that the rule's own form still reads as before.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

from tests.understanding.helpers import REVIEW_AT, confidence_of, meeting_of, value_of

_INVITE = "ขอเชิญประชุมคณะกรรมการตัวอย่าง"


def _venue_of(place: str) -> str | None:
    body = f"{_INVITE} ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ {place}\n"
    return value_of(meeting_of(body, _INVITE).venue)


def test_an_invited_preparatory_meetings_own_room_is_its_place() -> None:
    # the subject names the preparing meeting itself, though not its purpose ("เตรียม")
    body = (
        "ด้วยสำนักงานตัวอย่าง จะจัดประชุมคณะทำงานตัวอย่าง เพื่อเตรียมความพร้อมการจัดงานมหกรรม"
        "ตัวอย่าง ณ ห้องประชุมตัวอย่าง ชั้น 2 อาคารตัวอย่าง ในวันที่ 20 เมษายน 2569 เวลา 13.30 น.\n"
        "จึงขอเชิญท่านเข้าร่วมประชุม\n"
    )
    meeting = meeting_of(body, "ขอเชิญประชุมคณะทำงานตัวอย่าง")
    assert value_of(meeting.venue) == "ห้องประชุมตัวอย่าง ชั้น 2 อาคารตัวอย่าง"


def test_guard_a_preparing_meetings_place_is_not_the_prepared_summits() -> None:
    body = (
        "เมื่อวันที่ 1 เมษายน 2569 รัฐมนตรีตัวอย่าง เป็นประธานการประชุมคณะทำงานระดับชาติเพื่อ"
        "เตรียมการจัดการประชุมสุดยอดตัวอย่าง ครั้งที่ 5 ณ ห้องประชุมกระทรวงตัวอย่าง\n"
    )
    meeting = meeting_of(body, "ไทยจะเป็นเจ้าภาพการประชุมสุดยอดตัวอย่าง ครั้งที่ 5")
    assert value_of(meeting.venue) is None


def test_a_word_opened_by_state_does_not_close_the_address() -> None:
    place = "ห้องประชุมใหญ่ สำนักงานคณะกรรมการนโยบาย รัฐวิสาหกิจ"
    assert _venue_of(place) == place


def test_guard_a_state_after_its_city_closes_the_address() -> None:
    assert _venue_of("วัดตัวอย่างราม เมืองตัวอย่างวิลล์ รัฐโอไฮโอ") == "วัดตัวอย่างราม"


def test_a_rooms_name_opened_by_pen_is_no_next_clause() -> None:
    place = "ห้องประชุม เป็นหนึ่ง ชั้น 4 อาคารตัวอย่าง"
    assert _venue_of(place) == place


def test_a_rooms_name_with_and_together_is_no_next_clause() -> None:
    place = "ห้องประชุมสามัคคีและร่วมใจ ชั้น 2 อาคารตัวอย่าง"
    assert _venue_of(place) == place


def test_guard_presiding_after_a_place_ends_it() -> None:
    body = (
        "เมื่อวันที่ 1 เมษายน 2569 กงสุลใหญ่ ณ นครตัวอย่าง เป็นประธาน ณ โรงแรมตัวอย่าง ในการประชุมสมาคมตัวอย่าง\n"
    )
    assert value_of(meeting_of(body, "ประชุมสมาคมตัวอย่าง").venue) == "โรงแรมตัวอย่าง"


def test_a_term_of_office_is_no_agenda() -> None:
    """A fair's sentence that tells a chairman's term ("วาระที่ 2") names no meeting: the fair's
    place is not the invited meeting's."""
    body = (
        "เมื่อวันที่ 1 เมษายน 2569 นายตัวอย่าง ใจดี ซึ่งดำรงตำแหน่งวาระที่ 2 ได้นำคณะเข้าชมงาน "
        "Example Expo 2026 ณ ศูนย์แสดงสินค้าตัวอย่าง\n"
        f"จึง{_INVITE} ในวันที่ 20 เมษายน 2569 เวลา 09.30 น.\n"
    )
    assert meeting_of(body, _INVITE).venue is None


def test_guard_an_agendas_numbered_item_names_a_meeting() -> None:
    body = (
        "ระเบียบวาระที่ 2 เรื่องผลการแข่งขัน Example Open Championship 2026 ณ ห้องประชุมชั้น 3 อาคารตัวอย่าง\n"
    )
    assert value_of(meeting_of(body, _INVITE).venue) == "ห้องประชุมชั้น 3 อาคารตัวอย่าง"


def test_a_second_at_before_the_city_goes_on_with_the_place() -> None:
    """ "ณ โรงแรม<X> ณ กรุง<city>": the city is the place's, read with it as sure as before."""
    body = f"{_INVITE} ในวันที่ 20 เมษายน 2569 เวลา 09.30 น. ณ โรงแรมตัวอย่าง ณ กรุงโตเกียว\n"
    meeting = meeting_of(body, _INVITE)
    assert value_of(meeting.city) == "Tokyo"
    assert confidence_of(meeting.city) >= REVIEW_AT
