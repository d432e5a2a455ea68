"""The memos read back with python-docx, checked against the structure of the seeds' memos."""

import datetime as dt
import email
import email.policy
import re
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from docx import Document

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.thai_forms import BLANK
from bot.errors import ActionError, ConfigError
from bot.understanding.record import Deadline, DeadlineKind, Extracted

ARABIC_DIGIT = re.compile(r"[0-9]")


def paragraphs(path):
    # Header lines end in the tab that draws the dotted line.
    return [p.text.rstrip("\t") for p in Document(str(path)).paragraphs if p.text.strip()]


def index_of(lines, prefix):
    return next(i for i, line in enumerate(lines) if line.startswith(prefix))


def assert_in_order(lines, prefixes):
    positions = [index_of(lines, prefix) for prefix in prefixes]
    assert positions == sorted(positions), list(zip(prefixes, positions, strict=True))


def test_nomination_for_the_green_jobs_workshop_follows_seed_002(
    settings, agj_workshop, ministry_letter, tmp_path
):
    result = draft(
        MemoKind.NOMINATION,
        agj_workshop,
        settings,
        tmp_path,
        today=dt.date(2025, 12, 11),
        origin=ministry_letter,
        number=2730,
    )
    docx, html, covering, _ = result.files
    assert covering.name == "meeting-2-covering.docx"  # the letter came through the ministry
    lines = paragraphs(docx)
    assert_in_order(
        lines,
        ["ส่วนราชการ", "ที่", "เรื่อง", "เรียน", "๑. ต้นเรื่อง", "๒. ขอรายงาน", "๓. ข้อพิจารณา"],
    )
    assert lines[-3].startswith("จึงเรียนมาเพื่อโปรดพิจารณา")
    assert lines[-2:] == ["(นางสาวตัวอย่าง ผู้ลงนาม)", "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"]

    title_line = lines[0]
    assert "ด่วนที่สุด" in title_line  # deadline passed, and the ministry's letter was ด่วนที่สุด
    assert title_line.endswith("บันทึกข้อความ")
    assert lines[index_of(lines, "ที่")].startswith("ที่  รง ๐๓๐๘.๒/๒๗๓๐")
    assert "วันที่  ๑๑ ธันวาคม ๒๕๖๘" in lines[index_of(lines, "ที่")]
    assert "กองยุทธศาสตร์และแผนงาน กลุ่มงานวิเทศสัมพันธ์" in lines[index_of(lines, "ส่วนราชการ")]
    assert lines[index_of(lines, "เรียน")] == "เรียน  อธิบดี"

    subject = lines[index_of(lines, "เรื่อง")]
    # No Thai title was extracted: a blank says so instead of a guess.
    assert f"{BLANK} (ชื่อการประชุมภาษาไทย)" in subject
    assert subject.endswith("ณ ประเทศมาเลเซีย")

    origin = lines[index_of(lines, "๑. ต้นเรื่อง") + 1]
    assert origin.startswith(
        "สำนักงานปลัดกระทรวงแรงงานมีหนังสือ ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘ "
        "ขอให้กรมการจัดหางานพิจารณามอบหมายผู้แทน จำนวน ๑ คน เข้าร่วม"
    )
    assert "(Workshop on the Establishment of the ASEAN Green Jobs (AGJ)" in origin
    assert "ระหว่างวันที่ ๑๖-๑๘ ธันวาคม ๒๕๖๘" in origin
    assert origin.endswith("ณ Hilton Kuala Lumpur กรุงกัวลาลัมเปอร์ ประเทศมาเลเซีย")

    report = "\n".join(lines[index_of(lines, "๒. ขอรายงาน") : index_of(lines, "๓. ข้อพิจารณา")])
    assert "จำนวน ๑ คน" in report
    assert "ค่าบัตรโดยสารเครื่องบินไป-กลับ และค่าที่พัก" in report
    assert "“Sponsored (flight & accommodation)”" in report  # the organiser's words, escaped right
    assert "ภายในวันที่ ๒ ธันวาคม ๒๕๖๘" in report
    assert "พ้นกำหนดแล้ว" in report

    proposal = lines[index_of(lines, "๓.๑")]
    assert proposal.startswith(
        "๓.๑ มอบหมายให้นายอนันต์ ตัวอย่าง นักวิเทศสัมพันธ์ปฏิบัติการ กองยุทธศาสตร์และแผนงาน เป็นผู้แทน"
    )
    # The note gives no stay: the office's rule, a day before and after, travel included.
    assert "โดยมีกำหนดการเดินทางระหว่างวันที่ ๑๕-๑๙ ธันวาคม ๒๕๖๘ (รวมวันเดินทาง)" in proposal
    assert "โดยเบิกค่าใช้จ่ายในส่วนที่ผู้จัดมิได้สนับสนุน" in proposal
    assert lines[index_of(lines, "๓.๒")].startswith("๓.๒ ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน")

    thai_only = [line for line in lines if "Workshop" not in line and "http" not in line]
    assert not [line for line in thai_only if ARABIC_DIGIT.search(line)]

    page = html.read_text(encoding="utf-8")
    assert "ขอให้กรมการจัดหางานพิจารณามอบหมายผู้แทน" in page
    assert 'src="data:image/png;base64,' in page
    assert "&amp; accommodation" in page


