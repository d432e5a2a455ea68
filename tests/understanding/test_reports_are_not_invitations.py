"""A circulated report or minutes of a past meeting is a report or circular, never an
invitation; an invitation that cites a past meeting stays an invitation (issue 16, item 6)."""

import pytest

from bot.reading.document import MailDocument
from bot.understanding.record import MessageKind
from tests.understanding.helpers import corpus, extract, mail


def message(subject: str, text: str) -> MailDocument:
    return mail(text, subject, message_id=f"{abs(hash(subject))}@tests.example.org")


REPORTS = {
    "english circular of a report": (
        "Report of the 17th SLOM-WG Meeting",
        "Dear colleagues,\n\nPlease find attached the Report of the 17th Meeting of the SLOM-WG,"
        " held virtually on 26 September 2024, for your information and reference.\n\n"
        "Best regards,\nASEAN Secretariat",
    ),
    "english minutes": (
        "Minutes of the ASEAN Committee on Migrant Workers meeting",
        "Dear all,\n\nAttached are the minutes of the 20th ACMW Meeting held on 10-11 March 2026"
        " in Manila, the Philippines. Kindly note the action items for your information.",
    ),
    "thai circular of a report": (
        "ส่งรายงานการประชุมเชิงปฏิบัติการ ณ เมืองโบโฮล",
        "เรียน ทุกหน่วยงาน\nพร้อมนี้ กองยุทธศาสตร์และแผนงานขอส่งสำเนารายงานการประชุม"
        "เชิงปฏิบัติการว่าด้วยการต่อต้านการค้ามนุษย์ เมื่อวันที่ ๑๐ - ๑๑ มีนาคม ๒๕๖๙"
        " ณ เมืองโบโฮล สาธารณรัฐฟิลิปปินส์ มาเพื่อโปรดทราบและพิจารณาใช้ประโยชน์ทางราชการต่อไป",
    ),
    "thai report memo": (
        "รายงานผลการประชุม SLOM-WG ครั้งที่ ๑๘",
        "เรียน อธิบดี\nตามที่กรมการจัดหางานได้มอบหมายผู้แทนเข้าร่วมการประชุม SLOM-WG ครั้งที่ ๑๘"
        " เมื่อวันที่ ๓๐ กันยายน ๒๕๖๘ ผ่านระบบการประชุมทางไกล นั้น"
        " ผู้แทนขอรายงานผลการประชุม ดังนี้",
    ),
}


@pytest.mark.parametrize(("subject", "text"), REPORTS.values(), ids=REPORTS.keys())
def test_a_report_of_a_past_meeting_is_no_invitation(subject, text):
    result = extract(message(subject, text))
    assert result.kind in {MessageKind.REPORT, MessageKind.CIRCULAR}, result.reasons


def test_the_bohol_report_circular_is_a_circular():
    assert extract(corpus("06-bohol-tip-inline-forward.eml")).kind is MessageKind.CIRCULAR


INVITATIONS_CITING_THE_PAST = {
    "english": (
        "Invitation to the 19th SLOM-WG Meeting",
        "Dear colleagues,\n\nFollowing the report of the 18th SLOM-WG Meeting held on"
        " 30 September 2025, we are pleased to invite your delegation to the 19th SLOM-WG"
        " Meeting on 29 September 2026 in Vientiane, Lao PDR.",
    ),
    "thai": (
        "ขอเชิญเข้าร่วมการประชุม ACMW ครั้งที่ ๒๑",
        "ตามรายงานการประชุม ACMW ครั้งที่ ๒๐ เมื่อวันที่ ๑๐ มีนาคม ๒๕๖๙ นั้น"
        " กระทรวงแรงงานขอเชิญผู้แทนกรมการจัดหางานเข้าร่วมการประชุม ACMW ครั้งที่ ๒๑"
        " ในวันที่ ๒๐ สิงหาคม ๒๕๖๙ ณ กรุงจาการ์ตา",
    ),
}


@pytest.mark.parametrize(
    ("subject", "text"),
    INVITATIONS_CITING_THE_PAST.values(),
    ids=INVITATIONS_CITING_THE_PAST.keys(),
)
def test_an_invitation_that_cites_a_past_meeting_stays_an_invitation(subject, text):
    result = extract(message(subject, text))
    assert result.kind is MessageKind.INVITATION, result.reasons
