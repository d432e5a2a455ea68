"""A Thai letter whose cited date does not single out the invitation (two came that day, or
it cites none) joins the meeting its Thai title names, when one is clearly it; otherwise it
stays apart and its meeting is in the review queue saying why. Through the real pipeline
and store; the letters are typed in the mail body (the same parser reads OCR'd scans)."""

from __future__ import annotations

from email.message import EmailMessage

from sqlalchemy import select

from bot.app import build_stages
from bot.config.settings import Settings
from bot.meetings.repository import load_meeting
from bot.meetings.review import values_to_review
from bot.processing.pipeline import Pipeline
from bot.processing.runner import ActionRunner
from bot.sources.incoming import Incoming
from bot.store.database import Database, open_database
from bot.store.tables import MessageRow
from bot.types import SystemClock
from tests.ocr.make_scans import LETTERS

SLOM = ("slom21", "Invitation to the 21st ASEAN Senior Labour Officials Meeting (SLOM)")
SLOM_WG = (
    "slomwg18",
    "Invitation to the 18th Meeting of the SLOM Working Group on Progressive Labour "
    "Practices (SLOM-WG)",
)
NOT_CITING = "\n".join(
    line for line in LETTERS["letter1"].splitlines() if not line.startswith("อ้างถึง")
)


def _invitation(key: str, subject: str, date: str) -> bytes:
    message = EmailMessage()
    message["Message-ID"] = f"<{key}@asean.example.org>"
    message["Subject"] = subject
    message["From"] = "ASEAN Secretariat <labour@asean.example.org>"
    message["To"] = "intl.doe@example.org"
    message["Date"] = date
    title = subject.removeprefix("Invitation to the ")
    message.set_content(
        "Dear Sir/Madam,\n\nThe ASEAN Secretariat is pleased to invite your delegation to the "
        f"{title}, to be held on 14-16 January 2026 in Jakarta, Indonesia.\n"
    )
    return message.as_bytes()


def _letter(key: str, body: str) -> bytes:
    message = EmailMessage()
    message["Message-ID"] = f"<{key}@saraban.example.org>"
    message["Subject"] = f"หนังสือ {key}"
    message["From"] = "Saraban <saraban@example.org>"
    message["To"] = "intl.doe@example.org"
    message["Date"] = "Mon, 08 Dec 2025 10:00:00 +0700"
    message.set_content(body)
    return message.as_bytes()


async def _run(tmp_path, *batches: list[bytes]) -> tuple[Database, dict[str, int | None]]:
    settings = Settings(data_dir=tmp_path / "var")
    db = open_database(f"sqlite:///{tmp_path}/meetbot.db")
    runner = ActionRunner(db, [], load=load_meeting, clock=SystemClock())
    pipeline = Pipeline(db, build_stages(settings), runner, clock=SystemClock())
    for batch in batches:
        await pipeline.accept_batch([Incoming(raw, "test") for raw in batch])
    with db.session() as session:
        rows = session.execute(select(MessageRow.message_id, MessageRow.meeting_id)).all()
    return db, {message_id.split("@")[0]: meeting for message_id, meeting in rows}


TWO_THAT_DAY = [
    _invitation(*SLOM, "Fri, 28 Nov 2025 09:00:00 +0700"),
    _invitation(*SLOM_WG, "Fri, 28 Nov 2025 15:00:00 +0700"),
]


async def test_a_letter_citing_a_day_of_two_invitations_joins_the_one_its_title_names(tmp_path):
    db, linked = await _run(tmp_path, TWO_THAT_DAY, [_letter("letter", LETTERS["letter1"])])
    db.close()
    assert linked["slom21"] != linked["slomwg18"]
    assert linked["letter"] == linked["slom21"]


async def test_a_letter_citing_nothing_joins_the_meeting_its_title_names(tmp_path):
    invitations = [
        _invitation(*SLOM, "Fri, 28 Nov 2025 09:00:00 +0700"),
        _invitation(*SLOM_WG, "Mon, 17 Nov 2025 09:00:00 +0700"),
    ]
    db, linked = await _run(tmp_path, invitations, [_letter("letter", NOT_CITING)])
    db.close()
    assert linked["letter"] == linked["slom21"]


async def test_a_letter_naming_neither_meeting_stays_apart_and_is_reviewed(tmp_path):
    # Letter 2 names the working group on migrant workers' protection, 18th meeting: not
    # the SLOM, and not the SLOM-WG though it is also an 18th working group meeting.
    body = LETTERS["letter2"].replace(
        "อ้างถึง หนังสือสำนักงานปลัดกระทรวงแรงงาน ที่ รง ๐๒๑๐.๓/ว ๑๙๖ ลงวันที่ ๒๑ มกราคม ๒๕๖๙",
        "อ้างถึง หนังสือสำนักเลขาธิการอาเซียน ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๘",
    )
    db, linked = await _run(tmp_path, TWO_THAT_DAY, [_letter("letter", body)])
    assert linked["letter"] not in (linked["slom21"], linked["slomwg18"])
    assert linked["letter"] is not None  # it made a meeting of its own, to be reviewed
    with db.session() as session:
        review = values_to_review(session, linked["letter"], threshold=0.8)
    db.close()
    (title,) = [value for value in review if value.field == "title_th"]
    assert str(title.value).startswith("การประชุมคณะทำงานว่าด้วยการคุ้มครองแรงงานข้ามชาติ")
    assert any("not linked" in reason and "ยังไม่ได้เชื่อม" in reason for reason in title.reasons)


async def test_a_letter_about_none_of_the_recent_meetings_is_not_put_to_review(tmp_path):
    # Letter 2 cites a ministry letter of a day with no invitation, and names a meeting
    # like none of those invited to lately: a domestic letter, nothing to doubt.
    db, linked = await _run(tmp_path, TWO_THAT_DAY, [_letter("letter", LETTERS["letter2"])])
    assert linked["letter"] not in (linked["slom21"], linked["slomwg18"])
    with db.session() as session:
        review = (
            values_to_review(session, linked["letter"], threshold=0.8)
            if linked["letter"] is not None
            else []
        )
    db.close()
    assert not any("not linked" in reason for value in review for reason in value.reasons)
