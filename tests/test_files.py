"""Files written whole or not at all (bot/files.py)."""

from __future__ import annotations

import stat

import pytest

from bot.files import write_whole


def test_a_file_is_replaced_whole_with_the_mode_asked_and_nothing_left_beside_it(tmp_path):
    path = tmp_path / "feed.ics"
    path.write_text("old")
    write_whole(path, "ใหม่ new", sync=True)
    assert path.read_text(encoding="utf-8") == "ใหม่ new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    write_whole(path, b"secret", mode=0o600)
    assert path.read_bytes() == b"secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["feed.ics"]


def test_a_failed_write_keeps_the_old_file_and_removes_what_it_wrote_aside(tmp_path):
    path = tmp_path / "choices.json"
    path.write_text("kept")
    with pytest.raises(TypeError):
        write_whole(path, 42)  # type: ignore[arg-type]
    assert path.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["choices.json"]
