from __future__ import annotations

from bot.reading.normalise import normalise_text


def test_invisible_characters_and_line_ends():
    assert normalise_text("\ufeffกอง\u200bยุทธศาสตร์ \r\nแผน\u00adงาน\r\n\r\n\r\n\r\nend  ") == (
        "กองยุทธศาสตร์\nแผนงาน\n\nend"
    )


def test_nfc():
    assert normalise_text("Re\u0301union") == "Réunion"
