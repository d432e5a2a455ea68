"""Meetings built like the corpus ones (seeds 000 and 002), with invented delegates."""

import datetime as dt
from pathlib import Path

import pytest

from bot.actions.memo.origin import Origin
from bot.config.settings import Delegate, Settings
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.understanding.letter_ref import find_letter_references
from bot.understanding.record import Contact, Extracted, MeetingRecord, Mode

TEMPLATES = Path(__file__).resolve().parents[3] / "templates" / "memo"
SGT = dt.timezone(dt.timedelta(hours=8))


def fact(value):
    return Extracted(value, source=str(value))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        memo={"template_dir": TEMPLATES, "output_dir": tmp_path / "memos", "pdf": False},
        office={"signer": {"name_th": "นางสาวตัวอย่าง ผู้ลงนาม"}},
        delegates=[
            Delegate(
                key="anan",
                name="Anan Example",
                name_th="นายอนันต์ ตัวอย่าง",
                position="International Relations Officer",
                position_th="นักวิเทศสัมพันธ์ปฏิบัติการ",
                department="กองยุทธศาสตร์และแผนงาน",
                email="anan@example.org",
            ),
            Delegate(
                key="malee",
                name="Malee Example",
                name_th="นางสาวมาลี ทดสอบ",
                position_th="นักวิชาการแรงงานชำนาญการ",
                email="malee@example.org",
            ),
        ],
    )


@pytest.fixture
def agj_workshop() -> Meeting:
    """002: AGJ Centre of Excellence workshop, in person in Kuala Lumpur, quota 1."""
    record = MeetingRecord(
        title=fact(
            "Workshop on the Establishment of the ASEAN Green Jobs (AGJ) Centre of Excellence (COE)"
        ),
        start=fact(dt.date(2025, 12, 16)),
        end=fact(dt.date(2025, 12, 18)),
        mode=fact(Mode.IN_PERSON),
        venue=fact("Hilton Kuala Lumpur"),
        city=fact("Kuala Lumpur"),
        country=fact("Malaysia"),
        delegates_requested=fact(1),
        sponsorship=fact("Sponsored (flight & accommodation)"),
        registration_deadline=fact(dt.date(2025, 12, 2)),
        registration_url=fact("https://forms.example.org/agj-coe"),
        organiser_contacts=(Contact("Ms. Example Secretary", "secretariat@example.org", "x"),),
    )
    return Meeting(
        id=2,
        uid="agj-coe",
        status=MeetingStatus.SCHEDULED,
        record=record,
        revision=1,
        delegates=("anan",),
    )


@pytest.fixture
def ministry_letter() -> Origin:
    [letter] = find_letter_references(
        "กระทรวงแรงงานมีหนังสือ ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘",
        reference=dt.datetime(2025, 12, 9, tzinfo=dt.UTC),
    )
    return Origin(
        sender="Saraban <saraban@mol.go.th>",
        sender_th="สำนักงานปลัดกระทรวงแรงงาน",
        sent=dt.date(2025, 12, 8),
        letter=letter,
    )


@pytest.fixture
def slom_wg() -> Meeting:
    """000: the 18th SLOM-WG, virtual, 30 Sep 2025 09:30-17:30 Singapore time."""
    record = MeetingRecord(
        title=fact(
            "18th Meeting of the Senior Labour Officials Meeting Working Group on Progressive "
            "Labour Practices to Enhance the Competitiveness of ASEAN"
        ),
        title_th=fact(
            "การประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วยแนวปฏิบัติที่ก้าวหน้าด้านแรงงาน"
            "เพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘"
        ),
        series=fact("SLOM-WG"),
        ordinal=fact(18),
        start=fact(dt.datetime(2025, 9, 30, 9, 30, tzinfo=SGT)),
        end=fact(dt.datetime(2025, 9, 30, 17, 30, tzinfo=SGT)),
        timezone=fact("UTC+08:00"),
        mode=fact(Mode.VIRTUAL),
        delegates_requested=fact(2),
        registration_deadline=fact(dt.datetime(2025, 9, 15, 23, 59, tzinfo=SGT)),
    )
    return Meeting(
        id=1,
        uid="slom-wg-18",
        status=MeetingStatus.SCHEDULED,
        record=record,
        revision=1,
        delegates=("anan", "malee"),
    )


@pytest.fixture
def asean_email() -> Origin:
    return Origin(
        sender="ASEAN Secretariat <lcsd@asean.org>",
        sender_th="สำนักเลขาธิการอาเซียน",
        sent=dt.date(2025, 8, 27),
        letter=None,
    )
