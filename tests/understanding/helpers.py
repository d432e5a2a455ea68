"""Reading test messages: the corpus built from the seeds, and the fixtures beside these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.understanding.extract import extract_message
from bot.understanding.record import Extraction
from tests.corpus_paths import CORPUS

FIXTURES = Path(__file__).parent / "fixtures"
BANGKOK = dt.timezone(dt.timedelta(hours=7))


def document(path: Path) -> MailDocument:
    """A message file, or for a .txt file a message whose body is the text (a scanned memo)."""
    if path.suffix == ".txt":
        return MailDocument(
            message_id=f"{path.stem}@fixtures.example.org",
            subject="",
            sender=None,
            to=(),
            cc=(),
            date=dt.datetime(2026, 4, 2, 9, 0, tzinfo=BANGKOK),
            in_reply_to=None,
            references=(),
            authentication_results=(),
            text=path.read_text(encoding="utf-8"),
        )
    return read_message(path.read_bytes())


def corpus(name: str) -> MailDocument:
    return document(CORPUS / name)


def fixture(name: str) -> MailDocument:
    return document(FIXTURES / name)


def extract(doc: MailDocument) -> Extraction:
    return extract_message(doc, default_tz="Asia/Bangkok")
