from __future__ import annotations

import datetime as dt

from bot.reading.forwarded import parse_date, split_inline_forwards


def test_gmail_forward():
    text = (
        "FYI\n\n---------- Forwarded message ---------\n"
        "From: Officer One <officer1@asean.example.org>\n"
        "Date: Wed, Aug 27, 2025 at 11:40 PM\n"
        "Subject: Invitation to the 18th SLOM-WG\n"
        "To: Focal Points <focal@example.org>,\n  ASEAN THAI MOL <asean.thaimol@example.org>\n\n"
        "Dear Sirs and Mesdames,\nbody"
    )
    (fwd,) = split_inline_forwards(text)
    assert fwd.sender == "Officer One <officer1@asean.example.org>"
    assert fwd.subject == "Invitation to the 18th SLOM-WG"
    assert fwd.date_text == "Wed, Aug 27, 2025 at 11:40 PM"
    assert fwd.text == "Dear Sirs and Mesdames,\nbody"


def test_apple_forward_with_zone():
    text = (
        "Begin forwarded message:\n\nFrom: A <a@example.org>\nSubject: Zoom details\n"
        "Date: Mon, 8 Sep 2025 12:20:41 +0700\nTo: b@example.org\n\nMeeting ID: 848 2516 8770"
    )
    (fwd,) = split_inline_forwards(text)
    assert fwd.date == dt.datetime(
        2025, 9, 8, 12, 20, 41, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )
    assert fwd.text == "Meeting ID: 848 2516 8770"


def test_apple_forward_with_quoted_headers():
    text = (
        "See below.\n\nBegin forwarded message:\n\n"
        "> From: Secretariat <lcsd@example.org>\n> Date: 8 January 2027 at 16:05:00 GMT+7\n"
        "> To: Focal Points <focal@example.org>\n> Subject: Invitation - Regional Workshop\n"
        ">\n> Dear Focal Points,\n> body"
    )
    (fwd,) = split_inline_forwards(text)
    assert (fwd.sender, fwd.subject, fwd.date_text) == (
        "Secretariat <lcsd@example.org>",
        "Invitation - Regional Workshop",
        "8 January 2027 at 16:05:00 GMT+7",
    )
    assert fwd.text == "> Dear Focal Points,\n> body"


def test_outlook_original_message_and_bare_header_nested():
    text = (
        "Noted.\n\n-----Original Message-----\nFrom: X <x@example.org>\n"
        "Sent: Monday, September 8, 2025 1:00 PM\nTo: y@example.org\nSubject: RE: SLOM-WG\n\n"
        "See below.\n\n________________________________\nFrom: Z <z@example.org>\n"
        "Sent: Monday, September 8, 2025 12:20 PM\nTo: x@example.org\nSubject: SLOM-WG\n\n"
        "Original text."
    )
    outer, inner = split_inline_forwards(text)
    assert (outer.sender, outer.subject, outer.text) == (
        "X <x@example.org>",
        "RE: SLOM-WG",
        "See below.",
    )
    assert (inner.sender, inner.date_text) == (
        "Z <z@example.org>",
        "Monday, September 8, 2025 12:20 PM",
    )
    assert inner.text == "Original text."


def test_thai_outlook_labels():
    text = (
        "----- ข้อความต้นฉบับ -----\nจาก: กลุ่มงานอาเซียน <asean.group@mol.example.org>\n"
        "ส่ง: 5 พฤษภาคม 2569 10:17\nถึง: intl.doe@example.org\nเรื่อง: รายงานการประชุม\n\nเนื้อความ"
    )
    (fwd,) = split_inline_forwards(text)
    assert fwd.subject == "รายงานการประชุม"
    assert fwd.date_text == "5 พฤษภาคม 2569 10:17"
    assert fwd.text == "เนื้อความ"


def test_a_from_line_in_prose_is_not_a_forward():
    assert split_inline_forwards("Greetings.\nFrom: our side, thanks.\nRegards") == ()


def test_parse_date_needs_a_zone():
    assert parse_date("Wed, Aug 27, 2025 at 11:40 PM") is None
    assert parse_date("garbage") is None
    assert parse_date("Wed, 27 Aug 2025 23:40:12 +0700") is not None
