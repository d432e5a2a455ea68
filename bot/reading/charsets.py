"""Bytes to text: the declared charset first, then the charsets Thai mail really uses.

Thai mail arrives in utf-8, tis-620, windows-874 and iso-8859-11, and is often
labelled wrongly (windows-874 bytes sent as iso-8859-1 or utf-8). A wrong label
is noticed, worked around and reported as a warning; decoding never fails.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from bot.reading.thai_script import garble_count, thai_count

__all__ = ["Decoded", "decode_bytes"]

# Labels seen in Thai mail that Python's codec registry does not know.
_ALIASES = {
    "windows-874": "cp874",
    "x-windows-874": "cp874",
    "ms874": "cp874",
    "x-user-defined": "cp874",
    "tis620-0": "tis-620",
    "tis-620-0": "tis-620",
    "iso-ir-166": "tis-620",
}
# Codecs Python registers as text encodings that are no charset a mail can be written in:
# they turn bytes into text by rules of their own (punycode in quadratic time, the escape
# codecs into lone surrogates), so a body labelled with one is decoded by the fallbacks.
_NOT_CHARSETS = frozenset(
    {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "undefined", "mbcs", "oem"}
)
# windows-874 decodes every byte tis-620 and iso-8859-11 do, and more, so it goes first.
FALLBACKS = ("utf-8", "cp874", "tis-620", "iso8859-11")
# Labels that cannot say Thai: high bytes under them are suspicious.
_WESTERN = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"})


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str  # the codec actually used
    warning: str | None = None


def _codec(label: str) -> str | None:
    """The text codec of a charset label; None for an unknown label or a codec that is no
    charset (rot13 and base64 are not text encodings at all)."""
    info = _lookup(label)
    if info is None:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _lookup(label: str) -> codecs.CodecInfo | None:
    name = label.strip().strip('"').lower()
    try:
        return codecs.lookup(_ALIASES.get(name, name))
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_thai(text: str) -> bool:
    """True when the non-ASCII part of `text` is mostly well-formed Thai.

    Latin-1 text decoded as windows-874 also lands in the Thai block, but its
    accented letters become marks stuck to ASCII letters, which Thai never has.
    """
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    thai = thai_count(text)
    return thai >= 4 and thai >= 0.9 * non_ascii and garble_count(text) <= thai * 0.02


def decode_bytes(data: bytes, declared: str | None) -> Decoded:
    """Decode `data`, trusting `declared` only as far as the bytes agree with it."""
    codec = _codec(declared) if declared else None
    label = declared or "none"
    if codec is not None:
        text = _strict(data, codec)
        if text is not None:
            if codec in _WESTERN and not data.isascii():
                better = _better_than_western(data)
                if better is not None:
                    return Decoded(
                        better.text,
                        better.charset,
                        f"charset labelled {label!r} but the text is {better.charset}; "
                        f"decoded as {better.charset}",
                    )
            return Decoded(text, codec)
    if not declared:
        reason = "no charset declared"
    elif codec is None:
        reason = f"{'unknown' if _lookup(declared) is None else 'not a text'} charset {label!r}"
    else:
        reason = f"text does not decode as {label!r}"
    if not declared and data.isascii():
        return Decoded(data.decode("ascii"), "ascii")
    for fallback in FALLBACKS:
        if fallback == codec:
            continue
        text = _strict(data, fallback)
        if text is not None:
            # Undeclared utf-8 is common and harmless; anything else is worth saying.
            quiet = not declared and fallback == "utf-8"
            warning = None if quiet else f"{reason}; decoded as {fallback}"
            return Decoded(text, fallback, warning)
    used = codec or "utf-8"
    return Decoded(
        data.decode(used, errors="replace"),
        used,
        f"{reason}; no charset fits, undecodable bytes replaced",
    )


def _better_than_western(data: bytes) -> Decoded | None:
    """utf-8 or Thai bytes hiding behind a Western label, if that is what they are."""
    as_utf8 = _strict(data, "utf-8")
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8")
    as_thai = _strict(data, "cp874")
    if as_thai is not None and _looks_thai(as_thai):
        return Decoded(as_thai, "cp874")
    return None
