"""Header values as text: RFC 2047 words and raw 8-bit bytes decoded, addresses, ids, dates.

Headers are read from the raw values (`Message.raw_items`), because the stdlib's
compat32 policy hides raw 8-bit header bytes in `Header` objects that lose their
charset, and the modern policy raises on some malformed headers.
"""

from __future__ import annotations

import binascii
import datetime as dt
import email.errors
import email.header
import email.utils
import re

from bot.reading.charsets import decode_bytes
from bot.reading.document import Address

__all__ = [
    "decode_value",
    "parse_addresses",
    "parse_header_date",
    "parse_message_ids",
    "plausible_date",
]

_FOLD = re.compile(r"\r?\n[ \t]*")
# A message dated outside these years has a broken clock or is forged; such a date
# would also overflow the conversions to UTC and to the office's zone further on.
_PLAUSIBLE_YEARS = range(1970, 2200)
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
# An address list in plain words, as nearly all mail writes it: "Desk <desk@example.org>,
# a@example.org". The stdlib's parser walks a list a character at a time in Python; a list
# this pattern takes whole reads the same with it. Quotes, comments, groups, dotted names
# and odd spacing are left to the stdlib.
_ATOM = r'[^()<>@,:;."\[\] \t\r\n]+'
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_PLAIN_ADDRESS = rf"(?:(?:{_ATOM}(?: {_ATOM})*) ?)?<{_ADDR_SPEC}>|{_ADDR_SPEC}"
_PLAIN_ADDRESS_LIST = re.compile(rf"(?:{_PLAIN_ADDRESS})(?:, ?(?:{_PLAIN_ADDRESS}))*")
_PLAIN_ADDRESS_PARTS = re.compile(
    rf"(?:(?P<name>{_ATOM}(?: {_ATOM})*) ?)?<(?P<routed>{_ADDR_SPEC})>|(?P<bare>{_ADDR_SPEC})"
)


def _unfold(value: str) -> str:
    # Most header values are on one line: nothing to unfold.
    return _FOLD.sub(" ", value).strip() if "\n" in value else value.strip()


def _raw_text(value: str, warnings: list[str]) -> str:
    """Undo the surrogateescape the parser used for raw 8-bit header bytes."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: bytes the parser could not decode
        raw = value.encode("utf-8", "surrogateescape")
        decoded = decode_bytes(raw, None)
        if decoded.warning:
            warnings.append(f"header: {decoded.warning}")
        return decoded.text
    return value


def decode_value(raw: str, warnings: list[str]) -> str:
    """Text of a header value; problems are appended to `warnings`."""
    value = _raw_text(_unfold(raw), warnings)
    if "=?" not in value:
        return value
    try:
        chunks = email.header.decode_header(value)
    except (email.errors.HeaderParseError, binascii.Error, ValueError) as exc:
        warnings.append(f"header: damaged encoded word kept as written ({exc})")
        return value
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            parts.append(chunk)
            continue
        decoded = decode_bytes(chunk, charset)
        if decoded.warning:
            warnings.append(f"header: {decoded.warning}")
        parts.append(decoded.text)
    return "".join(parts)


def parse_addresses(raws: list[str], warnings: list[str]) -> tuple[Address, ...]:
    values = [_raw_text(_unfold(raw), warnings) for raw in raws]
    try:
        pairs = _name_address_pairs(values)
    # The library reads nested comments "((( … )))" by recursion: a header of thousands
    # is refused here with the reason, not lost with the message.
    except RecursionError:
        warnings.append("address header with comments nested too deeply: not read")
        return ()
    found = []
    for name, addr in pairs:
        if addr:
            found.append(Address(decode_value(name, warnings).strip(), addr.strip()))
    return tuple(found)


def _name_address_pairs(values: list[str]) -> list[tuple[str, str]]:
    """What `email.utils.getaddresses(values)` gives, a plain list read at once."""
    joined = ", ".join(values)  # as getaddresses joins them
    if not _PLAIN_ADDRESS_LIST.fullmatch(joined):
        return email.utils.getaddresses(values)
    return [
        (m["name"] or "", m["routed"] or m["bare"]) for m in _PLAIN_ADDRESS_PARTS.finditer(joined)
    ]


def parse_message_ids(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    value = _unfold(raw)
    ids = _MESSAGE_ID.findall(value)
    return tuple(ids) if ids else tuple(value.split())


def parse_header_date(raw: str | None, warnings: list[str]) -> dt.datetime | None:
    if not raw:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(_unfold(raw))
    except (TypeError, ValueError, IndexError, OverflowError):  # a year of 30 digits overflows
        warnings.append(f"unreadable Date header {_unfold(raw)[:80]!r}")
        return None
    if not plausible_date(parsed):
        warnings.append(f"Date header {_unfold(raw)[:80]!r} is out of range: ignored")
        return None
    # RFC 5322 "-0000" means UTC with the sender's zone unknown.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def plausible_date(value: dt.datetime) -> bool:
    return value.year in _PLAUSIBLE_YEARS
