"""The snapshot comparison that checks a speed change (benchmarks/extract_snapshot.py): an input
whose output differs, or that one side lacks, is reported and fails the run; equal outputs pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.extract_snapshot import differing, main

_OUTPUTS = {
    "invitation": '{"kind": "invitation", "title": "Example Forum"}\n',
    "bulletin": '{"kind": "other", "title": null}\n',
}


def _snapshot(directory: Path, outputs: dict[str, str]) -> Path:
    directory.mkdir()
    for name, output in outputs.items():
        (directory / f"{name}.json").write_text(output, encoding="utf-8")
    return directory


def test_equal_outputs_report_nothing(tmp_path: Path) -> None:
    before = _snapshot(tmp_path / "before", _OUTPUTS)
    after = _snapshot(tmp_path / "after", _OUTPUTS)
    assert differing(before, after) == []
    assert main(["compare", str(before), str(after)]) == 0


def test_one_changed_output_is_reported_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(tmp_path / "before", _OUTPUTS)
    changed = {**_OUTPUTS, "bulletin": '{"kind": "other", "title": "Example Forum"}\n'}
    after = _snapshot(tmp_path / "after", changed)
    assert main(["compare", str(before), str(after)]) == 1
    assert capsys.readouterr().out.split() == ["bulletin"]


def test_an_input_on_one_side_only_is_reported(tmp_path: Path) -> None:
    before = _snapshot(tmp_path / "before", _OUTPUTS)
    after = _snapshot(tmp_path / "after", {"invitation": _OUTPUTS["invitation"]})
    assert differing(before, after) == ["bulletin"]
