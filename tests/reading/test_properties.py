"""Whatever the bytes, reading gives a document and keeps its promises."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reading.document import MailDocument
from bot.reading.mime import read_message
from tests.corpus_paths import CORPUS

# Small messages only: mutating the PDFs' base64 tests pypdf, not us, and is slow.
SEEDS = [p.read_bytes() for p in sorted(CORPUS.glob("h[1-3]*.eml"))] + [
    b"From: a@example.org\r\nSubject: =?utf-8?B?4Lib4Lij4Liw4LiK4Li44Lih?=\r\n"
    b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
    b"Content-Type: text/html; charset=windows-874\r\n\r\n<a href='https://x.example.org'>x</a>\r\n"
    b"--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nhello\r\n--b--\r\n"
]


def _keeps_promises(doc: MailDocument) -> None:
    assert doc.message_id
    for text in (doc.text, doc.subject, *(a.text for a in doc.attachments)):
        assert unicodedata.is_normalized("NFC", text)
        assert "\u200b" not in text
        assert "\r" not in text
    assert all(isinstance(w, str) and w for w in doc.warnings)
    doc.all_text()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw):
    _keeps_promises(read_message(raw))


_INSERTS = [b"\r\n--b\r\n", b"=?", b"\r\n\r\n", b"\xe0\xb8", b"<a href=", b"--"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, max(0, len(raw) - 1)))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip" and raw:
            raw[position] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del raw[position : position + draw(st.integers(1, 40))]
        else:
            raw[position:position] = draw(
                st.sampled_from(
                    [b"\r\n--b\r\n", b"=?", b"\r\n\r\n", b"\xe0\xb8", b"<a href=", b"--"]
                )
            )
    return bytes(raw)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_corpus_messages(raw):
    _keeps_promises(read_message(raw))
