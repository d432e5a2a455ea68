"""Message kinds in the forms of round nine's failure classes (tests/realmail/FAILURES.md,
"Round nine fixes (titles12)"; the texts are invented in each class's shape)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # Thai news that opens "วันนี้ (date)": told on the day, of a meeting held
            "จันทบุรี-ปิดประชุมคณะกรรมการตัวอย่าง ไทย – ตัวอย่าง",
            "วันนี้ ( 2 เม.ย.69 ) ที่ โรงแรมตัวอย่าง จังหวัดจันทบุรี หน่วยตัวอย่าง ได้จัด"
            "พิธีปิด การประชุมฯ และพิธีลงนามบันทึกข้อตกลงคณะกรรมการตัวอย่าง ครั้งที่ 21\n",
        ),
        (  # a PDF's line broken between the opening and the event's noun
            "กรมตัวอย่าง เปิดสัมมนา เรื่อง อนาคตแรงงานตัวอย่าง",
            "นายตัวอย่าง ผู้ตรวจราชการ เป็นประธานในพิธีเปิด\nสัมมนา เรื่อง อนาคตแรงงาน"
            "ตัวอย่าง ณ โรงแรมตัวอย่าง ผู้เข้าร่วมสัมมนาประกอบด้วยผู้แทนหน่วยงานต่าง ๆ\n",
        ),
        (  # a co-chair of the meeting, and a line a PDF broke before the event's noun
            "คณะกรรมการตัวอย่าง ไทย-ตัวอย่าง ประชุมครั้งที่ 17",
            "นายตัวอย่าง และนายสมมุติ เป็นประธานร่วมการประชุมคณะกรรมการตัวอย่าง "
            "ครั้งที่ 17 ที่จังหวัดตัวอย่าง เมื่อวันที่ 1 เมษายน 2569\n",
        ),
        (  # a line opening with the day gone by: "เมื่อวันที่ … ที่ผ่านมา"
            "จัดทำประชาคมรับฟังความคิดเห็นเพื่อกำหนดจุดตัวอย่าง",
            "เมื่อวันที่ 30 มีนาคม 2569 ที่ผ่านมา องค์การบริหารส่วนตำบลตัวอย่าง "
            "จัดทำประชาคมรับฟังความคิดเห็นจากประชาชน โดยที่ประชุมมีมติกำหนดจุดตัวอย่าง 5 จุด\n",
        ),
        (  # a news page counting those who came, with no day of its own
            "ประชุมคณะทำงานตัวอย่างอาเซียน ครั้งที่ 12",
            "จังหวัดตัวอย่างเป็นเจ้าภาพ ผู้แทนจากประเทศสมาชิกอาเซียน จำนวน 70 คน "
            "ร่วมประชุมคณะทำงานตัวอย่างอาเซียน ครั้งที่ 12 หารือแผนงานฉบับใหม่\n",
        ),
        (  # English news: co-chaired, days before the message
            "First activation of the Example Mechanism",
            "Examplia and Otherland co-chaired the first Example Mechanism meeting in Example "
            "City on 30 March 2026.\n",
        ),
    ],
)
def test_news_of_a_meeting_held_is_a_report(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.REPORT


def test_a_request_for_a_few_delegates_is_no_count_of_those_who_came() -> None:
    # guard: "ผู้แทน จำนวน 2 คน เข้าร่วมประชุม" asks for delegates; it tells of no one who came
    kind = kind_of(
        "ขอเชิญส่งผู้แทนเข้าร่วมประชุมคณะทำงานตัวอย่าง",
        "ขอเชิญหน่วยงานของท่านส่งผู้แทน จำนวน 2 คน เข้าร่วมประชุมคณะทำงานตัวอย่าง "
        "ในวันที่ 20 เมษายน 2569 ณ กรมตัวอย่าง\n",
    )
    assert kind is MessageKind.INVITATION


def test_a_subject_that_puts_off_outranks_a_cancel_word_telling_why() -> None:
    kind = kind_of(
        "ประกาศเลื่อนประชุมสภาองค์การบริหารส่วนตำบลตัวอย่าง สมัยสามัญ สมัยที่ 2 ประจำปี 2569",
        "สืบเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดต่อ ทางรัฐบาลขอความร่วมมือให้หน่วยงาน"
        "งดการจัดกิจกรรมการรวมกลุ่มคนหมู่มาก จึงขอเลื่อนการประชุมสภาออกไปก่อน\n",
    )
    assert kind is MessageKind.POSTPONEMENT


def test_a_discussion_put_off_to_tomorrow_is_a_postponement() -> None:
    kind = kind_of(
        "ประชุมคณะกรรมการตัวอย่าง ฝ่ายเลขาไม่พร้อม เลื่อนหารือเป็นพรุ่งนี้",
        "เมื่อวันที่ 2 เมษายน ที่ห้องประชุมตัวอย่าง ซึ่งเป็นสถานที่จัดประชุมคณะกรรมการตัวอย่าง "
        "ฝ่ายเลขานุการยังไม่พร้อม จึงเลื่อนหารือเป็นพรุ่งนี้\n",
    )
    assert kind is MessageKind.POSTPONEMENT


def test_a_subject_saying_the_meeting_is_to_come_is_not_news_of_it_held() -> None:
    kind = kind_of(
        "4th Example Media Forum to be held online",
        "EXAMPLE CITY, 2 April 2026 – Tomorrow, newsroom chiefs will convene with scholars "
        "for the fourth Example Media Forum, which was organized online last "
        "year as well.\n",
    )
    assert kind is not MessageKind.REPORT


def test_a_bodys_record_of_its_session_cancels_nothing() -> None:
    kind = kind_of(
        "Example Council: date and place of its next session",
        "Report on Unscheduled and Cancelled Sessions\n\n"
        "96. The Council recalled that the Director had been authorized to convene sessions.\n\n"
        "97. The Council noted that 44 sessions had been cancelled in the biennium.\n\n"
        "101. The Council decided that its next session would be convened on 29 November "
        "2026 in Example City.\n",
    )
    assert kind is not MessageKind.CANCELLATION


def test_nominations_for_a_bureau_invite_no_one_to_the_meeting() -> None:
    kind = kind_of(
        "Nominations deadline: Example Conference Preparatory Committee Bureau",
        "The Preparatory Committee for the Example Conference will hold its first session on "
        "24 April 2026 in Example City, to elect the Bureau. Regional groups are invited to "
        "nominate two countries apiece for the Bureau. Names should be submitted by 10 "
        "April 2026.\n",
    )
    assert kind is not MessageKind.INVITATION


def test_a_councils_summons_to_its_session_is_an_invitation() -> None:
    kind = kind_of(
        "ประกาศสภาองค์การบริหารส่วนตำบลตัวอย่าง เรียกประชุมสภาองค์การบริหารส่วนตำบลตัวอย่าง "
        "สมัยสามัญ สมัยที่ 2 ประจำปี พ.ศ. 2569",
        "อาศัยอำนาจตามความในมาตรา 54 จึงเรียกประชุมสภาองค์การบริหารส่วนตำบลตัวอย่าง "
        "สมัยสามัญ สมัยที่ 2 ประจำปี พ.ศ. 2569 เป็นเวลา 15 วัน นับแต่วันที่ 20 เมษายน 2569\n",
    )
    assert kind is MessageKind.INVITATION


def test_a_summons_recalled_at_a_sessions_close_is_no_invitation() -> None:
    # guard: "ตามประกาศ… เรื่อง เรียกประชุม…" recalls the summons; the notice closes the session
    kind = kind_of(
        "ประกาศสภาองค์การบริหารส่วนจังหวัดตัวอย่าง เรื่อง การปิดสมัยประชุมสมัยวิสามัญ",
        "ตามประกาศสภาองค์การบริหารส่วนจังหวัดตัวอย่าง เรื่อง เรียกประชุมสภา อบจ."
        "ตัวอย่าง สมัยวิสามัญ ครั้งที่ 1 บัดนี้ สมัยประชุมได้ครบกำหนดแล้ว "
        "จึงประกาศให้ทราบโดยทั่วกัน\n",
    )
    assert kind is not MessageKind.INVITATION


def test_a_secretariats_notification_of_a_workshop_it_organizes_invites() -> None:
    kind = kind_of(
        "Notification 2026-035: Regional Training Workshop on Example Protocols",
        "Dear Madam/Sir, I am pleased to inform you that, funded by the "
        "Government of Examplia, the Example Secretariat is organizing a regional training "
        "workshop in the Example region, which will be held in Example City from 23 to 27 "
        "May 2026.\n",
    )
    assert kind is MessageKind.INVITATION


def test_another_events_cancellation_as_background_cancels_nothing() -> None:
    kind = kind_of(
        "Examplia delivers its results for the Example Year",
        "On 7 May, the Concluding Senior Officials' Meeting will be held in Example City. "
        "Following the cancellation of the Example Leaders' Week, Senior Officials will meet "
        "in Example City on 7 May 2026 to close the year.\n",
    )
    assert kind is not MessageKind.CANCELLATION


def test_states_invited_to_review_a_papers_items_are_invited_to_nothing() -> None:
    kind = kind_of(
        "EX/RC7/9: Coordination of the work of the Example Committee",
        "EXAMPLE COMMITTEE\nSeventh session\nExample City, 6-9 October 2026\n\n"
        "Member States are invited to review and rank the suggested agenda items for the "
        "eighth session of the Example Committee in 2027.\n",
    )
    assert kind is not MessageKind.INVITATION
