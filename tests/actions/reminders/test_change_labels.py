"""How the updated notice names each changed value: a reminder target's key only where
two of one name changed together, so people can still tell them apart."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.actions.reminders.facts import Change, said_labels, stored_words


def test_a_targets_key_is_said_only_where_two_share_a_name():
    dry_run = "ทดสอบระบบก่อนการประชุม (Dry run)"
    changed = [
        Change("วันประชุม (Dates)", "a", "b"),
        Change("การประชุม (Meeting)", "a", "b", target="meeting"),
        Change(dry_run, "a", "b", target="dry-run"),
        Change(dry_run, "a", "b", target="dry-run-2"),
    ]
    assert said_labels(changed) == [
        "วันประชุม (Dates)",
        "การประชุม (Meeting)",
        f"{dry_run} [dry-run]",
        f"{dry_run} [dry-run-2]",
    ]


def test_a_session_corrected_without_a_link_is_named_not_dumped():
    stored = [
        {
            "platform": "zoom",
            "url": None,
            "meeting_id": "812 3456 7890",
            "passcode": "ex4mple",
            "label": "main",
            "source": "แก้ไขโดย officer / corrected by officer",
            "confidence": 1.0,
        }
    ]
    said = stored_words(stored, ZoneInfo("Asia/Bangkok"))
    assert said == "ประชุมออนไลน์ (Zoom) ID 812 3456 7890 รหัสผ่าน (passcode) ex4mple"
    linked = [{**stored[0], "url": "https://zoom.example.org/j/81234567890"}]
    assert stored_words(linked, ZoneInfo("Asia/Bangkok")) == linked[0]["url"]
