from __future__ import annotations

import datetime as dt
import email.utils

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reading.headers import (
    _name_address_pairs,
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
    # A year too long for the C library overflows inside the stdlib (found by the fuzz loop).
    assert parse_header_date(f"Mon, 1 Jan {'9' * 30} 10:00:00 +0000", warnings) is None
    assert warnings[-1].startswith("unreadable Date header")


# Addresses built from plain parts and odd ones (quotes, comments, dots, groups, tabs):
# the fast reading of plain lists must give what the stdlib's parser gives for every list.
_NAME_WORDS = st.sampled_from(
    ["Desk", "ASEAN", "สมศรี", "=?UTF-8?B?4Liq4Lih?=", "o'neil", "Dr.", 'a"b', "(c)", "g:", "\u00a0"]
)
_BLANKS = st.sampled_from([" ", "", "  ", "\t"])
_SPEC_PARTS = st.sampled_from(["desk", "a.b", "x+y", "example", "org", "a..b", "[1.2.3.4]", ""])
_FORMS = st.sampled_from(["{spec}", "<{spec}>", "{name} <{spec}>", "{name}<{spec}>", "{name}"])


@st.composite
def _address(draw: st.DrawFn) -> str:
    name = draw(_BLANKS).join(draw(st.lists(_NAME_WORDS, max_size=3)))
    domain = ".".join(draw(st.lists(_SPEC_PARTS, min_size=1, max_size=3)))
    return draw(_FORMS).format(name=name, spec=f"{draw(_SPEC_PARTS)}@{domain}")


_ADDRESS_LIST = st.builds(
    lambda separator, addresses: separator.join(addresses),
    st.sampled_from([", ", ",", " , ", ";"]),
    st.lists(_address(), min_size=1, max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ADDRESS_LIST, max_size=2))
def test_address_lists_read_as_the_stdlib_reads_them(values: list[str]) -> None:
    assert _name_address_pairs(values) == email.utils.getaddresses(values)


def test_plain_address_lists_read_as_the_stdlib_reads_them() -> None:
    for values in (
        ["Secretariat <secretariat@example.org>"],
        ["ASEAN THAI MOL <asean.thaimol@example.org>, สมศรี สมมุติ <somsri@example.org>"],
        ["a@example.org,b.c@mail.example.org", "<d@example.org>"],
        ["=?UTF-8?B?4Liq4Lih4Lio4Lij4Li1?= <somsri.s@example.org>"],
    ):
        assert _name_address_pairs(values) == email.utils.getaddresses(values)
