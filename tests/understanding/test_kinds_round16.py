"""Message kinds in the forms of round sixteen's failure classes (tests/realmail/FAILURES.md,
"Round sixteen fixes (kinds21)"; the texts are invented in each class's shape): Thai news
whose paragraph opens on the day it tells of ("วันนี้ …", "เมื่อวัน…", "วันที่ <day>") and whose
verb is told as done (ได้ before it, or an official's call or chair) is a report, though it
names no meeting noun; so is English news that addresses no one and whose first sentences
tell a meeting in the past tense on a day not after the message's. A body's decision "not to
proceed with" its meeting, "which was scheduled to be held online", calls it off; a notice
whose table says "date change from <old day>" follows the one that gave the day. A count
governed by "from" ("delegations from 12 members") counts senders, no delegation asked for.
Guards: the same Thai opening with จะ before the verb, an invitation's เชิญ, a written day
after the message's, and a memo's date line over its subject are no reports; nor are English
news of a meeting on a day to come and a notice that addresses its reader; a decision to
proceed calls nothing off, and a meeting called off in person but held online is moved; "up
to two delegates from each member" is still asked for.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of, meeting_of, value_of


@pytest.mark.parametrize(
    "opening",
    # (the day written as the date engine reads it: Thai digits, a two-digit year)
    ["วันนี้ เวลา 10.30 น.", "เมื่อวันอังคารที่ 31 มีนาคม 2569", "วันที่ 30 มี.ค. 2569", "วันที่ ๓๐ มี.ค. ๖๙"],
)
def test_thai_news_opening_on_its_day_with_a_deed_done_is_a_report(opening: str) -> None:
    body = (
        "สถานกงสุลใหญ่ ณ เมืองตัวอย่าง\n\n"
        f"{opening} นายตัวอย่าง สมมติ กงสุลใหญ่ ได้ให้การต้อนรับผู้แทนสมาคมตัวอย่าง "
        "ที่สถานกงสุลใหญ่ โดยได้แลกเปลี่ยนความเห็นเรื่องความร่วมมือ\n"
    )
    assert kind_of("กงสุลใหญ่ให้การต้อนรับผู้แทนสมาคมตัวอย่าง", body) is MessageKind.REPORT


def test_an_officials_call_told_without_the_past_mark_is_a_report() -> None:
    body = (
        "วันที่ 30 มี.ค. 2569 เอกอัครราชทูตสมมติ เข้าพบ Person A ผู้ว่าการเมืองตัวอย่าง "
        "ที่ศาลาว่าการเมือง เพื่อแนะนำตัว\n"
    )
    assert kind_of("เอกอัครราชทูตเข้าพบผู้ว่าการเมือง", body) is MessageKind.REPORT


def test_a_council_session_told_as_held_today_is_a_report() -> None:
    body = (
        "วันนี้ เวลา ๐๙.๓๐ น. นายสมมติ ตัวอย่าง ประธานสภาเทศบาลตำบลตัวอย่าง ได้เรียกประชุมสภา "
        "สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๙ ณ ห้องประชุมเทศบาล\n"
    )
    assert kind_of("ประชุมสภา สมัยสามัญ สมัยที่ ๓", body) is MessageKind.REPORT


def test_guard_the_same_opening_looking_ahead_is_no_report() -> None:
    body = "วันนี้ เวลา 10.30 น. นายตัวอย่าง สมมติ กงสุลใหญ่ จะให้การต้อนรับผู้แทนสมาคมตัวอย่าง ที่สถานกงสุลใหญ่\n"
    assert kind_of("กงสุลใหญ่ให้การต้อนรับผู้แทนสมาคมตัวอย่าง", body) is not MessageKind.REPORT


def test_guard_a_written_day_after_the_message_is_no_report() -> None:
    body = (
        "วันที่ 20 เม.ย. 2569 นายตัวอย่าง สมมติ นายกเทศมนตรี เป็นประธานการประชุมคณะกรรมการ"
        "ตัวอย่าง ณ ห้องประชุมเทศบาล\n"
    )
    assert kind_of("ประชุมคณะกรรมการตัวอย่าง", body) is not MessageKind.REPORT


def test_guard_an_invitation_opening_on_its_day_invites() -> None:
    body = "วันนี้ เวลา 13.00 น. ขอเชิญสมาชิกทุกท่านได้ร่วมประชุมสมาชิกสมาคมตัวอย่าง ณ ห้องประชุมใหญ่\n"
    assert kind_of("ขอเชิญประชุมสมาชิก", body) is MessageKind.INVITATION


def test_guard_a_memos_date_line_over_its_subject_is_no_report() -> None:
    body = (
        "ที่ ตย 0001/123\n"
        "วันที่ 30 มีนาคม 2569\n"
        "เรื่อง ขอเชิญประชุมคณะทำงานตัวอย่าง\n"
        "เรียน หัวหน้าส่วนราชการ\n\n"
        "ด้วยสำนักงานตัวอย่างได้กำหนดประชุมคณะทำงาน ในวันที่ 10 เมษายน 2569 เวลา 09.00 น.\n"
    )
    assert kind_of("ขอเชิญประชุมคณะทำงานตัวอย่าง", body) is MessageKind.INVITATION


def test_english_news_told_in_the_past_on_a_weekday_is_a_report() -> None:
    body = (
        "Example City, 28 March 2026\n\n"
        "The ministers of the Example Forum concluded their meeting in Example City on Saturday "
        "by adopting a joint statement on trade.\n\n"
        "The statement sets out the Forum's work for the coming years.\n"
    )
    assert kind_of("Example Forum ministers adopt joint statement", body) is MessageKind.REPORT


def test_english_news_of_a_preparatory_meeting_held_is_a_report() -> None:
    body = (
        "Person A, head of the delegation of Example Land, joined counterparts from other "
        "countries in Example City on March 30 to discuss preparations for the Example Summit.\n"
        "Taking place on April 10-11, the Example Summit will discuss regional cooperation.\n"
    )
    assert kind_of("Senior officials meet on Example Summit", body) is MessageKind.REPORT


def test_guard_english_news_of_a_meeting_on_a_day_to_come_is_no_report() -> None:
    body = (
        "The ministers of the Example Forum announced their meeting in Example City on "
        "April 20 to adopt a joint statement on trade.\n"
    )
    assert kind_of("Example Forum ministers to meet", body) is not MessageKind.REPORT


def test_guard_a_notice_addressing_its_reader_is_no_report() -> None:
    body = (
        "The Example Committee concluded its meeting in Example City on March 30 and agreed to "
        "meet again on 20 April 2026. Please note the revised agenda attached.\n"
    )
    assert kind_of("Example Committee: next meeting", body) is not MessageKind.REPORT


def test_a_decision_not_to_proceed_with_a_meeting_planned_online_cancels_it() -> None:
    body = (
        "Kindly be advised that the Example Commission, in coordination with the Chair of the "
        "Example Forum, has decided not to proceed with the third meeting of the Example Forum, "
        "that was scheduled to be held online on 20 April 2026.\n\n"
        "The Commission will advise participants of a new date in due course.\n"
    )
    assert kind_of("Third meeting of the Example Forum", body) is MessageKind.CANCELLATION


def test_guard_a_decision_to_proceed_calls_nothing_off() -> None:
    body = (
        "Kindly be advised that the Example Commission has decided to proceed with the third "
        "meeting of the Example Forum, to be held in Example City on 20 April 2026.\n"
    )
    assert kind_of("Third meeting of the Example Forum", body) is not MessageKind.CANCELLATION


def test_guard_a_meeting_called_off_in_person_and_held_online_is_moved() -> None:
    body = (
        "The Example Board has decided not to proceed with the in-person meeting of 20 April "
        "2026. The meeting will be held online on the same day.\n"
    )
    assert kind_of("Example Board meeting", body) is not MessageKind.CANCELLATION


def test_a_notice_whose_table_gives_a_date_change_is_an_update() -> None:
    body = (
        "NOTICE OF MEETING\n\n"
        "Notice is given that the meeting below will take place in the Example Hall, "
        "Example Street, Example Town:\n\n"
        "Meeting\nExample Subcommittee\n\nDate\n"
        "Thursday 23 April 2026 (please note date change from 22 April 2026)\n\nTime\n1.00pm\n"
    )
    assert kind_of("Notice of meeting", body) is MessageKind.UPDATE


def test_a_count_of_those_who_send_asks_for_no_delegation() -> None:
    body = (
        "Delegations from 12 members of the Example Forum, including 9 ministers, are "
        "gathering in Example City this week for the Example Forum Ministerial Meeting on "
        "20 April 2026.\n"
    )
    assert (
        value_of(meeting_of(body, "Example Forum Ministerial Meeting").delegates_requested) is None
    )


def test_guard_delegates_asked_from_each_member_are_read() -> None:
    body = (
        "Each member of the Example Forum is invited to send up to two delegates to the Example "
        "Forum Ministerial Meeting in Example City on 20 April 2026.\n"
    )
    assert value_of(meeting_of(body, "Example Forum Ministerial Meeting").delegates_requested) == 2
