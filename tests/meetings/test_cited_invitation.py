"""The meeting a Thai letter forwards the invitation of (bot.meetings.cited_invitation): which
mail counts as such a letter, which stored meetings are compared with it, how often the
store is asked, and what a person is shown when no meeting is clearly the letter's."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from sqlalchemy import event

from bot.meetings.cited_invitation import CitedInvitation
from bot.meetings.repository import apply_extraction, load_meeting
from bot.meetings.review import meetings_to_review, messages_to_link, values_to_review
from bot.reading.mime import read_message
from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.store.tables import MeetingRow, MessageRow
from bot.understanding.extract import extract_message
from bot.understanding.record import Extracted, MeetingRecord, MessageKind
from tests.ocr.make_scans import LETTERS

LETTER_DATE = "Mon, 08 Dec 2025 10:00:00 +0700"
# Letter 2 names the working group on migrant workers' protection and cites the ASEAN
# Secretariat's letter of a day when two other meetings' invitations came.
NAMES_NEITHER = LETTERS["letter2"].replace(
    "อ้างถึง หนังสือสำนักงานปลัดกระทรวงแรงงาน ที่ รง ๐๒๑๐.๓/ว ๑๙๖ ลงวันที่ ๒๑ มกราคม ๒๕๖๙",
    "อ้างถึง หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘",
)
# Letter 1 without its อ้างถึง line: it cites no day, its title names the SLOM.
NOT_CITING = "\n".join(
    line for line in LETTERS["letter1"].splitlines() if not line.startswith("อ้างถึง")
)


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    yield database
    database.close()


def _mail(key: str, subject: str, body: str, date: str = LETTER_DATE) -> bytes:
    message = EmailMessage()
    message["Message-ID"] = f"<{key}@example.org>"
    message["Subject"] = subject
    message["From"] = "Saraban <saraban@example.org>"
    message["To"] = "intl.doe@example.org"
    message["Date"] = date
    message.set_content(body)
    return message.as_bytes()


def _ingest(db, raw: bytes):
    with db.session() as session:
        stored = store_raw_message(session, raw, source="test")
        doc = read_message(raw)
        extraction = extract_message(doc)
        change = apply_extraction(session, message_pk=stored.pk, doc=doc, extraction=extraction)
        return stored.pk, extraction, change


def _invited(session, title_th: str, day: dt.datetime, key: str) -> int:
    """A stored meeting of that Thai name, with its invitation mail of that day."""
    record = MeetingRecord(title_th=Extracted(title_th, title_th, 0.9))
    meeting = MeetingRow(uid=f"{key}@meetbot", status="scheduled", record=record.to_json())
    session.add(meeting)
    session.flush()
    session.add(
        MessageRow(
            message_id=f"{key}@example.org",
            sha256=key.ljust(64, "0")[:64],
            raw_gz=b"",
            size=0,
            source="test",
            subject=title_th,
            date=day,
            kind=MessageKind.INVITATION.value,
            meeting_id=meeting.id,
        )
    )
    return meeting.id


def _two_invitations_on_the_cited_day(db) -> None:
    day = dt.datetime(2025, 11, 28, 9, tzinfo=dt.UTC)
    with db.session() as session:
        _invited(session, "การประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน ครั้งที่ ๒๑", day, "slom")
        _invited(session, "การประชุมคณะทำงานเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน", day, "slomwg")


def test_a_thai_mail_with_a_subject_line_is_no_letter_without_a_letters_shape():
    plain = read_message(
        _mail("plain", "ประชุม", "เรื่อง การประชุมคณะทำงานด้านแรงงาน ครั้งที่ ๓\nขอเชิญประชุม")
    )
    letter = read_message(_mail("letter", "หนังสือ", LETTERS["letter2"]))
    assert CitedInvitation(plain).letters == ()
    assert [one.where for one in CitedInvitation(letter).letters] == ["body"]


def test_a_letter_making_a_new_meeting_is_decided_once_and_reviewed_with_its_reason(db):
    _two_invitations_on_the_cited_day(db)
    grouped: list[str] = []

    def note(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        if "GROUP BY messages.meeting_id" in statement:
            grouped.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        _, extraction, change = _ingest(db, _mail("letter", "หนังสือ", NAMES_NEITHER))
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert extraction.kind in (MessageKind.INVITATION, MessageKind.UPDATE)
    assert change is not None
    assert change.previous is None, "it made a meeting of its own"
    # One look for the cited day's invitations (two meetings), none again for the record.
    assert len(grouped) == 1
    read = extraction.meeting.title_th
    assert read is not None
    with db.session() as session:
        stored = load_meeting(session, change.meeting.id).record.title_th
        review = values_to_review(session, change.meeting.id, threshold=0.8)
        queue = meetings_to_review(session, 0.8, today=dt.date(2025, 12, 8))
    assert stored is not None
    assert stored.confidence == read.confidence >= 0.8
    assert stored.review is not None
    assert "not linked" in stored.review
    (title,) = [value for value in review if value.field == "title_th"]
    assert any("ยังไม่ได้เชื่อม" in reason for reason in title.reasons)
    assert change.meeting.id in [m.meeting_id for m in queue]


def test_a_circular_letter_no_meeting_is_clearly_the_one_of_waits_to_be_joined(db):
    _two_invitations_on_the_cited_day(db)
    circular = "\n".join(
        line
        for line in NAMES_NEITHER.splitlines()
        if not line.startswith(("จึงขอให้", "จึงเรียนมาเพื่อโปรดพิจารณา"))
    ).replace("ขอแสดงความนับถือ", "จึงเรียนมาเพื่อโปรดทราบ\nขอแสดงความนับถือ")
    pk, extraction, change = _ingest(db, _mail("circular", "หนังสือแจ้งเวียน", circular))
    assert extraction.kind is MessageKind.CIRCULAR
    assert change is None, "a circular makes no meeting"
    with db.session() as session:
        (waiting,) = messages_to_link(session)
    assert waiting.message_pk == pk
    assert waiting.subject == "หนังสือแจ้งเวียน"
    assert "not linked" in waiting.reason
    assert "ยังไม่ได้เชื่อม" in waiting.reason


def test_a_circular_letter_of_a_meeting_found_waits_for_nobody(db):
    day = dt.datetime(2025, 11, 28, 9, tzinfo=dt.UTC)
    with db.session() as session:
        _invited(session, "การประชุมเจ้าหน้าที่อาวุโสด้านแรงงานอาเซียน ครั้งที่ ๒๑", day, "slom")
    _ingest(db, _mail("letter", "หนังสือ", LETTERS["letter1"].replace("พิจารณา", "ทราบ")))
    with db.session() as session:
        assert messages_to_link(session) == []
