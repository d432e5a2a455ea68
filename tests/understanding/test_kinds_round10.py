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
            "With a tropical storm edging closer, the arrangements of the Example Council "
            "meeting tomorrow (April 3) will be as follows:\n"
            "(1) if Typhoon Signal No. 8 is issued and remains in force between 7am and 9am "
            "tomorrow, the Council meeting scheduled for 9am tomorrow will be rescheduled;\n"
            "(2) if Typhoon Signal No. 8 is cancelled, the President will decide whether to "
            "hold the meeting two hours after the cancellation of the signal.\n",
        ),
        (  # a conference's rule for bad weather, its lines broken as a PDF breaks them
            "Example Conference 2026 - Adverse Weather Arrangement",
            "Adverse Weather Arrangement\nIf the Black Rainstorm Signal is hoisted on or after\n"
            "7am, the sessions of the Conference will be cancelled for that particular\nday.\n",
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
            "Security was tightened, mindful of the incident ten years ago when a summit of "
            "regional leaders had to be cancelled after protesters stormed the venue. The "
            "summit will take place on Saturday (April 11) in Example City.\n",
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
        "2026 AGM\nApril 20, 2026 2:00pm\nHow to Join the Meeting\n"
        "All members are encouraged to attend by audio conference.\n"
        "  1. Welcome and call to order.\n"
        "  2. Motion to accept minutes of last AGM.\n"
        "  3. Election of Directors\n  4. Adjournment\n"
    )
    assert kind_of("2026 AGM - April 20, 2026 2:00pm", body) is not MessageKind.REPORT


def test_minutes_of_talk_time_are_no_report() -> None:
    body = (
        "Details for virtual speakers\n- Test your screen sharing during the test session on "
        "Saturday, the 18th of April.\n- Standard talks are 20 minutes, followed by 3-4 minutes "
        "of discussion coordinated by the chair.\n"
    )
    assert kind_of("Example Conference 2026 - Details for virtual speakers", body) is not (
        MessageKind.REPORT
    )


def test_meeting_minutes_that_name_the_next_meeting_are_a_report() -> None:
    body = (
        "# Meeting Minutes: Example Steering Committee Date: 31 March, 2026 Present: Person A, "
        "Person B\n* Decision: The Meeting Invitation for the next meeting will be sent at "
        "least 7 days in advance by the upcoming Chair.\n## Next Meeting\n* Next meeting is at "
        "16:00 UTC on Monday 13.04.2026\n"
    )
    subject = "Meeting Minutes: Example Steering Committee, 31 March 2026"
    assert kind_of(subject, body) is MessageKind.REPORT


def test_meeting_minutes_promised_or_reviewed_are_no_report() -> None:
    # guard: "minutes will be posted", "review the meeting minutes" in a call's notice
    body = (
        "Example Community Meeting\nTime: Apr 8, 2026 05:00 PM UTC\nJoin Zoom Meeting\n"
        "https://us02web.zoom.us/j/81234567890\nCommunity Meeting Minutes will be posted after "
        "each meeting.\nAgenda: 1. Review April 1 meeting minutes 2. Roadmap\n"
    )
    assert kind_of("Example Community Meeting", body) is not MessageKind.REPORT


def test_members_met_then_named_the_meeting_is_a_report() -> None:
    body = (
        "Project members met at the University of Example from 23rd to 25th of March, 2026. "
        "This was the first on-site meeting of the project, with all key researchers present.\n"
    )
    subject = "Example project meeting at the University of Example, 23-25 March 2026"
    assert kind_of(subject, body) is MessageKind.REPORT


def test_an_envoy_who_met_and_talked_reports_a_meeting() -> None:
    body = (
        "เมื่อวันที่ 19 มีนาคม 2569 เอกอัครราชทูต ณ กรุงตัวอย่าง เดินทางไปเมืองตัวอย่าง "
        "ได้พบหารือและร่วมรับประทานอาหารเย็นกับผู้แทนสมาคมและชุมชนไทยในเมืองตัวอย่าง\n"
    )
    assert kind_of("เอกอัครราชทูต ณ กรุงตัวอย่าง พบผู้แทนชุมชนไทย", body) is MessageKind.REPORT


def test_news_filed_on_the_day_of_a_meeting_that_will_be_chaired_is_no_report() -> None:
    body = (
        "การเมือง\n\nนายกฯ นั่งหัวโต๊ะ ถก ศตย.บ่ายนี้\n\n2 เมษายน 2569\n\n"
        "วันที่ 2 เมษายน 2569 เวลา 09.30 น. นายกรัฐมนตรี จะเป็นประธานการประชุม"
        "ศูนย์ตัวอย่าง (ศตย.) ณ ตึกตัวอย่าง ทำเนียบรัฐบาล\n"
    )
    assert kind_of("นายกฯ นั่งหัวโต๊ะ ถก ศตย.บ่ายนี้", body) is not MessageKind.REPORT


