from __future__ import annotations

from bot.reading.files import iter_raw_messages


def test_single_file_directory_and_mbox(tmp_path):
    one = tmp_path / "a.eml"
    one.write_bytes(b"Subject: a\r\n\r\nA\r\n")
    (tmp_path / "notes.txt").write_text("not mail")
    maildir_new = tmp_path / "box" / "new"
    maildir_new.mkdir(parents=True)
    (maildir_new / "1700000000.M1.host").write_bytes(b"Subject: b\r\n\r\nB\r\n")
    mbox = tmp_path / "archive.mbox"
    mbox.write_bytes(
        b"From a@example.org Mon Sep  8 12:20:41 2025\nSubject: one\n\nbody one\n\n"
        b"From b@example.org Mon Sep  8 12:21:00 2025\nSubject: two\n\n>From the start\n"
    )
    assert [raw for _, raw in iter_raw_messages(one)] == [b"Subject: a\r\n\r\nA\r\n"]
    assert [label.rsplit("/", 1)[-1] for label, _ in iter_raw_messages(tmp_path)] == [
        "a.eml",
        "1700000000.M1.host",
    ]
    labels, raws = zip(*iter_raw_messages(mbox), strict=True)
    assert labels == (f"{mbox}#1", f"{mbox}#2")
    assert raws[1].startswith(b"Subject: two")
