"""Message kinds in the forms of round seventeen's failure classes (tests/realmail/FAILURES.md,
"Round seventeen fixes (kinds22)"; the texts are invented in each class's shape): a story that
gives a third party's word and addresses no reader tells of invitations sent to others, not one
to the office; a Thai appeal whose เข้าร่วม is the noun of those who take part (ผู้เข้าร่วม)
invites no one to attend; a call-off denied ("we cannot postpone it") calls nothing off; a
subject that names the meeting held by video makes the text's call-off the story of a change,
an update; งด (called off) before the meetings it names calls them off, also where a PDF breaks
the line after งด; a subject that "shifts" the meeting to a year puts it off, and a subject that
puts it off is believed over a newsletter named below; Thai news of a leader "มีกำหนด…"
(scheduled) to leave today for a meeting, and of one "จะจัดการประชุม" next week, are no
reports, and one told "ในการประชุม… เมื่อวันที่ …" is; authors "invited to submit papers" are
asked for a paper. A byline's "Date <day>" is the page's day: the meeting's is the one its
story names.
Guards: an invitation that addresses its reader, a public invited to attend, a postponement
said, a "Virtual" meeting put off, a green meeting's "งดการจัดพิมพ์", a move to another room, a
newsletter that calls nothing off, and a resolution recited "มีมติในการประชุม…" keep their kinds;
a notice's "Date:" label still gives the meeting's day.
Messages are sent on 2 April 2026 (tests.understanding.helpers)."""

from __future__ import annotations

import datetime as dt

from bot.understanding.record import MessageKind
from bot.understanding.temporal.types import day_of
from tests.understanding.helpers import extract_text, kind_of, meeting_of

_STORY = (
    "Example City. The chair country said on Friday that it had invited 20 leaders to the "
    "upcoming Example Summit in Example City on 20 April 2026.\n\n"
    "The foreign ministry said the Example Convention Centre would host the Summit.\n"
)


def test_a_story_of_invitations_sent_to_others_is_no_invitation() -> None:
    assert kind_of("Example Summit to gather 20 leaders", _STORY) is MessageKind.OTHER


def test_guard_an_invitation_that_addresses_its_reader_invites() -> None:
    body = f"{_STORY}\nYou are invited to attend a side event of the Summit on 21 April 2026.\n"
    assert kind_of("Example Summit to gather 20 leaders", body) is MessageKind.INVITATION


def test_a_thai_appeal_to_welcome_those_who_take_part_is_no_invitation() -> None:
    body = (
        "เนื่องในวาระที่เมืองสมมติรับหน้าที่เจ้าภาพงานสัมมนาระดับภูมิภาคสมมติ ครั้งที่ 3 "
        "วันที่ 7-9 สิงหาคม 2569 ณ ศูนย์ประชุมสมมติ\n"
    )
    subject = "เชิญชวนชาวเมืองสมมติช่วยกันดูแลผู้เข้าร่วมการสัมมนาระดับภูมิภาคสมมติ"
    assert kind_of(subject, body) is not MessageKind.INVITATION


def test_guard_a_public_invited_to_attend_is_invited() -> None:
    body = "วันศุกร์ที่ 14 สิงหาคม 2569 เวลา 18.30 น. ณ สถานกงสุลใหญ่ เมืองสมมติ\n"
    subject = "ขอเชิญคนไทยในเมืองสมมติเข้าร่วมงานเลี้ยงรับรองวันชาติ"
    assert kind_of(subject, body) is MessageKind.INVITATION


_VIDEO_STORY = (
    "The Example Ministers' Meeting will be held via video conference on 20 April 2026, the "
    "ministry said. {said}\n"
)


def test_a_call_off_denied_calls_nothing_off() -> None:
    body = _VIDEO_STORY.format(said='"We simply cannot postpone it again," she said.')
    assert kind_of("Example Ministers to meet on trade", body) is MessageKind.OTHER


