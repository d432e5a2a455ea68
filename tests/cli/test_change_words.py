"""`meetbot approve` and `meetbot reject` show a change kept apart as the workspace does:
the field's Thai name with the English beside, the time in the Buddhist era with the
Gregorian beside, in Bangkok time."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.servers.smtp import running_smtp_server
from tests.test_approval import invitation, meetbot, write_config
from tests.test_spoofed_followups import ORIGINAL, imported, spoof

THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
               "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")  # fmt: skip


@pytest.fixture
def smtp_server():
    with running_smtp_server() as server:
        yield server


def words(output: str) -> str:
    """The output as one line: the console wraps long lines at its width."""
    return " ".join(output.split())


def test_a_moved_start_reads_thai_first_with_both_eras(tmp_path, smtp_server):
    config = write_config(tmp_path, smtp_server)
    imported(tmp_path, config, "invitation.eml", invitation(message_id=ORIGINAL))
    imported(tmp_path, config, "moved.eml", spoof(authentication=None))
    day = dt.date.today() + dt.timedelta(days=60)  # the invitation's day
    thai_day = f"{day.day} {THAI_MONTHS[day.month - 1]} {day.year + 543}"
    expected = (
        f"เริ่ม / Start: {thai_day} 09.00 น. ({day:%Y-%m-%d} 09:00 ICT) → "
        f"{thai_day} 10.00 น. ({day:%Y-%m-%d} 10:00 ICT)"
    )

    listed = meetbot("approve", "-c", str(config))
    rejected = meetbot("reject", "1", "--change", "1", "-c", str(config))

    assert expected in words(listed)
    assert expected in words(rejected)
    assert "T09:00:00" not in listed + rejected
