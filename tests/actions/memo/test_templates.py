"""The committed templates are what build_templates.py makes."""

import runpy
import zipfile
from pathlib import Path

from tests.actions.memo.conftest import TEMPLATES

TOOLS = Path(__file__).parents[3] / "tools"


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as docx:
        return {name: docx.read(name) for name in docx.namelist()}


def test_build_script_reproduces_the_committed_templates(tmp_path, capsys):
    build = runpy.run_path(str(TOOLS / "build_templates.py"))
    build["main"](tmp_path)
    for name in ("nomination.docx", "report.docx", "circulation.docx"):
        assert parts(tmp_path / name) == parts(TEMPLATES / name), name
    assert (tmp_path / "emblem-placeholder.png").read_bytes() == (
        TEMPLATES / "emblem-placeholder.png"
    ).read_bytes()
