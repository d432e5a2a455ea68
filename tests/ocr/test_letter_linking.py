"""A scanned Thai letter forwarding an invitation, after the English invitation: it joins that
meeting, gives it its Thai title, quota and nomination deadline, and the nomination memo
cites it in ๑. ต้นเรื่อง. Through the real pipeline, with Tesseract on a generated scan."""

from __future__ import annotations

import datetime as dt
import email
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from bot.actions.memo.draft import draft
from bot.actions.memo.kinds import MemoKind
from bot.actions.memo.origin import load_origin
from bot.app import build_stages
from bot.config.settings import Settings
from bot.meetings.repository import load_meeting
from bot.processing.pipeline import Pipeline
from bot.processing.runner import ActionRunner
from bot.reading.ocr import ocr_problem
from bot.sources.incoming import Incoming
from bot.store.database import open_database
from bot.store.tables import MessageRow
from bot.types import SystemClock
from bot.understanding.record import DeadlineKind

pytestmark = [
    pytest.mark.tesseract,
    pytest.mark.slow,
    pytest.mark.skipif(ocr_problem() is not None, reason=str(ocr_problem())),
]

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "memo"
SCAN = Path(__file__).parent / "scans" / "letter1-clean-300.eml"
INVITATION = (
    b"Message-ID: <slom21@asean.example.org>\r\n"
    b"Subject: Invitation to the 21st ASEAN Senior Labour Officials Meeting (SLOM)\r\n"
    b"From: ASEAN Secretariat <labour@asean.example.org>\r\nTo: intl.doe@example.org\r\n"
    b"Date: Fri, 28 Nov 2025 09:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Dear Sir/Madam,\r\n\r\nThe ASEAN Secretariat is pleased to invite your delegation to the "
    b"21st ASEAN Senior Labour Officials Meeting (SLOM), to be held on 14-16 January 2026 "
    b"in Jakarta, Indonesia.\r\n"
)


def scanned_letter() -> bytes:
    """The ministry's letter 1 (tests/ocr/make_scans.py), scanned, mailed a week later."""
    message = email.message_from_bytes(SCAN.read_bytes())
    del message["Message-ID"]
    message["Message-ID"] = "<letter-2872@saraban.example.org>"
    return message.as_bytes()


async def test_a_scanned_letter_joins_the_invitations_meeting_and_the_memo_cites_it(tmp_path):
    settings = Settings(
        data_dir=tmp_path / "var",
        memo={"template_dir": TEMPLATES, "output_dir": tmp_path / "memos", "pdf": False},
    )
    db = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    runner = ActionRunner(db, [], load=load_meeting, clock=SystemClock())
    pipeline = Pipeline(db, build_stages(settings), runner, clock=SystemClock())
    await pipeline.accept_batch([Incoming(INVITATION, "test")])
    await pipeline.accept_batch([Incoming(scanned_letter(), "test")])

    with db.session() as session:
        linked = dict(session.execute(select(MessageRow.message_id, MessageRow.meeting_id)).all())
    meeting_id = linked["slom21@asean.example.org"]
    assert meeting_id is not None
    assert linked["letter-2872@saraban.example.org"] == meeting_id
    with db.session() as session:
        meeting = load_meeting(session, meeting_id)
    record = meeting.record
    assert record.title_th is not None
    assert record.title_th.value.startswith("การประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน")
    assert record.delegates_requested is not None
    assert record.delegates_requested.value == 2
    nominations = [d for d in record.deadlines if d.kind is DeadlineKind.NOMINATION]
    assert [d.due.date() for d in nominations if isinstance(d.due, dt.datetime)] == [
        dt.date(2025, 12, 19)
    ]

    origin = load_origin(db, meeting_id, settings, now=dt.datetime.now(dt.UTC))
    db.close()
    assert origin is not None
    assert origin.letter is not None
    assert origin.letter.number == "รง ๐๒๑๐.๓/ว ๒๘๗๒"
    assert origin.letter.date == dt.date(2025, 12, 8)

    memo = draft(
        MemoKind.NOMINATION, meeting, settings, tmp_path, today=dt.date(2025, 12, 9), origin=origin
    )
    lines = [p.text for p in Document(str(memo.files[0])).paragraphs if p.text.strip()]
    background = lines[next(i for i, line in enumerate(lines) if line.startswith("๑.")) + 1]
    print(background)
    assert background.startswith(
        "สำนักงานปลัดกระทรวงแรงงานมีหนังสือ ที่ รง ๐๒๑๐.๓/ว ๒๘๗๒ ลงวันที่ ๘ ธันวาคม ๒๕๖๘ "
        "ขอให้กรมการจัดหางานพิจารณามอบหมายผู้แทน จำนวน ๒ คน เข้าร่วมการประชุมเจ้าหน้าที่อาวุโส"
    )
