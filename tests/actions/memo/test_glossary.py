"""Thai names from the glossary: series, inviters by domain and by signature, never an address."""

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from docx import Document

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import Origin, origin_from_document
from bot.actions.memo.thai_forms import BLANK
from bot.understanding.glossary import load_glossary
from tests.understanding.helpers import corpus

SLOM_WG_TH = (
    "การประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วยแนวปฏิบัติที่ก้าวหน้าด้านแรงงาน"
    "เพื่อเสริมสร้างการแข่งขันในอาเซียน"
)


def test_a_series_and_ordinal_give_the_thai_meeting_name():
    glossary = load_glossary()
    assert glossary.meeting_name("SLOM - WG", 18) == f"{SLOM_WG_TH} ครั้งที่ ๑๘"
    assert glossary.meeting_name("SLOM-WG", None) is None
    assert glossary.meeting_name("XYZ", 3) is None


def test_inviters_by_domain_with_the_offices_own_names_first():
    glossary = load_glossary()
    assert glossary.by_domain("lcsd@asean.org") == "สำนักเลขาธิการอาเซียน"
    assert glossary.by_domain("a@intl.mohr.gov.my") == "กระทรวงทรัพยากรมนุษย์ ประเทศมาเลเซีย"
    assert glossary.by_domain("someone@example.org") is None
    assert glossary.by_domain("meetings@bangkok.ilo.org") == "องค์การแรงงานระหว่างประเทศ"
    assert glossary.signed_by("in cooperation with the International Labour Organization") is None
    assert glossary.by_domain("a@asean.org", {"asean.org": "อาเซียน"}) == "อาเซียน"


def origin_of(name):
    return origin_from_document(
        corpus(name),
        sender_names_th={},
        own_agency="รง ๐๓๐๘.๒",
        tz=ZoneInfo("Asia/Bangkok"),
        now=dt.datetime(2025, 12, 11, tzinfo=dt.UTC),
    )


def test_the_inviter_comes_from_the_signature_when_the_domain_is_unknown():
    # The corpus mails come from example.org: only the signature names the body.
    assert origin_of("01-slomwg-invitation.eml").sender_th == "สำนักเลขาธิการอาเซียน"
    assert origin_of("03-agj-admin-note.eml").sender_th == "กระทรวงทรัพยากรมนุษย์ ประเทศมาเลเซีย"


def test_an_unknown_inviter_is_a_blank_never_a_person_or_an_address(settings, slom_wg, tmp_path):
    stranger = Origin("Somchai Person <somchai@example.org>", None, dt.date(2025, 8, 27), None)
    meeting = replace(slom_wg, record=replace(slom_wg.record, title_th=None))
    [docx, _] = draft(
        MemoKind.NOMINATION, meeting, settings, tmp_path, today=dt.date(2025, 9, 1), origin=stranger
    ).files
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "@" not in text
    assert "Somchai" not in text
    assert f"{BLANK} (หน่วยงานผู้เชิญ) มีไปรษณีย์อิเล็กทรอนิกส์" in text
    # No Thai title on the meeting: the glossary names the series.
    assert f"เข้าร่วม{SLOM_WG_TH} ครั้งที่ ๑๘" in text
    # Two delegates: a space between the verb and the first number.
    assert "มอบหมายให้ ๑) นายอนันต์ ตัวอย่าง นักวิเทศสัมพันธ์ปฏิบัติการ กองยุทธศาสตร์และแผนงาน" in text


def test_a_delegates_thai_unit_is_printed_instead_of_the_english_department(
    settings, agj_workshop, tmp_path
):
    delegates = [
        d.model_copy(
            update={"department": "International Affairs Group", "unit_th": "กองยุทธศาสตร์และแผนงาน"}
        )
        if d.key == "anan"
        else d
        for d in settings.delegates
    ]
    settings = settings.model_copy(update={"delegates": delegates})
    [docx, _] = draft(
        MemoKind.NOMINATION, agj_workshop, settings, tmp_path, today=dt.date(2025, 12, 11)
    ).files
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "International Affairs Group" not in text
    assert "มอบหมายให้นายอนันต์ ตัวอย่าง นักวิเทศสัมพันธ์ปฏิบัติการ กองยุทธศาสตร์และแผนงาน" in text
