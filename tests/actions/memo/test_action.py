"""MemoAction against a real SQLite store: the invitation's own message gives the origin."""

import datetime as dt
import gzip
import hashlib
import logging
from dataclasses import replace
from email.message import EmailMessage

from docx import Document

from bot.actions.memo.action import MemoAction
from bot.meetings.change import MeetingChange
from bot.store.database import open_database
from bot.store.tables import MeetingRow, MessageRow
from bot.understanding.record import Extraction, MessageKind
from tests.actions.memo.conftest import fact


class FixedClock:
    def now(self) -> dt.datetime:
        return dt.datetime(2025, 12, 11, 2, 0, tzinfo=dt.UTC)


def ministry_mail() -> bytes:
    message = EmailMessage()
    message["From"] = "Saraban <saraban@mol.go.th>"
    message["To"] = "inter@example.org"
    message["Subject"] = "ขอให้พิจารณามอบหมายผู้แทน"
    message["Date"] = "Mon, 08 Dec 2025 15:10:00 +0700"
    message["Message-ID"] = "<letter-2872@mol.example.org>"
    message.set_content(
        "ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒\nสำนักงานปลัดกระทรวงแรงงาน\n         ๘ ธันวาคม ๒๕๖๘\n"
        "เรื่อง ขอให้พิจารณามอบหมายผู้แทนเข้าร่วมการประชุม\n"
    )
    return message.as_bytes()


def store(db, meeting) -> None:
    raw = ministry_mail()
    with db.session() as session:
        session.add(MeetingRow(id=meeting.id, uid=meeting.uid, record={}))
        session.flush()
        session.add(
            MessageRow(
                message_id="letter-2872@mol.example.org",
                sha256=hashlib.sha256(raw).hexdigest(),
                raw_gz=gzip.compress(raw),
                size=len(raw),
                source="file",
                kind=MessageKind.INVITATION.value,
                date=dt.datetime(2025, 12, 8, 8, 10, tzinfo=dt.UTC),
                meeting_id=meeting.id,
            )
        )


async def test_an_invitation_drafts_the_nomination_memo_and_logs_where(
    settings, agj_workshop, tmp_path, caplog
):
    db = open_database(f"sqlite:///{tmp_path / 'meetbot.db'}")
    try:
        store(db, agj_workshop)
        action = MemoAction(settings, db, FixedClock())
        extraction = Extraction("letter-2872@mol.example.org", MessageKind.INVITATION, ())
        with caplog.at_level(logging.INFO, logger="bot.actions.memo.action"):
            await action.handle(MeetingChange(agj_workshop, None, extraction))
    finally:
        db.close()
    docx = settings.memo.output_dir / "meeting-2-nomination.docx"
    assert str(docx) in caplog.text
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "สำนักงานปลัดกระทรวงแรงงานมีหนังสือ ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘" in text
    assert "วันที่  ๑๑ ธันวาคม ๒๕๖๘" in text  # the clock's day in Bangkok


async def test_a_report_of_a_known_meeting_drafts_a_report_memo_never_a_nomination(
    settings, agj_workshop, tmp_path
):
    db = open_database(f"sqlite:///{tmp_path / 'meetbot.db'}")
    try:
        action = MemoAction(settings, db, FixedClock())
        for kind in (MessageKind.REPORT, MessageKind.CIRCULAR):
            extraction = Extraction("report@example.org", kind, ())
            await action.handle(MeetingChange(agj_workshop, agj_workshop, extraction))
    finally:
        db.close()
    drafted = sorted(p.name for p in settings.memo.output_dir.glob("*.docx"))
    assert drafted == ["meeting-2-report.docx"]


async def test_a_circular_before_the_meeting_drafts_no_report_memo(
    settings, agj_workshop, tmp_path
):
    db = open_database(f"sqlite:///{tmp_path / 'meetbot.db'}")
    try:
        action = MemoAction(settings, db, FixedClock())  # 11 December, the meeting on the 16th
        circular = Extraction("fyi@example.org", MessageKind.CIRCULAR, ())
        await action.handle(MeetingChange(agj_workshop, agj_workshop, circular))
        assert not settings.memo.output_dir.exists(), "the meeting has not been held"

        lacked = replace(
            agj_workshop, record=replace(agj_workshop.record, registration_deadline=None)
        )
        await action.handle(MeetingChange(agj_workshop, lacked, circular))
        drafted = sorted(p.name for p in settings.memo.output_dir.glob("*.docx"))
        assert drafted == ["meeting-2-nomination.docx"], "it gave the deadline the memo prints"

        held = replace(
            agj_workshop, record=replace(agj_workshop.record, start=fact(dt.date(2025, 12, 1)))
        )
        await action.handle(MeetingChange(held, held, circular))
    finally:
        db.close()
    drafted = sorted(p.name for p in settings.memo.output_dir.glob("*.docx"))
    assert drafted == ["meeting-2-nomination.docx", "meeting-2-report.docx"]


async def test_a_report_of_no_known_meeting_drafts_nothing(settings, agj_workshop, tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'meetbot.db'}")
    try:
        action = MemoAction(settings, db, FixedClock())
        extraction = Extraction("report@example.org", MessageKind.CIRCULAR, ())
        await action.handle(MeetingChange(agj_workshop, None, extraction))
    finally:
        db.close()
    assert not settings.memo.output_dir.exists()


async def test_assigning_delegates_redrafts(settings, agj_workshop, tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'meetbot.db'}")
    try:
        action = MemoAction(settings, db, FixedClock())
        before = replace(agj_workshop, delegates=())
        await action.handle(MeetingChange(agj_workshop, before, None))
    finally:
        db.close()
    docx = settings.memo.output_dir / "meeting-2-nomination.docx"
    assert "นายอนันต์ ตัวอย่าง" in "\n".join(p.text for p in Document(str(docx)).paragraphs)
