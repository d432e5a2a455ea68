"""Help texts name the configuration's tables as the file writes them: a `[web]` or
`[[delegates]]` read as console markup used to vanish ("Serve the workspace () alongside")."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bot.cli import _register, app


@pytest.mark.parametrize(
    ("command", "words"),
    [("run", "workspace ([web])"), ("assign", "Delegate keys from [[delegates]].")],
)
def test_a_table_named_in_a_help_text_is_printed(command, words):
    _register()
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert words in result.output