def test_nomination_for_the_virtual_slom_wg_follows_seed_000(
    settings, slom_wg, asean_email, tmp_path
):
    [docx, _] = draft(
        MemoKind.NOMINATION,
        slom_wg,
        settings,
        tmp_path,
        today=dt.date(2025, 9, 10),
        origin=asean_email,
    ).files
    lines = paragraphs(docx)
    assert lines[0].split()[0] == "ด่วนมาก"  # five days before the registration deadline
    # The number is left for the registry to give.
    assert lines[index_of(lines, "ที่")].startswith(f"ที่  รง ๐๓๐๘.๒/{BLANK}")
    assert lines[index_of(lines, "เรื่อง")] == (
        "เรื่อง  การมอบหมายผู้แทนเข้าร่วมการประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียน"
        "ว่าด้วยแนวปฏิบัติที่ก้าวหน้าด้านแรงงานเพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘"
    )
    origin = lines[index_of(lines, "๑. ต้นเรื่อง") + 1]
    assert origin.startswith(
        "สำนักเลขาธิการอาเซียนมีไปรษณีย์อิเล็กทรอนิกส์ ลงวันที่ ๒๗ สิงหาคม ๒๕๖๘ "
        "ขอเชิญผู้แทนกรมการจัดหางาน จำนวน ๒ คน เข้าร่วมการประชุมคณะทำงาน"
    )
    # 09.30-17.30 Singapore time is 08.30-16.30 in Bangkok.
    assert origin.endswith(
        "ในวันอังคารที่ ๓๐ กันยายน ๒๕๖๘ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. (ตามเวลาประเทศไทย) ผ่านระบบการประชุมทางไกล"
    )
    assert "ภายในวันที่ ๑๕ กันยายน ๒๕๖๘ เวลา ๒๒.๕๙ น." in "\n".join(lines)
    proposal = lines[index_of(lines, "๓.๑")]
    assert "๑) นายอนันต์ ตัวอย่าง นักวิเทศสัมพันธ์ปฏิบัติการ" in proposal
    assert "และ ๒) นางสาวมาลี ทดสอบ นักวิชาการแรงงานชำนาญการ" in proposal
    assert "เบิกค่าใช้จ่าย" not in proposal  # nothing to pay for a virtual meeting
    assert lines[index_of(lines, "๓.๒")].startswith("๓.๒ เห็นชอบให้กองยุทธศาสตร์และแผนงานแจ้งรายชื่อผู้แทน")
    assert lines[-3] == "จึงเรียนมาเพื่อโปรดพิจารณา"


def test_report_memo_fills_the_background_and_heads_the_blanks(settings, agj_workshop, tmp_path):
    [docx, _] = draft(
        MemoKind.REPORT, agj_workshop, settings, tmp_path, today=dt.date(2026, 1, 9)
    ).files
    lines = paragraphs(docx)
    assert "ด่วน" not in lines[0]
    assert lines[index_of(lines, "เรื่อง")].startswith(
        "เรื่อง  รายงานสรุปผลการเดินทางไปราชการต่างประเทศ ณ ประเทศมาเลเซีย เพื่อเข้าร่วม"
    )
    assert_in_order(lines, ["เรียน  อธิบดี", "๑. เรื่องเดิม", "๒. ขอรายงาน", "๓. ข้อพิจารณา"])
    background = lines[index_of(lines, "๑. เรื่องเดิม") + 1]
    assert background.startswith("กรมการจัดหางานเห็นชอบให้นายอนันต์ ตัวอย่าง นักวิเทศสัมพันธ์ปฏิบัติการ")
    assert "ระหว่างวันที่ ๑๖-๑๘ ธันวาคม ๒๕๖๘" in background
    for heading in ("๒.๑ วัตถุประสงค์ของการประชุม", "๒.๒ ผู้เข้าร่วมการประชุม", "๒.๓ สาระสำคัญ"):
        assert BLANK in lines[index_of(lines, heading)]
    assert lines[index_of(lines, "๓.๑")] == "๓.๑ รับทราบสรุปผลการประชุมฯ ตามข้อ ๒"
    assert lines[index_of(lines, "๓.๒")].startswith(
        "๓.๒ แจ้งเวียนสรุปผลการประชุมฯ ให้หน่วยงานสังกัดกรมการจัดหางาน"
    )
    assert lines[-3].startswith("จึงเรียนมาเพื่อโปรดทราบตามข้อ ๓.๑ และพิจารณาตามข้อ ๓.๒")


