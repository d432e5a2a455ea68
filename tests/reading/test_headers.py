from __future__ import annotations

import datetime as dt

from bot.reading.headers import (
    decode_value,
    parse_addresses,
    parse_header_date,
    parse_message_ids,
)


def test_rfc2047_words_join_and_plain_text_stays():
    warnings: list[str] = []
    value = "Re: =?UTF-8?B?4Lij4Liy4Lii4LiH4Liy4LiZ?=\r\n =?UTF-8?Q?_SLOM-WG?= (18th)"
    assert decode_value(value, warnings) == "Re: รายงาน SLOM-WG (18th)"
    assert warnings == []


def test_raw_utf8_header_bytes():
    raw = "เรื่อง ประชุม".encode().decode("ascii", "surrogateescape")
    warnings: list[str] = []
    assert decode_value(raw, warnings) == "เรื่อง ประชุม"


def test_raw_windows_874_header_bytes_are_reported():
    raw = "ประชุม".encode("cp874").decode("ascii", "surrogateescape")
    warnings: list[str] = []
    assert decode_value(raw, warnings) == "ประชุม"
    assert warnings == ["header: no charset declared; decoded as cp874"]


def test_encoded_word_with_wrong_charset_label():
    word = "=?utf-8?B?" + __import__("base64").b64encode("ประชุม".encode("cp874")).decode() + "?="
    warnings: list[str] = []
    assert decode_value(word, warnings) == "ประชุม"
    assert warnings == ["header: text does not decode as 'utf-8'; decoded as cp874"]


def test_addresses_with_encoded_names():
    warnings: list[str] = []
    found = parse_addresses(
        ['=?UTF-8?B?4Liq4Lih4Lio4Lij4Li1?= <somsri.s@example.org>, "Lim, H" <lim@example.org>'],
        warnings,
    )
    assert [(a.name, a.email) for a in found] == [
        ("สมศรี", "somsri.s@example.org"),
        ("Lim, H", "lim@example.org"),
    ]


def test_message_ids():
    assert parse_message_ids(" <a@x>\r\n\t<b@y> ") == ("a@x", "b@y")
    assert parse_message_ids("bare-id@x") == ("bare-id@x",)
    assert parse_message_ids(None) == ()


def test_dates():
    warnings: list[str] = []
    assert parse_header_date("Mon, 08 Sep 2025 12:20:41 -0000", warnings) == dt.datetime(
        2025, 9, 8, 12, 20, 41, tzinfo=dt.UTC
    )
    assert parse_header_date("next Tuesday", warnings) is None
    assert warnings == ["unreadable Date header 'next Tuesday'"]
