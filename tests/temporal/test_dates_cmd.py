import json

from typer.testing import CliRunner

from bot.cli import _register, app

_register()
runner = CliRunner()


def test_dates_prints_the_json_list() -> None:
    result = runner.invoke(
        app, ["dates", "by 2 December 2025 (Tuesday)", "--reference", "2025-11-01"]
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)
    assert item["kind"] == "deadline"
    assert item["start"] == "2025-12-02T23:59:00+07:00"
    assert item["end"] is None
    assert item["span"] == [3, 28]


def test_dates_reads_stdin_and_uses_the_zone_option() -> None:
    result = runner.invoke(
        app,
        ["dates", "-", "--reference", "2025-08-01", "--tz", "Asia/Singapore"],
        input="Wed, Aug 27, 2025 at 11:40 PM",
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)
    assert item["start"] == "2025-08-27T23:40:00+08:00"
    assert item["tz"] == "Asia/Singapore"


def test_dates_refuses_unknown_zone_and_bad_reference() -> None:
    assert runner.invoke(app, ["dates", "x", "--tz", "Mars/Olympus"]).exit_code != 0
    assert runner.invoke(app, ["dates", "x", "--reference", "30/09/2025"]).exit_code != 0