def test_circulation_memo_has_a_wor_number_and_no_sections(settings, slom_wg, tmp_path):
    [docx, _] = draft(
        MemoKind.CIRCULATION, slom_wg, settings, tmp_path, today=dt.date(2026, 1, 23), number=196
    ).files
    lines = paragraphs(docx)
    assert lines[index_of(lines, "ที่")].startswith("ที่  รง ๐๓๐๘.๒/ว ๑๙๖")
    assert lines[index_of(lines, "เรื่อง")] == (
        "เรื่อง  รายงานผลการประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วยแนวปฏิบัติที่ก้าวหน้า"
        "ด้านแรงงานเพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘"
    )
    assert lines[index_of(lines, "เรียน")].startswith("เรียน  ผู้อำนวยการกอง ผู้อำนวยการสำนัก")
    body = lines[index_of(lines, "พร้อมนี้")]
    assert "เมื่อวันอังคารที่ ๓๐ กันยายน ๒๕๖๘" in body
    assert body.endswith(
        "สามารถดาวน์โหลดรายละเอียดได้ที่ www.doe.go.th/strategy หรือที่ https://lib.doe.go.th"
    )
    assert not [line for line in lines if re.match(r"[๑-๙]\. ", line)]
    assert not [line for line in lines if line.startswith("จึงเรียน")]


def test_reply_is_an_unsent_english_draft_to_the_organiser(settings, agj_workshop, tmp_path):
    result = draft(MemoKind.REPLY, agj_workshop, settings, tmp_path, today=dt.date(2025, 12, 1))
    [eml] = result.files
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "secretariat@example.org"
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith("Nomination of delegate from Thailand: Workshop on")
    body = message.get_content()
    assert body.startswith("Dear Ms. Example Secretary,")
    assert "1. Anan Example, International Relations Officer, anan@example.org" in body
    assert "from 16-18 December 2025, in Hilton Kuala Lumpur, Kuala Lumpur, Malaysia." in body
    assert "registration at https://forms.example.org/agj-coe by 2 December 2025." in body


