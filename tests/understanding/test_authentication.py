"""Who really sent a message, from the attacker's side: each way to pose as an allowed
domain (no header, a header the sender wrote, a pass for another domain, a second From)
leaves the message unauthenticated; only our own server's aligned pass, or our own DKIM
check against a local key, counts."""

from __future__ import annotations

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bot.config.settings import TrustSettings
from bot.reading.mime import read_message
from bot.understanding.authentication import aligned, authenticate

MX = "mx.doe.example.org"
SETTINGS = TrustSettings(allowed_sender_domains=["asean.org"], trusted_authserv_ids=[MX])


def message(*headers: str, sender: str = "officer@asean.org") -> bytes:
    lines = [*headers]
    if not any(h.startswith("From:") for h in headers):
        lines.append(f"From: Officer <{sender}>")
    lines += ["To: focal@example.org", "Subject: Re: Invitation", "Message-ID: <m1@asean.org>"]
    return ("\r\n".join(lines) + "\r\n\r\nThe Zoom link has changed.\r\n").encode()


def verdict(raw: bytes, settings: TrustSettings = SETTINGS) -> tuple[bool, str]:
    result = authenticate(read_message(raw), settings, raw=raw)
    return result.authenticated, result.detail


@pytest.mark.parametrize(
    "header",
    [
        f"{MX}; dkim=pass header.d=asean.org header.s=s1",
        f"{MX}; dkim=pass header.d=mail.asean.org",  # relaxed: same organisational domain
        f"{MX}; spf=pass smtp.mailfrom=bounces@lists.asean.org",
        f"{MX}; dkim=none; spf=none; dmarc=pass header.from=asean.org",
        f"{MX.upper()}; dkim=pass (2048-bit key) header.d=asean.org",
    ],
)
def test_our_servers_aligned_pass_authenticates(header):
    assert verdict(message(f"Authentication-Results: {header}")) == (True, verdict_detail(header))


def verdict_detail(header: str) -> str:
    raw = message(f"Authentication-Results: {header}")
    return authenticate(read_message(raw), SETTINGS).detail


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ((), "no Authentication-Results from our servers"),
        # Written by the sender itself: another authserv-id, or ours below a real one.
        ((f"Authentication-Results: {MX}.evil.example; dkim=pass header.d=asean.org",),
         "no Authentication-Results from our servers"),
        ((f"Authentication-Results: {MX}; dkim=none; spf=none",
          f"Authentication-Results: {MX}.evil; dkim=pass header.d=asean.org"),
         "dkim=none; spf=none"),
        ((f"Authentication-Results: {MX}; dkim=neutral; spf=temperror; dmarc=none",),
         "dkim=neutral; spf=temperror; dmarc=none"),
        # Passes for the attacker's own domain, not aligned with From.
        ((f"Authentication-Results: {MX}; dkim=pass header.d=attacker.example",),
         "dkim=pass for attacker.example, not aligned with asean.org"),
        ((f"Authentication-Results: {MX}; spf=pass smtp.mailfrom=x@asean.org.attacker.example",),
         "spf=pass for asean.org.attacker.example, not aligned with asean.org"),
        # A public suffix is no organisation: co.th mail is not aligned with another co.th.
        ((f"Authentication-Results: {MX}; dkim=pass header.d=attacker.co.th",),
         "not aligned"),
        ((f"Authentication-Results: {MX}; dmarc=pass header.from=attacker.example",),
         "dmarc=pass for attacker.example, not the From domain asean.org"),
        ((f"Authentication-Results: {MX}; garbage without results",),
         "no Authentication-Results from our servers"),
    ],
)  # fmt: skip
def test_spoofed_mail_from_an_allowed_domain_is_not_authenticated(headers, why):
    authenticated, detail = verdict(message(*headers))
    assert not authenticated
    assert why in detail


def test_two_from_fields_are_never_authenticated_whatever_dmarc_said():
    raw = message(
        f"Authentication-Results: {MX}; dmarc=pass header.from=attacker.example",
        "From: <x@attacker.example>",
        "From: Officer <officer@asean.org>",
    )
    authenticated, detail = verdict(raw)
    assert not authenticated
    assert "2 From fields" in detail


def test_without_a_configured_server_no_header_counts():
    raw = message(f"Authentication-Results: {MX}; dkim=pass header.d=asean.org")
    authenticated, detail = verdict(raw, TrustSettings(trusted_authserv_ids=[]))
    assert not authenticated
    assert "trust.trusted_authserv_ids" in detail


def test_alignment_uses_the_public_suffix_list():
    assert aligned("mail.mol.go.th", "mol.go.th")
    assert not aligned("doe.go.th", "mol.go.th")
    assert not aligned("go.th", "mol.go.th")
    assert aligned("MAIL.Asean.ORG", "asean.org")


@pytest.fixture(scope="module")
def key() -> tuple[bytes, bytes]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return pem, b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


def signed(raw: bytes, domain: str, pem: bytes) -> bytes:
    signature = dkim.sign(raw, b"s1", domain.encode(), pem, include_headers=[b"from", b"subject"])
    return signature + raw


def stub_dns(records: dict[str, bytes]):
    asked: list[str] = []

    def lookup(name: bytes | str, timeout: int = 5) -> bytes | None:
        name = name.decode() if isinstance(name, bytes) else name
        asked.append(name.rstrip("."))
        return records.get(name.rstrip("."))

    return lookup, asked


OWN_CHECK = TrustSettings(allowed_sender_domains=["asean.org"], verify_dkim=True)


def test_own_dkim_check_authenticates_a_valid_aligned_signature(key):
    pem, record = key
    raw = signed(message(), "asean.org", pem)
    lookup, asked = stub_dns({"s1._domainkey.asean.org": record})
    result = authenticate(read_message(raw), OWN_CHECK, raw=raw, dns=lookup)
    assert result.authenticated, result.detail
    assert asked == ["s1._domainkey.asean.org"]


def test_own_dkim_check_refuses_tampering_and_unaligned_signers(key):
    pem, record = key
    raw = signed(message(), "asean.org", pem).replace(b"Re: Invitation", b"Re: New Zoom link")
    lookup, _ = stub_dns({"s1._domainkey.asean.org": record})
    tampered = authenticate(read_message(raw), OWN_CHECK, raw=raw, dns=lookup)
    assert not tampered.authenticated
    assert "does not verify" in tampered.detail

    raw = signed(message(), "attacker.example", pem)
    lookup, _ = stub_dns({"s1._domainkey.attacker.example": record})
    other = authenticate(read_message(raw), OWN_CHECK, raw=raw, dns=lookup)
    assert not other.authenticated
    assert "attacker.example is valid but not aligned with asean.org" in other.detail


def test_own_dkim_check_without_a_key_in_dns_fails_plainly(key):
    pem, _ = key
    raw = signed(message(), "asean.org", pem)
    lookup, _ = stub_dns({})
    result = authenticate(read_message(raw), OWN_CHECK, raw=raw, dns=lookup)
    assert not result.authenticated
    assert "DKIM signature" in result.detail
