"""Structural mutations of MIME bytes: what broken mailers, gateways and attackers send.

Each mutation takes the raw bytes and a random source and returns new bytes; a
mutation that finds nothing to work on (no boundary, no base64 part) returns the
bytes unchanged. Byte-level noise is tests/reading/test_properties.py's job: these
keep the message looking like MIME, so the reader goes deep before it meets the damage.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]

_BOUNDARY = re.compile(rb'boundary="?([^";\r\n]+)"?', re.IGNORECASE)
_CHARSET = re.compile(rb'charset="?[^";\r\n]*"?', re.IGNORECASE)
_ENCODING = re.compile(rb"(Content-Transfer-Encoding:[ \t]*)[^\r\n]*", re.IGNORECASE)
_BASE64_BODY = re.compile(
    rb"Content-Transfer-Encoding:[ \t]*base64[^\n]*\n(?:[^\r\n]+\r?\n)*\r?\n", re.IGNORECASE
)
_HEADER = re.compile(rb"^[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*", re.MULTILINE)
_DATE = re.compile(rb"^Date:[^\n]*\n", re.MULTILINE | re.IGNORECASE)

CHARSETS = [
    b'charset="utf-8"', b"charset=windows-874", b"charset=TIS-620", b"charset=iso-8859-1",
    b"charset=us-ascii", b"charset=utf-16", b'charset="x-no-such-charset"', b"charset=",
    b"charset=utf-7", b"charset=cp1252",
]  # fmt: skip
ENCODINGS = [b"base64", b"quoted-printable", b"8bit", b"7bit", b"binary", b"x-uuencode", b"bogus"]
DATES = [
    b"Date: Mon, 01 Dec 2568 10:00:00 +0700\n",  # a Buddhist-era year in the header
    b"Date: 31 Feb 2025 25:61:00 +9999\n",
    b"Date: Fri, 31 Dec 9999 23:59:59 -1200\n",
    b"Date: Thu, 01 Jan 1970 00:00:00 +0000\n",
    "Date: ๒๕ ธ.ค. ๒๕๖๘\n".encode(),  # Thai digits and month, raw 8-bit
    b"Date: yesterday\n",
]
# Deeper than the reader's limit of 12, so the limit itself is exercised.
MAX_EXTRA_DEPTH = 16


def _boundaries(raw: bytes) -> list[bytes]:
    return list(dict.fromkeys(_BOUNDARY.findall(raw)))


def _delimiters(raw: bytes, boundary: bytes) -> list[re.Match[bytes]]:
    return list(re.finditer(rb"^--" + re.escape(boundary) + rb"(--)?[ \t]*\r?\n?", raw, re.M))


def swap_headers(raw: bytes, rng: random.Random) -> bytes:
    """Two header fields anywhere in the message trade places (a part's Content-Type
    may land in the top header, a Subject inside a part)."""
    fields = list(_HEADER.finditer(raw))
    if len(fields) < 2:
        return raw
    first, second = sorted(rng.sample(fields, 2), key=lambda m: m.start())
    if first.end() > second.start():
        return raw
    return (
        raw[: first.start()]
        + second.group()
        + raw[first.end() : second.start()]
        + first.group()
        + raw[second.end() :]
    )


def cut_boundary(raw: bytes, rng: random.Random) -> bytes:
    """A delimiter line removed, or the message cut off at one."""
    found = [m for b in _boundaries(raw) for m in _delimiters(raw, b)]
    if not found:
        return raw
    line = rng.choice(found)
    if rng.random() < 0.5:
        return raw[: line.start()] + raw[line.end() :]
    return raw[: line.start() + rng.randint(0, len(line.group()))]


def duplicate_part(raw: bytes, rng: random.Random) -> bytes:
    """One body part repeated, delimiter and all."""
    boundaries = _boundaries(raw)
    if not boundaries:
        return raw
    lines = _delimiters(raw, rng.choice(boundaries))
    if len(lines) < 2:
        return raw
    n = rng.randrange(len(lines) - 1)
    part = raw[lines[n].start() : lines[n + 1].start()]
    return raw[: lines[n + 1].start()] + part + raw[lines[n + 1].start() :]


def relabel_charset(raw: bytes, rng: random.Random) -> bytes:
    labels = list(_CHARSET.finditer(raw))
    if not labels:
        return raw
    label = rng.choice(labels)
    return raw[: label.start()] + rng.choice(CHARSETS) + raw[label.end() :]


def change_encoding(raw: bytes, rng: random.Random) -> bytes:
    found = list(_ENCODING.finditer(raw))
    if not found:
        return raw
    header = rng.choice(found)
    return raw[: header.end(1)] + rng.choice(ENCODINGS) + raw[header.end() :]


def truncate_base64(raw: bytes, rng: random.Random) -> bytes:
    """A base64 body cut short somewhere inside, the rest of the message kept."""
    bodies = list(_BASE64_BODY.finditer(raw))
    if not bodies:
        return raw
    start = rng.choice(bodies).end()
    end = raw.find(b"\n--", start)
    end = len(raw) if end < 0 else end
    if end - start < 2:
        return raw
    cut = rng.randrange(start, end)
    return raw[:cut] + raw[cut + rng.randint(1, end - cut) :]


def odd_date(raw: bytes, rng: random.Random) -> bytes:
    found = list(_DATE.finditer(raw))
    if not found:
        return rng.choice(DATES) + raw
    date = rng.choice(found)
    return raw[: date.start()] + rng.choice(DATES) + raw[date.end() :]


def deepen(raw: bytes, rng: random.Random) -> bytes:
    """The message wrapped in layers of multipart/mixed and message/rfc822 (a forward
    of a forward...), up to MAX_EXTRA_DEPTH of them."""
    for level in range(rng.randint(1, MAX_EXTRA_DEPTH)):
        if rng.random() < 0.5:
            boundary = f"deep-{level}-{rng.randrange(10**6)}".encode()
            raw = (
                b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\n\n--' + boundary
                + b"\n" + raw + b"\n--" + boundary + b"--\n"
            )  # fmt: skip
        else:
            raw = (
                b"Subject: Fwd: layer " + str(level).encode() + b"\n"
                b"Content-Type: message/rfc822\n\n" + raw
            )
    return raw


MUTATIONS: list[Mutation] = [
    swap_headers,
    cut_boundary,
    duplicate_part,
    relabel_charset,
    change_encoding,
    truncate_base64,
    odd_date,
    deepen,
]


def mutate(raw: bytes, rng: random.Random, steps: int) -> tuple[bytes, list[str]]:
    """`steps` mutations chosen at random; the bytes and the names of what was done."""
    done = []
    for _ in range(steps):
        mutation = rng.choice(MUTATIONS)
        raw = mutation(raw, rng)
        done.append(mutation.__name__)
    return raw, done