def test_a_reminder_the_organisers_will_send_is_no_follow_up() -> None:
    body = (
        "Date: Wednesday, April 22, 2026.\nTime: 7:00 – 9:00pm\nThe AGM will be held via Zoom.\n"
        "  • Please register via this link if you plan to attend.\n"
        "  • The Zoom meeting link will be sent again in a reminder email on April 20.\n"
        "  • Everyone is invited to participate, but only members will be able to vote.\n"
    )
    assert kind_of("Example Church Annual General Meeting - How To", body) is MessageKind.INVITATION


def test_a_notice_of_a_changed_hour_follows_the_schedule() -> None:
    body = (
        "Our meetings are held on the second Tuesday of each month from 9:00 a.m. to 11:30 "
        "a.m. All members of the public are invited to attend.\n"
        "NOTICE: Time change for the April 14, 2026 Council meeting\n"
        "The Council will conduct its business meeting from 8:30 a.m. to 9:00 a.m.\n"
    )
    subject = "Meetings - Time change for the April 14, 2026 Council meeting"
    assert kind_of(subject, body) is MessageKind.UPDATE


# K1: a page of meeting details that neither invites nor follows a message is what it is for.
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # a public hearing's page: how to join it
            "Virtual Public Hearing - April 21, 2026 5:00 pm",
            "Virtual Public Hearing\nEvent Date(s)\nApril 21, 2026 5:00 pm\nThe Public Hearing "
            "is a formal opportunity to provide public comment on the Example Plan.\nClick here "
            "to join the Zoom meeting. The meeting ID is 812 3456 7890.\n",
        ),
        (  # a board's agenda: its order of business
            "April 20, 2026 at 4:30 PM - Special Meeting",
            "April 20, 2026 at 4:30 PM - Special Meeting\nAgenda |\n1. CALL TO ORDER\n"
            "2. DETERMINATION OF QUORUM\n3. PUBLIC COMMENTS\n4. ADJOURNMENT\n",
        ),
        (  # a community call: everyone welcome
            "Example TSC Call - 2026-04-22",
            "Example TSC calls bring together the Technical Steering Committee. Everyone is "
            "welcome to come to these calls. Our next call will be Wed, Apr 22nd, from 16-17 "
            "UTC.\n",
        ),
        (  # a Thai committee's agenda, named first
            "ระเบียบวาระการประชุมคณะกรรมการตัวอย่าง ครั้งที่ 3/2569",
            "ระเบียบวาระการประชุม\nคณะกรรมการตัวอย่าง ครั้งที่ 3/2569\nวันพุธ ที่ 22 เมษายน 2569 "
            "ตั้งแต่เวลา 13.30 น. เป็นต้นไป\nณ ห้องประชุมชั้น 5 สำนักงานตัวอย่าง\n",
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
            "Seating Arrangements\nSeating arrangements for the Conference are based on the "
            "size of registered and accredited delegations (confirmed by 20 April 2026).\n"
            "- Up to four seats will be allotted to Member States delegations.\n",
        ),
        (  # accreditation formalities, no day of the session
            "Example Labour Conference - Accreditation and registration formalities",
            "Example Labour Conference\nAccreditation and registration formalities\nMember "
            "States' delegations to the Conference are composed of four delegates.\n",
        ),
        (  # an application page: deadline, no day of the workshop
            "Fourth Example Workshop on Data Science - Application information",
            "The number of participants will be limited: the Scientific Committee will evaluate "
            "the applications. The Application Form should be returned to the Organization.\n"
            "The registration will be completed once participants have confirmed their hotel "
            "reservation (the deadline is April 20, 2026).\n",
        ),
    ],
)
def test_formalities_without_the_meetings_day_are_for_information(subject: str, body: str) -> None:
    assert kind_of(subject, body) is MessageKind.CIRCULAR


def test_an_authors_page_for_abstracts_is_about_no_meeting_attended() -> None:
    body = (
        "แนะนำและกำหนดการส่งผลงาน\n1. ลงทะเบียน ผู้สนใจเข้าร่วมการประชุมทุกคนจะต้องลงทะเบียน\n"
        "2. ส่งบทคัดย่อ สามารถทำได้จนถึงวันที่ 20 เมษายน 2569\n"
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
            "For the conference days (May 20-22, 2026), the speakers must join the session at "
            "least 10 minutes before it starts.\n",
        ),
        (  # guard: a Thai news story on what a sitting's agenda will hold
            "วิปวุฒิสภาตัวอย่างนัดบรรจุวาระ",
            "ประธานวุฒิสภาตัวอย่าง นัดประชุมวิปเพื่อพิจารณาการบรรจุระเบียบวาระการประชุมวุฒิสภา "
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
        "Hi everyone, this is a reminder that our next meeting of the Example Group will be "
        "this Wednesday, April 22, 2026 at 13:00 UTC.\n"
    )
    assert kind_of("Example Group meeting on Wednesday", body) is MessageKind.UPDATE


def test_a_leader_who_invited_the_public_to_support_the_summit_invites_no_one() -> None:
    body = (
        "Preparations are underway for Example Land to host the 12th Example Summit, which "
        "will convene in Example City from 18 to 21 April 2026. The Prime Minister, yesterday, "
        "invited all ethnic groups in Example Land to actively support the country's role as "
        "host of the Summit.\n"
    )
    assert kind_of("Preparations underway for Example Summit", body) is not MessageKind.INVITATION
