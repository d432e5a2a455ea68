"""Messages the fuzz run found, and their kin: each once stopped a message, or the daemon.

Before the fixes: a forward whose multipart lost its boundary made the whole message
unreadable; a Date in the year 9999 overflowed the store and the temporal engine, and
left the message half-processed so that every later start failed in resume(); an
8-bit or overlong Message-ID could not be stored, so the watcher fetched it again
after every reconnect and never got past it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from bot.app import build_stages
from bot.config.settings import Settings
from bot.meetings.repository import load_meeting
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.store.database import open_database
from bot.store.tables import MessageRow
from bot.types import SystemClock

INVITATION = (
    "Subject: Invitation to the 21st ACT\n"
    "From: ASEAN Secretariat <labour@asean.org>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "You are invited to the 21st ACT on 15 January 2027 from 09:00 to 12:00 (GMT+7).\n"
)


def pipeline_for(tmp_path, stages: Stages | None = None) -> Pipeline:
    db = open_database(f"sqlite:///{tmp_path}/hostile.db")
    runner = ActionRunner(db, [], load=load_meeting, clock=SystemClock())
    return Pipeline(db, stages or build_stages(Settings()), runner, clock=SystemClock())


def rows(pipeline: Pipeline) -> list[MessageRow]:
    with pipeline.db.session() as s:
        return list(s.scalars(select(MessageRow).order_by(MessageRow.id)))


def test_a_forward_whose_multipart_lost_its_boundary_is_read():
    raw = (
        "Subject: Fwd: memo\nContent-Type: message/rfc822\n\n"
        'Subject: inner\nContent-Type: multipart/mixed; boundary="gone"\n\n'
        "การประชุม 16 ธันวาคม 2568\n"
    ).encode()

    doc = read_message(raw)

    assert [f.text for f in doc.forwarded] == ["การประชุม 16 ธันวาคม 2568"]
    assert doc.warnings == (
        "forwarded message: declared MIME boundary not found: "
        "the multipart body is read as plain text",
    )


async def test_a_date_out_of_range_is_ignored_and_the_message_processed(tmp_path):
    pipeline = pipeline_for(tmp_path)
    raw = f"Message-ID: <far@example.org>\nDate: Fri, 31 Dec 9999 23:59:59 -1200\n{INVITATION}"

    outcome = await pipeline.accept(Incoming(raw.encode(), "test"))

    assert (outcome.status, outcome.kind) == ("extracted", "invitation")
    [row] = rows(pipeline)
    assert row.date is None
    assert row.warnings == [
        "Date header 'Fri, 31 Dec 9999 23:59:59 -1200' is out of range: ignored"
    ]
    pipeline.db.close()


async def test_message_ids_the_store_cannot_keep_are_stored_by_a_stable_hash(tmp_path):
    pipeline = pipeline_for(tmp_path)
    eight_bit = b"Message-ID: <caf\xe9-\xff@example.org>\n" + INVITATION.encode()
    overlong = f"Message-ID: <{'x' * 2000}@example.org>\n{INVITATION}".encode()

    first = [await pipeline.accept(Incoming(raw, "test")) for raw in (eight_bit, overlong)]
    again = [await pipeline.accept(Incoming(raw, "test")) for raw in (eight_bit, overlong)]

    assert [o.status for o in first] == ["extracted", "extracted"]
    assert [o.status for o in again] == ["duplicate", "duplicate"]
    assert all(o.message_id.startswith("sha256-id:") for o in first)
    assert [o.message_id for o in again] == [o.message_id for o in first]
    assert [r.extraction["message_id"] for r in rows(pipeline)] == [o.message_id for o in first]
    pipeline.db.close()


class FarFuture:
    """A read stage whose document carries a date the store cannot convert to UTC,
    as a reader bug might: the results of understanding cannot be written."""

    def __call__(self, raw: bytes) -> MailDocument:
        document = read_message(raw)
        if b"far-future" not in raw:
            return document
        late = dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-12)))
        return dataclasses.replace(document, date=late)


async def test_results_the_store_refuses_fail_the_message_not_the_daemon(tmp_path):
    real = build_stages(Settings())
    pipeline = pipeline_for(tmp_path, dataclasses.replace(real, read=FarFuture()))

    bad = await pipeline.accept(Incoming(f"Message-ID: <far-future@x>\n{INVITATION}".encode(), "t"))
    resumed = await pipeline.resume()
    good = await pipeline.accept(Incoming(f"Message-ID: <next@x>\n{INVITATION}".encode(), "t"))

    assert bad.status == "failed"
    assert bad.error is not None
    assert bad.error.startswith("storing the results failed: ")
    assert "out of range" in bad.error
    assert resumed == [], "nothing is left half-processed for the next start"
    assert good.status == "extracted"
    assert [r.status for r in rows(pipeline)] == ["failed", "extracted"]
    pipeline.db.close()
