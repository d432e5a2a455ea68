"""Attacker text in the console: markup in a sender's address is printed as it is, and a
look-alike sender is shown in punycode beside its Unicode form."""

from __future__ import annotations

import pytest

from tests.servers.smtp import running_smtp_server
from tests.test_approval import invitation, meetbot, write_config


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


@pytest.mark.parametrize(
    ("sender", "shown"),
    [
        ('"[/red]"@evil.example', '"[/red]"@evil.example'),
        ('"[bold]x[/bold]"@evil.example', '"[bold]x[/bold]"@evil.example'),
        ("events@аsean.example.org", "(events@xn--sean-43d.example.org)"),  # Cyrillic а
    ],
)
def test_held_senders_print_as_written_and_in_punycode(tmp_path, smtp_server, sender, shown):
    config = write_config(tmp_path, smtp_server)
    raw = invitation(sender=sender, authentication=None)
    (tmp_path / "held.eml").write_bytes(raw)
    meetbot("import", str(tmp_path / "held.eml"), "-c", str(config))

    listed = " ".join(meetbot("approve", "-c", str(config)).split())

    assert "Held for approval" in listed
    assert shown in listed
