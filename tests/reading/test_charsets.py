from __future__ import annotations

import pytest

from bot.reading.charsets import decode_bytes

THAI = "ขอเชิญประชุมในวันอังคารที่ ๓๐ กันยายน ๒๕๖๘"


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("utf-8", "utf-8"),
        ("windows-874", "cp874"),
        ("TIS-620", "tis-620"),
        ("iso-8859-11", "cp874"),
    ],
)
def test_declared_thai_charsets(label, codec):
    decoded = decode_bytes(THAI.encode(codec), label)
    assert decoded.text == THAI
    assert decoded.warning is None


def test_utf8_label_on_windows_874_bytes():
    decoded = decode_bytes(THAI.encode("cp874"), "utf-8")
    assert decoded.text == THAI
    assert decoded.warning == "text does not decode as 'utf-8'; decoded as cp874"


def test_latin1_label_on_utf8_bytes():
    decoded = decode_bytes(THAI.encode(), "iso-8859-1")
    assert decoded.text == THAI
    assert decoded.charset == "utf-8"
    assert decoded.warning is not None


def test_real_latin1_is_left_alone():
    text = "Réunion à Genève, café crème, déjà vu, naïve façade"
    decoded = decode_bytes(text.encode("latin-1"), "iso-8859-1")
    assert decoded.text == text
    assert decoded.warning is None


def test_unknown_label():
    decoded = decode_bytes(THAI.encode(), "x-klingon")
    assert decoded.text == THAI
    assert decoded.warning == "unknown charset 'x-klingon'; decoded as utf-8"


def test_undeclared_thai_8bit_is_reported():
    decoded = decode_bytes(THAI.encode("cp874"), None)
    assert decoded.text == THAI
    assert decoded.warning == "no charset declared; decoded as cp874"


def test_undecodable_bytes_never_raise():
    decoded = decode_bytes(b"\x81\xfc\xff\xfe", "utf-8")
    assert "\ufffd" in decoded.text
    assert decoded.warning is not None
    assert "undecodable bytes replaced" in decoded.warning


@pytest.mark.parametrize(
    "label", ["punycode", "unicode_escape", "raw_unicode_escape", "idna", "rot13", "base64"]
)
def test_a_codec_that_is_no_charset_is_not_used_for_a_body(label):
    data = "ประชุม \\u0041 abc-".encode() * 3
    decoded = decode_bytes(data, label)
    assert decoded.charset == "utf-8"
    assert decoded.text == data.decode("utf-8")
    assert decoded.warning == f"not a text charset {label!r}; decoded as utf-8"
