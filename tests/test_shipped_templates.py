"""The templates are found inside meetbot's package, from any working folder: the
repository's templates/ through the link bot/templates, and the same files in the wheel
the Docker image installs (pyproject's package data), whose working folder has none."""

from __future__ import annotations

import tomllib
from pathlib import Path

import bot
from bot.config.output_sections import shipped_templates
from bot.config.settings import Settings

PACKAGE = Path(bot.__file__).parent
ROOT = PACKAGE.parent


def test_templates_are_found_in_the_package_from_another_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert shipped_templates("web").is_relative_to(PACKAGE)
    assert (shipped_templates("web") / "meeting.html").is_file()
    assert (Settings().memo.template_dir / "nomination.docx").is_file()
    assert Settings().memo.template_dir.is_relative_to(PACKAGE)


def test_the_wheel_carries_every_template():
    """What setuptools puts in the wheel: package data of "bot" matched by its globs."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["bot"]
    packaged = {path for pattern in patterns for path in PACKAGE.glob(pattern) if path.is_file()}
    shipped = [p for p in (ROOT / "templates").rglob("*") if p.is_file()]
    assert shipped
    for template in shipped:
        assert PACKAGE / "templates" / template.relative_to(ROOT / "templates") in packaged
