"""`meetbot extract` prints the documented JSON; `meetbot meetings` lists what is stored."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import update
from typer.testing import CliRunner

from bot.cli import _register, app
from bot.cli.extract_cmd import next_deadline
from bot.meetings.meeting import Meeting, MeetingStatus
from bot.meetings.repository import apply_extraction
from bot.reading.mime import read_message
from bot.store.database import open_database
from bot.store.messages import store_raw_message
from bot.store.tables import MeetingRow
from bot.understanding.extract import extract_message
from tests.corpus_paths import CORPUS

_register()
runner = CliRunner()

FIELDS = [
    "title", "title_th", "series", "ordinal", "start", "end", "timezone", "mode", "venue",
    "city", "country", "online_meetings", "registration_url", "registration_deadline",
    "delegates_requested", "sponsorship", "organiser_contacts", "documents_url", "deadlines",
]  # fmt: skip


def test_extract_prints_one_object_per_message():
    files = [str(CORPUS / "01-slomwg-invitation.eml"), str(CORPUS / "02-slomwg-followup.eml")]
    result = runner.invoke(app, ["extract", *files])
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.output)
    assert set(first) == {"message_id", "kind", "reasons", "meeting"}
    assert list(first["meeting"]) == FIELDS
    assert first["kind"] == "invitation"
    assert first["meeting"]["start"]["value"] == "2025-09-30"
    assert first["meeting"]["venue"] == {"value": None, "source": None, "confidence": None}
    assert second["meeting"]["registration_deadline"]["value"] == "2025-09-15T23:59:00+08:00"
    dry_run = second["meeting"]["online_meetings"][1]
    assert dry_run["label"] == "dry run"
    assert dry_run["meeting_id"] == "89859552924"
    assert dry_run["start"] == "2025-09-29"


def _marked(meeting: dict) -> dict[str, bool]:
    """Each present value's confidence against the mark it carries."""
    return {
        name: (field["confidence"], field.get("needs_review", False))
        for name, field in meeting.items()
        if isinstance(field, dict) and field["value"] is not None
    }


def test_values_under_the_review_threshold_are_marked_needs_review(monkeypatch):
    files = [str(CORPUS / "01-slomwg-invitation.eml")]
    for threshold in (0.8, 0.95):
        monkeypatch.setenv("MEETBOT_REVIEW__THRESHOLD", str(threshold))
        result = runner.invoke(app, ["extract", *files])
        assert result.exit_code == 0, result.output
        marked = _marked(json.loads(result.output)[0]["meeting"])
        assert marked
        for confidence, needs_review in marked.values():
            assert needs_review is (confidence < threshold)
    # The higher threshold marks more: some value lies between the two.
    assert any(0.8 <= confidence < 0.95 for confidence, _ in marked.values())


def test_extract_reports_a_missing_file_and_goes_on(tmp_path):
    result = runner.invoke(
        app, ["extract", str(tmp_path / "missing.eml"), str(CORPUS / "h5-empty.eml")]
    )
    assert result.exit_code == 1
    assert "missing.eml" in result.stderr
    (empty,) = json.loads(result.stdout)
    assert empty["kind"] == "other"


def test_meetings_lists_stored_meetings_with_the_next_deadline(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/meetbot.db"
    monkeypatch.setenv("MEETBOT_STORE__URL", url)
    monkeypatch.chdir(tmp_path)  # no config/meetbot.toml here: defaults and environment
    db = open_database(url)
    raw = (CORPUS / "03-agj-admin-note.eml").read_bytes()
    with db.session() as session:
        stored = store_raw_message(session, raw, source="test")
        doc = read_message(raw)
        apply_extraction(session, message_pk=stored.pk, doc=doc, extraction=extract_message(doc))
    db.close()
    result = runner.invoke(app, ["meetings"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    assert "2025-12-16 – 2025-12-18" in line
    assert "Workshop on the Establishment of the ASEAN Green Jobs" in line
    # Every deadline of 2025 is past by now: none is next.
    assert line.endswith("next: —")
    assert "[scheduled]" in line


def test_meetings_shows_a_meeting_held_for_approval(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/meetbot.db"
    monkeypatch.setenv("MEETBOT_STORE__URL", url)
    monkeypatch.chdir(tmp_path)
    db = open_database(url)
    raw = (CORPUS / "03-agj-admin-note.eml").read_bytes()
    with db.session() as session:
        stored = store_raw_message(session, raw, source="test")
        doc = read_message(raw)
        apply_extraction(session, message_pk=stored.pk, doc=doc, extraction=extract_message(doc))
        session.execute(update(MeetingRow).values(approved=False))
    db.close()
    result = runner.invoke(app, ["meetings"])
    assert result.exit_code == 0, result.output
    assert "[scheduled, held]" in result.output


def test_meetings_on_an_empty_store(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETBOT_STORE__URL", f"sqlite:///{tmp_path}/empty.db")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["meetings"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "no meetings stored"


def test_the_next_deadline_is_the_earliest_not_past():
    record = extract_message(read_message((CORPUS / "03-agj-admin-note.eml").read_bytes())).meeting
    meeting = Meeting(1, "uid", MeetingStatus.SCHEDULED, record, 0)
    before = dt.datetime(2025, 11, 25, tzinfo=dt.UTC)
    assert next_deadline(meeting, before).kind.value == "registration"
    after_registration = dt.datetime(2025, 12, 5, tzinfo=dt.UTC)
    travel = next_deadline(meeting, after_registration)
    assert (travel.kind.value, travel.due) == ("travel", dt.date(2025, 12, 12))
    assert next_deadline(meeting, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) is None