def test_an_office_template_with_a_misspelt_name_is_a_clear_error(settings, agj_workshop, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    for source in settings.memo.template_dir.iterdir():
        (templates / source.name).write_bytes(source.read_bytes())
    document = Document(str(templates / "nomination.docx"))
    document.add_paragraph("{{ meeting.titel }}")
    document.save(str(templates / "nomination.docx"))
    settings = settings.model_copy(
        update={"memo": settings.memo.model_copy(update={"template_dir": templates})}
    )
    with pytest.raises(ActionError, match=r"nomination\.docx: .*titel"):
        draft(MemoKind.NOMINATION, agj_workshop, settings, tmp_path, today=dt.date(2025, 12, 1))


def test_a_missing_emblem_file_is_a_configuration_error(settings, agj_workshop, tmp_path):
    settings = settings.model_copy(
        update={"memo": settings.memo.model_copy(update={"emblem_path": tmp_path / "garuda.png"})}
    )
    with pytest.raises(ConfigError, match=r"memo\.emblem_path"):
        draft(MemoKind.NOMINATION, agj_workshop, settings, tmp_path, today=dt.date(2025, 12, 1))


def test_travel_days_and_nights_come_from_the_stay_the_note_states(
    settings, agj_workshop, tmp_path
):
    note = (
        "Sponsored (flight & accommodation). Sponsored participants will be accommodated at the"
        " designated hotel in Kuala Lumpur for three nights from 15 December 2025 (check-in) to"
        " 18 December 2025 (check-out)."
    )
    record = replace(agj_workshop.record, sponsorship=Extracted(note, source=note))
    [docx, _] = draft(
        MemoKind.NOMINATION,
        replace(agj_workshop, record=record),
        settings,
        tmp_path,
        today=dt.date(2025, 12, 11),
    ).files
    lines = paragraphs(docx)
    assert lines[index_of(lines, "๒.๓")].startswith(
        "๒.๓ ผู้จัดการประชุมสนับสนุนค่าใช้จ่ายในการเดินทางครั้งนี้ ได้แก่ ค่าบัตรโดยสารเครื่องบินไป-กลับ"
        " และค่าที่พัก จำนวน ๓ คืน (ระหว่างวันที่ ๑๕-๑๘ ธันวาคม ๒๕๖๘)"
    )
    assert (
        "โดยมีกำหนดการเดินทางระหว่างวันที่ ๑๕-๑๘ ธันวาคม ๒๕๖๘ (รวมวันเดินทาง)"
        in (lines[index_of(lines, "๓.๑")])
    )


def test_a_virtual_meeting_has_no_travel_days(settings, slom_wg, asean_email, tmp_path):
    abroad = replace(slom_wg, record=replace(slom_wg.record, country=Extracted("Singapore", "x")))
    [docx, _] = draft(
        MemoKind.NOMINATION,
        abroad,
        settings,
        tmp_path,
        today=dt.date(2025, 9, 10),
        origin=asean_email,
    ).files
    assert "รวมวันเดินทาง" not in "\n".join(paragraphs(docx))


def test_through_the_ministry_the_covering_letter_to_the_permanent_secretary_is_drafted(
    settings, agj_workshop, ministry_letter, tmp_path
):
    result = draft(
        MemoKind.NOMINATION,
        agj_workshop,
        settings,
        tmp_path,
        today=dt.date(2025, 12, 11),
        origin=ministry_letter,
        number=2730,
    )
    covering = next(p for p in result.files if p.name == "meeting-2-covering.docx")
    lines = paragraphs(covering)
    assert lines[index_of(lines, "ที่")].startswith(f"ที่  รง ๐๓๐๘.๒/{BLANK}")  # its own number
    assert lines[index_of(lines, "เรียน")] == "เรียน  ปลัดกระทรวงแรงงาน"
    assert lines[index_of(lines, "ตามที่")].startswith(
        "ตามที่สำนักงานปลัดกระทรวงแรงงานมีหนังสือ ด่วนที่สุด ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘"
    )
    assert lines[index_of(lines, "กรมการจัดหางานพิจารณาแล้ว")].startswith(
        "กรมการจัดหางานพิจารณาแล้ว ขอมอบหมายให้นายอนันต์ ตัวอย่าง นักวิเทศสัมพันธ์ปฏิบัติการ"
    )
    assert lines[-1] == "อธิบดีกรมการจัดหางาน"


@pytest.mark.parametrize(
    ("route", "through"), [("direct", False), ("ministry", True), ("auto", True)]
)
def test_the_route_is_the_offices_setting_or_the_meetings_choice(
    settings, agj_workshop, ministry_letter, tmp_path, route, through
):
    result = draft(
        MemoKind.NOMINATION,
        agj_workshop,
        settings,
        tmp_path,
        today=dt.date(2025, 12, 11),
        origin=ministry_letter,
        route=route,
    )
    lines = paragraphs(result.files[0])
    proposal = lines[index_of(lines, "๓.๒")]
    assert proposal.startswith("๓.๒ ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน") is through
    assert proposal.startswith("๓.๒ เห็นชอบให้กองยุทธศาสตร์และแผนงานแจ้งรายชื่อผู้แทน") is not through
    assert any(p.name == "meeting-2-covering.docx" for p in result.files) is through


def test_the_offices_route_setting_sends_an_email_invitation_through_the_ministry(
    settings, slom_wg, asean_email, tmp_path
):
    settings = settings.model_copy(
        update={"memo": settings.memo.model_copy(update={"route": "ministry"})}
    )
    [docx, *_] = draft(
        MemoKind.NOMINATION,
        slom_wg,
        settings,
        tmp_path,
        today=dt.date(2025, 9, 10),
        origin=asean_email,
    ).files
    lines = paragraphs(docx)
    assert lines[index_of(lines, "๓.๒")].startswith("๓.๒ ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน")
    assert lines[-3].startswith("จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบขอได้โปรดลงนาม")


def test_a_held_meetings_memo_carries_its_urls_as_text_with_their_hosts(
    settings, agj_workshop, tmp_path
):
    """Held mail may be forged: the memo a person reads shows where each URL goes, and no
    URL it could click."""
    record = replace(
        agj_workshop.record,
        venue=Extracted("Hilton Kuala Lumpur https://evil.example/map", "(test)"),
        registration_url=Extracted("https://portal.example/register", "(test)"),
    )
    held = replace(agj_workshop, record=record, approved=False)
    result = draft(MemoKind.NOMINATION, held, settings, tmp_path, today=dt.date(2025, 12, 1))
    docx, html = result.files
    text = "\n".join(paragraphs(docx)) + html.read_text(encoding="utf-8")
    assert "https://evil.example" not in text
    assert "https://portal.example" not in text
    assert "[host: evil.example]" in text

    approved = replace(held, approved=True)
    docx, _ = draft(
        MemoKind.NOMINATION, approved, settings, tmp_path, today=dt.date(2025, 12, 1)
    ).files
    assert "https://evil.example/map" in "\n".join(paragraphs(docx))


@pytest.mark.parametrize("registration", [False, True])
def test_the_day_the_organiser_wants_the_names_by_is_in_the_memo(
    settings, slom_wg, asean_email, tmp_path, registration
):
    """ "Kindly send the names ... no later than 12 September": ๒.๔ says so, in the Word file
    and in the workspace's preview; a nomination day meetbot derived is the office's own."""
    stated = Deadline(DeadlineKind.NOMINATION, dt.date(2025, 9, 12), None, "no later than")
    derived = Deadline(DeadlineKind.NOMINATION, dt.date(2025, 9, 8), None, "", derived=True)
    record = replace(slom_wg.record, deadlines=(derived, stated))
    if not registration:
        record = replace(record, registration_deadline=None)
    docx, html = draft(
        MemoKind.NOMINATION,
        replace(slom_wg, record=record),
        settings,
        tmp_path,
        today=dt.date(2025, 9, 1),
        origin=asean_email,
    ).files
    [asked] = [line for line in paragraphs(docx) if line.startswith("๒.๔")]
    assert asked.endswith("ขอให้แจ้งรายชื่อผู้แทนภายในวันที่ ๑๒ กันยายน ๒๕๖๘")
    assert ("ลงทะเบียนผู้แทนภายในวันที่ ๑๕ กันยายน ๒๕๖๘" in asked) is registration
    assert " ๘ กันยายน" not in asked
    assert BLANK not in asked
    assert "แจ้งรายชื่อผู้แทนภายในวันที่ ๑๒ กันยายน ๒๕๖๘" in html.read_text()


def registration_line(settings, meeting, origin, tmp_path) -> str:
    """๒.๔ of the nomination memo drafted on 1 September 2025: registration and names."""
    docx, _ = draft(
        MemoKind.NOMINATION, meeting, settings, tmp_path, today=dt.date(2025, 9, 1), origin=origin
    ).files
    [asked] = [line for line in paragraphs(docx) if line.startswith("๒.๔")]
    return asked


@pytest.mark.parametrize("later_first", [False, True])
def test_of_two_days_for_the_names_the_memo_asks_for_the_latest(
    settings, slom_wg, asean_email, tmp_path, later_first
):
    """A follow-up that moves the day for the names adds a second one: the memo asks for
    the latest, whichever order the two were found in (not the one found last)."""
    bangkok = ZoneInfo("Asia/Bangkok")
    first = Deadline(DeadlineKind.NOMINATION, dt.date(2025, 9, 10), None, "by 10 September")
    moved = Deadline(
        DeadlineKind.NOMINATION,
        dt.datetime(2025, 9, 12, 12, 0, tzinfo=bangkok),
        None,
        "extended to 12 September, noon",
    )
    deadlines = (moved, first) if later_first else (first, moved)
    record = replace(slom_wg.record, deadlines=deadlines)
    asked = registration_line(settings, replace(slom_wg, record=record), asean_email, tmp_path)
    assert "ขอให้แจ้งรายชื่อผู้แทนภายในวันที่ ๑๒ กันยายน ๒๕๖๘" in asked
    assert "๑๐ กันยายน" not in asked


def test_a_day_due_by_its_last_minute_is_asked_for_by_the_day(
    settings, slom_wg, asean_email, tmp_path
):
    """meetbot makes "no later than 12 September" due at 23:59: the memo still asks by the
    day, as a Thai memo does; a deadline with its own hour keeps the hour."""
    bangkok = ZoneInfo("Asia/Bangkok")
    last_minute = dt.datetime(2025, 9, 12, 23, 59, tzinfo=bangkok)
    names = Deadline(DeadlineKind.NOMINATION, last_minute, None, "no later than")
    registration = Extracted(dt.datetime(2025, 9, 15, 16, 30, tzinfo=bangkok), "by 16:30", 0.9)
    record = replace(slom_wg.record, deadlines=(names,), registration_deadline=registration)
    asked = registration_line(settings, replace(slom_wg, record=record), asean_email, tmp_path)
    assert "ขอให้แจ้งรายชื่อผู้แทนภายในวันที่ ๑๒ กันยายน ๒๕๖๘" in asked
    assert "๒๓.๕๙" not in asked
    assert "๑๖.๓๐ น." in asked
