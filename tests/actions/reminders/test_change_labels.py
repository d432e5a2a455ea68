"""How the updated notice names each changed value: a reminder target's key only where
two of one name changed together, so people can still tell them apart."""

from __future__ import annotations

from bot.actions.reminders.facts import Change, said_labels


def test_a_targets_key_is_said_only_where_two_share_a_name():
    changed = [
        Change("วันประชุม (Dates)", "a", "b"),
        Change("การประชุม (Meeting) [meeting]", "a", "b"),
        Change("ทดสอบระบบก่อนการประชุม (Dry run) [dry-run]", "a", "b"),
        Change("ทดสอบระบบก่อนการประชุม (Dry run) [dry-run-2]", "a", "b"),
    ]
    assert said_labels(changed) == [
        "วันประชุม (Dates)",
        "การประชุม (Meeting)",
        "ทดสอบระบบก่อนการประชุม (Dry run) [dry-run]",
        "ทดสอบระบบก่อนการประชุม (Dry run) [dry-run-2]",
    ]
