"""The nomination memos regenerated from the corpus, compared section by section with the
seeds' own memos (seed 002 for the AGJ workshop, seed 000 for the 18th SLOM-WG), apart from
what an officer fills in: the delegates chosen, the objectives, the signature."""

import datetime as dt

from docx import Document

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.thai_forms import BLANK
from tests.actions.memo.corpus_drafts import stored_meeting

SECTIONS = ["ส่วนราชการ", "ที่", "เรื่อง", "เรียน", "๑. ต้นเรื่อง", "๒. ขอรายงาน", "๓. ข้อพิจารณา"]

# Seed 002, the DOE's nomination memo ที่ รง ๐๓๐๘.๒/๒๗๓๐ of ๑๑ ธันวาคม ๒๕๖๘, as written.
SEED_002 = {
    "subject": "เรื่อง การเดินทางไปราชการต่างประเทศเพื่อเข้าร่วม",
    "subject_end": "ณ ประเทศมาเลเซีย",
    "stay": "ค่าที่พัก จำนวน ๓ คืน (ระหว่างวันที่ ๑๕-๑๘ ธันวาคม ๒๕๖๘)",
    "travel": "โดยมีกำหนดการเดินทางระหว่างวันที่ ๑๕-๑๘ ธันวาคม ๒๕๖๘",
    "own_costs": "โดยเบิกค่าใช้จ่ายในส่วนที่ผู้จัดมิได้สนับสนุนจากงบประมาณของกรมการจัดหางาน",
    "route": "๓.๒ ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน เพื่อแจ้งชื่อ",
    "closing": "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบขอได้โปรดลงนามในหนังสือถึงปลัดกระทรวงแรงงาน"
    " ตามที่แนบมาพร้อมนี้",
}
# Seed 000, the ministry's memo on the 18th SLOM-WG: its names and the invitation it cites.
SEED_000 = {
    "title_th": "การประชุมคณะทำงานเจ้าหน้าที่อาวุโสแรงงานอาเซียนว่าด้วยแนวปฏิบัติที่ก้าวหน้าด้านแรงงาน"
    "เพื่อเสริมสร้างการแข่งขันในอาเซียน ครั้งที่ ๑๘",
    "origin": "สำนักเลขาธิการอาเซียนมีไปรษณีย์อิเล็กทรอนิกส์ ลงวันที่ ๒๗ สิงหาคม ๒๕๖๘",
    "when": "ในวันอังคารที่ ๓๐ กันยายน ๒๕๖๘",
    "where": "ผ่านระบบการประชุมทางไกล",
}


def regenerate(settings, tmp_path, names, today):
    now = dt.datetime.combine(today, dt.time(9), tzinfo=dt.UTC)
    meeting, origin = stored_meeting(
        settings, tmp_path / "meetbot.db", names, delegates=("anan",), now=now
    )
    return draft(
        MemoKind.NOMINATION, meeting, settings, tmp_path / "out", today=today, origin=origin
    )


def lines_of(path):
    return [p.text.rstrip("\t") for p in Document(str(path)).paragraphs if p.text.strip()]


def section(lines, first, until):
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if line.startswith(until))
    return "\n".join(lines[start:end])


def assert_structure(lines):
    positions = [next(i for i, line in enumerate(lines) if line.startswith(s)) for s in SECTIONS]
    assert positions == sorted(positions)
    assert lines[0].endswith("บันทึกข้อความ")
    number = next(line for line in lines if line.startswith("ที่"))
    assert number.startswith(f"ที่  รง ๐๓๐๘.๒/{BLANK}")  # the register gives the number
    assert next(line for line in lines if line.startswith("เรียน")) == "เรียน  อธิบดี"
    assert "@" not in "\n".join(lines)  # no address stands in for a name


def test_the_agj_nomination_follows_seed_002_section_by_section(settings, tmp_path):
    result = regenerate(
        settings,
        tmp_path,
        ["03-agj-admin-note.eml", "07-agj-forward-as-attachment.eml"],
        dt.date(2025, 12, 11),
    )
    lines = lines_of(result.files[0])
    assert_structure(lines)
    subject = next(line for line in lines if line.startswith("เรื่อง"))
    assert subject.replace("  ", " ").startswith(SEED_002["subject"])
    assert subject.endswith(SEED_002["subject_end"])

    origin = section(lines, "๑. ต้นเรื่อง", "๒. ขอรายงาน")
    assert "กระทรวงทรัพยากรมนุษย์ ประเทศมาเลเซีย" in origin  # the inviter, in Thai
    assert "จำนวน ๑ คน" in origin
    assert "(Workshop on the Establishment of the ASEAN Green Jobs (AGJ) Centre" in origin
    assert "ระหว่างวันที่ ๑๖-๑๘ ธันวาคม ๒๕๖๘" in origin
    assert "กรุงกัวลาลัมเปอร์ ประเทศมาเลเซีย" in origin

    report = section(lines, "๒. ขอรายงาน", "๓. ข้อพิจารณา")
    # The note's table: our row is "Sponsored (flight & accommodation)", as the seed writes.
    assert "ได้แก่ ค่าบัตรโดยสารเครื่องบินไป-กลับ และ" + SEED_002["stay"] in report

    proposal = section(lines, "๓. ข้อพิจารณา", "จึงเรียนมา")
    assert SEED_002["travel"] in proposal
    assert SEED_002["own_costs"] in proposal
    # Forwarded by the ministry's bureau: answered through the ministry, as in the seed.
    assert SEED_002["route"] in proposal
    assert next(line for line in lines if line.startswith("จึงเรียนมา")) == SEED_002["closing"]
    assert any(p.name.endswith("-covering.docx") for p in result.files)


def test_the_slom_wg_nomination_names_what_seed_000_names(settings, tmp_path):
    result = regenerate(
        settings,
        tmp_path,
        ["01-slomwg-invitation.eml", "02-slomwg-followup.eml"],
        dt.date(2025, 9, 10),
    )
    lines = lines_of(result.files[0])
    assert_structure(lines)
    subject = next(line for line in lines if line.startswith("เรื่อง"))
    assert subject.endswith(SEED_000["title_th"])  # from the glossary: series and ordinal
    origin = section(lines, "๑. ต้นเรื่อง", "๒. ขอรายงาน")
    assert origin.split("\n")[1].startswith(SEED_000["origin"])
    assert SEED_000["when"] in origin
    assert SEED_000["where"] in origin
    proposal = section(lines, "๓. ข้อพิจารณา", "จึงเรียนมา")
    assert "รวมวันเดินทาง" not in proposal  # virtual: nobody travels
    assert "เบิกค่าใช้จ่าย" not in proposal