def test_guard_a_postponement_said_puts_off() -> None:
    body = _VIDEO_STORY.format(said="The meeting has been postponed.")
    assert kind_of("Example Ministers to meet on trade", body) is MessageKind.POSTPONEMENT


def test_news_of_a_meeting_held_by_video_after_a_postponement_is_an_update() -> None:
    body = (
        "The Example Ministers' Meeting opened on Thursday. The meeting, first planned for "
        "March, has been postponed by six weeks because of the epidemic.\n"
    )
    subject = "Example Ministers' Meeting via video conference begins"
    assert kind_of(subject, body) is MessageKind.UPDATE


def test_guard_a_virtual_meeting_put_off_is_a_postponement() -> None:
    body = "The Board meeting of 20 April 2026 has been postponed. A new date will follow.\n"
    assert kind_of("Virtual Board Meeting", body) is MessageKind.POSTPONEMENT


def test_meetings_called_off_with_งดจัด_are_cancelled_across_a_broken_line() -> None:
    body = (
        "ตามมาตรการป้องกันโรคระบาด สำนักงานตัวอย่าง จึงแจ้งงด\n"
        "จัดการประชุมคณะกรรมการทุกคณะ ตั้งแต่วันที่ 1 เมษายน 2569 จนกว่าจะมีประกาศเปลี่ยนแปลง\n"
    )
    assert kind_of("ประกาศมาตรการของสำนักงานตัวอย่าง", body) is MessageKind.CANCELLATION


def test_guard_a_green_meeting_that_prints_nothing_is_not_cancelled() -> None:
    body = (
        "ขอเชิญประชุมคณะกรรมการตัวอย่าง วันศุกร์ที่ 14 สิงหาคม 2569 เวลา 13.30 น. "
        "ทั้งนี้ เพื่อลดการใช้กระดาษ จึงงดการจัดพิมพ์เอกสารการประชุม\n"
    )
    assert kind_of("ขอเชิญประชุมคณะกรรมการตัวอย่าง", body) is MessageKind.INVITATION


def test_a_subject_that_shifts_the_meeting_to_a_year_puts_it_off() -> None:
    body = "The Example Assembly, planned for May 2026, is now to be held in June 2027.\n"
    assert kind_of("Example Assembly to shift yearly congress to 2027", body) is (
        MessageKind.POSTPONEMENT
    )


def test_guard_a_shift_to_another_room_puts_nothing_off() -> None:
    body = "The Example Council meeting on 20 April 2026 at 10:00 will be in Room 4.\n"
    subject = "Example Council to shift its meeting to the annex building"
    assert kind_of(subject, body) is not MessageKind.POSTPONEMENT


def test_a_subject_that_puts_the_meeting_off_is_believed_over_a_newsletter() -> None:
    body = (
        "Our committee regrets that the yearly members' meeting set for 20 April 2026 cannot go "
        "ahead. The Newsletter and the accounts are posted on the website.\n"
    )
    assert kind_of("Situation update: AGM 2026 postponed", body) is MessageKind.POSTPONEMENT


def test_guard_a_newsletter_that_calls_nothing_off_is_about_no_meeting() -> None:
    body = (
        "The Newsletter and the accounts are posted on the website. The Annual General "
        "Meeting will be held on 20 April 2026.\n"
    )
    assert kind_of("Situation update", body) is MessageKind.OTHER


def test_thai_news_of_a_leader_scheduled_to_leave_today_is_no_report() -> None:
    body = (
        "เช้าวันนี้ (2 เม.ย.) Person A รัฐมนตรีสมมติ มีกำหนดบินไปยังเมืองสมมติช่วงบ่ายสามโมงครึ่ง "
        "ในฐานะหัวหน้าคณะผู้แทนในการสัมมนาระดับรัฐมนตรีสมมติ วันที่ 2-4 "
        "เมษายน 2569\n"
    )
    subject = "รัฐมนตรีสมมติบินไปร่วมสัมมนาที่เมืองสมมติ"
    assert kind_of(subject, body) is not MessageKind.REPORT


