"""The Thai of the stored hold reasons; a reason the patterns do not know stays English."""

from __future__ import annotations

from bot.meetings.hold_reasons_th import hold_reason_th, hold_reason_words


def test_a_sender_on_the_allowlist_whose_mail_is_not_authenticated():
    reason = (
        "sender lcsd@asean.org is on the allowlist but the mail is not authenticated: "
        "no Authentication-Results header of ours"
    )
    assert hold_reason_th(reason) == (
        "ผู้ส่ง lcsd@asean.org อยู่ในรายชื่อที่เชื่อถือ แต่จดหมายไม่ผ่านการยืนยันตัวตนของเซิร์ฟเวอร์รับจดหมาย"
    )


def test_a_link_with_two_problems_and_one_unknown():
    known = "link to bit.ly: hides its target behind the shortener bit.ly; not encrypted (http://) (hxxp://bit[.]ly/x)"
    assert hold_reason_th(known) == (
        "ลิงก์ไปที่ bit.ly: ซ่อนปลายทางไว้หลังบริการย่อลิงก์ bit.ly; ไม่เข้ารหัส (http://)"
    )
    unknown = "link to x.example: read differently by browsers (hxxps://x[.]example)"
    assert hold_reason_th(unknown) is None
    assert hold_reason_words(unknown) == unknown
