"""The templates are found from any working folder; an installed wheel, which carries
none, reads the working folder's copy (the Docker image puts it there)."""

from __future__ import annotations

from pathlib import Path

from bot.config.output_sections import shipped_templates
from bot.config.settings import Settings


def test_templates_beside_the_code_are_found_from_another_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert (shipped_templates("web") / "meeting.html").is_file()
    assert (Settings().memo.template_dir / "nomination.docx").is_file()


def test_without_them_beside_the_code_the_working_folders_are_read():
    assert shipped_templates("not-shipped") == Path("templates") / "not-shipped"