_NEXT_WEEK = (
    "(สำนักข่าวตัวอย่าง) - กลุ่มตัวอย่างเผยว่า {verb}การประชุมรัฐมนตรีตัวอย่างในสัปดาห์หน้า "
    "ภาพประกอบ ท่าเรือในเมืองตัวอย่าง เมื่อวันที่ 3 มีนาคม 2569 ที่ผ่านมา\n"
)


def test_thai_news_of_a_meeting_held_next_week_is_no_report() -> None:
    body = _NEXT_WEEK.format(verb="จะจัด")
    assert kind_of("กลุ่มตัวอย่างนัดรัฐมนตรีหารือ", body) is not MessageKind.REPORT


def test_thai_news_of_what_was_said_at_a_meeting_on_a_day_gone_by_is_a_report() -> None:
    body = (
        "ในการประชุมคณะทำงานสมมติ สมัยที่ 9 ณ เมืองสมมติ "
        "เมื่อวันที่ 17 ก.พ. 2569 ผู้แทนทุกฝ่ายเห็นชอบแผนงานสองปีข้างหน้า\n"
    )
    assert kind_of("คณะทำงานสมมติเห็นชอบแผนงาน", body) is MessageKind.REPORT


def test_guard_a_resolution_recited_at_a_meeting_is_no_report() -> None:
    body = (
        "ประกาศสภาตำบลตัวอย่าง เรื่อง กำหนดสมัยประชุมสามัญ ประจำปี 2569\n\n"
        "สภาตำบลตัวอย่าง ได้มีมติในการประชุมสภาสมัยสามัญ สมัยที่ 1 เมื่อวันที่ 12 กุมภาพันธ์ 2569 "
        "กำหนดสมัยประชุมสามัญ สมัยที่ 2 ตั้งแต่วันที่ 1 มิถุนายน 2569\n"
    )
    assert kind_of("กำหนดสมัยประชุมสามัญ ประจำปี 2569", body) is not MessageKind.REPORT


def test_authors_invited_to_submit_full_papers_are_not_invited_to_attend() -> None:
    body = (
        "Key dates\n\nAbstracts due: 1 March 2026.\n"
        "Early registration closes on 31 May 2026.\n"
        "Accepted authors will later be invited to submit papers in full for the proceedings.\n"
    )
    assert kind_of("Example Conference 2026: Key dates", body) is not MessageKind.INVITATION


_BYLINE_STORY = (
    "Example Summit on the epidemic\n\n"
    "By Office of the Example Press Secretary     Date {day}\n"
    "Category: News\n\n"
    "The Special Example Summit, by video link, is slated to be convened Tuesday, a "
    "spokesperson for the foreign ministry said.\n"
)


def test_a_bylines_date_is_the_pages_day_not_the_meetings() -> None:
    meeting = meeting_of(_BYLINE_STORY.format(day="2 April 2026"), "Example Summit on the epidemic")
    assert meeting.start is not None
    assert day_of(meeting.start.value) == dt.date(2026, 4, 7)


def test_guard_a_date_under_a_date_label_is_the_meetings() -> None:
    body = "Example Council\n\nDate: 20 April 2026\nVenue: Council Chamber\n"
    meeting = meeting_of(body, "Example Council")
    assert meeting.start is not None
    assert day_of(meeting.start.value) == dt.date(2026, 4, 20)


def test_news_of_a_meeting_held_by_video_does_not_give_the_schedule_put_off() -> None:
    body = (
        "The Example Ministers' Meeting, first planned for 10-12 March 2026 in Example City, "
        "has been postponed because of the epidemic.\n"
    )
    extraction = extract_text(body, "Example Ministers' Meeting via video conference begins")
    # the meeting begins, by video: news of it, not of its putting off, and its old days are
    # a postponement's, not given as its own
    assert extraction.kind is MessageKind.UPDATE
    assert extraction.meeting.start is None
