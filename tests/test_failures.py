"""A crash in reading or extraction is a stored failure that shows, and is fixed by reprocess;
a message that kills the daemon twice is set aside."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot.cli import _register
from bot.cli import app as cli
from bot.processing.outcome import OutcomeStatus
from bot.processing.pipeline import Pipeline, Stages
from bot.processing.runner import ActionRunner
from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from bot.sources.incoming import Incoming
from bot.store.database import Database, open_database
from bot.store.statuses import MessageStatus
from bot.store.tables import MessageRow
from bot.understanding.record import Extraction, MessageKind
from tests.config_env import isolate
from tests.corpus_paths import CORPUS
from tests.sources.helpers import message
from tests.test_pipeline import OneMeetingPerMessage, SteppedClock, load


@pytest.fixture
def config(tmp_path, monkeypatch) -> Path:
    isolate(monkeypatch, tmp_path)
    path = tmp_path / "meetbot.toml"
    path.write_text(
        f'data_dir = "{tmp_path}/data"\n[store]\nurl = "sqlite:///{tmp_path}/meetbot.db"\n'
        f'[sources.maildir]\npath = "{tmp_path}/maildir"\npoll_seconds = 1\n'
        "[memo]\npdf = false\n"  # LibreOffice's seconds per memo are not tested here
    )
    _register()
    return path


def rows(config: Path) -> list[MessageRow]:
    url = f"sqlite:///{config.parent}/meetbot.db"
    with open_database(url) as db, db.session() as s:
        return list(s.scalars(select(MessageRow).order_by(MessageRow.id)))


def fail_to_find_places(*args: object, **kwargs: object) -> object:
    raise RuntimeError("a bug in the place finder")


def test_a_crash_in_extraction_is_stored_failed_counted_and_fixed_by_reprocess(config, monkeypatch):
    runner = CliRunner()
    invitation = CORPUS / "01-slomwg-invitation.eml"
    # The seam: one extractor of the real pipeline raises, as a bug in it would.
    monkeypatch.setattr("bot.understanding.extract.find_place", fail_to_find_places)

    imported = runner.invoke(cli, ["import", str(invitation), "--config", str(config)])

    assert imported.exit_code == 1, imported.output
    assert "1 failed" in imported.output
    (row,) = rows(config)
    assert row.status == MessageStatus.FAILED
    assert row.error is not None
    assert "RuntimeError: a bug in the place finder" in row.error
    assert row.error_trace is not None
    assert "fail_to_find_places" in row.error_trace  # where it was raised
    assert row.subject  # what could be read is kept
    assert row.kind is None  # not passed off as a message of kind other

    assert runner.invoke(cli, ["run", "--once", "--config", str(config)]).exit_code == 0
    status = runner.invoke(cli, ["status", "--config", str(config)])
    said = " ".join(status.output.split())  # as a person reads it, whatever the wrapping
    assert "messages failed: 1, quarantined: 0 (`meetbot reprocess --failed`" in said
    # Health is about the sources: a failed message is counted, not an outage.
    assert status.exit_code == 0, status.output

    monkeypatch.undo()  # the bug fixed
    isolate(monkeypatch, config.parent)
    again = runner.invoke(cli, ["reprocess", "--failed", "--config", str(config)])

    assert again.exit_code == 0, again.output
    assert "1 message(s) reprocessed: 1 extracted" in again.output
    (row,) = rows(config)
    assert (row.status, row.kind) == (MessageStatus.EXTRACTED, "invitation")
    assert (row.error, row.error_trace, row.attempts) == (None, None, 0)
    status = runner.invoke(cli, ["status", "--config", str(config)])
    assert "messages failed: 0, quarantined: 0" in " ".join(status.output.split())


def test_a_crash_in_reading_is_stored_failed_with_the_raw_bytes(config, monkeypatch):
    monkeypatch.setattr("bot.reading.mime.split_inline_forwards", fail_to_find_places, raising=True)
    invitation = CORPUS / "01-slomwg-invitation.eml"

    imported = CliRunner().invoke(cli, ["import", str(invitation), "--config", str(config)])

    assert imported.exit_code == 1
    (row,) = rows(config)
    assert row.status == MessageStatus.FAILED
    assert "RuntimeError" in (row.error or "")
    assert row.size == len(invitation.read_bytes())


# -- poison messages: a stage that kills its process, in a process of its own -------------


def _dies_on_poison(document: MailDocument) -> Extraction:
    if "poison" in document.subject:
        os._exit(137)  # as the kernel's OOM killer or a SIGKILL would end the daemon
    return Extraction(document.message_id, MessageKind.INVITATION, ("test",))


STAGES = Stages(read_message, _dies_on_poison, OneMeetingPerMessage)


def _pipeline(db: Database, stages: Stages) -> Pipeline:
    clock = SteppedClock()
    return Pipeline(db, stages, ActionRunner(db, [], load=load, clock=clock), clock=clock)


def _daemon(url: str, raw: bytes | None) -> None:
    """One life of the daemon: take a new message, or finish what the last one left."""
    pipeline = _pipeline(open_database(url), STAGES)
    if raw is not None:
        asyncio.run(pipeline.accept(Incoming(raw, "test")))
    else:
        asyncio.run(pipeline.resume())


def _run_daemon(url: str, raw: bytes | None = None) -> int | None:
    process = multiprocessing.get_context("spawn").Process(target=_daemon, args=(url, raw))
    process.start()
    process.join(timeout=60)
    return process.exitcode


@pytest.mark.slow  # seven daemon lives, each a new interpreter
def test_a_message_that_kills_the_daemon_twice_is_quarantined_until_reprocessed(tmp_path):
    url = f"sqlite:///{tmp_path}/p.db"
    open_database(url).close()

    assert _run_daemon(url, message("fine one", message_id="fine@example.org")) == 0
    assert _run_daemon(url, message("poison", message_id="poison@example.org")) == 137
    assert _run_daemon(url) == 137  # the restart dies on it again

    assert _run_daemon(url) == 0  # the third start sets it aside and goes on
    statuses = {r.message_id: r.status for r in _rows(url)}
    assert statuses == {
        "fine@example.org": MessageStatus.EXTRACTED,
        "poison@example.org": MessageStatus.QUARANTINED,
    }
    assert _run_daemon(url) == 0  # and stays skipped
    assert _run_daemon(url, message("after it", message_id="after@example.org")) == 0
    after = {r.message_id: r.status for r in _rows(url)}
    assert after["after@example.org"] == MessageStatus.EXTRACTED
    assert after["poison@example.org"] == MessageStatus.QUARANTINED

    # A person reprocesses it once the bug is fixed (here: a stage that does not die).
    db = open_database(url)
    fixed = Stages(read_message, _understands_all, OneMeetingPerMessage)
    pipeline = _pipeline(db, fixed)
    poison = next(r for r in _rows(url) if r.message_id == "poison@example.org")
    (outcome,) = asyncio.run(pipeline.reprocess([poison.id]))
    assert outcome.status == OutcomeStatus.EXTRACTED
    db.close()
    assert {r.status for r in _rows(url)} == {MessageStatus.EXTRACTED}


@pytest.mark.slow  # a daemon life in an interpreter of its own
def test_a_message_interrupted_once_is_finished_at_the_next_start(tmp_path):
    url = f"sqlite:///{tmp_path}/p.db"
    open_database(url).close()
    raw = message("poison only once", message_id="once@example.org")
    assert _run_daemon(url, raw) == 137

    db = open_database(url)
    fixed = Stages(read_message, _understands_all, OneMeetingPerMessage)
    (outcome,) = asyncio.run(_pipeline(db, fixed).resume())
    assert outcome.status == OutcomeStatus.EXTRACTED
    db.close()
    assert [r.attempts for r in _rows(url)] == [0]


def _understands_all(document: MailDocument) -> Extraction:
    return Extraction(document.message_id, MessageKind.INVITATION, ("test",))


def _rows(url: str) -> list[MessageRow]:
    with open_database(url) as db, db.session() as s:
        return list(s.scalars(select(MessageRow).order_by(MessageRow.id)))
