"""Memo drafts in the workspace's service: a redraw keeps the memo's number and route, a
correction redraws every drafted kind from one load of the meeting, and a download looks
for the one file asked for."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import event

from bot.actions.memo.kinds import MemoKind
from bot.app import App
from bot.config.config_check import load_settings
from bot.services.corrections import correct_field
from bot.services.memos import memo_download, redraw, redraw_if_drafted
from tests.servers.smtp import running_smtp_server
from tests.test_approval import invitation, write_config

THROUGH_THE_MINISTRY = "ลงนามในหนังสือถึงปลัดกระทรวงแรงงาน"


@pytest.fixture
def daemon(tmp_path):
    with running_smtp_server() as smtp_server:
        (tmp_path / "invitation.eml").write_bytes(invitation())
        app = App.open(load_settings(write_config(tmp_path, smtp_server)))
        asyncio.run(app.import_path(tmp_path / "invitation.eml"))
        yield app
        app.close()


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_a_correction_redraws_the_memo_with_its_number_and_route(daemon):
    out = daemon.settings.memo.output_dir
    redraw(daemon, 1, number=2730, route="ministry")
    asyncio.run(correct_field(daemon, 1, "title", "Corrected Example Meeting", by="officer"))
    text = text_of(out / "meeting-1-nomination.docx")
    assert "Corrected Example Meeting" in text, "redrawn after the correction"
    assert "/๒๗๓๐" in text, "with the memo's number"
    assert THROUGH_THE_MINISTRY in text, "and its route"
    assert (out / "meeting-1-covering.docx").is_file()
    # Given others, a redraw takes them.
    redraw(daemon, 1, route="direct")
    text = text_of(out / "meeting-1-nomination.docx")
    assert THROUGH_THE_MINISTRY not in text
    assert "/๒๗๓๐" in text


def test_redrawing_every_drafted_kind_loads_the_meeting_once(daemon):
    def meetings_read(kinds: list[MemoKind]) -> int:
        for kind in kinds:
            redraw(daemon, 1, kind)
        statements: list[str] = []

        def note(_conn, _cursor, statement, _parameters, _context, _many) -> None:
            statements.append(statement)

        event.listen(daemon.db.engine, "before_cursor_execute", note)
        try:
            drawn = redraw_if_drafted(daemon, 1)
        finally:
            event.remove(daemon.db.engine, "before_cursor_execute", note)
        assert {d.kind for d in drawn} >= set(kinds)
        return sum(1 for s in statements if s.startswith("SELECT") and "FROM meetings" in s)

    one_kind = meetings_read([MemoKind.NOMINATION])
    three_kinds = meetings_read([MemoKind.NOMINATION, MemoKind.REPORT, MemoKind.CIRCULATION])
    assert three_kinds == one_kind


def test_a_download_looks_for_the_one_file_asked_for(daemon, monkeypatch):
    looked_at: list[str] = []
    real_stat = Path.stat

    def stat(path: Path, **kwargs: object):
        looked_at.append(path.name)
        return real_stat(path, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    found = memo_download(daemon, 1, "meeting-1-nomination.docx")
    assert found is not None
    path, label = found
    assert (path.name, label) == ("meeting-1-nomination.docx", "DOCX")
    assert looked_at == ["meeting-1-nomination.docx"]
    looked_at.clear()
    assert memo_download(daemon, 1, "meeting-1-nomination.choices.json") is None
    assert memo_download(daemon, 1, "../meetbot.db") is None
    assert memo_download(daemon, 2, "meeting-1-nomination.docx") is None
    assert looked_at == []
