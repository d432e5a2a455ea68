"""A bounded fuzz run over MIME bytes, through the whole understanding path.

Corpus messages are mutated structurally (tests/reliability/mutations.py) and each
goes through the pipeline with the real stages: stored, read, extracted, merged into
the meetings of one store. Whatever the damage, the pipeline must not fail on it, and
what comes out must keep its promises: exact spans inside the text, start <= end for
every date, confidences in [0, 1], aware datetimes, a record that survives its JSON form.

MEETBOT_FUZZ_CASES (default 300) and MEETBOT_FUZZ_SEED change the run; a failing case
is written to the test's tmp_path with its seed and mutations, to be read again with
`meetbot read`. By default attachments over 10 KB (the PDFs and the DOCX) are skipped
by the size limit: parsing mutated PDFs is most of the cost and tests pypdf more than
meetbot (tests/reading covers damaged PDFs). MEETBOT_FUZZ_ATTACHMENTS=1 reads them too.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import random
import re

import pytest
from sqlalchemy import select

from bot.app import build_stages
from bot.config.settings import Settings
from bot.meetings.repository import load_meeting
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.document import MailDocument
from bot.sources.incoming import Incoming
from bot.store.database import open_database
from bot.store.tables import MessageRow
from bot.types import SystemClock
from bot.understanding.record import Extracted, Extraction, MeetingRecord, When
from bot.understanding.temporal.find import find_temporal
from tests.corpus_paths import CORPUS
from tests.reliability.mutations import mutate

CASES = int(os.environ.get("MEETBOT_FUZZ_CASES", "300"))
SEED = int(os.environ.get("MEETBOT_FUZZ_SEED", "9"))
ATTACHMENT_MB = 25.0 if os.environ.get("MEETBOT_FUZZ_ATTACHMENTS") else 0.01
# Not the megabyte line (h6): its cost is reading one huge line, which test_mime covers;
# repeated here it would be most of the run's time.
SEEDS = [p for p in sorted(CORPUS.glob("*.eml")) if not p.name.startswith("h6")]
_MESSAGE_ID = re.compile(rb"^Message-ID:[^\n]*\n", re.MULTILINE | re.IGNORECASE)
REFERENCE = dt.datetime(2025, 11, 1, tzinfo=dt.UTC)


class Recording:
    """The real read and extract stages, keeping what they returned for the checks."""

    def __init__(self, stages: Stages) -> None:
        self.stages = stages
        self.document: MailDocument | None = None
        self.extraction: Extraction | None = None

    def read(self, raw: bytes) -> MailDocument:
        self.document = self.stages.read(raw)
        return self.document

    def extract(self, document: MailDocument) -> Extraction:
        self.extraction = self.stages.extract(document)
        return self.extraction


def _instant(value: When) -> dt.datetime:
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None, f"naive datetime {value}"
        return value
    return dt.datetime.combine(value, dt.time(), dt.UTC)


def _ordered(start: When | None, end: When | None, what: str) -> None:
    if start is not None and end is not None:
        # A date against a datetime: compare whole days, as a reader would.
        if type(start) is not type(end):
            assert _instant(start).date() <= _instant(end).date(), f"{what}: {start} > {end}"
        else:
            assert _instant(start) <= _instant(end), f"{what}: {start} > {end}"


def _confidence(value: float, what: str) -> None:
    assert not math.isnan(value), what
    assert 0.0 <= value <= 1.0, f"{what}: confidence {value}"


def check_document(doc: MailDocument) -> None:
    assert not [w for w in doc.warnings if w.startswith("message could not be read")], doc.warnings
    for text in (doc.subject, doc.text, *(a.text for a in doc.attachments), *doc.warnings):
        text.encode("utf-8")  # no lone surrogates: the store keeps UTF-8
    for attachment in doc.attachments:
        assert "/" not in attachment.filename
        assert "\\" not in attachment.filename


def check_temporals(text: str, reference: dt.datetime) -> None:
    for item in find_temporal(text, reference=reference):
        start, end = item.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == item.text
        _ordered(item.start, item.end, f"temporal {item.text!r}")
        _confidence(item.confidence, f"temporal {item.text!r}")


def check_extraction(extraction: Extraction) -> None:
    assert not [r for r in extraction.reasons if r.startswith("extraction failed")], (
        extraction.reasons
    )
    record = extraction.meeting
    for name in vars(record):
        value = getattr(record, name)
        if isinstance(value, Extracted):
            _confidence(value.confidence, name)
            if isinstance(value.value, dt.date):
                _instant(value.value)
    _ordered(
        record.start.value if record.start else None,
        record.end.value if record.end else None,
        "meeting",
    )
    for online in record.online_meetings:
        _ordered(online.start, online.end, f"online meeting {online.url}")
        _confidence(online.confidence, "online meeting")
    for item in (*record.deadlines, *record.organiser_contacts):
        _confidence(item.confidence, type(item).__name__)
    stored = json.loads(json.dumps(extraction.to_json()))  # as the store keeps it
    assert MeetingRecord.from_json(stored["meeting"]).to_json() == stored["meeting"]


@pytest.mark.slow
async def test_mutated_corpus_mail_goes_through_the_pipeline(tmp_path):
    seeds = [p.read_bytes() for p in SEEDS]
    settings = Settings(data_dir=tmp_path, reading={"max_attachment_mb": ATTACHMENT_MB})
    recording = Recording(build_stages(settings))
    real = build_stages(settings)
    stages = Stages(read=recording.read, extract=recording.extract, merge=real.merge)
    db = open_database(f"sqlite:///{tmp_path}/fuzz.db")
    clock = SystemClock()
    runner = ActionRunner(db, [], load=load_meeting, clock=clock)
    pipeline = Pipeline(db, stages, runner, clock=clock)
    rng = random.Random(SEED)
    for case in range(CASES):
        raw, done = mutate(rng.choice(seeds), rng, rng.randint(1, 4))
        # Its own Message-ID, so no case is skipped as a copy of another.
        raw = f"Message-ID: <fuzz-{SEED}-{case}@example.org>\n".encode() + _MESSAGE_ID.sub(b"", raw)
        where = tmp_path / f"case-{SEED}-{case}.eml"
        where.write_bytes(raw)
        recording.document = recording.extraction = None
        try:
            outcome = await pipeline.accept(Incoming(raw, "fuzz"))
            assert outcome.status == "extracted", outcome.error
            assert recording.document is not None
            assert recording.extraction is not None
            check_document(recording.document)
            check_extraction(recording.extraction)
            check_temporals(recording.document.all_text(), recording.document.date or REFERENCE)
        except AssertionError as exc:
            raise AssertionError(f"case {case} ({', '.join(done)}), see {where}: {exc}") from exc
        where.unlink()
    with db.session() as session:
        statuses = set(session.scalars(select(MessageRow.status)))
    assert statuses == {"extracted"}
    db.close()
