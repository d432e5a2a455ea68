"""Message kinds in the forms of round ten's failure classes (tests/realmail/FAILURES.md, "test10"
K1-K3; "Round ten fixes (kinds14)"; the texts are invented in each class's shape)."""

from __future__ import annotations

import pytest

from bot.understanding.record import MessageKind
from tests.understanding.helpers import kind_of


# K2: a call-off said on a condition, as a possibility or of long ago calls nothing off.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # a typhoon signal's arrangements: the sitting goes ahead unless the signal is up
            "Arrangements of the Example Council meeting under adverse weather",
            "A tropical storm is heading our way, so this is the plan for the Example Council "
            "meeting tomorrow (April 3):\n"
            "(1) if Typhoon Signal No. 8 is issued and still up at any time from 7am to 9am "
            "tomorrow, the Council meeting set for 9am tomorrow will be rescheduled to "
            "another day;\n"
            "(2) if the No. 8 signal is cancelled, the President will say whether the "
            "meeting goes ahead two hours later.\n",
        ),
        (  # a conference's rule for bad weather, its lines broken as a PDF breaks them
            "Example Conference 2026 - Adverse Weather Arrangement",
            "Bad Weather Rules\nIf the Black Rainstorm Signal goes up at 7am or\n"
            "later, all Conference sessions will be cancelled for the rest of that\nday.\n",
        ),
        (  # a Thai headline: the Senate ready to call its sitting off if a joint sitting is held
            "วุฒิสภาตัวอย่างพร้อมงดการประชุมหากมีประชุมร่วมกันของรัฐสภา",
            "วุฒิสภาตัวอย่างนัดประชุม 21-22 เม.ย. นี้ เพื่อพิจารณารายงานของคณะกรรมาธิการ "
            "แต่พร้อมงดหากมีการประชุมร่วมกันของรัฐสภา\n",
        ),
        (  # may be called off
            "Example Board meeting on 20 April",
            "The Example Board meeting on 20 April may be called off if the budget is not ready "
            "in time. Members will be told by 15 April.\n",
        ),
        (  # news of a summit ahead recalls one cancelled years ago
            "Example City ready to host regional summit",
            "Police have stepped up checks, remembering how a regional summit ten years ago "
            "had to be cancelled after protesters stormed the venue. Leaders meet "
            "this Saturday (April 11) in Example City.\n",
        ),
    ],
)
def test_a_call_off_on_a_condition_cancels_nothing(subject: str, body: str) -> None:
    assert kind_of(subject, body) is not MessageKind.CANCELLATION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # guard: called off, then a sentence opening with "If"
            "Example Committee meeting",
            "The Example Committee meeting of 20 April has been cancelled. If you have booked "
            "travel, please contact the secretariat.\n",
        ),
        (  # guard: cancelled because of a condition that holds
            "Example Committee meeting",
            "As Typhoon Signal No. 8 has been issued, the Example Committee meeting scheduled "
            "for this afternoon is cancelled.\n",
        ),
        (  # guard: a Thai notice calling a sitting off; a condition on another line
            "ประกาศงดการประชุมสภาตัวอย่าง",
            "ขอยกเลิกการประชุมสภาตัวอย่าง สมัยสามัญ สมัยที่ 2 ในวันที่ 20 เมษายน 2569\n"
            "หากมีข้อสงสัย โปรดติดต่อสำนักปลัด\n",
        ),
    ],
)
def test_a_call_off_that_holds_still_cancels(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CANCELLATION


# K3: news of a meeting ahead, an agenda's minutes item, minutes that name the next meeting.
def test_an_agenda_item_on_the_last_minutes_is_no_report() -> None:
    body = (
        "2026 AGM\nApril 20, 2026 2:00pm\nDial-in details\n"
        "Members may take part by audio conference.\n"
        "  1. Opening remarks.\n"
        "  2. Motion to accept minutes of last AGM.\n"
        "  3. Election of Directors\n  4. Adjournment\n"
    )
    assert kind_of("2026 AGM - April 20, 2026 2:00pm", body) is not MessageKind.REPORT


def test_minutes_of_talk_time_are_no_report() -> None:
    body = (
        "Notes for remote presenters\n- Please try out your slides in the rehearsal slot on "
        "Saturday, the 18th of April.\n- Each talk runs 20 minutes, then 3-4 minutes "
        "of questions led by the session chair.\n"
    )
    assert kind_of("Example Conference 2026 - Details for virtual speakers", body) is not (
        MessageKind.REPORT
    )


def test_meeting_minutes_that_name_the_next_meeting_are_a_report() -> None:
    body = (
        "# Meeting Minutes: Example Steering Committee Date: 31 March, 2026 Present: Person A, "
        "Person B\n* Agreed: the rotating chair circulates the agenda a week ahead of each "
        "call.\n## Next Meeting\n* We meet next on Monday 13.04.2026 "
        "at 16:00 UTC\n"
    )
    subject = "Meeting Minutes: Example Steering Committee, 31 March 2026"
    assert kind_of(subject, body) is MessageKind.REPORT


def test_meeting_minutes_promised_or_reviewed_are_no_report() -> None:
    # guard: "minutes will be posted", "review the meeting minutes" in a call's notice
    body = (
        "Example Community Meeting\nTime: Apr 8, 2026 05:00 PM UTC\nJoin Zoom Meeting\n"
        "https://zoom.example.org/j/81234567890\nThe minutes will be posted on the wiki "
        "once the call is over.\nAgenda: 1. Review April 1 meeting minutes 2. Roadmap\n"
    )
    assert kind_of("Example Community Meeting", body) is not MessageKind.REPORT


def test_members_met_then_named_the_meeting_is_a_report() -> None:
    body = (
        "Partners of the project met at the University of Example from 23rd to 25th of March, "
        "2026. It was the project's first meeting in person, and every work package leader came.\n"
    )
    subject = "Example project meeting at the University of Example, 23-25 March 2026"
    assert kind_of(subject, body) is MessageKind.REPORT


def test_an_envoy_who_met_and_talked_reports_a_meeting() -> None:
    body = (
        "เมื่อวันที่ 19 มีนาคม 2569 เอกอัครราชทูต ณ กรุงตัวอย่าง เดินทางไปเมืองตัวอย่าง "
        "ได้พบหารือกับคณะกรรมการวัดและตัวแทนนักศึกษาไทยในเมืองตัวอย่าง พร้อมรับประทานอาหารกลางวัน\n"
    )
    assert kind_of("เอกอัครราชทูต ณ กรุงตัวอย่าง พบผู้แทนชุมชนไทย", body) is MessageKind.REPORT


def test_news_filed_on_the_day_of_a_meeting_that_will_be_chaired_is_no_report() -> None:
    body = (
        "ข่าวรัฐบาล\n\nนายกฯ นั่งหัวโต๊ะ ถก ศตย.บ่ายนี้\n\n2 เมษายน 2569\n\n"
        "วันที่ 2 เมษายน 2569 เวลา 09.30 น. นายกรัฐมนตรี จะเป็นประธานการประชุม"
        "ศูนย์ตัวอย่าง (ศตย.) ณ ตึกตัวอย่าง ทำเนียบรัฐบาล\n"
    )
    assert kind_of("นายกฯ นั่งหัวโต๊ะ ถก ศตย.บ่ายนี้", body) is not MessageKind.REPORT


def test_a_reminder_the_organisers_will_send_is_no_follow_up() -> None:
    body = (
        "Date: Wednesday, April 22, 2026.\nTime: 7:00 – 9:00pm\nWe meet on Zoom this year.\n"
        "  • Sign up with the form below if you would like to come.\n"
        "  • The Zoom link will be sent once more in a reminder email on April 20.\n"
        "  • All are welcome to join in; voting is for members only.\n"
    )
    assert kind_of("Example Church Annual General Meeting - How To", body) is MessageKind.INVITATION


def test_a_notice_of_a_changed_hour_follows_the_schedule() -> None:
    body = (
        "The Council usually sits on the second Tuesday of the month, 9:30 a.m. to 12:00 "
        "p.m.; residents are welcome.\n"
        "NOTICE: Time change for the April 14, 2026 Council meeting\n"
        "That day the Council will hold its business session from 8:15 a.m. to 9:15 a.m.\n"
    )
    subject = "Meetings - Time change for the April 14, 2026 Council meeting"
    assert kind_of(subject, body) is MessageKind.UPDATE


# K1: a page of meeting details that neither invites nor follows a message is what it is for.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # a public hearing's page: how to join it
            "Virtual Public Hearing - April 21, 2026 5:00 pm",
            "Virtual Public Hearing\nEvent Date(s)\nApril 21, 2026 5:00 pm\nResidents may "
            "speak on the draft Example Plan at this hearing.\nClick here "
            "to join the Zoom meeting; its ID is 812 3456 7890.\n",
        ),
        (  # a board's agenda: its order of business
            "April 20, 2026 at 4:30 PM - Special Meeting",
            "April 20, 2026 at 4:30 PM - Special Meeting\n"
            "Order of business | Agenda |\n1. OPENING\n"
            "2. ROLL CALL\n3. COMMENTS FROM THE PUBLIC\n4. CLOSE\n",
        ),
        (  # a community call: everyone welcome
            "Example TSC Call - 2026-04-22",
            "The Example TSC holds these calls in the open, and everyone is welcome to "
            "listen in and speak. Our next call will be Wed, Apr 22nd, from 16-17 "
            "UTC.\n",
        ),
        (  # a Thai committee's agenda, named first
            "ระเบียบวาระการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 3/2569",
            "ระเบียบวาระการประชุม\nคณะกรรมการตัวอย่าง ครั้งที่ 3/2569\nวันพุธ ที่ 22 เมษายน 2569 "
            "เวลา 13.30 น.\nณ ห้องประชุมใหญ่ อาคารตัวอย่าง\n",
        ),
    ],
)
def test_the_organisers_notice_of_a_meeting_invites(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.INVITATION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # seating rules, no day of the conference
            "Seating Arrangements - Example Air Conference",
            "Seating Arrangements\nHow many seats a delegation gets in the Conference hall "
            "depends on its registered and accredited members (as confirmed by 20 April 2026).\n"
            "- Member States delegations will have up to four seats.\n",
        ),
        (  # accreditation formalities, no day of the session
            "Example Labour Conference - Accreditation and registration formalities",
            "Example Labour Conference\nAccreditation and registration formalities\nMember "
            "States' delegations to the Conference are composed of four delegates.\n",
        ),
        (  # an application page: deadline, no day of the workshop
            "Fourth Example Workshop on Data Science - Application information",
            "Places are few, and the Scientific Committee will choose among "
            "the applications. Please return the Application Form to the Organization.\n"
            "Your registration is complete once you have confirmed your hotel "
            "booking (the deadline is April 20, 2026).\n",
        ),
    ],
)
def test_formalities_without_the_meetings_day_are_for_information(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CIRCULAR


def test_an_authors_page_for_abstracts_is_about_no_meeting_attended() -> None:
    body = (
        "คำแนะนำการส่งผลงาน\n1. ลงทะเบียน ผู้ที่ประสงค์จะเข้าร่วมงานทุกท่านโปรดลงทะเบียนก่อน\n"
        "2. ส่งบทคัดย่อ ได้ภายในวันที่ 20 เมษายน 2569\n"
    )
    assert kind_of("กำหนดการส่งผลงาน การประชุมวิชาการตัวอย่าง ครั้งที่ 9", body) is MessageKind.OTHER


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # guard: news of a summit ahead names no way to take part: an update
            "Example Summit to open in Example City on Saturday",
            "Preparations are underway for Example City to host the 12th Example Summit, which "
            "will convene from 18 to 19 April 2026. Some 2,000 delegates are expected.\n",
        ),
        (  # guard: speakers told to join their session are given formalities, not invited
            "Example Conference 2026: instructions for online speakers",
            "On each conference day (May 20-22, 2026), the speakers must join the session "
            "a quarter of an hour ahead of its start.\n",
        ),
        (  # guard: a Thai news story on what a sitting's agenda will hold
            "วิปวุฒิสภาตัวอย่างนัดบรรจุวาระ",
            "ประธานวุฒิสภาตัวอย่าง นัดประชุมวิปเพื่อกำหนดเรื่องที่จะเข้าสู่ระเบียบวาระของวุฒิสภา "
            "ในวันที่ 20-21 เมษายน 2569 นี้\n",
        ),
    ],
)
def test_other_pages_of_meeting_details_stay_updates(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.UPDATE


def test_an_invitation_to_a_ceremony_on_a_day_is_an_invitation() -> None:
    body = (
        "ประกาศจากสถานเอกอัครราชทูต ณ กรุงตัวอย่าง ขอเรียนเชิญชาวไทยในประเทศตัวอย่าง "
        "รวมพลังแสดงความรักชาติ เนื่องในวันตัวอย่าง ในวันพฤหัสบดีที่ 23 เมษายน 2569 "
        "ณ ทำเนียบเอกอัครราชทูต\nกำหนดการ\n– เวลา 09.45 น. ชาวไทยพร้อมกันที่หน้าทำเนียบ\n"
    )
    subject = "ขอเรียนเชิญชาวไทยในประเทศตัวอย่าง รวมพลังแสดงความรักชาติ 23 เมษายน 2569"
    assert kind_of(subject, body) is MessageKind.INVITATION


def test_a_day_with_no_invitation_and_no_meeting_is_other() -> None:
    # guard: a notice of a holiday invites no one
    body = "The office will be closed on Thursday, 23 April 2026 for a public holiday.\n"
    assert kind_of("Office closure", body) is MessageKind.OTHER


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # guard: a Thai cancellation followed by a condition on whom to call
            "ขอยกเลิกการประชุมคณะทำงานตัวอย่าง",
            "สำนักงานตัวอย่างจึงขอยกเลิกการประชุมคณะทำงานตัวอย่าง หากมีข้อสงสัยโปรดติดต่อ 0 2000 0000\n",
        ),
        (  # guard: a Thai cancellation that gives a condition as its reason
            "แจ้งยกเลิกการประชุมสัมมนาตัวอย่าง",
            "เนื่องจากหากจัดประชุมอาจเสี่ยงต่อการแพร่ระบาด จึงขอยกเลิกการประชุมสัมมนาตัวอย่าง "
            "ในวันที่ 20 เมษายน 2569\n",
        ),
    ],
)
def test_a_thai_call_off_with_a_condition_beside_it_still_cancels(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CANCELLATION


def test_a_thai_call_off_that_will_happen_on_a_condition_cancels_nothing() -> None:
    body = (
        "สภาตัวอย่างนัดประชุมสมัยสามัญ ในวันที่ 20 เมษายน 2569 เวลา 09.00 น. "
        "หากสมาชิกมาไม่ครบองค์ประชุม จะงดการประชุมในวันดังกล่าว\n"
    )
    assert kind_of("สภาตัวอย่างนัดประชุมสมัยสามัญ 20 เมษายน 2569", body) is not (MessageKind.CANCELLATION)


def test_a_reminder_of_the_meeting_is_still_a_follow_up() -> None:
    # guard: "This is a reminder that our next meeting …" follows the first notice
    body = (
        "Hello all, this is a reminder that the Example Group meets again "
        "this Wednesday, April 22, 2026 at 13:00 UTC.\n"
    )
    assert kind_of("Example Group meeting on Wednesday", body) is MessageKind.UPDATE


def test_a_leader_who_invited_the_public_to_support_the_summit_invites_no_one() -> None:
    body = (
        "Example Land is getting ready to welcome the 12th Example Summit, to be held "
        "in Example City from 18 to 21 April 2026. Yesterday the Prime Minister "
        "invited every community in Example Land to actively support the country as "
        "host of the Summit.\n"
    )
    assert kind_of("Preparations underway for Example Summit", body) is not MessageKind.INVITATION
